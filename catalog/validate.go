package catalog

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// weightTolerance absorbs float rounding in hand-typed weights such as 33.33.
const weightTolerance = 0.01

// validate checks the catalog's internal consistency and returns every
// problem found, each naming the entry or path it is about. entries must be
// in file order so entries without a code can be named by position.
func validate(entries []Entry, paths []Path) []error {
	v := &validator{codes: make(map[string]Entry, len(entries))}
	for i, e := range entries {
		label := entryLabel(i, e)
		if e.Code == "" {
			v.addf(label, "code is empty")
			continue
		}
		key := codeKey(e.Code)
		if first, dup := v.codes[key]; dup {
			v.addf(label, "duplicate code (entry %q already uses it)", first.Code)
			continue
		}
		v.codes[key] = e
	}
	for i, e := range entries {
		v.entry(entryLabel(i, e), e)
	}
	roles := make(map[string]bool, len(paths))
	for i, p := range paths {
		label := pathLabel(i, p)
		if p.Role != "" {
			if roles[strings.ToLower(p.Role)] {
				v.addf(label, "duplicate role")
			}
			roles[strings.ToLower(p.Role)] = true
		}
		v.path(label, p)
	}
	return v.problems
}

type validator struct {
	codes    map[string]Entry // codeKey -> first entry with that code
	problems []error
}

func (v *validator) addf(label, format string, args ...any) {
	v.problems = append(v.problems, fmt.Errorf("%s: %s", label, fmt.Sprintf(format, args...)))
}

func (v *validator) known(code string) (Entry, bool) {
	e, ok := v.codes[codeKey(code)]
	return e, ok
}

func (v *validator) entry(label string, e Entry) {
	if e.Name == "" {
		v.addf(label, "name is empty")
	}
	v.lengths(label, e)
	if e.Vendor == "" {
		v.addf(label, "vendor is empty")
	}
	if _, err := ParseTier(string(e.Tier)); err != nil {
		v.addf(label, "%v", err)
	}
	if !e.Kind.Valid() {
		v.addf(label, "unknown kind %q (accepted: %s, %s)", e.Kind, Certification, BadgeKind)
	} else if e.Tier.Valid() && (e.Tier == Badge) != (e.Kind == BadgeKind) {
		v.addf(label, "tier %q does not go with kind %q (badges use tier %q and kind %q)", e.Tier, e.Kind, Badge, BadgeKind)
	}
	if !e.Status.Valid() {
		v.addf(label, "unknown status %q (accepted: %s, %s)", e.Status, Active, Retired)
	}
	if e.StatusDate != "" && !validStatusDate(e.StatusDate) {
		v.addf(label, "status_date %q must be YYYY-MM-DD or YYYY-MM", e.StatusDate)
	}
	v.successor(label, e)
	v.counts(label, e)
	v.domains(label, e)
	v.prep(label, e)
	v.renewal(label, e)
	for _, field := range e.Uncertain {
		if !entryFields[field] {
			v.addf(label, "uncertain names %q, which is not an entry field", field)
		}
	}
}

// lengths bounds the free text of an entry, so a pasted file cannot become
// a catalog entry every screen then has to lay out.
func (v *validator) lengths(label string, e Entry) {
	for _, t := range []struct {
		field, text string
		max         int
	}{
		{"code", e.Code, MaxCodeChars},
		{"name", e.Name, MaxTextChars},
		{"vendor", e.Vendor, MaxTextChars},
		{"experience", e.Experience, MaxTextChars},
		{"renewal_note", e.RenewalNote, MaxNotesChars},
		{"notes", e.Notes, MaxNotesChars},
	} {
		if n := utf8.RuneCountInString(t.text); n > t.max {
			v.addf(label, "%s is %d characters long; the limit is %d", t.field, n, t.max)
		}
	}
	if len(e.Domains) > MaxDomains {
		v.addf(label, "has %d domains; the limit is %d", len(e.Domains), MaxDomains)
	}
	for _, d := range e.Domains {
		if n := utf8.RuneCountInString(d.Name); n > MaxTextChars {
			v.addf(label, "a domain name is %d characters long; the limit is %d", n, MaxTextChars)
		}
	}
}

