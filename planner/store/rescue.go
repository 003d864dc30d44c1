package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"certplan/planner"
)

// damagedDirPrefix names where a damaged database is kept when a backup
// replaces it: never deleted, since a salvage may still need it.
const damagedDirPrefix = "db.damaged-"

// ReplaceDamaged restores snap into a data folder whose database cannot be
// opened, without opening it: the damaged database is moved aside to
// db.damaged-<time> (and its path returned), never deleted, and a fresh one
// built from snap takes its place. Works on a healthy folder too; an invalid
// snapshot changes nothing.
func ReplaceDamaged(dataDir string, snap planner.Snapshot, l *log.Logger) (keptAt string, err error) {
	snap, err = snap.Validate()
	if err != nil {
		return "", err
	}
	if l == nil {
		l = log.New(nopWriter{}, "", 0)
	}
	lk, err := lockForRepair(dataDir)
	if err != nil {
		return "", err
	}
	defer lk.release()
	if err := checkFreeSpace(dataDir); err != nil {
		return "", err
	}
	if err := recoverSwap(dataDir); err != nil {
		return "", folderError(dataDir, err)
	}
	fresh := filepath.Join(dataDir, restoreDirName)
	if err := buildDatabase(fresh, l, snap); err != nil {
		return "", folderError(dataDir, err)
	}
	live := filepath.Join(dataDir, dbDirName)
	if ok, err := exists(live); err != nil {
		os.RemoveAll(fresh)
		return "", folderError(dataDir, err)
	} else if ok {
		keptAt = filepath.Join(dataDir, damagedDirPrefix+time.Now().Format("20060102-150405"))
		if err := os.Rename(live, keptAt); err != nil {
			os.RemoveAll(fresh)
			return "", folderError(dataDir, err)
		}
	}
	if err := os.Rename(fresh, live); err != nil {
		if keptAt != "" {
			os.Rename(keptAt, live)
		}
		return "", folderError(dataDir, err)
	}
	return keptAt, planner.SyncDir(dataDir)
}

