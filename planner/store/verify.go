package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/badger/v4/y"
	"github.com/dgraph-io/ristretto/v2/z"
)

// verifyDatabase reads the MANIFEST and every table file of dbDir in full
// before Badger opens them, because Badger's own reactions to damage lose
// data or kill the process:
//   - on a table checksum mismatch it drops the table and carries on, so the
//     log silently loses entries;
//   - some damage makes it panic in a goroutine of its own, which no caller
//     can recover;
//   - it deletes every table file the MANIFEST does not list, so a MANIFEST
//     cut short or reverted by a sync tool throws away live data.
//
// Here the same reading runs in goroutines of the store's own, where a panic
// is recovered into an error. A table the MANIFEST does not list is normal
// after a crash (a flush or compaction wrote it and was killed before
// recording it): its data is then also elsewhere. It is accepted only when
// that is so: a memtable log that still holds the flush, or every key of it
// present, at the same or a newer version, in the listed tables.
func verifyDatabase(dbDir string) error {
	_, err := checkDatabase(dbDir, false)
	return err
}

// checkDatabase is verifyDatabase. With deferBlocks it leaves the blocks
// of the listed tables unread and returns those tables, for checkTables to
// read later; every other check runs. Unlisted tables that need checking
// against the listed ones read those in full anyway, so then nothing is
// left for later and unread is nil.
func checkDatabase(dbDir string, deferBlocks bool) (unread []string, err error) {
	listed, err := readManifest(dbDir)
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dbDir, "*"+tableExt))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var tables, orphans []string
	for _, p := range paths {
		id, ok := table.ParseFileID(filepath.Base(p))
		if !ok {
			continue
		}
		if _, ok := listed[id]; !ok {
			orphans = append(orphans, p)
			continue
		}
		tables = append(tables, p)
	}
	orphansToCheck := len(orphans) > 0 && !hasMemTableLog(dbDir)
	// Badger opens every listed table in goroutines of its own, where a
	// damaged footer or index is a panic that no caller can recover. That
	// much of each table is checked before it does, even when the blocks
	// are left for later; should a table fail, every block is read now, so
	// that the answer names the same table as reading them all would.
	if deferBlocks && !orphansToCheck && firstUnopenableTable(tables) == "" {
		return tables, nil
	}
	if err := checkTables(tables, nil); err != nil {
		return nil, err
	}
	if !orphansToCheck {
		return nil, nil
	}
	return nil, orphansCovered(paths, orphans)
}

// errStopped is checkTables' answer when stop closed before it had read
// every table.
var errStopped = errors.New("the reading of the table files was stopped")

// checkTables reads every block of the table files in paths and names the
// first (in the order of paths) that cannot be read. When stop closes
// (nil never does) it returns errStopped at the next table.
func checkTables(paths []string, stop <-chan struct{}) error {
	bad, stopped := firstDamagedTableUntil(paths, stop)
	if stopped {
		return errStopped
	}
	if bad != "" {
		// Badger's reason (a decompression or checksum detail) tells a
		// learner nothing more than this.
		return fmt.Errorf("table file %s is corrupt or cut short", filepath.Base(bad))
	}
	return nil
}

// firstDamagedTable reads every table file in paths in full, verifying each
// checksum, and returns the first one (in the order of paths) that cannot
// be read, or "" when all can. Reading and decompressing is most of the cost
// of opening the folder, so the files are read by up to GOMAXPROCS workers
// at once; the answer is the same as reading them one by one. Each worker
// recovers the panics of the tables it reads (withTable).
func firstDamagedTable(paths []string) string {
	bad, _ := firstDamagedTableUntil(paths, nil)
	return bad
}

// firstDamagedTableUntil is firstDamagedTable, giving up when stop closes
// (nil never does): each worker looks before each table it reads, and
// stopped tells that the answer is incomplete.
func firstDamagedTableUntil(paths []string, stop <-chan struct{}) (bad string, stopped bool) {
	isStopped := func() bool {
		select {
		case <-stop:
			return true
		default:
			return false
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(paths))
	if workers <= 1 {
		ok := tableReader()
		for _, p := range paths {
			if isStopped() {
				return "", true
			}
			if !ok(p) {
				return p, false
			}
		}
		return "", false
	}
	// first is the lowest index found damaged so far: files after it need
	// no reading, files before it still do, since one of them may be
	// damaged too and it is the one to report.
	var next, first atomic.Int64
	first.Store(int64(len(paths)))
	var halted atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := tableReader()
			for {
				i := next.Add(1) - 1
				if i >= first.Load() {
					return
				}
				if isStopped() {
					halted.Store(true)
					return
				}
				if ok(paths[i]) {
					continue
				}
				for f := first.Load(); i < f && !first.CompareAndSwap(f, i); f = first.Load() {
				}
			}
		}()
	}
	wg.Wait()
	if halted.Load() {
		return "", true
	}
	if i := first.Load(); i < int64(len(paths)) {
		return paths[i], false
	}
	return "", false
}

