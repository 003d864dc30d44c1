package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// logFilters narrows the log by certification, kind and date range. Every
// change applies at once; a half-typed date is simply not applied yet, and
// a wrong one is named under the row.
type logFilters struct {
	cert     *widget.Select
	kind     *widget.Select
	from, to *widget.Entry
	problem  *widget.Label
	onChange func()
	box      fyne.CanvasObject
}

func newLogFilters(onChange func()) *logFilters {
	f := &logFilters{}
	changed := func(string) { f.changed() }
	f.cert = widget.NewSelect([]string{allCerts()}, changed)
	f.cert.SetSelectedIndex(0)
	f.kind = widget.NewSelect([]string{allKinds(), lang.L("Study"), lang.L("Lab")}, changed)
	f.kind.SetSelectedIndex(0)
	f.from = widget.NewEntry()
	f.from.SetPlaceHolder(lang.L("From YYYY-MM-DD"))
	f.from.OnChanged = changed
	f.to = widget.NewEntry()
	f.to.SetPlaceHolder(lang.L("To YYYY-MM-DD"))
	f.to.OnChanged = changed
	f.problem = widget.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
	f.box = container.NewVBox(
		container.NewGridWithColumns(4, f.cert, f.kind, f.from, f.to),
		f.problem,
	)
	f.onChange = onChange // only now: setting the first choices above must not reload yet
	return f
}

func allCerts() string { return lang.L("All certifications") }
func allKinds() string { return lang.L("Study and lab") }

// setCerts offers codes after "All certifications", keeping the choice.
func (f *logFilters) setCerts(codes []string) {
	f.cert.SetOptions(append([]string{allCerts()}, codes...))
}

func (f *logFilters) changed() {
	if f.onChange != nil {
		f.onChange()
	}
}

// query reads the filters. A date that cannot be read is an error naming
// the field; whether the dates make a range is the planner's to say.
func (f *logFilters) query() (planner.EntryQuery, error) {
	var q planner.EntryQuery
	if c := f.cert.Selected; c != "" && c != allCerts() {
		q.Code = c
	}
	switch f.kind.Selected {
	case lang.L("Study"):
		q.Kind = planner.Study
	case lang.L("Lab"):
		q.Kind = planner.Lab
	}
	var err error
	if q.From, err = parseOptionalDate("from", f.from.Text); err != nil {
		return q, err
	}
	q.To, err = parseOptionalDate("to", f.to.Text)
	return q, err
}

// showProblem names a wrong filter, or clears the message.
func (f *logFilters) showProblem(err error) {
	if err == nil {
		f.problem.Hide()
		return
	}
	f.problem.SetText(err.Error())
	f.problem.Show()
}
