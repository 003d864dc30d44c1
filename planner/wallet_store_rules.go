package planner

import (
	"slices"
	"strings"
	"unicode"
)

// The record rules (see record_rules.go) for the wallet's history and the
// reminders already shown. Like the others they check what a record can say
// on its own; the catalog and today's date (does the code exist, is a pass
// in the future, does the score fit the exam's scale) are checked by the
// Service through History.Validate before anything new is stored.

// maxStoredScore bounds a stored score: no exam's scale goes beyond 1000.
const maxStoredScore = 1000

// Bounds on the reminder keys kept, so a damaged or hostile backup cannot
// make the store hold something unbounded.
const (
	maxShownReminders  = 10000
	maxReminderKeyLen  = 200
	shownReminderField = "shown-reminders"
)

// PrepareHistory checks every record of h on its own and returns h in the
// form that is stored: codes normalized, lists never nil, domain results
// in the order given.
func PrepareHistory(h History) (History, error) {
	out := History{
		Earned:     make([]Earned, len(h.Earned)),
		Extensions: make([]Extension, len(h.Extensions)),
		Attempts:   make([]Attempt, len(h.Attempts)),
	}
	for i, e := range h.Earned {
		e.Code = NormalizeCode(e.Code)
		if err := checkStoredRecord("earned record", i, e.Code, e.Date); err != nil {
			return History{}, err
		}
		if err := e.checkText(); err != nil {
			return History{}, err
		}
		out.Earned[i] = e
	}
	for i, x := range h.Extensions {
		x.Code = NormalizeCode(x.Code)
		if err := checkStoredRecord("renewal", i, x.Code, x.Date); err != nil {
			return History{}, err
		}
		out.Extensions[i] = x
	}
	for i, a := range h.Attempts {
		a.Code = NormalizeCode(a.Code)
		if err := checkStoredRecord("attempt", i, a.Code, a.Date); err != nil {
			return History{}, err
		}
		if a.Score < 0 || a.Score > maxStoredScore {
			return History{}, Invalidf("score", "attempt %d: score %d must be between 0 and %d", i+1, a.Score, maxStoredScore)
		}
		if err := ValidateStoredDate("voucher-expires", a.VoucherExpires); err != nil {
			return History{}, err
		}
		a.Domains = slices.Clone(a.Domains)
		if a.Domains == nil {
			a.Domains = []DomainResult{}
		}
		for _, r := range a.Domains {
			if strings.TrimSpace(r.Name) == "" || (r.Result != Meets && r.Result != Below) {
				return History{}, Invalidf("domain", "attempt %d: a domain result needs a name and %q or %q, got %q=%q", i+1, Meets, Below, r.Name, r.Result)
			}
		}
		out.Attempts[i] = a
	}
	return out, nil
}

// checkStoredRecord checks what every wallet record has: a code and a date.
func checkStoredRecord(what string, i int, code string, d Date) error {
	if code == "" {
		return Invalidf("cert", "%s %d: certification code is required", what, i+1)
	}
	if d.IsZero() {
		return Invalidf("date", "%s %d: the date is required", what, i+1)
	}
	return ValidateStoredDate("date", d)
}

// checkText applies the earned record's limits on free text.
func (e Earned) checkText() error {
	if id := e.CredentialID; id != "" {
		if len(id) > maxCredentialIDLen || strings.TrimSpace(id) != id || strings.IndexFunc(id, unicode.IsControl) >= 0 {
			return Invalidf("credential-id", "the credential ID must be at most %d characters without surrounding spaces or control characters", maxCredentialIDLen)
		}
	}
	if e.URL != "" {
		return checkURL(e.URL)
	}
	return nil
}

// PrepareShownReminders checks the keys of reminders already shown
// (Reminder.Key) and returns them sorted, each once.
func PrepareShownReminders(keys []string) ([]string, error) {
	if len(keys) > maxShownReminders {
		return nil, Invalidf(shownReminderField, "%d reminder keys are more than the %d kept", len(keys), maxShownReminders)
	}
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k == "" || len(k) > maxReminderKeyLen || strings.IndexFunc(k, unicode.IsControl) >= 0 {
			return nil, Invalidf(shownReminderField, "reminder key %q must be 1 to %d characters without control characters", k, maxReminderKeyLen)
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}