func validStatusDate(s string) bool {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

func (v *validator) successor(label string, e Entry) {
	if e.Successor == "" {
		return
	}
	switch _, ok := v.known(e.Successor); {
	case !ok:
		v.addf(label, "successor %q is not in the catalog", e.Successor)
	case codeKey(e.Successor) == codeKey(e.Code):
		v.addf(label, "successor is the entry itself")
	case e.Status != Retired:
		v.addf(label, "has a successor but status %q; only retired entries are replaced", e.Status)
	}
}

// counts checks the plain numbers for values that cannot be right.
func (v *validator) counts(label string, e Entry) {
	for _, n := range []struct {
		field      string
		value, max int
	}{
		{"questions", e.Questions, MaxQuestions},
		{"scored_questions", e.ScoredQuestions, MaxQuestions},
		{"minutes", e.Minutes, MaxMinutes},
		{"price_usd", e.PriceUSD, MaxPriceUSD},
		{"passing_scale", e.PassingScale, MaxPassingScale},
		{"validity_years", e.ValidityYears, MaxValidityYears},
		{"retake_wait_days", e.RetakeWaitDays, MaxRetakeWaitDays},
	} {
		if n.value < 0 || n.value > n.max {
			v.addf(label, "%s must be between 0 and %d, got %d", n.field, n.max, n.value)
		}
	}
	if e.Questions > 0 && e.ScoredQuestions > e.Questions {
		v.addf(label, "scored_questions %d is more than questions %d", e.ScoredQuestions, e.Questions)
	}
	v.passMark(label, e)
}

// passMark checks that the entry gives its pass mark once, on the measure
// that fits its kind: a badge assessment passes on a percentage of correct
// answers, an exam on a scaled score, and the two must never be mixed up.
func (v *validator) passMark(label string, e Entry) {
	switch {
	case e.PassPercent != 0 && e.PassingScore != 0:
		v.addf(label, "sets both passing_score (a scaled score) and pass_percent (a percentage of correct answers); keep the one the exam uses")
	case e.PassPercent != 0:
		if e.PassPercent < 0 || e.PassPercent > 100 {
			v.addf(label, "pass_percent %d must be between 1 and 100", e.PassPercent)
		}
		if e.PassingScale != 0 {
			v.addf(label, "passing_scale applies to passing_score, not to pass_percent")
		}
	case e.Kind == BadgeKind:
		v.addf(label, "a badge's pass mark is a percentage of correct answers: set pass_percent, not passing_score")
	case e.PassingScore <= 0:
		v.addf(label, "passing_score %d must be above 0", e.PassingScore)
	case e.PassingScore > e.ScoreScale():
		v.addf(label, "passing_score %d is above the score scale %d (set passing_scale if the exam uses another scale)", e.PassingScore, e.ScoreScale())
	}
}

// renewal checks the renewal routes: codes that exist, once each, and
// activities a user's record can name.
func (v *validator) renewal(label string, e Entry) {
	seen := make(map[string]bool, len(e.RenewedBy))
	for _, code := range e.RenewedBy {
		if _, ok := v.known(code); !ok {
			v.addf(label, "renewed_by code %q is not in the catalog", code)
		}
		if seen[codeKey(code)] {
			v.addf(label, "renewed_by lists %q twice", code)
		}
		seen[codeKey(code)] = true
	}
	if e.MaintainYears < 0 {
		v.addf(label, "maintain_years %d must not be negative", e.MaintainYears)
	} else if e.MaintainYears > 0 && !e.Expires() {
		v.addf(label, "maintain_years is set but the entry never expires (validity_years is 0)")
	}
	ids := make(map[string]bool, len(e.RenewalActivities))
	for i, a := range e.RenewalActivities {
		switch {
		case strings.TrimSpace(a.ID) == "" || strings.TrimSpace(a.Name) == "":
			v.addf(label, "renewal activity #%d needs both an id and a name", i+1)
		case ids[strings.ToLower(a.ID)]:
			v.addf(label, "renewal activity %q is listed twice", a.ID)
		case !e.Expires():
			v.addf(label, "renewal activity %q is set but the entry never expires (validity_years is 0)", a.ID)
		}
		ids[strings.ToLower(a.ID)] = true
	}
}

// domains checks exam-guide weights. The planner splits study hours by them,
// so they must add up to the whole exam. Built-in active certifications must
// have domains; retired exams, badges and custom exams may leave them out.
func (v *validator) domains(label string, e Entry) {
	names := make(map[string]bool, len(e.Domains))
	sum := 0.0
	for i, d := range e.Domains {
		if d.Name == "" {
			v.addf(label, "domain #%d has no name", i+1)
		} else if names[strings.ToLower(d.Name)] {
			v.addf(label, "domain %q is listed twice", d.Name)
		}
		names[strings.ToLower(d.Name)] = true
		if !(d.Weight > 0 && d.Weight <= MaxWeight) {
			v.addf(label, "domain %q has weight %s, want above 0 and at most %d", d.Name, formatNumber(d.Weight), MaxWeight)
		}
		sum += d.Weight
	}
	required := e.Kind == Certification && e.Tier != Badge && e.Status == Active && !e.Custom
	if (required || len(e.Domains) > 0) && math.Abs(sum-100) > weightTolerance {
		v.addf(label, "domain weights sum to %s, want 100", formatNumber(sum))
	}
}

func (v *validator) prep(label string, e Entry) {
	r := e.PrepRange
	switch {
	case !(e.PrepHours >= MinPrepHours && e.PrepHours <= MaxPrepHours):
		v.addf(label, "prep_hours must be between %d and %d, got %s", MinPrepHours, MaxPrepHours, formatNumber(e.PrepHours))
	case r.Max > MaxPrepHours:
		v.addf(label, "prep_range must end at %d or less, got %s", MaxPrepHours, formatNumber(r.Max))
	case r.Min < 0 || r.Min > r.Max:
		v.addf(label, "prep_range %s-%s is not a range (want 0 <= min <= max)", formatNumber(r.Min), formatNumber(r.Max))
	case e.PrepHours < r.Min || e.PrepHours > r.Max:
		v.addf(label, "prep_hours %s is outside prep_range %s-%s", formatNumber(e.PrepHours), formatNumber(r.Min), formatNumber(r.Max))
	}
}

func (v *validator) path(label string, p Path) {
	if p.Role == "" {
		v.addf(label, "role is empty")
	}
	if p.Title == "" {
		v.addf(label, "title is empty")
	}
	if len(p.Steps) == 0 {
		v.addf(label, "has no steps")
	}
	seen := make(map[string]bool, len(p.Steps))
	for i, s := range p.Steps {
		e, ok := v.known(s.Code)
		switch {
		case s.Code == "":
			v.addf(label, "step %d has no code", i+1)
		case !ok:
			v.addf(label, "step %d code %q is not in the catalog", i+1, s.Code)
		case e.Status == Retired:
			v.addf(label, "step %d code %q is %s and cannot be planned", i+1, s.Code, e.Status)
		case seen[codeKey(s.Code)]:
			v.addf(label, "step %d repeats %q", i+1, s.Code)
		}
		seen[codeKey(s.Code)] = true
	}
}

// formatNumber prints hours and weights without float noise: 99, 33.33.
// Values far out of range (1e308) keep their exponent form.
func formatNumber(f float64) string {
	if math.Abs(f) >= 1e15 {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}
