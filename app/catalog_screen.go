package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// catalogScreen browses the certification catalog.
type catalogScreen struct {
	ui  *UI
	box fyne.CanvasObject
}

func newCatalogScreen(u *UI) *catalogScreen {
	return &catalogScreen{ui: u, box: widget.NewLabel("")}
}

func (s *catalogScreen) title() string              { return lang.L("Catalog") }
func (s *catalogScreen) icon() fyne.Resource        { return theme.ListIcon() }
func (s *catalogScreen) content() fyne.CanvasObject { return s.box }
func (s *catalogScreen) refresh()                   {}
