package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// getJSON decodes the record at key into v; found is false when there is none.
func getJSON(txn *badger.Txn, key string, v any) (found bool, err error) {
	item, err := txn.Get([]byte(key))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return true, fmt.Errorf("record %s is damaged: %w", key, err)
	}
	return true, nil
}

func putJSON(txn *badger.Txn, key string, v any) error {
	raw, err := encode(v)
	if err != nil {
		return err
	}
	return txn.Set([]byte(key), raw)
}

func getTargets(txn *badger.Txn) ([]planner.Target, error) {
	var rs []targetRecord
	if _, err := getJSON(txn, keyTargets, &rs); err != nil {
		return nil, err
	}
	return targetsFromRecords(rs)
}

// Targets returns the study targets in study order (empty when none).
func (s *Store) Targets() ([]planner.Target, error) {
	var ts []planner.Target
	err := s.view(func(txn *badger.Txn) error {
		var err error
		ts, err = getTargets(txn)
		return err
	})
	return ts, err
}

// SaveTargets replaces the whole ordered target list.
func (s *Store) SaveTargets(ts []planner.Target) error {
	ts, err := planner.PrepareTargets(ts)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error { return putJSON(txn, keyTargets, toTargetRecords(ts)) })
}

func getAvailability(txn *badger.Txn) (planner.Availability, bool, error) {
	var r availabilityRecord
	found, err := getJSON(txn, keyAvailability, &r)
	if err != nil || !found {
		return planner.Availability{}, false, err
	}
	a, err := r.availability()
	return a, err == nil, err
}

// Availability returns the saved availability, or ok=false if none was saved.
func (s *Store) Availability() (a planner.Availability, ok bool, err error) {
	err = s.view(func(txn *badger.Txn) error {
		a, ok, err = getAvailability(txn)
		return err
	})
	return a, ok, err
}

// SaveAvailability replaces the saved availability.
func (s *Store) SaveAvailability(a planner.Availability) error {
	a, err := planner.PrepareAvailability(a)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error { return putJSON(txn, keyAvailability, toAvailabilityRecord(a)) })
}

func getTimer(txn *badger.Txn) (planner.Timer, bool, error) {
	var r timerRecord
	found, err := getJSON(txn, keyTimer, &r)
	if err != nil || !found {
		return planner.Timer{}, false, err
	}
	t, err := r.timer()
	return t, err == nil, err
}

// Timer returns the saved timer, ok=false when none is running or paused.
func (s *Store) Timer() (t planner.Timer, ok bool, err error) {
	err = s.view(func(txn *badger.Txn) error {
		t, ok, err = getTimer(txn)
		return err
	})
	return t, ok, err
}

// SaveTimer stores the running or paused timer.
func (s *Store) SaveTimer(t planner.Timer) error {
	t, err := planner.PrepareTimer(t)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error { return putJSON(txn, keyTimer, toTimerRecord(t)) })
}

// ClearTimer removes the saved timer; clearing when there is none is not an error.
func (s *Store) ClearTimer() error {
	return s.update(func(txn *badger.Txn) error { return txn.Delete([]byte(keyTimer)) })
}
