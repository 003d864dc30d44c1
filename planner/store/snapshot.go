package store

import (
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// Snapshot reads everything stored in one transaction, so it is consistent
// even while the app keeps writing. Entries come in date order, then ID
// order: the order of their keys.
func (s *Store) Snapshot() (planner.Snapshot, error) {
	snap := planner.Snapshot{Schema: currentSchema}
	err := s.view(func(txn *badger.Txn) error {
		var err error
		if snap.Targets, err = getTargets(txn); err != nil {
			return err
		}
		if a, ok, err := getAvailability(txn); err != nil {
			return err
		} else if ok {
			snap.Availability = &a
		}
		if t, ok, err := getTimer(txn); err != nil {
			return err
		} else if ok {
			snap.Timer = &t
		}
		if snap.History, err = getHistory(txn); err != nil {
			return err
		}
		if snap.ShownReminders, err = getShown(txn); err != nil {
			return err
		}
		snap.Entries, err = allEntries(txn)
		return err
	})
	return snap, err
}

// allEntries reads the whole log in key order.
func allEntries(txn *badger.Txn) ([]planner.Entry, error) {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixLog)})
	defer it.Close()
	out := []planner.Entry{}
	for it.Rewind(); it.Valid(); it.Next() {
		raw, err := it.Item().ValueCopy(nil)
		if err != nil {
			return nil, err
		}
		e, err := decodeEntry(raw)
		if err != nil {
			return nil, fmt.Errorf("log entry %s is damaged: %w", it.Item().Key(), err)
		}
		out = append(out, e)
	}
	return out, nil
}
