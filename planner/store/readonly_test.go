package store

import (
	"testing"

	"certplan/planner"
)

// A command that only reads opens the folder read-only: every file stays
// byte for byte as it was (no new value-log or memtable file either), and a
// write is refused rather than made.
func TestReadOnlyOpenChangesNoFile(t *testing.T) {
	dir := filledFolder(t, 30)
	before := snapshot(t, dir)
	s, err := Open(dir, Options{GCInterval: -1, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	es, err := s.Entries(planner.EntryQuery{})
	if err != nil || len(es) != 30 {
		t.Fatalf("read %d entries, %v", len(es), err)
	}
	if _, err := s.AddEntry(sampleEntry(1)); err == nil {
		t.Fatal("a read-only store took a write")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, dir)
	sameFiles(t, before, after)
}

// After a kill the database needs crash recovery, which a read-only open
// cannot do: the store opens it for writing then, and nothing acknowledged
// is missing.
func TestReadOnlyOpenAfterAKillRecovers(t *testing.T) {
	dir := t.TempDir()
	acked := killWriterAfter(t, dir, 30)
	s, err := Open(dir, Options{GCInterval: -1, ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open after a kill: %v", err)
	}
	defer s.Close()
	for _, id := range acked {
		if _, err := s.Entry(id); err != nil {
			t.Fatalf("entry %d: %v", id, err)
		}
	}
}

// A new folder has nothing to read: it is created as for any command.
func TestReadOnlyOpenOfANewFolder(t *testing.T) {
	s, err := Open(t.TempDir(), Options{GCInterval: -1, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ts, err := s.Targets(); err != nil || len(ts) != 0 {
		t.Fatalf("targets %v, %v", ts, err)
	}
}
