package planner

import (
	"math"
	"net/url"
	"strings"
	"time"
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
	return "", Invalidf("kind", "kind %q is not known (accepted: study, lab)", s)
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

// MaxEntryHours caps one entry: a day has 24 hours.
const MaxEntryHours = 24

// Validate checks an entry's own fields (not whether its code or domain
// exist: that needs the catalog, see Service.ValidateEntry).
func (e Entry) Validate() error {
	if e.Date.IsZero() {
		return Invalidf("date", "date is required (YYYY-MM-DD)")
	}
	if _, err := ParseEntryKind(string(e.Kind)); err != nil {
		return err
	}
	if strings.TrimSpace(e.Code) == "" {
		return Invalidf("cert", "certification code is required")
	}
	if !(e.Hours > 0 && e.Hours <= MaxEntryHours) { // also rejects NaN
		return Invalidf("hours", "hours must be above 0 and at most 24, got %s", FormatHours(e.Hours))
	}
	for _, s := range e.Services {
		if strings.TrimSpace(s) == "" {
			return Invalidf("services", "services must not contain an empty name")
		}
	}
	if e.Link != "" {
		u, err := url.Parse(e.Link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Invalidf("link", "link %q is not a web address (use http:// or https://)", e.Link)
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
