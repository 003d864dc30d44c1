package cli

import (
	"fmt"
	"io"

	"certplan/planner"
)

func runExport(c *ctx, args []string) error {
	const usage = "export ics FILE | export csv FILE | export portfolio FILE"
	pos, err := c.parse(newFlags("export"), args, usage, 2)
	if err != nil {
		return err
	}
	what, file := pos[0], pos[1]
	if what != "ics" && what != "csv" && what != "portfolio" {
		return usageErrorf("export %q: accepted: ics, csv, portfolio", what)
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	var write func(io.Writer) error
	var count string
	switch what {
	case "ics":
		p, err := svc.ExportCalendar(file)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "wrote %d sessions and %d exams to %s\n", len(p.Sessions), len(p.Targets), file)
		return nil
	case "csv":
		es, err := svc.Entries(planner.EntryQuery{})
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return planner.WriteCSV(w, es) }
		count = fmt.Sprintf("%d entries", len(es))
	case "portfolio":
		es, err := svc.Entries(planner.EntryQuery{Kind: planner.Lab})
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return planner.WritePortfolio(w, es, svc.Today()) }
		count = fmt.Sprintf("%d lab entries", len(es))
	}
	if err := planner.WriteFileAtomic(file, write); err != nil {
		return fmt.Errorf("cannot write %s: %w", file, err)
	}
	fmt.Fprintf(c.out, "wrote %s to %s\n", count, file)
	return nil
}

func runImport(c *ctx, args []string) error {
	const usage = "import csv FILE"
	pos, err := c.parse(newFlags("import"), args, usage, 2)
	if err != nil {
		return err
	}
	if pos[0] != "csv" {
		return usageErrorf("import %q: accepted: csv", pos[0])
	}
	f, err := planner.OpenInputFile(pos[1], "CSV file")
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := planner.ReadCSV(f)
	if err != nil {
		return planner.E(planner.Invalid, fmt.Errorf("%s: %w", pos[1], err))
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	res, err := svc.ImportEntries(rows)
	if err != nil {
		if planner.KindOf(err) == planner.Invalid {
			return planner.E(planner.Invalid, fmt.Errorf("%s: %w; nothing was imported", pos[1], err))
		}
		return err
	}
	fmt.Fprintf(c.out, "imported %d entries (%d already logged) from %s\n", res.Added, res.Skipped, pos[1])
	return nil
}
