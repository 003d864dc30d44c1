package planner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// The backup file: one JSON document holding a Snapshot.
//
//	{"format":"certplan-backup","version":1,"schema":3,"created":"<RFC 3339>",
//	 "targets":[...],"availability":{...}|null,"entries":[...],"timer":{...}|null,
//	 "history":{"earned":[...],"extensions":[...],"attempts":[...]},"shown_reminders":[...]}
//
// "history" and "shown_reminders" were added within version 1: a backup
// without them (written before the wallet was kept) restores with an empty
// wallet, and nothing else in the layout changed.
//
// "version" is the version of this document's layout and changes only when
// a record's JSON changes incompatibly; "schema" is the database schema of
// the CertPlan that wrote it, for support. The record types below are the
// file's own, separate from the planner's types on purpose: renaming a
// planner field or changing its JSON tag must not silently change what a
// backup holds. A change here needs a new version.
const (
	BackupFormat  = "certplan-backup"
	BackupVersion = 1
)

type backupHead struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Schema  int    `json:"schema"`
	Created string `json:"created"`
}

type backupDoc struct {
	backupHead
	Targets      []backupTarget      `json:"targets"`
	Availability *backupAvailability `json:"availability"`
	Entries      []backupEntry       `json:"entries"`
	Timer        *backupTimer        `json:"timer"`
	// Absent in backups from before the wallet was kept.
	History        *backupHistory `json:"history"`
	ShownReminders []string       `json:"shown_reminders"`
}

type backupEntry struct {
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

type backupTarget struct {
	Code      string  `json:"code"`
	PrepHours float64 `json:"prep_hours"`
	ExamBy    string  `json:"exam_by"`
	Added     string  `json:"added,omitempty"` // absent in backups from before it was kept
}

type backupDateRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type backupAvailability struct {
	Hours      [7]float64        `json:"hours"` // indexed by time.Weekday, Sunday first
	Country    string            `json:"country"`
	Region     string            `json:"region"`
	DaysOff    []backupDateRange `json:"days_off"`
	Start      string            `json:"start"`
	LabShare   float64           `json:"lab_share"`
	Experience string            `json:"experience"`
	Pace       string            `json:"pace,omitempty"`
	StartTimes [7]string         `json:"start_times,omitzero"` // indexed by time.Weekday, "HH:MM" or ""
}

type backupTimer struct {
	Code    string `json:"code"`
	Kind    string `json:"kind"`
	Domain  string `json:"domain"`
	Started string `json:"started"` // RFC 3339 with nanoseconds; "" while paused
	BankedN int64  `json:"banked_ns"`
}

// WriteSnapshot writes s as a backup document stamped with created. Entries
// are written one per line, so the file diffs well.
func WriteSnapshot(w io.Writer, s Snapshot, created time.Time) error {
	bw := bufio.NewWriter(w)
	var avail, timer any // JSON null when absent
	if s.Availability != nil {
		avail = toBackupAvailability(*s.Availability)
	}
	if s.Timer != nil {
		timer = toBackupTimer(*s.Timer)
	}
	hb, err := encodeRecord(backupHead{BackupFormat, BackupVersion, s.Schema, created.UTC().Format(time.RFC3339)})
	if err != nil {
		return err
	}
	tb, err := encodeRecord(toBackupTargets(s.Targets))
	if err != nil {
		return err
	}
	ab, err := encodeRecord(avail)
	if err != nil {
		return err
	}
	// Drop the head's closing brace and continue the same object.
	fmt.Fprintf(bw, "%s,\n\"targets\":%s,\n\"availability\":%s,\n\"entries\":[", hb[:len(hb)-1], tb, ab)
	sep := "\n"
	for _, e := range s.Entries {
		eb, err := encodeRecord(toBackupEntry(e))
		if err != nil {
			return err
		}
		bw.WriteString(sep)
		bw.Write(eb)
		sep = ",\n"
	}
	mb, err := encodeRecord(timer)
	if err != nil {
		return err
	}
	wb, err := encodeRecord(toBackupHistory(s.History))
	if err != nil {
		return err
	}
	shown := s.ShownReminders
	if shown == nil {
		shown = []string{}
	}
	sb, err := encodeRecord(shown)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "\n],\n\"timer\":%s,\n\"history\":%s,\n\"shown_reminders\":%s}\n", mb, wb, sb)
	// bufio keeps the first write error and reports it here.
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing the backup: %w", err)
	}
	return nil
}

