package store

import (
	"io"
	"log"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Options tune a Store. The zero value is right for the app.
type Options struct {
	// Logger receives the database's warnings and errors; nil discards them.
	Logger *log.Logger
	// GCInterval is how often the value log is garbage-collected; 0 means
	// every 10 minutes, a negative value turns garbage collection off.
	GCInterval time.Duration
	// ReadOnly opens the folder for a command that only reads: nothing is
	// written, and every write fails. A folder that needs crash recovery or
	// an upgrade is still opened for writing, since reading needs that first.
	ReadOnly bool
	// ReadUntilWrite is for the desktop app: the folder is opened
	// read-only, as for a command that only reads, and reopened for writing
	// at the first write. Until then nothing in the folder changes, and
	// Badger allocates no memtable, which costs about 10 MB of memory and
	// its zeroing at every start. A folder that needs crash recovery or an
	// upgrade, or a new one, is opened for writing at once. If reopening
	// for writing fails, that write fails and reading goes on. ReadOnly
	// takes precedence.
	ReadUntilWrite bool
	// VerifyBlocksAfterOpen, with ReadUntilWrite (it is ignored without,
	// and with ReadOnly), moves the longest check out of Open: reading
	// every block of every table to verify its checksum, which grows with
	// the log (about 25 ms of CPU at 200,000 entries). Every other check
	// of the folder still runs before Open returns, including opening each
	// table as Badger does (its index and last block); the other blocks are
	// read when first needed, by the first call to Verified or the first
	// write, in a goroutine of the store's (or before Open returns when it
	// has to open the folder for writing at once: a new folder, crash
	// recovery, an upgrade). Verified starts that reading if need be,
	// waits for it and returns the damage error Open would have
	// returned; the first write waits for it too, and on a damaged folder
	// it and every later write fail with that error, and nothing is
	// written. Until Verified returns, a read may meet a damaged block
	// and see less than the folder holds, as Badger drops what it cannot
	// read: a caller that opens with this option calls Verified and, if it
	// fails, stops showing what it read.
	VerifyBlocksAfterOpen bool
}

const defaultGCInterval = 10 * time.Minute

func (o Options) logger() *log.Logger {
	if o.Logger == nil {
		return log.New(io.Discard, "", 0)
	}
	return o.Logger
}

func (o Options) gcInterval() time.Duration {
	if o.GCInterval == 0 {
		return defaultGCInterval
	}
	return o.GCInterval
}

// badgerOptions sizes Badger for a desktop planner rather than a server:
// Badger's defaults reserve 64 MB memtables x5, a 256 MB block cache and a
// 2 GB sparse value log, far beyond a study log of a few megabytes.
func badgerOptions(dir string, l *log.Logger) badger.Options {
	return badger.DefaultOptions(dir).
		// 8 MB is the floor: below it the largest transaction (15% of a
		// memtable) drops under the default value threshold and Open fails.
		WithMemTableSize(8 << 20).
		WithNumMemtables(2).
		WithValueLogFileSize(16 << 20).
		// Must stay above 0: Badger panics without a block cache while
		// compression is on.
		WithBlockCacheSize(8 << 20).
		WithNumCompactors(2).
		// An acknowledged write is on disk: a crash or power cut right after
		// "saved" must not lose the entry.
		WithSyncWrites(true).
		WithMetricsEnabled(false).
		// A flipped byte must be an error, never a silently shorter log:
		// every block is verified when read, and values read from the value
		// log are checked too. Whole tables are verified by verifyDatabase
		// before every open (guard.go; with VerifyBlocksAfterOpen, before the
		// first write), in full and where damage becomes an error instead of
		// a dropped table; verifying them again here
		// doubled the cost of opening the folder, which every command pays.
		WithChecksumVerificationMode(options.OnBlockRead).
		WithVerifyValueChecksum(true).
		// Every command opens, writes once and closes; without this each run
		// leaves one more level-0 table that nothing ever compacts, and the
		// folder slows down and runs out of file handles after thousands.
		WithCompactL0OnClose(true).
		WithLogger(badgerLogger{l})
}

// badgerLogger routes Badger's log into the app's log. Badger is chatty at
// INFO (every compaction and flush); only what a person may need to act on is
// kept, and nothing goes to stderr, where it would pollute CLI output.
type badgerLogger struct{ l *log.Logger }

func (b badgerLogger) Errorf(f string, v ...any)   { b.l.Printf("database error: "+f, v...) }
func (b badgerLogger) Warningf(f string, v ...any) { b.l.Printf("database warning: "+f, v...) }
func (b badgerLogger) Infof(string, ...any)        {}
func (b badgerLogger) Debugf(string, ...any)       {}
