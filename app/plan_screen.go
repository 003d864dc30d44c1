package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// planScreen edits targets and availability and shows the calendar.
type planScreen struct {
	ui  *UI
	box fyne.CanvasObject
}

func newPlanScreen(u *UI) *planScreen {
	return &planScreen{ui: u, box: widget.NewLabel("")}
}

func (s *planScreen) title() string              { return lang.L("Plan") }
func (s *planScreen) icon() fyne.Resource        { return theme.CalendarIcon() }
func (s *planScreen) content() fyne.CanvasObject { return s.box }
func (s *planScreen) refresh()                   {}