// ReadSnapshot decodes a backup document. It checks the document's shape,
// not its records: Snapshot.Validate does that. Errors: kind Invalid for a
// file that is not a backup or holds an unreadable record, Incompatible for
// another format or version, Other when r fails.
func ReadSnapshot(r io.Reader) (Snapshot, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Snapshot{}, &Error{Kind: Other, Msg: "reading the backup", Err: err}
	}
	if err := checkBackupHead(data); err != nil {
		return Snapshot{}, err
	}
	var doc backupDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return Snapshot{}, &Error{Kind: Invalid, Msg: "backup is damaged", Err: err}
	}
	return doc.snapshot()
}

// checkBackupHead reads the format and version leniently first, so a newer
// backup is reported as such rather than as a document with unknown fields.
// This pass also rejects anything that is not exactly one JSON value.
func checkBackupHead(data []byte) error {
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return &Error{Kind: Invalid, Msg: "not a CertPlan backup", Err: err}
	}
	if head.Format == nil {
		return &Error{Kind: Invalid, Msg: `not a CertPlan backup: it has no "format" field`}
	}
	if *head.Format != BackupFormat {
		return &Error{Kind: Incompatible,
			Msg: fmt.Sprintf("backup format %q is not accepted (accepted: %q)", *head.Format, BackupFormat)}
	}
	if head.Version == nil {
		return &Error{Kind: Invalid, Msg: `not a CertPlan backup: it has no "version" field`}
	}
	if v := *head.Version; v != BackupVersion {
		msg := fmt.Sprintf("backup version %d is not accepted (accepted: %s version %d)", v, BackupFormat, BackupVersion)
		if v > BackupVersion {
			msg += "; it was written by a newer CertPlan, update CertPlan"
		}
		return &Error{Kind: Incompatible, Msg: msg}
	}
	return nil
}

func (doc backupDoc) snapshot() (Snapshot, error) {
	s := Snapshot{Schema: doc.Schema, Targets: make([]Target, len(doc.Targets))}
	for i, r := range doc.Targets {
		t, err := r.target()
		if err != nil {
			return Snapshot{}, recordError("backup targets", err)
		}
		s.Targets[i] = t
	}
	if doc.Availability != nil {
		a, err := doc.Availability.availability()
		if err != nil {
			return Snapshot{}, recordError("backup availability", err)
		}
		s.Availability = &a
	}
	if doc.Timer != nil {
		t, err := doc.Timer.timer()
		if err != nil {
			return Snapshot{}, recordError("backup timer", err)
		}
		s.Timer = &t
	}
	if doc.History != nil {
		h, err := doc.History.history()
		if err != nil {
			return Snapshot{}, recordError("backup history", err)
		}
		s.History = h
	}
	s.ShownReminders = doc.ShownReminders
	s.Entries = make([]Entry, len(doc.Entries))
	for i, r := range doc.Entries {
		e, err := r.entry()
		if err != nil {
			return Snapshot{}, recordError(fmt.Sprintf("backup entry %d (id %d)", i+1, r.ID), err)
		}
		s.Entries[i] = e
	}
	return s, nil
}

func toBackupEntry(e Entry) backupEntry {
	services := e.Services
	if services == nil {
		services = []string{}
	}
	return backupEntry{
		ID: e.ID, Date: e.Date.String(), Kind: string(e.Kind), Code: e.Code, Hours: e.Hours,
		Domain: e.Domain, Services: services, Note: e.Note, Link: e.Link,
	}
}

