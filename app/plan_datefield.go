package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planDateField is a date input that reads and writes YYYY-MM-DD, the form the
// CLI and backups use, whatever the system locale. The calendar button inside
// it opens a month picker, for learners who would rather click than type.
// Fyne's DateEntry is not used because it formats dates by locale.
type planDateField struct {
	entry *planEntry
	pick  *widget.Button
	popUp *widget.PopUp
	today func() planner.Date
}

func newPlanDateField(placeholder string, today func() planner.Date, onCommit func(text string)) *planDateField {
	f := &planDateField{entry: newPlanEntry(placeholder, onCommit), today: today}
	f.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), f.openPicker)
	f.pick.Importance = widget.LowImportance
	f.entry.ActionItem = f.pick
	return f
}

// openPicker shows a month calendar under the entry, opened at the date
// typed (or today); choosing a day fills the entry and commits it.
func (f *planDateField) openPicker() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.entry)
	if c == nil {
		return
	}
	at := f.today()
	if d, err := planner.ParseDate(f.entry.Text); err == nil {
		at = d
	}
	picker := widget.NewCalendar(at.Time(), f.picked)
	f.popUp = widget.NewPopUp(picker, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry)
	f.popUp.ShowAtPosition(pos.AddXY(0, f.entry.Size().Height))
}

func (f *planDateField) picked(t time.Time) {
	if f.popUp != nil {
		f.popUp.Hide()
		f.popUp = nil
	}
	f.entry.SetText(planner.DateOf(t).String())
	f.entry.commit()
}
