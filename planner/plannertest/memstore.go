// Package plannertest provides an in-memory planner.Store for tests of the
// planner's service and of the screens, where a real database would only
// slow them down, and the conformance suite (conformance.go) that it and
// the Badger store in planner/store both pass.
package plannertest

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"certplan/planner"
)

// MemStore keeps everything in maps behind a mutex.
type MemStore struct {
	mu       sync.Mutex
	targets  []planner.Target
	avail    *planner.Availability
	entries  map[uint64]planner.Entry
	nextID   uint64
	timer    *planner.Timer
	history  planner.History
	shown    []string
	failNext error // returned by the next write, for error-path tests
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{entries: map[uint64]planner.Entry{}} }

// FailNextWrite makes the next write return err, writing nothing.
func (m *MemStore) FailNextWrite(err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failNext = err
}

func (m *MemStore) writeErr() error {
	err := m.failNext
	m.failNext = nil
	return err
}

// saveRecord is every single-record write: prepare (validate and normalise)
// rec with the planner's record rule, then, unless a failure was injected,
// store it with set, all under the lock.
func saveRecord[T any](m *MemStore, rec T, prepare func(T) (T, error), set func(T)) error {
	rec, err := prepare(rec)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.writeErr(); err != nil {
		return err
	}
	set(rec)
	return nil
}

// Close does nothing; it lets MemStore stand in for an open data folder.
func (m *MemStore) Close() error { return nil }

func (m *MemStore) Targets() ([]planner.Target, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]planner.Target{}, m.targets...), nil
}

func (m *MemStore) SaveTargets(ts []planner.Target) error {
	return saveRecord(m, ts, planner.PrepareTargets, func(ts []planner.Target) { m.targets = ts })
}

func (m *MemStore) Availability() (planner.Availability, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.avail == nil {
		return planner.Availability{}, false, nil
	}
	a := *m.avail
	a.DaysOff = slices.Clone(a.DaysOff)
	return a, true, nil
}

func (m *MemStore) SaveAvailability(a planner.Availability) error {
	return saveRecord(m, a, planner.PrepareAvailability, func(a planner.Availability) {
		a.DaysOff = slices.Clone(a.DaysOff)
		m.avail = &a
	})
}

func (m *MemStore) AddEntry(e planner.Entry) (planner.Entry, error) {
	es, err := m.AddEntries([]planner.Entry{e})
	if err != nil {
		return e, err
	}
	return es[0], nil
}

func (m *MemStore) AddEntries(es []planner.Entry) ([]planner.Entry, error) {
	out := make([]planner.Entry, len(es))
	for i, e := range es {
		e, err := planner.PrepareEntry(e)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.writeErr(); err != nil {
		return nil, err
	}
	for i := range out {
		m.nextID++
		out[i].ID = m.nextID
		m.entries[out[i].ID] = out[i]
	}
	return out, nil
}

func (m *MemStore) UpdateEntry(e planner.Entry) error {
	e, err := planner.PrepareEntry(e)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.entries[e.ID]; !ok {
		return notFound(e.ID)
	}
	if err := m.writeErr(); err != nil {
		return err
	}
	m.entries[e.ID] = e
	return nil
}

func (m *MemStore) DeleteEntry(id uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.entries[id]; !ok {
		return notFound(id)
	}
	if err := m.writeErr(); err != nil {
		return err
	}
	delete(m.entries, id)
	return nil
}

func (m *MemStore) Entry(id uint64) (planner.Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[id]
	if !ok {
		return e, notFound(id)
	}
	return e, nil
}

func (m *MemStore) Entries(q planner.EntryQuery) ([]planner.Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := []planner.Entry{}
	for _, e := range m.entries {
		if q.Matches(e) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func (m *MemStore) Totals() (map[string]planner.Done, error) {
	es, _ := m.Entries(planner.EntryQuery{})
	return planner.SumDone(es), nil
}

func (m *MemStore) DailyTotals(from, to planner.Date) ([]planner.DayTotal, error) {
	es, _ := m.Entries(planner.EntryQuery{From: from, To: to})
	out := []planner.DayTotal{}
	for _, e := range es {
		if n := len(out); n == 0 || out[n-1].Date != e.Date {
			out = append(out, planner.DayTotal{Date: e.Date})
		}
		if e.Kind == planner.Lab {
			out[len(out)-1].Lab += e.Hours
		} else {
			out[len(out)-1].Study += e.Hours
		}
	}
	return out, nil
}

func (m *MemStore) Timer() (planner.Timer, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.timer == nil {
		return planner.Timer{}, false, nil
	}
	return *m.timer, true, nil
}

func (m *MemStore) SaveTimer(t planner.Timer) error {
	return saveRecord(m, t, planner.PrepareTimer, func(t planner.Timer) { m.timer = &t })
}

func (m *MemStore) ClearTimer() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.timer = nil
	return nil
}

// Snapshot returns a copy of everything stored.
func (m *MemStore) Snapshot() (planner.Snapshot, error) {
	es, _ := m.Entries(planner.EntryQuery{})
	m.mu.Lock()
	defer m.mu.Unlock()
	snap := planner.Snapshot{Targets: slices.Clone(m.targets), Entries: es}
	if m.avail != nil {
		a := *m.avail
		a.DaysOff = slices.Clone(a.DaysOff)
		snap.Availability = &a
	}
	if m.timer != nil {
		t := *m.timer
		snap.Timer = &t
	}
	snap.History = cloneHistory(m.history)
	snap.ShownReminders = append([]string{}, m.shown...)
	return snap, nil
}

// ReplaceAll replaces everything with a validated copy of snap.
func (m *MemStore) ReplaceAll(snap planner.Snapshot) error {
	snap, err := snap.Validate()
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.writeErr(); err != nil {
		return err
	}
	m.targets, m.avail, m.timer = snap.Targets, snap.Availability, snap.Timer
	m.history, m.shown = snap.History, snap.ShownReminders
	m.entries = make(map[uint64]planner.Entry, len(snap.Entries))
	for _, e := range snap.Entries {
		m.entries[e.ID] = e
	}
	m.nextID = snap.HighestEntryID()
	return nil
}

func notFound(id uint64) error {
	return &planner.Error{Kind: planner.NotFound, Field: "id", Msg: fmt.Sprintf("entry %d not found", id)}
}

var _ planner.Store = (*MemStore)(nil)
