package store

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// fill gives a store one of everything.
func fill(t testing.TB, s *Store, n int) []planner.Entry {
	t.Helper()
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03", PrepHours: 90, ExamBy: day("2025-09-01")}, {Code: "DVA-C02"}}); err != nil {
		t.Fatal(err)
	}
	a := planner.DefaultAvailability()
	a.DaysOff = []planner.DateRange{{From: day("2025-07-01"), To: day("2025-07-14")}}
	a.Start = day("2025-01-01")
	if err := s.SaveAvailability(a); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: planner.Study, Started: time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC), Banked: time.Minute}); err != nil {
		t.Fatal(err)
	}
	es := make([]planner.Entry, n)
	for i := range es {
		es[i] = sampleEntry(i)
	}
	out, err := s.AddEntries(es)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func snapshotOf(t testing.TB, s *Store) planner.Snapshot {
	t.Helper()
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// TestReplaceAllSurvivesReopen: the swapped-in database is the one Open
// finds, and nothing is left beside it.
func TestReplaceAllSurvivesReopen(t *testing.T) {
	a := openStore(t, "")
	entries := fill(t, a, 50)
	if err := a.DeleteEntry(entries[10].ID); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	other := openStore(t, dir)
	if _, err := other.AddEntry(sampleEntry(99)); err != nil { // replaced
		t.Fatal(err)
	}
	if err := other.ReplaceAll(snapshotOf(t, a)); err != nil {
		t.Fatal(err)
	}
	e, err := other.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	other.Close()
	other = openStore(t, dir)
	if err := other.DeleteEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	if got, want := backupText(t, other), backupText(t, a); got != want {
		t.Fatalf("reopened store differs:\n got %.400s\nwant %.400s", got, want)
	}
	for _, name := range []string{oldDirName, restoreDirName} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Fatalf("%s left behind (%v)", name, err)
		}
	}
}

// TestRefusedReplaceAllLeavesNoTrace: an invalid snapshot changes no key and
// leaves no half-built database in the folder.
func TestRefusedReplaceAllLeavesNoTrace(t *testing.T) {
	s := openStore(t, "")
	fill(t, s, 20)
	snap := snapshotOf(t, s)
	before := dump(t, s)
	snap.Entries[len(snap.Entries)-1].Hours = -1
	wantKind(t, s.ReplaceAll(snap), planner.Invalid, "backup entry 20")
	sameDump(t, before, dump(t, s))
	if _, err := os.Stat(filepath.Join(s.dataDir, restoreDirName)); !os.IsNotExist(err) {
		t.Fatalf("a refused ReplaceAll left %s (%v)", restoreDirName, err)
	}
}

// TestRestoreVersion1BackupFile restores a backup file as an earlier
// CertPlan wrote it, through the Service, into a Badger store.
func TestRestoreVersion1BackupFile(t *testing.T) {
	s := openStore(t, "")
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	svc := planner.NewService(s, cat, nil)
	if err := svc.RestoreFromFile(filepath.Join("..", "testdata", "backup-v1.json")); err != nil {
		t.Fatal(err)
	}
	snap := snapshotOf(t, s)
	if got, want := ids(snap.Entries), []uint64{5, 1, 4, 2}; !reflect.DeepEqual(got, want) {
		t.Fatalf("restored entry IDs %v, want %v", got, want)
	}
	if len(snap.Targets) != 2 || snap.Availability == nil || snap.Availability.Country != "GB" || snap.Timer == nil ||
		snap.Timer.Banked != 25*time.Minute {
		t.Fatalf("restored %+v", snap)
	}
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil || e.ID != 6 {
		t.Fatalf("first new entry: ID %d, %v; want 6", e.ID, err)
	}
}

func ids(es []planner.Entry) []uint64 {
	out := []uint64{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

// TestRestoreLargerThanOneTransaction restores a log several times what one
// Badger transaction holds, which the swap through a fresh database makes
// all-or-nothing.
func TestRestoreLargerThanOneTransaction(t *testing.T) {
	const n = 15000
	snap := planner.Snapshot{Entries: make([]planner.Entry, n)}
	for i := range snap.Entries {
		e := sampleEntry(i).Normalized()
		e.ID = uint64(i + 1)
		snap.Entries[i] = e
	}

	s := openStore(t, "")
	requireTooBigForOneTxn(t, s, snap.Entries)
	// First the same snapshot with its last entry broken: nothing changes.
	keep, err := s.AddEntry(sampleEntry(5))
	if err != nil {
		t.Fatal(err)
	}
	bad := snap
	bad.Entries = append([]planner.Entry(nil), snap.Entries...)
	bad.Entries[n-1].Hours = -1
	wantKind(t, s.ReplaceAll(bad), planner.Invalid, "backup entry 15000 (id 15000)")
	if all, _ := s.Entries(planner.EntryQuery{}); len(all) != 1 || all[0].ID != keep.ID {
		t.Fatalf("refused ReplaceAll changed the log: %d entries", len(all))
	}

	start := time.Now()
	if err := s.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	t.Logf("replaced with %d entries in %v", n, time.Since(start).Round(time.Millisecond))
	all, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != n {
		t.Fatalf("%d entries after ReplaceAll, want %d", len(all), n)
	}
	for _, i := range []int{0, n / 2, n - 1} {
		got, err := s.Entry(snap.Entries[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, snap.Entries[i])
	}
	e, err := s.AddEntry(sampleEntry(1))
	if err != nil || e.ID != n+1 {
		t.Fatalf("first entry after ReplaceAll: ID %d, %v; want %d", e.ID, err, n+1)
	}
}

// TestReplaceAllWhileInUse: callers working during a ReplaceAll never meet
// a closed database, and the store keeps working afterwards.
func TestReplaceAllWhileInUse(t *testing.T) {
	src := openStore(t, "")
	fill(t, src, 200)
	snap := snapshotOf(t, src)

	s := openStore(t, "")
	fill(t, s, 5)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.AddEntry(sampleEntry(i)); err != nil {
					t.Errorf("AddEntry during ReplaceAll: %v", err)
					return
				}
				if _, err := s.Entries(planner.EntryQuery{From: day("2025-02-01"), To: day("2025-02-28")}); err != nil {
					t.Errorf("Entries during ReplaceAll: %v", err)
					return
				}
			}
		}(g)
	}
	for i := 0; i < 3; i++ {
		if err := s.ReplaceAll(snap); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if err := s.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	if got, want := backupText(t, s), backupText(t, src); got != want {
		t.Fatal("store differs from the snapshot after the last ReplaceAll")
	}
}
