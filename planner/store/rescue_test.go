package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner"
)

func TestRestoreRefusesIDsTheSequenceCannotPass(t *testing.T) {
	s := openStore(t, "")
	e := sampleEntry(1)
	e.ID = 1<<64 - 1
	err := s.ReplaceAll(planner.Snapshot{Entries: []planner.Entry{e}})
	wantKind(t, err, planner.Invalid, "ids must be between 1 and 9007199254740991")
}

// A sequence record that lags behind the stored IDs (damaged, or written by
// an older version) must never hand out an ID that is already in use.
func TestNewIDsMovePastEveryStoredID(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	a, b := sampleEntry(1), sampleEntry(2)
	a.ID, b.ID = 5, 900
	if err := s.ReplaceAll(planner.Snapshot{Entries: []planner.Entry{a, b}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db := openRaw(t, filepath.Join(dir, dbDirName))
	rawSet(t, db, map[string][]byte{keyLogSeq: encodeSeq(3)})
	db.Close()

	s = openStore(t, dir)
	seen := map[uint64]bool{5: true, 900: true}
	for i := 0; i < 3; i++ {
		e, err := s.AddEntry(sampleEntry(10 + i))
		if err != nil {
			t.Fatal(err)
		}
		if seen[e.ID] || e.ID < 900 {
			t.Fatalf("AddEntry handed out ID %d with IDs 5 and 900 stored", e.ID)
		}
		seen[e.ID] = true
	}
}

func TestRestoreIntoADamagedFolderWithoutOpeningIt(t *testing.T) {
	dir := filledFolder(t, 30)
	manifest := filepath.Join(dir, dbDirName, manifestName)
	if err := os.Remove(manifest); err != nil {
		t.Fatal(err)
	}
	damagedFiles := snapshot(t, filepath.Join(dir, dbDirName))
	if _, err := Open(dir, Options{GCInterval: -1}); planner.KindOf(err) != planner.Damaged {
		t.Fatalf("Open of the damaged folder: %v", err)
	}

	e := sampleEntry(7)
	e.ID = 42
	kept, err := ReplaceDamaged(dir, planner.Snapshot{Targets: []planner.Target{{Code: "SAA-C03"}}, Entries: []planner.Entry{e}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(filepath.Base(kept), damagedDirPrefix) {
		t.Fatalf("damaged database kept at %q", kept)
	}
	sameFiles(t, damagedFiles, snapshot(t, kept))

	s := openStore(t, dir)
	es, err := s.Entries(planner.EntryQuery{})
	if err != nil || len(es) != 1 || es[0].ID != 42 {
		t.Fatalf("after restore: %v, %v", es, err)
	}
}

func TestRestoreIntoADamagedFolderRefusesAnInvalidSnapshot(t *testing.T) {
	dir := filledFolder(t, 5)
	os.Remove(filepath.Join(dir, dbDirName, manifestName))
	before := snapshot(t, dir)
	bad := sampleEntry(1) // no ID
	if _, err := ReplaceDamaged(dir, planner.Snapshot{Entries: []planner.Entry{bad}}, nil); planner.KindOf(err) != planner.Invalid {
		t.Fatalf("invalid snapshot: %v", err)
	}
	sameFiles(t, before, snapshot(t, dir))
}

func TestDoctorSalvagesAFolderWithoutManifest(t *testing.T) {
	dir := filledFolder(t, 40)
	s := openStore(t, dir)
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03"}, {Code: "DVA-C02"}}); err != nil {
		t.Fatal(err)
	}
	held := planner.History{Earned: []planner.Earned{{Code: "CLF-C02", Date: day("2025-03-01")}}}
	if err := s.SaveHistory(held); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveShownReminders([]string{"renewal/CLF-C02/2028-03-01/180"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Remove(filepath.Join(dir, dbDirName, manifestName))
	before := snapshot(t, dir)

	d, err := Doctor(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Problem, "no MANIFEST") || d.Entries != 40 || d.Targets != 2 {
		t.Fatalf("diagnosis: %+v", d)
	}
	sameFiles(t, before, snapshot(t, dir))

	to := filepath.Join(t.TempDir(), "saved")
	if d, err = Doctor(dir, to); err != nil || d.SalvagedTo != to {
		t.Fatalf("salvage: %+v, %v", d, err)
	}
	sameFiles(t, before, snapshot(t, dir))
	saved := openStore(t, to)
	es, err := saved.Entries(planner.EntryQuery{})
	if err != nil || len(es) != 40 {
		t.Fatalf("salvaged %d entries, %v", len(es), err)
	}
	ts, _ := saved.Targets()
	if len(ts) != 2 {
		t.Fatalf("salvaged targets %v", ts)
	}
	if h, err := saved.History(); err != nil || len(h.Earned) != 1 || h.Earned[0].Code != "CLF-C02" {
		t.Fatalf("salvaged wallet %+v, %v", h, err)
	}
	if shown, err := saved.ShownReminders(); err != nil || len(shown) != 1 {
		t.Fatalf("salvaged shown reminders %v, %v", shown, err)
	}
	// The salvaged folder's totals are rebuilt and agree with its entries.
	totals, err := saved.Totals()
	if err != nil || len(totals) == 0 {
		t.Fatalf("totals after salvage: %v, %v", totals, err)
	}
	// New IDs continue above the salvaged ones.
	e, err := saved.AddEntry(sampleEntry(1))
	if err != nil || e.ID <= es[len(es)-1].ID && e.ID <= 40 {
		t.Fatalf("new entry after salvage: %v, %v", e.ID, err)
	}
}

func TestDoctorReadsUnflushedWrites(t *testing.T) {
	// A kill leaves recent writes only in the memtable log; the salvage
	// must find them there.
	dir := t.TempDir()
	acked := killWriterAfter(t, dir, 40)
	d, err := Doctor(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Entries < len(acked) {
		t.Fatalf("doctor read %d entries, %d were acknowledged (%+v)", d.Entries, len(acked), d)
	}
}

func TestDoctorOnAHealthyFolder(t *testing.T) {
	dir := filledFolder(t, 12)
	before := snapshot(t, dir)
	d, err := Doctor(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Problem != "" || d.Entries != 12 || d.Unusable != 0 {
		t.Fatalf("diagnosis of a healthy folder: %+v", d)
	}
	sameFiles(t, before, snapshot(t, dir))
}

func TestDoctorRefusesAFolderInUse(t *testing.T) {
	dir := t.TempDir()
	openStore(t, dir)
	_, err := Doctor(dir, "")
	wantKind(t, err, planner.Unavailable)
}
