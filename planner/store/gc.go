package store

import (
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// gcDiscardRatio: a value log file is rewritten when at least half of it is
// stale. Lower ratios rewrite more often for little gain on a small log.
const gcDiscardRatio = 0.5

// gcLoop collects the value log once at start-up, then every interval,
// until Close. Entries are small and mostly live in the LSM tree, so this is
// usually a no-op; it keeps the folder from growing after large imports,
// restores and deletions.
func (s *Store) gcLoop(interval time.Duration) {
	defer s.wg.Done()
	s.collectGarbage()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.collectGarbage()
		}
	}
}

// collectGarbage rewrites value log files until Badger finds none worth it.
func (s *Store) collectGarbage() {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil || s.reading.Load() {
		// Closed, or open for reading only until the first write.
		return
	}
	for {
		select {
		case <-s.stop:
			return
		default:
		}
		err := s.db.RunValueLogGC(gcDiscardRatio)
		switch {
		case err == nil:
			continue
		case errors.Is(err, badger.ErrNoRewrite), errors.Is(err, badger.ErrRejected):
			// Nothing to collect, or a collection is already running.
		default:
			s.log.Printf("data folder %s: value log garbage collection: %v", s.dataDir, err)
		}
		return
	}
}
