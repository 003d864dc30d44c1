package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"certplan/catalog"
	"certplan/planner"
)

// catalogScreen browses the certification catalog: a filterable list on the
// left, the chosen exam's details in the middle, role paths on the right.
// All three panes follow one chosen exam, so picking it anywhere shows it
// everywhere.
type catalogScreen struct {
	ui      *UI
	cat     *catalog.Catalog
	planned map[string]bool // codes that are study targets, for button and row states

	browser *catalogBrowser
	details *catalogDetails
	paths   *catalogPaths
	box     fyne.CanvasObject

	choosing bool // set while show is syncing the panes, so their selections do not echo back
}

// Initial share of the window each pane gets; the learner can drag the dividers.
const (
	catalogBrowserShare = 0.3
	catalogDetailsShare = 0.62 // of what the browser leaves
)

func newCatalogScreen(u *UI) *catalogScreen {
	s := &catalogScreen{ui: u, cat: u.deps.Service.Catalog(), planned: map[string]bool{}}
	s.loadTargets()
	s.browser = newCatalogBrowser(s.cat, s.isPlanned, s.show)
	s.details = newCatalogDetails(s.cat, s.isPlanned, s.addToPlan, s.show)
	s.paths = newCatalogPaths(s.cat, s.isPlanned, s.show, s.addPath)

	right := container.NewHSplit(s.details.box, container.NewPadded(s.paths.box))
	right.SetOffset(catalogDetailsShare)
	split := container.NewHSplit(container.NewPadded(s.browser.box), right)
	split.SetOffset(catalogBrowserShare)
	s.box = split
	return s
}

func (s *catalogScreen) content() fyne.CanvasObject { return s.box }

// refresh re-reads the targets, which other screens and restores change, and
// updates everything that shows whether an exam is planned.
func (s *catalogScreen) refresh() {
	s.loadTargets()
	s.browser.refreshRows()
	s.details.updateAddButton()
	s.paths.refreshSteps()
}

func (s *catalogScreen) loadTargets() {
	ts, err := s.ui.deps.Service.Targets()
	if err != nil {
		s.ui.showError(err)
		return
	}
	clear(s.planned)
	for _, t := range ts {
		s.planned[planner.NormalizeCode(t.Code)] = true
	}
}

func (s *catalogScreen) isPlanned(code string) bool { return s.planned[planner.NormalizeCode(code)] }

// show makes code the chosen exam in all three panes.
func (s *catalogScreen) show(code string) {
	e, ok := s.cat.Lookup(code)
	if !ok || s.choosing {
		return
	}
	s.choosing = true
	defer func() { s.choosing = false }()
	s.details.show(e)
	s.browser.reveal(e.Code)
	s.paths.reveal(e.Code)
}
