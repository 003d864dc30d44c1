package store

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/badger/v4/y"
)

// Badger's value flags (unexported in Badger; stable in its file format).
const (
	badgerBitDelete       = 1 << 0 // the key was deleted at this version
	badgerBitValuePointer = 1 << 1 // the value lives in the value log
)

// rawScan is what a damaged database still holds: the newest readable
// version of every key, and what could not be read.
type rawScan struct {
	values     map[string]rawValue
	tablesRead int
	unreadable []string // files that could not be read at all
	inValueLog int      // keys whose value was in the value log (not salvaged)
}

type rawValue struct {
	version uint64
	deleted bool
	value   []byte
}

// keep records one version of a key if it is the newest seen so far.
func (r *rawScan) keep(key string, version uint64, meta byte, value []byte) {
	if old, ok := r.values[key]; ok && old.version >= version {
		return
	}
	if meta&badgerBitValuePointer != 0 {
		r.inValueLog++
		return
	}
	r.values[key] = rawValue{version: version, deleted: meta&badgerBitDelete != 0, value: append([]byte(nil), value...)}
}

// live returns the keys whose newest version is not a deletion, sorted.
func (r *rawScan) live() []string {
	var keys []string
	for k, v := range r.values {
		if !v.deleted {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// scanRaw reads a database folder without opening it in place, the way a
// salvage must: a Badger Open on a damaged folder may delete table files or
// panic. Every table file that still verifies is read directly, listed in the
// MANIFEST or not; the memtable logs (writes not yet flushed to a table) are
// replayed by Badger in a scratch copy that holds nothing else. For each key
// the newest version found anywhere wins.
func scanRaw(dbDir string) (*rawScan, error) {
	r := &rawScan{values: map[string]rawValue{}}
	tables, err := filepath.Glob(filepath.Join(dbDir, "*"+tableExt))
	if err != nil {
		return nil, err
	}
	sort.Strings(tables)
	for _, p := range tables {
		err := withVerifiedTable(p, func(t *table.Table) error {
			it := t.NewIterator(0)
			defer it.Close()
			for it.Rewind(); it.Valid(); it.Next() {
				k := it.Key()
				v := it.Value()
				r.keep(string(y.ParseKey(k)), y.ParseTs(k), v.Meta, v.Value)
			}
			return nil
		})
		if err != nil {
			r.unreadable = append(r.unreadable, filepath.Base(p))
			continue
		}
		r.tablesRead++
	}
	if err := r.scanMemTables(dbDir); err != nil {
		return nil, err
	}
	return r, nil
}

// scanMemTables copies the non-empty memtable logs into a scratch folder,
// lets Badger replay them there, and keeps every version it finds.
func (r *rawScan) scanMemTables(dbDir string) (err error) {
	mems, err := filepath.Glob(filepath.Join(dbDir, "*"+memTableExt))
	if err != nil {
		return err
	}
	scratch, err := os.MkdirTemp("", "certplan-salvage-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	copied := 0
	for _, p := range mems {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			continue
		}
		if err := copyFile(p, filepath.Join(scratch, filepath.Base(p))); err != nil {
			r.unreadable = append(r.unreadable, filepath.Base(p))
			continue
		}
		copied++
	}
	if copied == 0 {
		return nil
	}
	defer func() {
		if recover() != nil {
			r.unreadable = append(r.unreadable, "memtable logs")
			err = nil
		}
	}()
	db, err := badger.Open(badgerOptions(scratch, log.New(io.Discard, "", 0)))
	if err != nil {
		r.unreadable = append(r.unreadable, "memtable logs ("+firstLine(err).Error()+")")
		return nil
	}
	defer db.Close()
	return db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{AllVersions: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			var meta byte
			if item.IsDeletedOrExpired() {
				meta = badgerBitDelete
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				continue
			}
			r.keep(string(item.KeyCopy(nil)), item.Version(), meta, v)
		}
		return nil
	})
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// describeScan is a one-line account of a scan, for the doctor's report.
func (r *rawScan) describe() string {
	parts := []string{}
	if len(r.unreadable) > 0 {
		parts = append(parts, "unreadable: "+strings.Join(r.unreadable, ", "))
	}
	if r.inValueLog > 0 {
		parts = append(parts, "values kept in the value log were not read")
	}
	return strings.Join(parts, "; ")
}
