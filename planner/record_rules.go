package planner

import "errors"

// The rules every stored record follows, whichever store keeps it and
// whoever writes it: a single write, or a whole snapshot being restored.
// Each Prepare function returns the record in the form that is stored, or
// an Invalid error. They check a record on its own; what needs the catalog
// or today's date (does the code exist, is the date in the future) is the
// Service's job, because a restored log may hold retired codes and old dates.

// MaxStoredDate is the last day a four-digit YYYY-MM-DD record or key can hold.
var MaxStoredDate = NewDate(9999, 12, 31)

// ValidateStoredDate rejects dates that a YYYY-MM-DD record cannot hold.
func ValidateStoredDate(field string, d Date) error {
	if d < 0 || d > MaxStoredDate {
		return Invalidf(field, "%s must be a date between 0001-01-01 and 9999-12-31", field)
	}
	return nil
}

// PrepareTargets checks a target list the way it will be planned: codes
// present and unique, prep hours either unset or within the planner's
// bounds, dates storable. It returns the list with normalized codes.
func PrepareTargets(ts []Target) ([]Target, error) {
	out := make([]Target, len(ts))
	seen := map[string]bool{}
	for i, t := range ts {
		if err := errors.Join(ValidateStoredDate("exam-by", t.ExamBy), ValidateStoredDate("added", t.Added)); err != nil {
			return nil, err
		}
		t.Code = NormalizeCode(t.Code)
		if t.Code == "" {
			return nil, Invalidf("cert", "target %d: certification code is required", i+1)
		}
		if seen[t.Code] {
			return nil, Invalidf("cert", "target %s is listed twice", t.Code)
		}
		seen[t.Code] = true
		if t.PrepHours != 0 {
			if err := ValidatePrepHours("prep", t.PrepHours); err != nil {
				return nil, err
			}
		}
		out[i] = t
	}
	return out, nil
}

// PrepareAvailability checks a and returns it with its days off merged.
func PrepareAvailability(a Availability) (Availability, error) {
	if err := ValidateStoredDate("start", a.Start); err != nil {
		return a, err
	}
	for _, r := range a.DaysOff {
		if errors.Join(ValidateStoredDate("off", r.From), ValidateStoredDate("off", r.To)) != nil {
			return a, Invalidf("off", "days off must be dates between 0001-01-01 and 9999-12-31")
		}
	}
	if err := a.Validate(); err != nil {
		return a, err
	}
	a.DaysOff = NormalizeDaysOff(a.DaysOff)
	return a, nil
}

// PrepareTimer checks a timer and returns it with its code and kind
// normalized.
func PrepareTimer(t Timer) (Timer, error) {
	t.Code = NormalizeCode(t.Code)
	if t.Code == "" {
		return t, Invalidf("cert", "timer: certification code is required")
	}
	kind, err := ParseEntryKind(string(t.Kind))
	if err != nil {
		return t, err
	}
	t.Kind = kind
	if t.Banked < 0 {
		return t, Invalidf("banked", "timer: counted time must not be negative, got %s", t.Banked)
	}
	return t, nil
}

// PrepareEntry checks an entry's own fields, as the Service does before any
// write, and returns its normalized form. The ID is not checked: a new
// entry has none yet.
func PrepareEntry(e Entry) (Entry, error) {
	if err := ValidateStoredDate("date", e.Date); err != nil {
		return e, err
	}
	e = e.Normalized()
	if err := e.Validate(); err != nil {
		return e, err
	}
	return e, nil
}