// firstUnopenableTable returns the first table file in paths that cannot
// be opened the way Badger opens it (table.OpenTable: its footer, its index
// and that index's checksum, and its last block), or "" when all can. It
// reads little of each file, and none of its other blocks.
func firstUnopenableTable(paths []string) string {
	for _, p := range paths {
		err := withTable(p, func(_ *table.Table, data []byte) error {
			_, _, err := tableIndex(data)
			return err
		})
		if err != nil {
			return p
		}
	}
	return ""
}

// tableReader returns a function that reads a table file in full,
// verifying every checksum, and reports whether it is intact. Each reader
// keeps one buffer for decompressing blocks; use one per goroutine.
func tableReader() func(path string) bool {
	var buf []byte
	compression := tableOptions().Compression
	return func(path string) bool {
		return withTable(path, func(_ *table.Table, data []byte) (err error) {
			buf, err = verifyBlocks(data, compression, buf)
			return err
		}) == nil
	}
}

// readManifest returns the IDs of the tables the MANIFEST lists.
func readManifest(dbDir string) (map[uint64]struct{}, error) {
	f, err := os.Open(filepath.Join(dbDir, manifestName))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, _, err := badger.ReplayManifestFile(f, 0, badgerOptions(dbDir, nil))
	if err != nil {
		return nil, fmt.Errorf("MANIFEST: %w", firstLine(err))
	}
	ids := make(map[uint64]struct{}, len(m.Tables))
	for id := range m.Tables {
		ids[id] = struct{}{}
	}
	return ids, nil
}

func hasMemTableLog(dbDir string) bool {
	paths, _ := filepath.Glob(filepath.Join(dbDir, "*"+memTableExt))
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.Size() > 0 {
			return true
		}
	}
	return false
}

// orphansCovered checks that every key of the unlisted tables is also in a
// listed one, at the same or a newer version.
func orphansCovered(all, orphans []string) error {
	isOrphan := map[string]bool{}
	for _, p := range orphans {
		isOrphan[p] = true
	}
	newest := map[string]uint64{}
	for _, p := range all {
		if isOrphan[p] {
			continue
		}
		if err := eachKey(p, func(k string, v uint64) { newest[k] = max(newest[k], v) }); err != nil {
			return fmt.Errorf("table file %s: %w", filepath.Base(p), err)
		}
	}
	for _, p := range orphans {
		missing := 0
		if err := eachKey(p, func(k string, v uint64) {
			if newest[k] < v {
				missing++
			}
		}); err != nil {
			return fmt.Errorf("table file %s: %w", filepath.Base(p), err)
		}
		if missing > 0 {
			return fmt.Errorf("table file %s holds %d records the MANIFEST does not account for", filepath.Base(p), missing)
		}
	}
	return nil
}

func eachKey(path string, fn func(key string, version uint64)) error {
	return withVerifiedTable(path, func(t *table.Table) error {
		it := t.NewIterator(0)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Key()
			fn(string(y.ParseKey(k)), y.ParseTs(k))
		}
		return nil
	})
}

// tableOptions matches how badgerOptions writes tables: Badger's default
// block size, bloom filter and Snappy compression, no encryption. Opening
// a table with them checks its index and reads its first and last keys;
// the blocks are verified as they are read (verifyBlocks reads them all).
func tableOptions() table.Options {
	def := badgerOptions("", nil)
	return table.Options{
		ReadOnly:           true,
		ChkMode:            options.OnBlockRead,
		BlockSize:          def.BlockSize,
		BloomFalsePositive: def.BloomFalsePositive,
		Compression:        def.Compression,
	}
}

// withTable opens a table file read-only and runs fn on it and on the
// file's bytes. A panic inside Badger's table code, or in fn, is an error
// here.
func withTable(path string, fn func(t *table.Table, data []byte) error) (err error) {
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil {
		return firstLine(err)
	}
	defer mf.Close(-1)
	defer func() {
		if recover() != nil {
			err = errors.New("cut short or corrupt")
		}
	}()
	if len(mf.Data) == 0 {
		return errors.New("empty")
	}
	t, err := table.OpenTable(mf, tableOptions())
	if err != nil {
		return firstLine(err)
	}
	return fn(t, mf.Data)
}

// withVerifiedTable runs fn on a table file whose every block has been
// verified first, so that fn's iterators cannot stop short at a damaged
// block without saying so.
func withVerifiedTable(path string, fn func(t *table.Table) error) error {
	return withTable(path, func(t *table.Table, data []byte) error {
		if _, err := verifyBlocks(data, tableOptions().Compression, nil); err != nil {
			return err
		}
		return fn(t)
	})
}

// firstLine keeps the first line of an error. Badger's wrapped errors carry
// a stack trace after the message, which means nothing to a learner.
func firstLine(err error) error {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		return errors.New(strings.TrimSpace(msg[:i]))
	}
	return err
}
