package store

import (
	"encoding/json"
	"time"

	"certplan/planner"
)

// The stored form of each record. These are separate from the planner's
// types on purpose: renaming a planner field or changing its JSON tag must
// not silently change what is on disk. A change here is a schema change and
// needs a migration. (The backup file has its own record types, in
// planner/snapshot_json.go.) Records are checked before they are written by
// the planner's record rules (planner/record_rules.go).

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
	Pace       string            `json:"pace,omitempty"`
	StartTimes [7]string         `json:"start_times,omitzero"` // indexed by time.Weekday, "HH:MM" or ""
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
		Pace: string(a.Pace), StartTimes: a.StartTimes,
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
		Pace: planner.Pace(r.Pace), StartTimes: r.StartTimes,
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

// encode marshals a record. Every record is plain data and validation has
// rejected non-finite numbers, so an error here means a bug, not bad input.
func encode(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &planner.Error{Kind: planner.Other, Msg: "encoding a record", Err: err}
	}
	return b, nil
}
