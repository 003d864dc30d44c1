package cli

import (
	"fmt"

	"certplan/planner"
)

func runPaths(inv *invocation, _ *input) error {
	dir, err := inv.dataDir()
	if err != nil {
		return err
	}
	fmt.Fprintln(inv.out, dir)
	return nil
}

func runBackup(inv *invocation, in *input) error {
	file := in.args[0]
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.BackupToFile(file); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "backup written to %s\n", file)
	return nil
}

func runRestore(inv *invocation, in *input) error {
	file := in.args[0]
	// Check the file can be read before opening the data folder, so a typo
	// in the name is reported as such even while the app is open.
	snap, err := planner.ReadSnapshotFile(file)
	if err != nil {
		return err
	}
	svc, err := inv.service()
	if planner.KindOf(err) == planner.Damaged && inv.env.Repair != nil {
		// A damaged database cannot be opened, and a backup is the way
		// out: restore without opening it.
		return restoreDamaged(inv, file, snap)
	}
	if err != nil {
		return err
	}
	if err := svc.RestoreFromFile(file); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "restored from %s\n", file)
	return nil
}

func restoreDamaged(inv *invocation, file string, snap planner.Snapshot) error {
	dir, err := inv.dataDir()
	if err != nil {
		return err
	}
	kept, err := inv.env.Repair.ReplaceDamaged(dir, snap)
	if err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "restored from %s; the damaged database was kept in %s\n", file, kept)
	return nil
}

// runDoctor checks the data folder and, with --salvage, copies what is
// readable into a new folder. Finding damage is what it is for, so a report
// of damage is a success (exit 0); only a check that could not run fails.
func runDoctor(inv *invocation, in *input) error {
	if inv.env.Repair == nil {
		return &planner.Error{Kind: planner.Other, Msg: "checking data folders is not available in this build"}
	}
	dir, err := inv.dataDir()
	if err != nil {
		return err
	}
	report, healthy, err := inv.env.Repair.Diagnose(dir, in.text("salvage"))
	if err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "data folder: %s\n%s", dir, report)
	if !healthy && in.text("salvage") == "" {
		fmt.Fprintln(inv.out, "To get the readable records back: certplan doctor --salvage NEW-FOLDER, then use that folder with --data-dir (or restore a backup with certplan restore FILE).")
	}
	return nil
}
