package planner

import "fmt"

// Targets returns the saved study targets in study order.
func (s *Service) Targets() ([]Target, error) { return s.store.Targets() }

// checkTarget validates one target against the catalog and today.
func (s *Service) checkTarget(t Target) (Target, error) {
	e, err := LookupPlannable(s.cat, "cert", t.Code)
	if err != nil {
		return t, err
	}
	t.Code = e.Code
	if t.PrepHours != 0 {
		if err := ValidatePrepHours("prep", t.PrepHours); err != nil {
			return t, err
		}
	}
	if !t.ExamBy.IsZero() {
		if err := ValidateDate("exam-by", t.ExamBy); err != nil {
			return t, err
		}
	}
	if !t.ExamBy.IsZero() && t.ExamBy <= s.Today() {
		return t, Invalidf("exam-by", "exam date %s for %s must be after today (%s)", t.ExamBy, t.Code, s.Today())
	}
	return t, nil
}

// AddTarget appends a certification to the study order.
func (s *Service) AddTarget(t Target) (Target, error) {
	t, err := s.checkTarget(t)
	if err != nil {
		return t, err
	}
	ts, err := s.store.Targets()
	if err != nil {
		return t, err
	}
	for _, have := range ts {
		if have.Code == t.Code {
			return t, &Error{Kind: Exists, Field: "cert", Msg: fmt.Sprintf("%s is already a target", t.Code)}
		}
	}
	t.Added = s.Today()
	return t, s.store.SaveTargets(append(ts, t))
}

// UpdateTarget changes a target's prep hours or exam date, keeping its place.
func (s *Service) UpdateTarget(t Target) error {
	t, err := s.checkTarget(t)
	if err != nil {
		return err
	}
	ts, err := s.store.Targets()
	if err != nil {
		return err
	}
	i := indexOfTarget(ts, t.Code)
	if i < 0 {
		return notATarget(t.Code)
	}
	t.Added = ts[i].Added
	ts[i] = t
	return s.store.SaveTargets(ts)
}

// RemoveTarget drops a target; its logged hours stay in the log.
func (s *Service) RemoveTarget(code string) error {
	_, err := s.RemoveTargetForUndo(code)
	return err
}

// MoveTarget shifts a target by delta places in the study order (negative:
// earlier), clamped to the ends of the list.
func (s *Service) MoveTarget(code string, delta int) error {
	ts, err := s.store.Targets()
	if err != nil {
		return err
	}
	i := indexOfTarget(ts, NormalizeCode(code))
	if i < 0 {
		return notATarget(code)
	}
	j := min(max(i+delta, 0), len(ts)-1)
	t := ts[i]
	ts = append(ts[:i], ts[i+1:]...)
	ts = append(ts[:j], append([]Target{t}, ts[j:]...)...)
	return s.store.SaveTargets(ts)
}

func indexOfTarget(ts []Target, code string) int {
	for i, t := range ts {
		if t.Code == code {
			return i
		}
	}
	return -1
}

func notATarget(code string) error {
	return &Error{Kind: NotFound, Field: "cert", Choices: TargetCodes, Msg: fmt.Sprintf("%s is not a target", NormalizeCode(code))}
}

// Availability returns the saved availability, or the defaults when the
// learner has not set any.
func (s *Service) Availability() (Availability, error) {
	a, ok, err := s.store.Availability()
	if err != nil || !ok {
		return DefaultAvailability(), err
	}
	return a, nil
}

// SetAvailability validates and saves the learner's availability.
func (s *Service) SetAvailability(a Availability) error {
	a.DaysOff = NormalizeDaysOff(a.DaysOff)
	if a.Experience == "" {
		a.Experience = Some
	}
	if err := a.Validate(); err != nil {
		return err
	}
	return s.store.SaveAvailability(a)
}
