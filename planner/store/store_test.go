package store

import (
	"bytes"
	"log"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

func TestRoundTripEveryRecordType(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)

	if ts, err := s.Targets(); err != nil || len(ts) != 0 || ts == nil {
		t.Fatalf("Targets on a new store = %v, %v; want an empty list", ts, err)
	}
	if _, ok, err := s.Availability(); ok || err != nil {
		t.Fatalf("Availability on a new store: ok=%v err=%v", ok, err)
	}
	if _, ok, err := s.Timer(); ok || err != nil {
		t.Fatalf("Timer on a new store: ok=%v err=%v", ok, err)
	}

	targets := []planner.Target{
		{Code: " saa-c03 ", PrepHours: 80, ExamBy: day("2025-06-30"), Added: day("2025-01-15")},
		{Code: "DVA-C02"},
	}
	if err := s.SaveTargets(targets); err != nil {
		t.Fatal(err)
	}
	avail := planner.Availability{
		Hours:      [7]float64{0, 2, 2, 1.5, 2, 2, 4},
		DaysOff:    []planner.DateRange{{From: day("2025-08-10"), To: day("2025-08-20")}, {From: day("2025-08-01"), To: day("2025-08-11")}},
		Start:      day("2025-02-01"),
		LabShare:   0.25,
		Experience: planner.New,
	}
	if err := s.SaveAvailability(avail); err != nil {
		t.Fatal(err)
	}
	started := time.Date(2025, 3, 4, 9, 30, 15, 123456789, time.FixedZone("CET", 3600))
	timer := planner.Timer{Code: "saa-c03", Kind: planner.Lab, Domain: "Networking", Started: started, Banked: 25 * time.Minute}
	if err := s.SaveTimer(timer); err != nil {
		t.Fatal(err)
	}
	e, err := s.AddEntry(planner.Entry{Date: day("2025-03-04"), Kind: planner.Study, Code: "saa-c03", Hours: 1.5,
		Domain: " Security ", Services: []string{"IAM", " iam ", "KMS"}, Note: "policies", Link: "https://example.com/x"})
	if err != nil {
		t.Fatal(err)
	}
	if e.ID == 0 || e.Code != "SAA-C03" || !reflect.DeepEqual(e.Services, []string{"IAM", "KMS"}) || e.Domain != "Security" {
		t.Fatalf("AddEntry returned %+v: want an ID and the normalized entry", e)
	}
	bare, err := s.AddEntry(planner.Entry{Date: day("2025-03-05"), Kind: planner.Lab, Code: "DVA-C02", Hours: 2})
	if err != nil {
		t.Fatal(err)
	}

	check := func(s *Store) {
		t.Helper()
		gotT, err := s.Targets()
		if err != nil {
			t.Fatal(err)
		}
		wantT := []planner.Target{{Code: "SAA-C03", PrepHours: 80, ExamBy: day("2025-06-30"), Added: day("2025-01-15")}, {Code: "DVA-C02"}}
		if !reflect.DeepEqual(gotT, wantT) {
			t.Fatalf("Targets = %+v, want %+v", gotT, wantT)
		}
		gotA, ok, err := s.Availability()
		if err != nil || !ok {
			t.Fatalf("Availability: ok=%v err=%v", ok, err)
		}
		wantA := avail
		wantA.DaysOff = []planner.DateRange{{From: day("2025-08-01"), To: day("2025-08-20")}}
		if !reflect.DeepEqual(gotA, wantA) {
			t.Fatalf("Availability = %+v, want %+v", gotA, wantA)
		}
		gotTm, ok, err := s.Timer()
		if err != nil || !ok {
			t.Fatalf("Timer: ok=%v err=%v", ok, err)
		}
		if gotTm.Code != "SAA-C03" || gotTm.Kind != planner.Lab || gotTm.Domain != "Networking" ||
			!gotTm.Started.Equal(started) || gotTm.Banked != 25*time.Minute {
			t.Fatalf("Timer = %+v", gotTm)
		}
		got, err := s.Entry(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, e)
		got, err = s.Entry(bare.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, bare)
	}
	check(s)

	// Close and reopen: everything is still there.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openStore(t, dir)
	check(s2)

	// A paused timer (no start time) round-trips, and ClearTimer removes it.
	if err := s2.SaveTimer(planner.Timer{Code: "DVA-C02", Kind: planner.Study, Banked: time.Hour}); err != nil {
		t.Fatal(err)
	}
	tm, ok, err := s2.Timer()
	if err != nil || !ok || tm.Running() || tm.Banked != time.Hour {
		t.Fatalf("paused timer = %+v ok=%v err=%v", tm, ok, err)
	}
	if err := s2.ClearTimer(); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s2.Timer(); ok || err != nil {
		t.Fatalf("Timer after ClearTimer: ok=%v err=%v", ok, err)
	}
	if err := s2.ClearTimer(); err != nil {
		t.Fatalf("ClearTimer with no timer: %v", err)
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

func TestEntriesByDateRangeInDateOrder(t *testing.T) {
	s := openStore(t, "")
	// Added out of date order, several on one day.
	dates := []string{"2025-03-31", "2025-02-28", "2025-03-01", "2025-03-15", "2025-04-01",
		"2025-03-15", "2025-01-10", "2025-03-01", "2024-12-31", "2025-03-31"}
	var all []planner.Entry
	for i, d := range dates {
		e := sampleEntry(i)
		e.Date = day(d)
		got, err := s.AddEntry(e)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, got)
	}
	sorted := append([]planner.Entry(nil), all...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Date != sorted[j].Date {
			return sorted[i].Date < sorted[j].Date
		}
		return sorted[i].ID < sorted[j].ID
	})
	ids := func(es []planner.Entry) []uint64 {
		out := []uint64{}
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	cases := []planner.EntryQuery{
		{},
		{From: day("2025-03-01"), To: day("2025-03-31")},
		{From: day("2025-03-01")},
		{To: day("2025-02-28")},
		{From: day("2025-03-15"), To: day("2025-03-15")},
		{From: day("2025-05-01")},
		{From: day("2025-04-01"), To: day("2025-03-01")}, // reversed: nothing
		{Code: "saa-c03"},
		{Kind: planner.Lab, From: day("2025-03-01")},
		{Code: "CLF-C02", Kind: planner.Study, To: day("2025-03-31")},
		{To: planner.NewDate(10000, time.January, 1)},   // past the last key: no bound
		{From: planner.NewDate(10000, time.January, 1)}, // nothing can be that late
	}
	for _, q := range cases {
		got, err := s.Entries(q)
		if err != nil {
			t.Fatal(err)
		}
		want := []planner.Entry{}
		for _, e := range sorted {
			if q.Matches(e) && (q.From.IsZero() || q.To.IsZero() || q.From <= q.To) {
				want = append(want, e)
			}
		}
		if !reflect.DeepEqual(ids(got), ids(want)) {
			t.Errorf("Entries(%+v) = %v, want %v", q, ids(got), ids(want))
		}
		for i := range got {
			sameEntry(t, got[i], want[i])
		}
	}
	if got, _ := s.Entries(planner.EntryQuery{From: day("2026-01-01")}); got == nil {
		t.Errorf("Entries with no match returned nil, want an empty list")
	}
}

func TestUpdateEntryMovesDates(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	e, err := s.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.AddEntry(sampleEntry(2))
	if err != nil {
		t.Fatal(err)
	}
	oldDate := e.Date
	e.Date = day("2026-07-04")
	e.Hours = 3
	e.Services = nil
	if err := s.UpdateEntry(e); err != nil {
		t.Fatal(err)
	}
	got, err := s.Entry(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameEntry(t, got, e)
	if es, _ := s.Entries(planner.EntryQuery{From: oldDate, To: oldDate}); len(es) != 0 {
		t.Fatalf("old date still lists %v", es)
	}
	if es, _ := s.Entries(planner.EntryQuery{From: e.Date, To: e.Date}); len(es) != 1 || es[0].ID != e.ID || es[0].Hours != 3 {
		t.Fatalf("new date lists %+v", es)
	}
	// Same date: replaced in place, other entries untouched.
	e.Note = "second pass"
	if err := s.UpdateEntry(e); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Entries(planner.EntryQuery{})
	if len(all) != 2 {
		t.Fatalf("store lists %d entries, want 2", len(all))
	}
	s.Close()
	s = openStore(t, dir)
	got, _ = s.Entry(e.ID)
	sameEntry(t, got, e)
	got, _ = s.Entry(other.ID)
	sameEntry(t, got, other)
}

func TestDeleteAndNotFound(t *testing.T) {
	s := openStore(t, "")
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Entry(e.ID)
	wantKind(t, err, planner.NotFound, "entry "+itoa(e.ID)+" not found")
	wantKind(t, s.DeleteEntry(e.ID), planner.NotFound, "not found")
	wantKind(t, s.DeleteEntry(42), planner.NotFound, "entry 42 not found")
	missing := sampleEntry(3)
	missing.ID = 42
	wantKind(t, s.UpdateEntry(missing), planner.NotFound, "entry 42 not found")
	wantKind(t, s.UpdateEntry(sampleEntry(3)), planner.NotFound, "entry 0 not found")
	if es, _ := s.Entries(planner.EntryQuery{}); len(es) != 0 {
		t.Fatalf("deleted entry still listed: %v", es)
	}
	if d := dump(t, s); d[string(logIDKey(e.ID))] != "" {
		t.Fatalf("index key of a deleted entry remains")
	}
}

func TestInvalidInputWritesNothing(t *testing.T) {
	s := openStore(t, "")
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03"}}); err != nil {
		t.Fatal(err)
	}
	kept, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)

	bad := func(mod func(*planner.Entry)) planner.Entry {
		e := sampleEntry(1)
		mod(&e)
		return e
	}
	badEntries := map[string]planner.Entry{
		"hours":    bad(func(e *planner.Entry) { e.Hours = 25 }),
		"zero":     bad(func(e *planner.Entry) { e.Hours = 0 }),
		"nan":      bad(func(e *planner.Entry) { e.Hours = math.NaN() }),
		"date":     bad(func(e *planner.Entry) { e.Date = 0 }),
		"far date": bad(func(e *planner.Entry) { e.Date = planner.NewDate(10000, 1, 1) }),
		"kind":     bad(func(e *planner.Entry) { e.Kind = "nap" }),
		"code":     bad(func(e *planner.Entry) { e.Code = " " }),
		"link":     bad(func(e *planner.Entry) { e.Link = "ftp://x" }),
		"services": bad(func(e *planner.Entry) { e.Services = []string{"EC2", " "} }),
	}
	for name, e := range badEntries {
		t.Log(name)
		_, err := s.AddEntry(e)
		wantKind(t, err, planner.Invalid)
		e.ID = kept.ID
		wantKind(t, s.UpdateEntry(e), planner.Invalid)
		_, err = s.AddEntries([]planner.Entry{sampleEntry(5), sampleEntry(6), e})
		wantKind(t, err, planner.Invalid, "entry 3")
		if t.Failed() {
			t.Fatalf("case %s", name)
		}
	}
	wantKind(t, s.SaveTargets([]planner.Target{{Code: ""}}), planner.Invalid)
	wantKind(t, s.SaveTargets([]planner.Target{{Code: "SAA-C03"}, {Code: "saa-c03"}}), planner.Invalid, "twice")
	wantKind(t, s.SaveTargets([]planner.Target{{Code: "SAA-C03", PrepHours: -1}}), planner.Invalid)
	wantKind(t, s.SaveAvailability(planner.Availability{}), planner.Invalid)
	wantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 25}}), planner.Invalid)
	wantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 2}, LabShare: math.NaN()}), planner.Invalid)
	wantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 2}, LabShare: 2}), planner.Invalid)
	wantKind(t, s.SaveTimer(planner.Timer{Kind: planner.Study}), planner.Invalid)
	wantKind(t, s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: "nap"}), planner.Invalid)
	wantKind(t, s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: planner.Study, Banked: -time.Second}), planner.Invalid)

	sameDump(t, before, dump(t, s))
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
	wantKind(t, s.Restore(strings.NewReader(`{"format":"certplan-backup","version":1}`)), planner.Other, "closed")
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

func itoa(id uint64) string { return strconv.FormatUint(id, 10) }
