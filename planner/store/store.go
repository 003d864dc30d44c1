// Package store keeps CertPlan's data in a Badger database inside the data
// folder. It is the only package that imports Badger; the planner sees it
// through the planner.Store interface.
//
// Layout of a data folder:
//
//	certplan.lock   held while a Store is open (see lock.go)
//	db/             the Badger database (key schema in keys.go)
//	db.restore/     a database being built by ReplaceAll, swapped in when complete
//	db.old/         the database a ReplaceAll replaced, removed once the swap is done
package store

import (
	"errors"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

const (
	dbDirName      = "db"
	restoreDirName = "db.restore"
	oldDirName     = "db.old"
)

// Store is the Badger-backed planner.Store. It is safe for concurrent use.
type Store struct {
	dataDir string
	log     *log.Logger
	now     func() time.Time
	lock    *folderLock

	// mu guards db and seq. Every read or write holds it shared; ReplaceAll
	// (which swaps the database) and Close hold it exclusively, so no caller
	// ever uses a closed database.
	mu sync.RWMutex
	db *badger.DB
	// seq is nil until the first add leases it, under allocMu with mu held
	// shared; ReplaceAll and Close release it with mu held exclusively.
	seq *badger.Sequence
	// noWrites is set when the database was opened read-only (a disk too
	// full to write safely, or Options.ReadOnly): every write returns it.
	noWrites error
	readOnly bool // Options.ReadOnly
	// reading is true while db is open read-only under
	// Options.ReadUntilWrite: the first write reopens it for writing
	// (beginWrite). It changes only with mu held exclusively, and only from
	// true to false.
	reading atomic.Bool
	// verifyDone closes when the reading of every table block that Open
	// left for after it (Options.VerifyBlocksAfterOpen) has finished;
	// verifyErr, set before, is its result. verifyDone is nil when Open
	// read them itself.
	verifyDone  chan struct{}
	verifyErr   error
	unread      []string  // the table files left for that reading
	verifyStart sync.Once // starts it, on the first Verified or write (or marks it closed)

	allocMu   sync.Mutex // keeps the IDs of one AddEntries contiguous; guards leasing seq
	restoreMu sync.Mutex // one ReplaceAll at a time: they share db.restore

	stop      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

var _ planner.Store = (*Store)(nil)

// Open opens the data folder dataDir, creating it (owner-only) if needed. The
// database lives in dataDir/db. Open fails with kind planner.Unavailable when
// another CertPlan has the folder open, and planner.Incompatible when the
// folder was written by a newer CertPlan, in which case nothing is written.
func Open(dataDir string, opts Options) (*Store, error) {
	if dataDir == "" {
		return nil, &planner.Error{Kind: planner.Invalid, Field: "data-dir", Msg: "no data folder given"}
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, folderError(dataDir, err)
	}
	if err := tightenPermissions(dataDir); err != nil {
		return nil, folderError(dataDir, err)
	}
	lk, busy, err := lockFolder(dataDir)
	if err != nil {
		return nil, folderError(dataDir, err)
	}
	if busy {
		return nil, inUse(dataDir)
	}
	s := &Store{
		dataDir:  dataDir,
		log:      opts.logger(),
		now:      time.Now,
		lock:     lk,
		stop:     make(chan struct{}),
		readOnly: opts.ReadOnly,
	}
	untilWrite := opts.ReadUntilWrite && !opts.ReadOnly
	if err := s.open(untilWrite, untilWrite && opts.VerifyBlocksAfterOpen); err != nil {
		lk.release()
		return nil, err
	}
	// While the database is open for reading only until the first write,
	// the loop runs and skips every collection until then.
	if iv := opts.gcInterval(); iv > 0 && s.noWrites == nil {
		s.wg.Add(1)
		go s.gcLoop(iv)
	}
	return s, nil
}

// open brings the folder to a usable database: finish or undo an interrupted
// ReplaceAll, refuse a newer schema without writing, open and migrate. With
// untilWrite (Options.ReadUntilWrite) the database is opened as for
// Options.ReadOnly, and beginWrite opens it for writing later. With
// blocksLater too (Options.VerifyBlocksAfterOpen), the blocks of the
// tables are read after Badger has opened them read-only (verifyLater).
func (s *Store) open(untilWrite, blocksLater bool) error {
	if err := recoverSwap(s.dataDir); err != nil {
		return folderError(s.dataDir, err)
	}
	dbDir := filepath.Join(s.dataDir, dbDirName)
	unread, err := guardDatabase(s.dataDir, dbDir, blocksLater)
	if err != nil {
		return err
	}
	if s.readOnly || untilWrite {
		db, ok, err := s.openForReading(dbDir)
		if ok {
			s.db = db
			if s.readOnly {
				s.noWrites = &planner.Error{Kind: planner.Other, Msg: "data folder " + s.dataDir + " was opened for reading only"}
			} else {
				s.reading.Store(true)
			}
			s.verifyLater(unread)
			return nil
		}
		// Not opened for reading: the blocks left unread are read now, as
		// the guard reads them without blocksLater, both before Badger's own
		// error (a damaged table may be its cause, and the guard's message
		// is the one to give) and before the folder is opened for writing.
		if len(unread) > 0 {
			if verr := checkTables(unread, nil); verr != nil {
				return guardDamage(s.dataDir, verr)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := os.MkdirAll(dbDir, 0o700); err != nil {
		return folderError(s.dataDir, err)
	}
	if err := probeSchema(s.dataDir, dbDir); err != nil {
		return err
	}
	return s.openForWriting()
}

// openForWriting opens dataDir/db read-write (openDB) as s.db; the caller
// has checked the folder and, when the store is in use, holds mu
// exclusively.
func (s *Store) openForWriting() error {
	db, err := s.openDB()
	if err != nil {
		return err
	}
	s.db = db
	// Badger creates its files with the process's umask; the folder is
	// owner-only, and so is everything in it.
	if err := tightenPermissions(filepath.Join(s.dataDir, dbDirName)); err != nil {
		s.log.Printf("data folder %s: making it owner-only: %v", s.dataDir, err)
	}
	return nil
}

// verifyLater leaves the reading of every block of the table files in
// paths, verifying their checksums (Options.VerifyBlocksAfterOpen), for
// when it is first needed: the first Verified or the first write, which
// wait for it. Until then it costs nothing, so a window can open first.
// Badger has the same files open read-only meanwhile and changes none of
// them: it neither compacts nor flushes until beginWrite opens it for
// writing, which waits for the reading first. Close stops the reading at
// the next table and waits for it.
func (s *Store) verifyLater(paths []string) {
	if len(paths) == 0 {
		return
	}
	s.unread = paths
	s.verifyDone = make(chan struct{})
}

// startVerifying starts the reading verifyLater left, once, in a goroutine
// of the store's. After Close it starts nothing and the reading's result is
// the closed-folder error.
func (s *Store) startVerifying() {
	s.verifyStart.Do(func() {
		select {
		case <-s.stop:
			s.verifyErr = s.closedError()
			close(s.verifyDone)
			return
		default:
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer close(s.verifyDone)
			switch err := checkTables(s.unread, s.stop); {
			case errors.Is(err, errStopped):
				s.verifyErr = s.closedError()
			case err != nil:
				s.verifyErr = guardDamage(s.dataDir, err)
			}
		}()
	})
}

// Verified reads every block of the folder's tables, if Open left that for
// later and it has not started yet, waits for the reading, and returns nil
// when all are intact, or else the error Open returns for the same folder
// without Options.VerifyBlocksAfterOpen (kind planner.Damaged). It returns
// nil at once when Open read them itself, and the closed-folder error when
// Close came first.
func (s *Store) Verified() error {
	if s.verifyDone == nil {
		return nil
	}
	s.startVerifying()
	<-s.verifyDone
	return s.verifyErr
}

// beginWrite runs before every write. Under Options.ReadUntilWrite, the
// first write closes the read-only database and opens it for writing, the
// way Open does for any other store; readers wait meanwhile. If that fails
// (a full or read-only disk, a folder that is gone), the write fails, the
// database is opened for reading again, and a later write tries again.
// The caller does not hold mu.
//
// Under Options.VerifyBlocksAfterOpen the first write waits, before
// anything else, for the blocks Open left unread (Verified): a damaged
// folder fails this write and every later one with Open's damage error,
// and no write reaches it; and once open for writing, Badger's compactions
// may replace the table files that reading has open.
func (s *Store) beginWrite() error {
	if !s.reading.Load() {
		return nil
	}
	if err := s.Verified(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return s.closedError()
	}
	if !s.reading.Load() {
		return nil // another write got here first
	}
	// Checks that need not close what is open: a full disk, a database
	// that is no longer there.
	if err := checkFreeSpace(s.dataDir); err != nil {
		return err
	}
	dbDir := filepath.Join(s.dataDir, dbDirName)
	if _, err := os.Stat(filepath.Join(dbDir, manifestName)); err != nil {
		return folderError(s.dataDir, err)
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		err = folderError(s.dataDir, err)
	} else {
		err = s.openForWriting()
	}
	if err != nil {
		// openDB may have marked the store unwritable (a disk that filled
		// meanwhile); the next write checks again.
		s.noWrites = nil
		db, rerr := openBadger(s.dataDir, dbDir, true, s.log)
		if rerr != nil {
			s.log.Printf("data folder %s: opening it for reading again: %v", s.dataDir, rerr)
			return err
		}
		s.db = db
		return err
	}
	s.reading.Store(false)
	return nil
}

// openDB opens dataDir/db read-write and brings its schema up to date. The
// ID sequence is leased later, on the first add: leasing writes, and a
// command that only reads must leave the folder as it found it (a write on
// every run would also leave a new table file behind each time).
//
// On a disk too full for Badger to write safely, the database opens
// read-only: everything can still be read and backed up, and every write
// fails with a clear error instead of crashing the process.
func (s *Store) openDB() (*badger.DB, error) {
	dbDir := filepath.Join(s.dataDir, dbDirName)
	full := checkFreeSpace(s.dataDir)
	if full != nil {
		if db, err := openBadger(s.dataDir, dbDir, true, s.log); err == nil {
			if err := checkSchemaCurrent(s.dataDir, db); err != nil {
				db.Close()
				return nil, full
			}
			s.noWrites = full
			return db, nil
		}
		// A read-only open fails after a crash (the memtable log needs
		// trimming). Trimming and a new log's header take a few pages; with
		// less than that free nothing is attempted.
		if !hasFreeSpace(s.dataDir, minOpenBytes) {
			return nil, full
		}
		s.noWrites = full
	}
	db, err := openBadger(s.dataDir, dbDir, false, s.log)
	if err != nil {
		return nil, err
	}
	ready := prepare
	if full != nil {
		// No schema write or migration on a disk this full.
		ready = checkSchemaCurrent
	}
	if err := ready(s.dataDir, db); err != nil {
		db.Close()
		if full != nil {
			return nil, full
		}
		return nil, err
	}
	return db, nil
}

// openForReading opens the database read-only for a command that only
// reads: Badger then creates no memtable or value-log file, flushes and
// compacts nothing on close, and the command leaves every file as it was.
// ok is false when that is not possible and the read-write open must run
// instead: a new folder, a database that needs crash recovery, or one whose
// schema needs upgrading.
func (s *Store) openForReading(dbDir string) (db *badger.DB, ok bool, err error) {
	if _, err := os.Stat(filepath.Join(dbDir, manifestName)); err != nil {
		return nil, false, nil
	}
	db, err = openBadger(s.dataDir, dbDir, true, s.log)
	if err != nil {
		if planner.KindOf(err) == planner.Damaged {
			return nil, false, err
		}
		return nil, false, nil
	}
	var v int
	var found bool
	err = db.View(func(txn *badger.Txn) error {
		var err error
		v, found, err = readSchema(txn)
		return err
	})
	switch {
	case err != nil:
		db.Close()
		return nil, false, folderError(s.dataDir, err)
	case found && v > currentSchema:
		db.Close()
		return nil, false, newerSchema(s.dataDir, v)
	case !found || v < currentSchema:
		db.Close()
		return nil, false, nil
	}
	return db, true, nil
}

// openBadger opens a Badger database and turns its failures into errors a
// person can act on.
func openBadger(dataDir, dir string, readOnly bool, l *log.Logger) (*badger.DB, error) {
	db, err := badger.Open(badgerOptions(dir, l).WithReadOnly(readOnly))
	if err != nil {
		return nil, folderError(dataDir, err)
	}
	return db, nil
}

// probeSchema reads the schema version of an existing database without
// writing a byte: a read-write Badger open always starts a new value log
// file, which a newer CertPlan's folder must not get. A database that needs
// crash recovery cannot be opened read-only; the read-write open then does
// the recovery and checks the version itself.
func probeSchema(dataDir, dbDir string) error {
	if _, err := os.Stat(filepath.Join(dbDir, "MANIFEST")); err != nil {
		return nil // new folder, nothing to protect
	}
	db, err := openBadger(dataDir, dbDir, true, log.New(io.Discard, "", 0))
	if err != nil {
		if k := planner.KindOf(err); k == planner.Unavailable || isPermission(err) {
			return err
		}
		return nil
	}
	defer db.Close()
	var v int
	var found bool
	err = db.View(func(txn *badger.Txn) error {
		var err error
		v, found, err = readSchema(txn)
		return err
	})
	if err != nil {
		return folderError(dataDir, err)
	}
	if found && v > currentSchema {
		return newerSchema(dataDir, v)
	}
	return nil
}

// Close stops background work and closes the database. It is safe to call
// more than once; later calls return the first call's result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		close(s.stop)
		if s.verifyDone != nil {
			s.startVerifying() // a reading never started stays so: Close is first
		}
		s.wg.Wait()
		s.mu.Lock()
		err := s.closeDBLocked()
		s.mu.Unlock()
		if lerr := s.lock.release(); err == nil && lerr != nil {
			err = folderError(s.dataDir, lerr)
		}
		s.closeErr = err
	})
	return s.closeErr
}

// closeDBLocked returns unused IDs to the sequence and closes the database;
// the caller holds mu exclusively.
func (s *Store) closeDBLocked() error {
	if s.db == nil {
		return nil
	}
	var err error
	if s.seq != nil {
		err = s.seq.Release()
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	s.db, s.seq = nil, nil
	if err != nil {
		return folderError(s.dataDir, err)
	}
	return nil
}

// DataDir is the data folder this Store was opened on.
func (s *Store) DataDir() string { return s.dataDir }

// view runs fn in one read-only transaction.
func (s *Store) view(fn func(txn *badger.Txn) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return s.closedError()
	}
	return s.wrap(s.db.View(fn))
}

// update runs fn in one read-write transaction.
func (s *Store) update(fn func(txn *badger.Txn) error) error {
	if err := s.beginWrite(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return s.closedError()
	}
	if err := s.writable(); err != nil {
		return err
	}
	return s.wrap(updateRetry(s.db, fn))
}

// updateRetry runs fn in a read-write transaction, again when Badger reports
// a conflict with a concurrent transaction: fn re-reads what it depends on,
// so a retry is a fresh attempt, not a blind overwrite.
func updateRetry(db *badger.DB, fn func(txn *badger.Txn) error) error {
	var err error
	for attempt := 0; attempt < 10; attempt++ {
		if err = db.Update(fn); !errors.Is(err, badger.ErrConflict) {
			return err
		}
	}
	return err
}

// wrap passes planner errors through and names the folder on any other.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var pe *planner.Error
	if errors.As(err, &pe) {
		return err
	}
	return folderError(s.dataDir, err)
}

// writable checks, before a write starts, that it can complete: the
// database is open for writing and the disk has room for what Badger maps.
func (s *Store) writable() error {
	if s.noWrites != nil {
		return s.noWrites
	}
	if s.reading.Load() {
		// beginWrite did not run, or failed: Badger would refuse anyway.
		return &planner.Error{Kind: planner.Other, Msg: "data folder " + s.dataDir + " is open for reading only"}
	}
	return checkFreeSpace(s.dataDir)
}

func (s *Store) closedError() error {
	return &planner.Error{Kind: planner.Other, Msg: "data folder " + s.dataDir + " is closed"}
}

func inUse(dataDir string) error {
	return &planner.Error{Kind: planner.Unavailable, Msg: "CertPlan is already open with data folder " + dataDir}
}

func newerSchema(dataDir string, v int) error {
	return &planner.Error{Kind: planner.Incompatible, Msg: "data folder " + dataDir +
		" was written by a newer CertPlan (schema " + strconv.Itoa(v) + ", this version reads up to " +
		strconv.Itoa(currentSchema) + "); update CertPlan"}
}

// folderError classifies a failure to use the data folder. Badger wraps its
// errors as text (not with %w), so its lock and permission failures are
// recognised by their messages.
func folderError(dataDir string, err error) error {
	var pe *planner.Error
	switch {
	case errors.As(err, &pe):
		return err
	case strings.Contains(err.Error(), "Cannot acquire directory lock"):
		return inUse(dataDir)
	case errors.Is(err, syscall.EROFS) || strings.Contains(err.Error(), "read-only file system"):
		return &planner.Error{Kind: planner.Other, Msg: "data folder " + dataDir +
			" is on a read-only disk, and CertPlan needs to write there; copy the folder to a writable place"}
	case errors.Is(err, syscall.EFBIG) || strings.Contains(err.Error(), "file too large"):
		return &planner.Error{Kind: planner.Other, Msg: "data folder " + dataDir +
			": the file size limit of this session (ulimit -f) is below the 32 MB the database files need"}
	case isPermission(err):
		return &planner.Error{Kind: planner.Other, Msg: "no permission to use data folder " + dataDir, Err: firstLine(err)}
	case isDamage(err):
		return damaged(dataDir, "a checksum does not match or a file is cut short ("+firstLine(err).Error()+")")
	}
	return &planner.Error{Kind: planner.Other, Msg: "data folder " + dataDir, Err: firstLine(err)}
}

// isDamage recognises Badger's reports of unreadable data. Badger wraps
// them as text, so they are told by their messages.
func isDamage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"checksum mismatch", "corrupt", "unexpected EOF", "Invalid checksum", "bad magic", "table with ID"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func isPermission(err error) bool {
	if errors.Is(err, fs.ErrPermission) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "permission denied") || strings.Contains(msg, "Access is denied")
}
