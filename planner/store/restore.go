package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// restoreSet is a backup document after every record has been checked: what
// Restore writes.
type restoreSet struct {
	targets []planner.Target
	avail   *planner.Availability
	timer   *planner.Timer
	entries []planner.Entry
	maxID   uint64
}

// Restore replaces everything stored with the contents of a backup document.
//
// The whole document is read and every record checked first; a document that
// is not a backup, is of another format or version, or has one bad record
// anywhere changes nothing. The new contents are then written to a fresh
// database beside the live one (db.restore), which may be far larger than
// one transaction, and swapped in by renaming folders: the rename of
// db.restore to db is the commit point, and Open finishes or undoes a swap
// that a crash interrupted. Entry IDs are kept; new entries get IDs above
// the highest restored one.
func (s *Store) Restore(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return &planner.Error{Kind: planner.Other, Msg: "reading the backup", Err: err}
	}
	set, err := parseBackup(data)
	if err != nil {
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
	if err := buildDatabase(fresh, s.log, set); err != nil {
		return s.wrap(err)
	}
	return s.swapIn()
}

// parseBackup decodes and checks a backup document. Errors: kind Invalid for
// a file that is not a backup or holds a bad record, Incompatible for another
// format or version.
func parseBackup(data []byte) (*restoreSet, error) {
	// The format and version are read leniently first, so a newer backup is
	// reported as such rather than as a document with unknown fields. This
	// pass also rejects anything that is not exactly one JSON value.
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, &planner.Error{Kind: planner.Invalid, Msg: "not a CertPlan backup", Err: err}
	}
	if head.Format == nil {
		return nil, &planner.Error{Kind: planner.Invalid, Msg: `not a CertPlan backup: it has no "format" field`}
	}
	if *head.Format != backupFormat {
		return nil, &planner.Error{Kind: planner.Incompatible,
			Msg: fmt.Sprintf("backup format %q is not accepted (accepted: %q)", *head.Format, backupFormat)}
	}
	if head.Version == nil {
		return nil, &planner.Error{Kind: planner.Invalid, Msg: `not a CertPlan backup: it has no "version" field`}
	}
	if v := *head.Version; v != backupVersion {
		msg := fmt.Sprintf("backup version %d is not accepted (accepted: %s version %d)", v, backupFormat, backupVersion)
		if v > backupVersion {
			msg += "; it was written by a newer CertPlan, update CertPlan"
		}
		return nil, &planner.Error{Kind: planner.Incompatible, Msg: msg}
	}

	var doc backupDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, &planner.Error{Kind: planner.Invalid, Msg: "backup is damaged", Err: err}
	}

	set := &restoreSet{}
	targets, err := targetsFromRecords(doc.Targets)
	if err == nil {
		targets, err = prepareTargets(targets)
	}
	if err != nil {
		return nil, entryError("backup targets", err)
	}
	set.targets = targets
	if doc.Availability != nil {
		a, err := doc.Availability.availability()
		if err == nil {
			a, err = prepareAvailability(a)
		}
		if err != nil {
			return nil, entryError("backup availability", err)
		}
		set.avail = &a
	}
	if doc.Timer != nil {
		t, err := doc.Timer.timer()
		if err == nil {
			t, err = validateTimer(t)
		}
		if err != nil {
			return nil, entryError("backup timer", err)
		}
		set.timer = &t
	}
	set.entries = make([]planner.Entry, len(doc.Entries))
	seen := make(map[uint64]bool, len(doc.Entries))
	for i, rec := range doc.Entries {
		what := fmt.Sprintf("backup entry %d (id %d)", i+1, rec.ID)
		if rec.ID == 0 {
			return nil, &planner.Error{Kind: planner.Invalid, Field: "id", Msg: fmt.Sprintf("backup entry %d has no id", i+1)}
		}
		if seen[rec.ID] {
			return nil, &planner.Error{Kind: planner.Invalid, Field: "id", Msg: what + ": the id appears twice"}
		}
		seen[rec.ID] = true
		e, err := rec.entry()
		if err == nil {
			e, err = prepareEntry(e)
		}
		if err != nil {
			return nil, entryError(what, err)
		}
		e.ID = rec.ID
		set.entries[i] = e
		set.maxID = max(set.maxID, e.ID)
	}
	return set, nil
}

// buildDatabase writes set into a new database at dir, replacing anything
// left there, and closes it. A WriteBatch is fine here: nobody reads this
// database until it is complete.
func buildDatabase(dir string, l *log.Logger, set *restoreSet) (err error) {
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
	err = writeSet(db, set)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return planner.SyncDir(filepath.Dir(dir))
}

func writeSet(db *badger.DB, set *restoreSet) error {
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
	if err := put(keyTargets, toTargetRecords(set.targets)); err != nil {
		return err
	}
	if set.avail != nil {
		if err := put(keyAvailability, toAvailabilityRecord(*set.avail)); err != nil {
			return err
		}
	}
	if set.timer != nil {
		if err := put(keyTimer, toTimerRecord(*set.timer)); err != nil {
			return err
		}
	}
	totals := newTotalsDelta()
	for _, e := range set.entries {
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
	if err := wb.Set([]byte(keyLogSeq), encodeSeq(set.maxID+1)); err != nil {
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

// recoverSwap repairs a data folder where a Restore was interrupted:
//   - db missing, db.old present: the swap stopped before its commit point;
//     the previous database goes back.
//   - db and db.old present: the swap committed; only the clean-up is left.
//   - db.restore present: an unfinished or abandoned new database; removed.
//
// It runs on Open while the folder lock is held, so no Restore is running.
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
