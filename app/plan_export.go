package app

import (
	"fmt"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// chooseExportCalendar asks where to write the plan as an .ics file, which
// calendar apps import; the stable event IDs make a later export update the
// same events instead of adding copies.
func (s *planScreen) chooseExportCalendar() {
	s.ui.chooseSaveFile("certplan-plan.ics", ".ics", s.exportCalendar)
}

// exportCalendar writes the saved plan to path off the UI goroutine.
func (s *planScreen) exportCalendar(path string) {
	s.calendar.export.Disable()
	var p planner.Plan
	var err error
	s.ui.inBackground(func() { p, err = s.svc().ExportCalendar(path) }, func() {
		s.calendar.export.Enable()
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.exported = fmt.Sprintf(lang.L("Wrote %s and %s to %s."), planner.Plural(len(p.Sessions), lang.L("session"), lang.L("sessions")),
			planner.Plural(len(p.Targets), lang.L("exam"), lang.L("exams")), path)
		dialog.ShowInformation(lang.L("Calendar exported"), s.exported, s.ui.win)
	})
}
