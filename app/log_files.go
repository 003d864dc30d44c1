package app

import (
	"fmt"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// The log's files: CSV out and in, and the Markdown portfolio of labs. File
// work runs off the UI goroutine; the buttons wait until it is done.

// chooseExportCSV asks where to write the entries the filters show.
func (s *logScreen) chooseExportCSV() {
	s.ui.chooseSaveFile("certplan-log-"+s.ui.deps.Service.Today().String()+".csv", ".csv", s.exportCSV)
}

// chooseExportPortfolio asks where to write the portfolio.
func (s *logScreen) chooseExportPortfolio() {
	s.ui.chooseSaveFile("certplan-portfolio-"+s.ui.deps.Service.Today().String()+".md", ".md", s.exportPortfolio)
}

func (s *logScreen) chooseImportCSV() { s.ui.chooseOpenFile(".csv", s.importCSV) }

// exportCSV writes the entries the filters select.
func (s *logScreen) exportCSV(path string) {
	q, err := s.filters.query()
	if err != nil {
		s.report(err, "")
		return
	}
	svc := s.ui.deps.Service
	var n int
	s.runFileJob(func() error {
		es, err := svc.Entries(q)
		if err != nil {
			return err
		}
		n = len(es)
		return planner.WriteFileAtomic(path, func(w io.Writer) error { return planner.WriteCSV(w, es) })
	}, func() string {
		return fmt.Sprintf(lang.L("Exported %s to %s."), planner.Plural(n, lang.L("entry"), lang.L("entries")), path)
	})
}

// exportPortfolio writes every lab entry as Markdown.
func (s *logScreen) exportPortfolio(path string) {
	svc := s.ui.deps.Service
	today := svc.Today()
	s.runFileJob(func() error {
		es, err := svc.Entries(planner.EntryQuery{Kind: planner.Lab})
		if err != nil {
			return err
		}
		return planner.WriteFileAtomic(path, func(w io.Writer) error { return planner.WritePortfolio(w, es, today) })
	}, func() string {
		return fmt.Sprintf(lang.L("Portfolio written to %s."), path)
	})
}

// importCSV checks every row first and adds all of them or none; rows
// already in the log are skipped, so importing a file twice adds nothing.
func (s *logScreen) importCSV(path string) {
	svc := s.ui.deps.Service
	var res planner.ImportResult
	s.runFileJob(func() error {
		rows, err := planner.ReadCSVFile(path)
		if err != nil {
			return err
		}
		res, err = svc.ImportEntries(rows)
		return err
	}, func() string {
		s.ui.refreshAll()
		return fmt.Sprintf(lang.L("Imported %s from %s, skipped %d already in the log."),
			planner.Plural(res.Added, lang.L("entry"), lang.L("entries")), filepath.Base(path), res.Skipped)
	})
}

// runFileJob runs work off the UI goroutine with the file buttons disabled,
// then reports success (the message done returns) or the error.
func (s *logScreen) runFileJob(work func() error, done func() string) {
	s.setBusy(true)
	s.status.SetText(lang.L("Working…"))
	var err error
	s.ui.inBackground(func() { err = work() }, func() {
		s.setBusy(false)
		if err != nil {
			s.report(err, lang.L("Nothing was changed:"))
			return
		}
		s.report(nil, done())
	})
}

func (s *logScreen) setBusy(busy bool) {
	for _, b := range s.fileButtons {
		setEnabled(b, !busy)
	}
}
