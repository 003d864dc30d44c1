package planner

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// EntryKind says whether logged time went to studying or to hands-on work.
type EntryKind string

const (
	Study EntryKind = "study"
	Lab   EntryKind = "lab"
)

// ParseEntryKind reads study or lab.
func ParseEntryKind(s string) (EntryKind, error) {
	switch k := EntryKind(strings.ToLower(strings.TrimSpace(s))); k {
	case Study, Lab:
		return k, nil
	}
	return "", Invalidf("kind", "kind %s is not known (accepted: study, lab)", quoteInput(s))
}

// Entry is one block of logged practice.
type Entry struct {
	ID       uint64    `json:"id"`
	Date     Date      `json:"date"`
	Kind     EntryKind `json:"kind"`
	Code     string    `json:"code"`
	Hours    float64   `json:"hours"`
	Domain   string    `json:"domain"`
	Services []string  `json:"services"`
	Note     string    `json:"note"`
	Link     string    `json:"link"`
}

// Bounds on one entry. An entry is a block of practice in one day: at least
// a quarter hour (the unit plans count in) and at most the day's 24 hours.
//
// MinStoredHours is the floor for entries already stored or in a backup:
// earlier versions accepted any positive hours (0.1 h from a CSV), and a
// learner's old backup must still restore. New entries meet MinEntryHours
// (Service.checkEntry).
const (
	MinEntryHours  = 0.25
	MinStoredHours = 0.01
	MaxEntryHours  = 24
)

// Bounds on an entry's text, in characters. They are far above anything a
// person types by hand, and keep a pasted file from becoming a log entry
// that every export, backup and screen then has to carry.
const (
	MaxNoteChars    = 10_000
	MaxLinkChars    = 2_000
	MaxServices     = 50
	MaxServiceChars = 64
	MaxCodeChars    = 64  // the longest catalog code is far shorter
	MaxDomainChars  = 200 // exam-guide domain names are one line
)

// Validate checks an entry's own fields (not whether its code or domain
// exist: that needs the catalog, see Service.ValidateEntry).
func (e Entry) Validate() error {
	if e.Date.IsZero() {
		return Invalidf("date", "date is required (YYYY-MM-DD)")
	}
	if err := ValidateDate("date", e.Date); err != nil {
		return err
	}
	if _, err := ParseEntryKind(string(e.Kind)); err != nil {
		return err
	}
	if strings.TrimSpace(e.Code) == "" {
		return Invalidf("cert", "certification code is required")
	}
	if !(e.Hours >= MinStoredHours && e.Hours <= MaxEntryHours) { // also rejects NaN
		return Invalidf("hours", "hours must be between %s and %d, got %s",
			FormatHours(MinEntryHours), MaxEntryHours, strconv.FormatFloat(e.Hours, 'g', -1, 64))
	}
	for _, c := range []struct {
		field, name, text string
		limit             int
	}{
		{"cert", "certification code", e.Code, MaxCodeChars},
		{"domain", "domain", e.Domain, MaxDomainChars},
		{"note", "note", e.Note, MaxNoteChars},
		{"link", "link", e.Link, MaxLinkChars},
	} {
		if n := utf8.RuneCountInString(c.text); n > c.limit {
			return Invalidf(c.field, "%s is %d characters long; the limit is %d", c.name, n, c.limit)
		}
	}
	if len(e.Services) > MaxServices {
		return Invalidf("services", "%d services are listed; the limit is %d per entry", len(e.Services), MaxServices)
	}
	for _, s := range e.Services {
		if strings.TrimSpace(s) == "" {
			return Invalidf("services", "services must not contain an empty name")
		}
		if n := utf8.RuneCountInString(s); n > MaxServiceChars {
			return Invalidf("services", "service name %s is %d characters long; the limit is %d", quoteInput(s), n, MaxServiceChars)
		}
	}
	if e.Link != "" {
		u, err := url.Parse(e.Link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Invalidf("link", "link %s is not a web address (use http:// or https://)", quoteInput(e.Link))
		}
	}
	return nil
}

// Normalized returns e with the code upper-cased, services trimmed and
// de-duplicated, and nil slices made empty, the form stored and exported.
func (e Entry) Normalized() Entry {
	e.Code = NormalizeCode(e.Code)
	e.Domain = strings.TrimSpace(e.Domain)
	e.Note = strings.TrimSpace(e.Note)
	e.Link = strings.TrimSpace(e.Link)
	seen := map[string]bool{}
	services := make([]string, 0, len(e.Services))
	for _, s := range e.Services {
		s = strings.TrimSpace(s)
		if s == "" || seen[strings.ToLower(s)] {
			continue
		}
		seen[strings.ToLower(s)] = true
		services = append(services, s)
	}
	e.Services = services
	return e
}

// SameContent reports whether two entries record the same practice, ignoring
// IDs: re-importing a file must not double-count it.
func (e Entry) SameContent(o Entry) bool {
	a, b := e.Normalized(), o.Normalized()
	if a.Date != b.Date || a.Kind != b.Kind || a.Code != b.Code || math.Abs(a.Hours-b.Hours) > 1e-9 ||
		a.Domain != b.Domain || a.Note != b.Note || a.Link != b.Link || len(a.Services) != len(b.Services) {
		return false
	}
	for i := range a.Services {
		if a.Services[i] != b.Services[i] {
			return false
		}
	}
	return true
}

// EntryQuery selects log entries; zero fields select everything.
type EntryQuery struct {
	From, To Date   // inclusive
	Code     string // one certification
	Kind     EntryKind
}

// Matches reports whether e passes the query.
func (q EntryQuery) Matches(e Entry) bool {
	if !q.From.IsZero() && e.Date < q.From {
		return false
	}
	if !q.To.IsZero() && e.Date > q.To {
		return false
	}
	if q.Code != "" && NormalizeCode(q.Code) != e.Code {
		return false
	}
	return q.Kind == "" || q.Kind == e.Kind
}

// Timer is a running or paused stopwatch for a practice block; it is stored so
// that it survives closing the app.
type Timer struct {
	Code    string        `json:"code"`
	Kind    EntryKind     `json:"kind"`
	Domain  string        `json:"domain,omitempty"`
	Started time.Time     `json:"started,omitempty"` // zero while paused
	Banked  time.Duration `json:"banked"`            // time counted before the last pause
}

// Running reports whether the timer is counting now.
func (t Timer) Running() bool { return !t.Started.IsZero() }

// Elapsed is the time counted up to now.
func (t Timer) Elapsed(now time.Time) time.Duration {
	d := t.Banked
	if t.Running() && now.After(t.Started) {
		d += now.Sub(t.Started)
	}
	return d
}
