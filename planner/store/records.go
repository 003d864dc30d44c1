package store

import (
	"encoding/json"
	"math"
	"time"

	"certplan/planner"
)

// The stored (and backed-up) form of each record. These are separate from the
// planner's types on purpose: renaming a planner field or changing its JSON
// tag must not silently change what is on disk. A change here is a schema
// change and needs a migration.

type entryRecord struct {
	ID       uint64   `json:"id"`
	Date     string   `json:"date"`
	Kind     string   `json:"kind"`
	Code     string   `json:"code"`
	Hours    float64  `json:"hours"`
	Domain   string   `json:"domain"`
	Services []string `json:"services"`
	Note     string   `json:"note"`
	Link     string   `json:"link"`
}

type targetRecord struct {
	Code      string  `json:"code"`
	PrepHours float64 `json:"prep_hours"`
	ExamBy    string  `json:"exam_by"`
	Added     string  `json:"added,omitempty"` // absent in folders from before it was kept
}

type dateRangeRecord struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type availabilityRecord struct {
	Hours      [7]float64        `json:"hours"` // indexed by time.Weekday, Sunday first
	Country    string            `json:"country"`
	Region     string            `json:"region"`
	DaysOff    []dateRangeRecord `json:"days_off"`
	Start      string            `json:"start"`
	LabShare   float64           `json:"lab_share"`
	Experience string            `json:"experience"`
}

type timerRecord struct {
	Code    string `json:"code"`
	Kind    string `json:"kind"`
	Domain  string `json:"domain"`
	Started string `json:"started"` // RFC 3339 with nanoseconds; "" while paused
	BankedN int64  `json:"banked_ns"`
}

// addMarker records an AddEntries too big for one transaction while it is
// being written: the IDs it took and the dates it spans, so an interrupted
// one can be undone on the next Open.
type addMarker struct {
	FirstID uint64 `json:"first_id"`
	LastID  uint64 `json:"last_id"`
	From    string `json:"from"`
	To      string `json:"to"`
}

func toEntryRecord(e planner.Entry) entryRecord {
	services := e.Services
	if services == nil {
		services = []string{}
	}
	return entryRecord{
		ID: e.ID, Date: e.Date.String(), Kind: string(e.Kind), Code: e.Code, Hours: e.Hours,
		Domain: e.Domain, Services: services, Note: e.Note, Link: e.Link,
	}
}

func (r entryRecord) entry() (planner.Entry, error) {
	d, err := parseOptionalDate(r.Date)
	if err != nil {
		return planner.Entry{}, err
	}
	services := r.Services
	if services == nil {
		services = []string{}
	}
	return planner.Entry{
		ID: r.ID, Date: d, Kind: planner.EntryKind(r.Kind), Code: r.Code, Hours: r.Hours,
		Domain: r.Domain, Services: services, Note: r.Note, Link: r.Link,
	}, nil
}

func toTargetRecords(ts []planner.Target) []targetRecord {
	out := make([]targetRecord, len(ts))
	for i, t := range ts {
		out[i] = targetRecord{Code: t.Code, PrepHours: t.PrepHours, ExamBy: t.ExamBy.String(), Added: t.Added.String()}
	}
	return out
}

func targetsFromRecords(rs []targetRecord) ([]planner.Target, error) {
	out := make([]planner.Target, len(rs))
	for i, r := range rs {
		d, err := parseOptionalDate(r.ExamBy)
		if err != nil {
			return nil, err
		}
		added, err := parseOptionalDate(r.Added)
		if err != nil {
			return nil, err
		}
		out[i] = planner.Target{Code: r.Code, PrepHours: r.PrepHours, ExamBy: d, Added: added}
	}
	return out, nil
}

func toAvailabilityRecord(a planner.Availability) availabilityRecord {
	r := availabilityRecord{
		Hours: a.Hours, Country: a.Country, Region: a.Region, Start: a.Start.String(),
		LabShare: a.LabShare, Experience: string(a.Experience), DaysOff: []dateRangeRecord{},
	}
	for _, d := range a.DaysOff {
		r.DaysOff = append(r.DaysOff, dateRangeRecord{From: d.From.String(), To: d.To.String()})
	}
	return r
}

