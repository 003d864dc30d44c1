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
	f, err := planner.OpenInputFile(file, "backup file")
	if err != nil {
		return err
	}
	f.Close()
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.RestoreFromFile(file); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "restored from %s\n", file)
	return nil
}
