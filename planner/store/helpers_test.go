package store

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// openStore opens a store in dir (a new temp dir when empty) without
// background GC, and closes it when the test ends.
func openStore(t testing.TB, dir string) *Store {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func day(s string) planner.Date {
	d, err := planner.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// sampleEntry is a valid entry whose fields vary with i.
func sampleEntry(i int) planner.Entry {
	kinds := []planner.EntryKind{planner.Study, planner.Lab}
	codes := []string{"SAA-C03", "CLF-C02", "DVA-C02"}
	return planner.Entry{
		Date:     planner.NewDate(2025, time.January, 1).AddDays(i % 400),
		Kind:     kinds[i%2],
		Code:     codes[i%3],
		Hours:    0.25 * float64(1+i%8),
		Domain:   "Design Resilient Architectures",
		Services: []string{"EC2", "S3"},
		Note:     "practice block",
		Link:     "https://docs.aws.amazon.com/",
	}
}

// openRaw opens a Badger database directly, the way an older or newer
// CertPlan would have written it.
func openRaw(t testing.TB, dir string) *badger.DB {
	t.Helper()
	db, err := badger.Open(badgerOptions(dir, log.New(io.Discard, "", 0)))
	if err != nil {
		t.Fatalf("raw badger open %s: %v", dir, err)
	}
	return db
}

func rawSet(t testing.TB, db *badger.DB, kv map[string][]byte) {
	t.Helper()
	err := db.Update(func(txn *badger.Txn) error {
		for k, v := range kv {
			if err := txn.Set([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("raw write: %v", err)
	}
}

// dump returns every key and value in the store's database, the strictest
// way to check that an operation wrote nothing.
func dump(t testing.TB, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().KeyCopy(nil))] = string(v)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return out
}

func sameDump(t testing.TB, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Fatalf("store has %d keys, had %d", len(after), len(before))
	}
	for k, v := range before {
		if after[k] != v {
			t.Fatalf("key %q changed: %q -> %q", k, v, after[k])
		}
	}
}

// backupText is s's backup document with a fixed creation time, for
// comparing the contents of two stores.
func backupText(t testing.TB, s *Store) string {
	t.Helper()
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	var b bytes.Buffer
	if err := planner.WriteSnapshot(&b, snap, time.Time{}); err != nil {
		t.Fatalf("WriteSnapshot: %v", err)
	}
	return b.String()
}

// snapshot reads every file under dir, for byte-for-byte comparisons.
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		out[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return out
}

// wantKind is the conformance suite's check of an error's kind and words.
var wantKind = plannertest.WantKind

func sameEntry(t testing.TB, got, want planner.Entry) {
	t.Helper()
	if got.ID != want.ID || !got.SameContent(want) {
		t.Fatalf("entry mismatch:\n got %+v\nwant %+v", got, want)
	}
	if got.Services == nil {
		t.Fatalf("entry %d: Services is nil, want an empty list", got.ID)
	}
}

// requireTooBigForOneTxn fails unless es cannot be written in one Badger
// transaction, so that a test really covers the multi-transaction path.
func requireTooBigForOneTxn(t testing.TB, s *Store, es []planner.Entry) {
	t.Helper()
	txn := s.db.NewTransaction(true)
	defer txn.Discard()
	for i, e := range es {
		e.ID = uint64(i + 1)
		if err := putEntry(txn, e.Normalized()); errors.Is(err, badger.ErrTxnTooBig) {
			return
		} else if err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("%d entries fit in one transaction; the test needs more", len(es))
}
