package store

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// ReplaceAll replaces everything stored with snap.
//
// snap is checked whole first (planner.Snapshot.Validate); an invalid one
// changes nothing. Its contents are then written to a fresh database beside
// the live one (db.restore), which may be far larger than one transaction,
// and swapped in by renaming folders: the rename of db.restore to db is the
// commit point, and Open finishes or undoes a swap that a crash interrupted.
// Entry IDs are kept; new entries get IDs above the highest restored one.
func (s *Store) ReplaceAll(snap planner.Snapshot) error {
	snap, err := snap.Validate()
	if err != nil {
		return err
	}
	if err := s.beginWrite(); err != nil {
		return err
	}
	s.restoreMu.Lock()
	defer s.restoreMu.Unlock()
	s.mu.RLock()
	closed := s.db == nil
	s.mu.RUnlock()
	if closed {
		return s.closedError()
	}
	fresh := filepath.Join(s.dataDir, restoreDirName)
	if err := buildDatabase(fresh, s.log, snap); err != nil {
		return s.wrap(err)
	}
	return s.swapIn()
}

// buildDatabase writes snap into a new database at dir, replacing anything
// left there, and closes it. A WriteBatch is fine here: nobody reads this
// database until it is complete.
func buildDatabase(dir string, l *log.Logger, snap planner.Snapshot) (err error) {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	db, err := badger.Open(badgerOptions(dir, l))
	if err != nil {
		return err
	}
	err = writeSnapshot(db, snap)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return planner.SyncDir(filepath.Dir(dir))
}

// writeSnapshot writes a validated snapshot into an empty database.
func writeSnapshot(db *badger.DB, snap planner.Snapshot) error {
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	put := func(key string, v any) error {
		raw, err := encode(v)
		if err != nil {
			return err
		}
		return wb.Set([]byte(key), raw)
	}
	if err := wb.Set([]byte(keySchema), []byte(fmt.Sprint(currentSchema))); err != nil {
		return err
	}
	if err := put(keyTargets, toTargetRecords(snap.Targets)); err != nil {
		return err
	}
	if snap.Availability != nil {
		if err := put(keyAvailability, toAvailabilityRecord(*snap.Availability)); err != nil {
			return err
		}
	}
	if snap.Timer != nil {
		if err := put(keyTimer, toTimerRecord(*snap.Timer)); err != nil {
			return err
		}
	}
	if err := put(keyHistory, toHistoryRecord(snap.History)); err != nil {
		return err
	}
	if err := put(keyShown, snap.ShownReminders); err != nil {
		return err
	}
	totals := newTotalsDelta()
	for _, e := range snap.Entries {
		val, err := encode(toEntryRecord(e))
		if err != nil {
			return err
		}
		for _, o := range entryOps(e.Date, e.ID, val) {
			if err := wb.Set(o.key, o.val); err != nil {
				return err
			}
		}
		totals.add(e, 1)
	}
	totalOps, err := totals.ops()
	if err != nil {
		return err
	}
	for _, o := range totalOps {
		if err := wb.Set(o.key, o.val); err != nil {
			return err
		}
	}
	if err := wb.Set([]byte(keyLogSeq), encodeSeq(snap.HighestEntryID()+1)); err != nil {
		return err
	}
	return wb.Flush()
}

// swapIn replaces the live database with the complete one in db.restore.
// Callers of other methods wait on mu meanwhile, so none sees a closed
// database. Any failure before the commit point puts the previous database
// back.
func (s *Store) swapIn() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	live := filepath.Join(s.dataDir, dbDirName)
	old := filepath.Join(s.dataDir, oldDirName)
	fresh := filepath.Join(s.dataDir, restoreDirName)
	fail := func(errs ...error) error {
		os.RemoveAll(fresh)
		return &planner.Error{Kind: planner.Other, Msg: "restoring into data folder " + s.dataDir + " failed; the previous data is kept", Err: errors.Join(errs...)}
	}
	if s.db == nil {
		os.RemoveAll(fresh)
		return s.closedError()
	}
	if err := s.closeDBLocked(); err != nil {
		return fail(err, s.reopenLocked())
	}
	if err := os.RemoveAll(old); err != nil {
		return fail(err, s.reopenLocked())
	}
	if err := os.Rename(live, old); err != nil {
		return fail(err, s.reopenLocked())
	}
	if err := os.Rename(fresh, live); err != nil {
		return fail(err, os.Rename(old, live), s.reopenLocked())
	}
	if err := planner.SyncDir(s.dataDir); err != nil {
		return fail(err, os.Rename(live, fresh), os.Rename(old, live), s.reopenLocked())
	}
	if err := s.reopenLocked(); err != nil {
		return fail(err, os.Rename(live, fresh), os.Rename(old, live), planner.SyncDir(s.dataDir), s.reopenLocked())
	}
	if err := os.RemoveAll(old); err != nil {
		// The restore is done; Open removes the leftover next time.
		s.log.Printf("data folder %s: removing the replaced database: %v", s.dataDir, err)
	}
	return nil
}

// reopenLocked opens dataDir/db again; the caller holds mu exclusively.
func (s *Store) reopenLocked() error {
	db, err := s.openDB()
	if err != nil {
		return err
	}
	s.db = db
	return nil
}

// recoverSwap repairs a data folder where a ReplaceAll was interrupted:
//   - db missing, db.old present: the swap stopped before its commit point;
//     the previous database goes back.
//   - db and db.old present: the swap committed; only the clean-up is left.
//   - db.restore present: an unfinished or abandoned new database; removed.
//
// It runs on Open while the folder lock is held, so no ReplaceAll is running.
func recoverSwap(dataDir string) error {
	live := filepath.Join(dataDir, dbDirName)
	old := filepath.Join(dataDir, oldDirName)
	fresh := filepath.Join(dataDir, restoreDirName)
	liveOK, err := exists(live)
	if err != nil {
		return err
	}
	oldOK, err := exists(old)
	if err != nil {
		return err
	}
	freshOK, err := exists(fresh)
	if err != nil {
		return err
	}
	switch {
	case oldOK && !liveOK:
		if err := os.Rename(old, live); err != nil {
			return err
		}
	case oldOK:
		if err := os.RemoveAll(old); err != nil {
			return err
		}
	}
	if freshOK {
		if err := os.RemoveAll(fresh); err != nil {
			return err
		}
	}
	if oldOK || freshOK {
		return planner.SyncDir(dataDir)
	}
	return nil
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}