func (r availabilityRecord) availability() (planner.Availability, error) {
	start, err := parseOptionalDate(r.Start)
	if err != nil {
		return planner.Availability{}, err
	}
	a := planner.Availability{
		Hours: r.Hours, Country: r.Country, Region: r.Region, Start: start,
		LabShare: r.LabShare, Experience: planner.Experience(r.Experience),
	}
	for _, d := range r.DaysOff {
		from, err := parseOptionalDate(d.From)
		if err != nil {
			return planner.Availability{}, err
		}
		to, err := parseOptionalDate(d.To)
		if err != nil {
			return planner.Availability{}, err
		}
		a.DaysOff = append(a.DaysOff, planner.DateRange{From: from, To: to})
	}
	return a, nil
}

func toTimerRecord(t planner.Timer) timerRecord {
	r := timerRecord{Code: t.Code, Kind: string(t.Kind), Domain: t.Domain, BankedN: int64(t.Banked)}
	if !t.Started.IsZero() {
		r.Started = t.Started.UTC().Format(time.RFC3339Nano)
	}
	return r
}

func (r timerRecord) timer() (planner.Timer, error) {
	t := planner.Timer{Code: r.Code, Kind: planner.EntryKind(r.Kind), Domain: r.Domain, Banked: time.Duration(r.BankedN)}
	if r.Started != "" {
		started, err := time.Parse(time.RFC3339Nano, r.Started)
		if err != nil {
			return planner.Timer{}, planner.Invalidf("started", "timer start %q is not an RFC 3339 time", r.Started)
		}
		t.Started = started
	}
	return t, nil
}

func parseOptionalDate(s string) (planner.Date, error) {
	var d planner.Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		return 0, planner.Invalidf("date", "%v", err)
	}
	return d, nil
}

// validateTargets checks a target list the way it will be planned: codes
// present and unique, prep hours either unset or within the planner's bounds.
// It returns the normalized list that is stored.
func validateTargets(ts []planner.Target) ([]planner.Target, error) {
	out := make([]planner.Target, len(ts))
	seen := map[string]bool{}
	for i, t := range ts {
		t.Code = planner.NormalizeCode(t.Code)
		if t.Code == "" {
			return nil, planner.Invalidf("cert", "target %d: certification code is required", i+1)
		}
		if seen[t.Code] {
			return nil, planner.Invalidf("cert", "target %s is listed twice", t.Code)
		}
		seen[t.Code] = true
		if t.PrepHours != 0 {
			if err := planner.ValidatePrepHours("prep", t.PrepHours); err != nil {
				return nil, err
			}
		}
		out[i] = t
	}
	return out, nil
}

// validateTimer checks a timer before it is stored.
func validateTimer(t planner.Timer) (planner.Timer, error) {
	t.Code = planner.NormalizeCode(t.Code)
	if t.Code == "" {
		return t, planner.Invalidf("cert", "timer: certification code is required")
	}
	kind, err := planner.ParseEntryKind(string(t.Kind))
	if err != nil {
		return t, err
	}
	t.Kind = kind
	if t.Banked < 0 {
		return t, planner.Invalidf("banked", "timer: counted time must not be negative, got %s", t.Banked)
	}
	return t, nil
}

// validateAvailability checks and returns the stored form of a.
func validateAvailability(a planner.Availability) (planner.Availability, error) {
	// A NaN compares false with every bound, so range checks alone let it
	// through; JSON cannot even encode it.
	if !finite(a.LabShare) {
		return a, planner.Invalidf("lab-share", "lab share must be a number between 0 and 1")
	}
	if err := a.Validate(); err != nil {
		return a, err
	}
	a.DaysOff = planner.NormalizeDaysOff(a.DaysOff)
	return a, nil
}

// validateEntry checks an entry and returns the stored (normalized) form.
func validateEntry(e planner.Entry) (planner.Entry, error) {
	if !finite(e.Hours) {
		return e, planner.Invalidf("hours", "hours must be a number above 0 and at most 24")
	}
	if err := e.Validate(); err != nil {
		return e, err
	}
	// Checked again once trimmed: a code of spaces passes the first check
	// but would be stored empty.
	n := e.Normalized()
	if err := n.Validate(); err != nil {
		return e, err
	}
	return n, nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// encode marshals a record. Every record is plain data and validation has
// rejected non-finite numbers, so an error here means a bug, not bad input.
func encode(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &planner.Error{Kind: planner.Other, Msg: "encoding a record", Err: err}
	}
	return b, nil
}