func (r backupEntry) entry() (Entry, error) {
	d, err := parseRecordDate("date", r.Date)
	if err != nil {
		return Entry{}, err
	}
	services := r.Services
	if services == nil {
		services = []string{}
	}
	return Entry{
		ID: r.ID, Date: d, Kind: EntryKind(r.Kind), Code: r.Code, Hours: r.Hours,
		Domain: r.Domain, Services: services, Note: r.Note, Link: r.Link,
	}, nil
}

func toBackupTargets(ts []Target) []backupTarget {
	out := make([]backupTarget, len(ts))
	for i, t := range ts {
		out[i] = backupTarget{Code: t.Code, PrepHours: t.PrepHours, ExamBy: t.ExamBy.String(), Added: t.Added.String()}
	}
	return out
}

func (r backupTarget) target() (Target, error) {
	examBy, err := parseRecordDate("exam-by", r.ExamBy)
	if err != nil {
		return Target{}, err
	}
	added, err := parseRecordDate("added", r.Added)
	if err != nil {
		return Target{}, err
	}
	return Target{Code: r.Code, PrepHours: r.PrepHours, ExamBy: examBy, Added: added}, nil
}

func toBackupAvailability(a Availability) backupAvailability {
	r := backupAvailability{
		Hours: a.Hours, Country: a.Country, Region: a.Region, Start: a.Start.String(),
		LabShare: a.LabShare, Experience: string(a.Experience), DaysOff: []backupDateRange{},
		Pace: string(a.Pace), StartTimes: a.StartTimes,
	}
	for _, d := range a.DaysOff {
		r.DaysOff = append(r.DaysOff, backupDateRange{From: d.From.String(), To: d.To.String()})
	}
	return r
}

func (r backupAvailability) availability() (Availability, error) {
	start, err := parseRecordDate("start", r.Start)
	if err != nil {
		return Availability{}, err
	}
	a := Availability{
		Hours: r.Hours, Country: r.Country, Region: r.Region, Start: start,
		LabShare: r.LabShare, Experience: Experience(r.Experience),
		Pace: Pace(r.Pace), StartTimes: WeekTimes(r.StartTimes),
	}
	for _, d := range r.DaysOff {
		from, err := parseRecordDate("off", d.From)
		if err != nil {
			return Availability{}, err
		}
		to, err := parseRecordDate("off", d.To)
		if err != nil {
			return Availability{}, err
		}
		a.DaysOff = append(a.DaysOff, DateRange{From: from, To: to})
	}
	return a, nil
}

func toBackupTimer(t Timer) backupTimer {
	r := backupTimer{Code: t.Code, Kind: string(t.Kind), Domain: t.Domain, BankedN: int64(t.Banked)}
	if !t.Started.IsZero() {
		r.Started = t.Started.UTC().Format(time.RFC3339Nano)
	}
	return r
}

func (r backupTimer) timer() (Timer, error) {
	t := Timer{Code: r.Code, Kind: EntryKind(r.Kind), Domain: r.Domain, Banked: time.Duration(r.BankedN)}
	if r.Started != "" {
		started, err := time.Parse(time.RFC3339Nano, r.Started)
		if err != nil {
			return Timer{}, Invalidf("started", "timer start %q is not an RFC 3339 time", r.Started)
		}
		t.Started = started
	}
	return t, nil
}

// parseRecordDate reads a YYYY-MM-DD date; "" is no date.
func parseRecordDate(field, s string) (Date, error) {
	var d Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		return 0, Invalidf(field, "%v", err)
	}
	return d, nil
}

// encodeRecord marshals a record. Every record is plain data and validation
// has rejected non-finite numbers, so an error here means a bug, not bad
// input.
func encodeRecord(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &Error{Kind: Other, Msg: "encoding a backup record", Err: err}
	}
	return b, nil
}
