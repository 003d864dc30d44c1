package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"certplan/catalog"
	"certplan/planner"
)

// addToPlan makes code a study target. An exam that is already a target
// (planned from another screen since this one last looked) is not an error:
// the learner gets what they asked for, and the button catches up.
func (s *catalogScreen) addToPlan(code string) {
	_, err := s.ui.deps.Service.AddTarget(planner.Target{Code: code})
	switch {
	case err == nil:
		s.ui.targetsChanged()
	case planner.KindOf(err) != planner.Exists:
		s.ui.showError(err)
	}
	s.refresh()
}

// addPath plans the required exams of p, in the path's order, after any
// targets the learner already has. Optional steps are left for the learner
// to add one by one, since they are choices rather than steps. It stops at
// the first failure and returns a sentence saying what happened.
func (s *catalogScreen) addPath(p catalog.Path) string {
	var r catalogPathResult
	for _, step := range p.Steps {
		if step.Optional {
			continue
		}
		if s.isPlanned(step.Code) {
			r.present = append(r.present, step.Code)
			continue
		}
		if e, ok := s.cat.Lookup(step.Code); !ok || !e.Plannable() {
			r.unplannable = append(r.unplannable, step.Code)
			continue
		}
		_, err := s.ui.deps.Service.AddTarget(planner.Target{Code: step.Code})
		if planner.KindOf(err) == planner.Exists {
			r.present = append(r.present, step.Code)
			continue
		}
		if err != nil {
			r.failed = step.Code
			s.ui.showError(err)
			break
		}
		r.added = append(r.added, step.Code)
	}
	if len(r.added) > 0 {
		s.ui.targetsChanged()
	}
	s.refresh()
	return r.String()
}

// catalogPathPending lists the required steps of p that adding the path
// would plan now, for the button's count.
func catalogPathPending(cat *catalog.Catalog, p catalog.Path, planned func(string) bool) []string {
	var codes []string
	for _, step := range p.Steps {
		if step.Optional || planned(step.Code) {
			continue
		}
		if e, ok := cat.Lookup(step.Code); ok && e.Plannable() {
			codes = append(codes, step.Code)
		}
	}
	return codes
}

// catalogPathResult is what adding a path did, step by step.
type catalogPathResult struct {
	added       []string
	present     []string // already targets, skipped
	unplannable []string // retired or unknown, skipped
	failed      string   // where adding stopped, if it did
}

func (r catalogPathResult) String() string {
	var parts []string
	if len(r.added) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("Added to plan: %s."), strings.Join(r.added, ", ")))
	}
	if len(r.present) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("Already in plan: %s."), strings.Join(r.present, ", ")))
	}
	if len(r.unplannable) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("Cannot be planned: %s."), strings.Join(r.unplannable, ", ")))
	}
	if r.failed != "" {
		parts = append(parts, fmt.Sprintf(lang.L("Stopped at %s."), r.failed))
	}
	if len(parts) == 0 {
		return lang.L("Nothing to add.")
	}
	return strings.Join(parts, " ")
}