// lockForRepair takes the folder's lock for a repair: the app or another
// command must not be using the folder meanwhile.
func lockForRepair(dataDir string) (*folderLock, error) {
	if _, err := os.Stat(dataDir); err != nil {
		return nil, folderError(dataDir, err)
	}
	lk, busy, err := lockFolder(dataDir)
	if err != nil {
		return nil, folderError(dataDir, err)
	}
	if busy {
		return nil, inUse(dataDir)
	}
	return lk, nil
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

// Diagnosis is what Doctor found in a data folder.
type Diagnosis struct {
	// Problem says why the database cannot be opened; empty when it can.
	Problem string
	// Found counts what a raw read of every file still holds.
	Targets, Entries int
	Availability     bool
	Held, Attempts   int // wallet records: earned certifications, exam attempts
	// Unusable counts records that were found but could not be decoded or
	// failed validation; Unreadable describes files that could not be read.
	Unusable   int
	Unreadable string
	// SalvagedTo is the folder the readable records were copied into.
	SalvagedTo string
}

// Doctor checks a data folder without changing it and reads every record it
// still holds, straight from the files (see scanRaw). With salvageTo set, the
// readable records are written into that new folder, which must not hold a
// database yet.
func Doctor(dataDir, salvageTo string) (Diagnosis, error) {
	var d Diagnosis
	lk, err := lockForRepair(dataDir)
	if err != nil {
		return d, err
	}
	defer lk.release()
	dbDir := filepath.Join(dataDir, dbDirName)
	if ok, err := exists(dbDir); err != nil {
		return d, folderError(dataDir, err)
	} else if !ok {
		return d, &planner.Error{Kind: planner.NotFound, Msg: "data folder " + dataDir + " holds no database"}
	}
	if err := inspectDatabase(dataDir, dbDir); err != nil {
		d.Problem = err.Error()
	}
	scan, err := scanRaw(dbDir)
	if err != nil {
		return d, folderError(dataDir, err)
	}
	d.Unreadable = scan.describe()
	snap, unusable := snapshotFromRaw(scan)
	d.Unusable = unusable
	d.Targets, d.Entries, d.Availability = len(snap.Targets), len(snap.Entries), snap.Availability != nil
	d.Held, d.Attempts = len(snap.History.Earned), len(snap.History.Attempts)
	if salvageTo == "" {
		return d, nil
	}
	if err := salvageInto(salvageTo, snap); err != nil {
		return d, err
	}
	d.SalvagedTo = salvageTo
	return d, nil
}

// inspectDatabase runs the checks Open runs before Badger sees the folder,
// without changing anything.
func inspectDatabase(dataDir, dbDir string) error {
	if _, err := os.Stat(filepath.Join(dbDir, manifestName)); errors.Is(err, fs.ErrNotExist) {
		return damaged(dataDir, "its database has no MANIFEST (the file that lists its data files)")
	}
	if err := verifyDatabase(dbDir); err != nil {
		return damaged(dataDir, err.Error())
	}
	return nil
}

// salvageInto writes snap into a new data folder.
func salvageInto(dir string, snap planner.Snapshot) error {
	if ok, err := exists(filepath.Join(dir, dbDirName)); err != nil {
		return folderError(dir, err)
	} else if ok {
		return planner.Invalidf("salvage", "%s already holds a CertPlan database; name a new folder", dir)
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		return err
	}
	if err := s.ReplaceAll(snap); err != nil {
		s.Close()
		return err
	}
	return s.Close()
}

// snapshotFromRaw turns the records of a raw scan into a snapshot, keeping
// each record that decodes and passes the rules of a normal write, and
// counting the others.
func snapshotFromRaw(scan *rawScan) (snap planner.Snapshot, unusable int) {
	snap.Schema = currentSchema
	for _, key := range scan.live() {
		if err := addRawRecord(&snap, key, scan.values[key].value); err != nil {
			unusable++
		}
	}
	return snap, unusable
}

// addRawRecord decodes one stored record into snap. Keys that hold no
// learner data (indexes, totals, the schema, the ID sequence) are skipped:
// ReplaceAll rebuilds them.
func addRawRecord(snap *planner.Snapshot, key string, raw []byte) error {
	switch {
	case key == keyTargets:
		var rs []targetRecord
		if err := json.Unmarshal(raw, &rs); err != nil {
			return err
		}
		ts, err := targetsFromRecords(rs)
		if err == nil {
			ts, err = planner.PrepareTargets(ts)
		}
		if err == nil {
			snap.Targets = ts
		}
		return err
	case key == keyAvailability:
		var r availabilityRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		a, err := r.availability()
		if err == nil {
			a, err = planner.PrepareAvailability(a)
		}
		if err == nil {
			snap.Availability = &a
		}
		return err
	case key == keyTimer:
		var r timerRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		t, err := r.timer()
		if err == nil {
			t, err = planner.PrepareTimer(t)
		}
		if err == nil {
			snap.Timer = &t
		}
		return err
	case key == keyHistory:
		var r historyRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		h, err := r.history()
		if err == nil {
			h, err = planner.PrepareHistory(h)
		}
		if err == nil {
			snap.History = h
		}
		return err
	case key == keyShown:
		var keys []string
		if err := json.Unmarshal(raw, &keys); err != nil {
			return err
		}
		keys, err := planner.PrepareShownReminders(keys)
		if err == nil {
			snap.ShownReminders = keys
		}
		return err
	case strings.HasPrefix(key, prefixLog):
		id, ok := parseIDHex(key[strings.LastIndexByte(key, '/')+1:])
		if !ok {
			return fmt.Errorf("key %q names no entry ID", key)
		}
		e, err := decodeEntry(raw)
		if err == nil {
			e.ID = id
			e, err = planner.PrepareEntry(e)
		}
		if err == nil {
			snap.Entries = append(snap.Entries, e)
		}
		return err
	}
	return nil
}

// String is the doctor's report, one finding a line.
func (d Diagnosis) String() string {
	var b strings.Builder
	if d.Problem == "" {
		b.WriteString("database: opens and every table file verifies\n")
	} else {
		fmt.Fprintf(&b, "database: %s\n", d.Problem)
	}
	avail := "no"
	if d.Availability {
		avail = "yes"
	}
	fmt.Fprintf(&b, "readable: %s, %s, availability saved: %s\n",
		planner.Plural(d.Targets, "target", "targets"), planner.Plural(d.Entries, "log entry", "log entries"), avail)
	fmt.Fprintf(&b, "wallet: %s, %s\n",
		planner.Plural(d.Held, "earned record", "earned records"), planner.Plural(d.Attempts, "exam attempt", "exam attempts"))
	if d.Unusable > 0 {
		fmt.Fprintf(&b, "unusable: %s found but not valid\n", planner.Plural(d.Unusable, "record", "records"))
	}
	if d.Unreadable != "" {
		fmt.Fprintf(&b, "%s\n", d.Unreadable)
	}
	if d.SalvagedTo != "" {
		fmt.Fprintf(&b, "salvaged into %s\n", d.SalvagedTo)
	}
	return b.String()
}
