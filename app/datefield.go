package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// dateField is an input for an optional date that reads and writes
// YYYY-MM-DD, the form the CLI and backups use, whatever the system locale.
// The calendar button inside it opens a month picker, for learners who would
// rather click than type. Fyne's DateEntry is not used because it formats
// dates by locale.
type dateField struct {
	entry *planEntry
	pick  *widget.Button
	popUp *widget.PopUp
	today func() planner.Date
}

// newDateField makes a date field; onCommit receives the text as typed or
// picked, for parseOptionalDate.
func newDateField(placeholder string, today func() planner.Date, onCommit func(text string)) *dateField {
	f := &dateField{entry: newPlanEntry(placeholder, onCommit), today: today}
	f.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), f.openPicker)
	f.pick.Importance = widget.LowImportance
	f.entry.ActionItem = f.pick
	return f
}

// parseOptionalDate reads a typed YYYY-MM-DD date; empty (or blank) means
// no date and gives the zero Date. A wrong date is an Invalid error that
// names field, so the screen can show it under that input.
func parseOptionalDate(field, text string) (planner.Date, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return 0, nil
	}
	d, err := planner.ParseDate(text)
	if err != nil {
		return 0, planner.Invalidf(field, "%v", err)
	}
	return d, nil
}

// openPicker shows a month calendar under the entry, opened at the date
// typed (or today); choosing a day fills the entry and commits it.
func (f *dateField) openPicker() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.entry)
	if c == nil {
		return
	}
	at := f.today()
	if d, err := planner.ParseDate(strings.TrimSpace(f.entry.Text)); err == nil {
		at = d
	}
	picker := newEscapeCloses(widget.NewCalendar(at.Time(), f.picked), f.closePicker)
	f.popUp = widget.NewPopUp(picker, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry)
	f.popUp.ShowAtPosition(pos.AddXY(0, f.entry.Size().Height))
	c.Focus(picker)
}

// closePicker hides the month picker, if it is open, leaving the date as it was.
func (f *dateField) closePicker() {
	if f.popUp != nil {
		f.popUp.Hide()
		f.popUp = nil
	}
}

func (f *dateField) picked(t time.Time) {
	f.closePicker()
	f.entry.SetText(planner.DateOf(t).String())
	f.entry.commit()
}
