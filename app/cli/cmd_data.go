package cli

import (
	"fmt"

	"certplan/planner"
)

func runPaths(c *ctx, args []string) error {
	fs := newFlags("paths")
	_, err := c.parse(fs, args, "paths", 0)
	if err != nil {
		return err
	}
	dir, err := c.DataDir()
	if err != nil {
		return err
	}
	fmt.Fprintln(c.out, dir)
	return nil
}

func runBackup(c *ctx, args []string) error {
	const usage = "backup FILE"
	pos, err := c.parse(newFlags("backup"), args, usage, 1)
	if err != nil {
		return err
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	if err := svc.BackupToFile(pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "backup written to %s\n", pos[0])
	return nil
}

func runRestore(c *ctx, args []string) error {
	const usage = "restore FILE"
	pos, err := c.parse(newFlags("restore"), args, usage, 1)
	if err != nil {
		return err
	}
	// Check the file can be read before opening the data folder, so a typo
	// in the name is reported as such even while the app is open.
	f, err := planner.OpenInputFile(pos[0], "backup file")
	if err != nil {
		return err
	}
	f.Close()
	svc, err := c.service()
	if err != nil {
		return err
	}
	if err := svc.RestoreFromFile(pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "restored from %s\n", pos[0])
	return nil
}
