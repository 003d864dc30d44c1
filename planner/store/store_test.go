package store

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// TestEverythingSurvivesReopen: what the conformance suite reads back
// within one session is also what the next Open finds.
func TestEverythingSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	entries := fill(t, s, 30)
	moved := entries[3]
	moved.Date = day("2026-07-04")
	if err := s.UpdateEntry(moved); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEntry(entries[7].ID); err != nil {
		t.Fatal(err)
	}
	before := backupText(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := backupText(t, openStore(t, dir)); got != before {
		t.Fatalf("after reopening:\n got %.400s\nwant %.400s", got, before)
	}
}

// TestDeleteRemovesIndexKey: a deleted entry leaves no ID index key behind.
func TestDeleteRemovesIndexKey(t *testing.T) {
	s := openStore(t, "")
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	if d := dump(t, s); d[string(logIDKey(e.ID))] != "" {
		t.Fatalf("index key of a deleted entry remains")
	}
}

func TestFolderPermissions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := openStore(t, dir)
	for _, p := range []string{dir, filepath.Join(dir, dbDirName)} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v, want owner-only", p, perm)
		}
	}
	if s.DataDir() != dir {
		t.Errorf("DataDir = %q, want %q", s.DataDir(), dir)
	}
}

func TestAddEntriesAssignsConsecutiveIDs(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	es := []planner.Entry{sampleEntry(0), sampleEntry(1), sampleEntry(2)}
	got, err := s.AddEntries(es)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i].ID != got[0].ID+uint64(i) {
			t.Fatalf("IDs %d, %d are not consecutive", got[0].ID, got[i].ID)
		}
		stored, err := s.Entry(got[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, stored, got[i])
	}
	if out, err := s.AddEntries(nil); err != nil || len(out) != 0 {
		t.Fatalf("AddEntries(nil) = %v, %v", out, err)
	}
	// IDs keep growing across a reopen: the unused part of the lease is
	// returned on Close, never handed out twice.
	s.Close()
	s = openStore(t, dir)
	e, err := s.AddEntry(sampleEntry(9))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID <= got[2].ID {
		t.Fatalf("ID after reopen %d is not above %d", e.ID, got[2].ID)
	}
}

// TestAddEntriesLargerThanOneTransaction checks the multi-transaction path
// of AddEntries: everything lands, and nothing marks it unfinished.
func TestAddEntriesLargerThanOneTransaction(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	es := make([]planner.Entry, 6000)
	for i := range es {
		es[i] = sampleEntry(i)
	}
	requireTooBigForOneTxn(t, s, es)
	got, err := s.AddEntries(es)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(es) {
		t.Fatalf("store lists %d entries, want %d", len(all), len(es))
	}
	for _, i := range []int{0, 5000, len(es) - 1} {
		e, err := s.Entry(got[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, e, got[i])
	}
	for k := range dump(t, s) {
		if strings.HasPrefix(k, prefixPending) {
			t.Fatalf("marker %s left behind", k)
		}
	}
}

// TestInterruptedLargeAddIsUndone simulates a crash in the middle of a large
// AddEntries: the marker and part of the entries are on disk. The next Open
// removes that part and keeps everything else.
func TestInterruptedLargeAddIsUndone(t *testing.T) {
	t.Run("schema 3", func(t *testing.T) { testInterruptedLargeAdd(t, false) })
	t.Run("during the migration to totals", func(t *testing.T) { testInterruptedLargeAdd(t, true) })
}

func testInterruptedLargeAdd(t *testing.T, rebuild bool) {
	dir := t.TempDir()
	s := openStore(t, dir)
	kept, err := s.AddEntries([]planner.Entry{sampleEntry(0), sampleEntry(1)})
	if err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)
	first := kept[1].ID + 1
	part := []planner.Entry{sampleEntry(10), sampleEntry(200), sampleEntry(30)}
	m := addMarker{FirstID: first, LastID: first + 99, From: "2025-01-01", To: "2026-12-31"}
	mval, _ := encode(m)
	err = s.update(func(txn *badger.Txn) error {
		if err := txn.Set(pendingKey(first), mval); err != nil {
			return err
		}
		for i, e := range part {
			e.ID = first + uint64(i)
			if err := putEntry(txn, e.Normalized()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dump(t, s)) != len(before)+1+2*len(part) {
		t.Fatal("simulated partial import was not written")
	}
	if rebuild {
		// The folder is from schema 2: no totals yet. The migration must
		// not count the uncommitted entries.
		err := s.update(func(txn *badger.Txn) error {
			for k := range dump(t, s) {
				if strings.HasPrefix(k, "sum/") {
					if err := txn.Delete([]byte(k)); err != nil {
						return err
					}
				}
			}
			return writeSchema(txn, 2)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s = openStore(t, dir)
	after := dump(t, s)
	delete(after, keyLogSeq) // the lease moves on each Open
	delete(before, keyLogSeq)
	sameDump(t, before, after)
}

func TestClosedStore(t *testing.T) {
	s, err := Open(t.TempDir(), Options{GCInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond) // let the GC loop run a few times
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	_, err = s.AddEntry(sampleEntry(0))
	wantKind(t, err, planner.Other, "closed")
	_, err = s.Entries(planner.EntryQuery{})
	wantKind(t, err, planner.Other, "closed")
	wantKind(t, s.ReplaceAll(planner.Snapshot{}), planner.Other, "closed")
}

func TestConcurrentUse(t *testing.T) {
	s := openStore(t, "")
	var wg sync.WaitGroup
	ids := make(chan uint64, 200)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				e, err := s.AddEntry(sampleEntry(g*100 + i))
				if err != nil {
					t.Error(err)
					return
				}
				ids <- e.ID
				if _, err := s.Entries(planner.EntryQuery{From: e.Date, To: e.Date}); err != nil {
					t.Error(err)
				}
				e.Note = "edited"
				if err := s.UpdateEntry(e); err != nil {
					t.Error(err)
				}
			}
		}(g)
	}
	wg.Wait()
	close(ids)
	seen := map[uint64]bool{}
	for id := range ids {
		if seen[id] {
			t.Fatalf("ID %d handed out twice", id)
		}
		seen[id] = true
	}
	if all, _ := s.Entries(planner.EntryQuery{}); len(all) != 100 {
		t.Fatalf("store lists %d entries, want 100", len(all))
	}
}

func TestBadgerLogGoesToOptionsLogger(t *testing.T) {
	var buf bytes.Buffer
	l := badgerLogger{log.New(&buf, "", 0)}
	l.Infof("compaction %d", 1)
	l.Debugf("flush %d", 2)
	if buf.Len() != 0 {
		t.Fatalf("INFO/DEBUG were logged: %q", buf.String())
	}
	l.Warningf("slow %s", "disk")
	l.Errorf("broken %s", "table")
	if got := buf.String(); !strings.Contains(got, "warning: slow disk") || !strings.Contains(got, "error: broken table") {
		t.Fatalf("log = %q", got)
	}

	// A whole open/write/close cycle prints nothing to the app's log.
	buf.Reset()
	s, err := Open(t.TempDir(), Options{Logger: log.New(&buf, "", 0), GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEntry(sampleEntry(0)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if buf.Len() != 0 {
		t.Fatalf("a normal session logged %q", buf.String())
	}
}
