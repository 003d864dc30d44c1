package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"certplan/planner"
)

// planScreen is where a learner shapes the plan: the targets and the
// availability on the left, the resulting calendar on the right. Every
// accepted edit is saved through the planner at once and the plan is
// recomputed and redrawn; an edit the planner rejects is explained under its
// field and nothing is saved.
type planScreen struct {
	ui *UI

	targets  *planTargetsCard
	avail    *planAvailabilityCard
	warnings *planWarnings
	calendar *planCalendar
	editors  *fyne.Container // the cards, relaid out when their rows change
	scroller *container.Scroll
	right    *fyne.Container // warnings over the calendar, relaid out with them
	box      fyne.CanvasObject

	plan    planner.Plan // as last computed, for tests and the panels
	planErr error
	// exported reports the last calendar export.
	exported string
}

// planEditorsShare is the part of the width the editors take at first; the
// divider can be dragged.
const planEditorsShare = 0.36

func newPlanScreen(u *UI) *planScreen {
	s := &planScreen{ui: u}
	s.targets = newPlanTargetsCard(s)
	s.avail = newPlanAvailabilityCard(s)
	s.warnings = newPlanWarnings(s.targets.setExamBy)
	s.calendar = newPlanCalendar(s.svc().Today)
	s.calendar.export.OnTapped = s.chooseExportCalendar

	s.editors = container.NewVBox(s.targets.card, s.avail.card)
	s.right = container.NewBorder(s.warnings.box, nil, nil, nil, s.calendar.box)
	s.scroller = container.NewVScroll(s.editors)
	split := container.NewHSplit(s.scroller, container.NewPadded(s.right))
	split.Offset = planEditorsShare
	s.box = split
	// The plan is computed when the tab is first shown (UI.New).
	return s
}

func (s *planScreen) content() fyne.CanvasObject { return s.box }

// refresh re-reads everything, after targets were added elsewhere or the
// data was restored; messages about earlier input no longer apply.
func (s *planScreen) refresh() { s.reload(true) }

func (s *planScreen) svc() *planner.Service { return s.ui.deps.Service }

// reload fills the editors from saved data and recomputes the plan. Unless
// force, fields showing an error keep the learner's text so it can be fixed.
func (s *planScreen) reload(force bool) {
	ts, err := s.svc().Targets()
	if err != nil {
		s.ui.showError(err)
		return
	}
	a, err := s.svc().Availability()
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.targets.show(ts, a, force)
	s.avail.show(a, force)
	s.recompute(a)
	s.editors.Refresh()
	if !force { // an edit on this screen, not a refresh from elsewhere
		s.ui.calendarFile.changed()
	}
}

// recompute plans from saved data and redraws everything that shows the
// plan. Planning takes well under a millisecond, so it runs right here.
func (s *planScreen) recompute(a planner.Availability) {
	s.plan, s.planErr = s.svc().SavedPlan()
	s.warnings.show(s.plan, s.planErr)
	s.targets.showPlan(s.plan)
	s.calendar.show(s.plan, a)
	s.right.Refresh()
}
