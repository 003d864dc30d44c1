package planner

import (
	"fmt"
	"io"

	"certplan/catalog"
)

// PlanFor builds the plan for targets under availability a from start,
// counting the work already logged (done, by code; nil for none). The CLI's
// what-if plan and the saved plan both come from here.
func PlanFor(cat *catalog.Catalog, targets []Target, a Availability, start Date, done map[string]Done) (Plan, error) {
	return planFrom(cat, targets, a, PlanInput{Start: start}, done, nil)
}

// planFrom is PlanFor with the scheduler's start settings given whole and
// the exam attempts whose weak domains the plan leans on.
func planFrom(cat *catalog.Catalog, targets []Target, a Availability, in PlanInput, done map[string]Done, attempts []Attempt) (Plan, error) {
	start := in.Start
	if err := ValidateDate("start", start); err != nil {
		return Plan{}, err
	}
	if err := a.Validate(); err != nil {
		return Plan{}, err
	}
	for _, t := range targets {
		if !t.ExamBy.IsZero() {
			if err := ValidateDate("exam-by", t.ExamBy); err != nil {
				return Plan{}, err
			}
		}
		if !t.ExamBy.IsZero() && t.ExamBy <= start {
			return Plan{}, Invalidf("exam-by", "exam date %s for %s must be after the start date %s", t.ExamBy, t.Code, start)
		}
	}
	pts, err := ResolveTargets(cat, targets, a.Experience, done, attempts)
	if err != nil {
		return Plan{}, err
	}
	in.Targets, in.Availability = pts, a
	return BuildPlan(in)
}

// SavedPlan is the learner's plan as of today: only what remains after the
// logged hours, scheduled from today (or the chosen start, if later).
func (s *Service) SavedPlan() (Plan, error) {
	ts, err := s.store.Targets()
	if err != nil {
		return Plan{}, err
	}
	a, err := s.Availability()
	if err != nil {
		return Plan{}, err
	}
	done, err := s.store.Totals()
	if err != nil {
		return Plan{}, err
	}
	h, err := s.store.History()
	if err != nil {
		return Plan{}, err
	}
	return s.planRemaining(ts, a, done, h.Attempts)
}

// dropPassedExams clears exam dates on or before start: a date that has
// passed no longer constrains the plan, and a warning says so instead of
// refusing to plan at all.
func dropPassedExams(ts []Target, start Date) ([]Target, []Warning) {
	var passed []Warning
	out := append([]Target(nil), ts...)
	for i, t := range out {
		if !t.ExamBy.IsZero() && t.ExamBy <= start {
			passed = append(passed, Warning{Code: t.Code, Kind: "exam-passed",
				Message: fmt.Sprintf("%s: the exam date %s has passed; set a new one or record the attempt", t.Code, t.ExamBy)})
			out[i].ExamBy = 0
		}
	}
	return out, passed
}

// SumDone totals entries into per-code Done figures.
func SumDone(es []Entry) map[string]Done {
	done := map[string]Done{}
	for _, e := range es {
		d := done[e.Code]
		if e.Kind == Lab {
			d.Lab += e.Hours
		} else {
			d.Study += e.Hours
		}
		if e.Domain != "" {
			if d.ByDomain == nil {
				d.ByDomain = map[string]float64{}
			}
			d.ByDomain[e.Domain] += e.Hours
		}
		done[e.Code] = d
	}
	return done
}

// ExportCalendar writes the saved plan to path as an iCalendar file,
// atomically, with all-day events for the exam dates and the renewal
// deadlines of held certifications (WalletEvents), and returns the plan it
// wrote.
func (s *Service) ExportCalendar(path string) (Plan, error) {
	p, err := s.SavedPlan()
	if err != nil {
		return p, err
	}
	w, err := s.Wallet()
	if err != nil {
		return p, err
	}
	ts, err := s.store.Targets()
	if err != nil {
		return p, err
	}
	events := WalletEvents(w, ts)
	return p, WriteFileAtomic(path, func(out io.Writer) error { return WriteICSWithEvents(out, p, events, s.now()) })
}
