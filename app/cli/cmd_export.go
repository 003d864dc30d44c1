package cli

import (
	"fmt"
	"io"

	"certplan/planner"
)

func runExportICS(inv *invocation, in *input) error {
	file := in.args[0]
	svc, err := inv.service()
	if err != nil {
		return err
	}
	p, err := svc.ExportCalendar(file)
	if err != nil {
		return err
	}
	w, err := svc.Wallet()
	if err != nil {
		return err
	}
	deadlines := len(planner.WalletEvents(w, nil)) // without targets: the renewal deadlines alone
	fmt.Fprintf(inv.out, "wrote %s, %s and %s to %s\n", planner.Plural(len(p.Sessions), "session", "sessions"),
		planner.Plural(len(p.Targets), "exam", "exams"), planner.Plural(deadlines, "renewal deadline", "renewal deadlines"), file)
	return nil
}

func runExportCSV(inv *invocation, in *input) error {
	return exportEntries(inv, in.args[0], planner.EntryQuery{}, "entries", planner.WriteCSV)
}

func runExportPortfolio(inv *invocation, in *input) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	write := func(w io.Writer, es []planner.Entry) error { return planner.WritePortfolio(w, es, svc.Today()) }
	return exportEntries(inv, in.args[0], planner.EntryQuery{Kind: planner.Lab}, "lab entries", write)
}

// exportEntries writes the entries q selects to file, whole or not at all.
func exportEntries(inv *invocation, file string, q planner.EntryQuery, what string, write func(io.Writer, []planner.Entry) error) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	es, err := svc.Entries(q)
	if err != nil {
		return err
	}
	if err := planner.WriteFileAtomic(file, func(w io.Writer) error { return write(w, es) }); err != nil {
		return fmt.Errorf("cannot write %s: %w", file, err)
	}
	fmt.Fprintf(inv.out, "wrote %d %s to %s\n", len(es), what, file)
	return nil
}

func runImportCSV(inv *invocation, in *input) error {
	file := in.args[0]
	f, err := planner.OpenInputFile(file, "CSV file")
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := planner.ReadCSV(f)
	if err != nil {
		return planner.E(planner.Invalid, fmt.Errorf("%s: %w", file, err))
	}
	svc, err := inv.service()
	if err != nil {
		return err
	}
	res, err := svc.ImportEntries(rows)
	if err != nil {
		if planner.KindOf(err) == planner.Invalid {
			return planner.E(planner.Invalid, fmt.Errorf("%s: %w; nothing was imported", file, err))
		}
		return err
	}
	fmt.Fprintf(inv.out, "imported %s (%d already logged) from %s\n", planner.Plural(res.Added, "entry", "entries"), res.Skipped, file)
	return nil
}
