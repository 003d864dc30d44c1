package plannertest

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

// StoreConformance checks that a planner.Store behaves as the interface
// promises. open returns a new, empty store that the test may use until it
// ends. Every store the planner can run on passes it: MemStore here, the
// Badger store in planner/store.
func StoreConformance(t *testing.T, open func(t *testing.T) planner.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s planner.Store)
	}{
		{"EmptyStore", conformEmpty},
		{"TargetsAvailabilityTimer", conformSettings},
		{"EntryRoundTrip", conformEntryRoundTrip},
		{"AddEntriesConsecutiveIDs", conformAddEntries},
		{"EntriesQueryOrderAndFilters", conformQueries},
		{"UpdateEntryMovesDates", conformUpdate},
		{"DeleteAndNotFound", conformNotFound},
		{"InvalidWritesChangeNothing", conformInvalidWrites},
		{"TotalsFollowEveryWrite", conformTotals},
		{"SnapshotRoundTrip", func(t *testing.T, s planner.Store) { conformSnapshotRoundTrip(t, s, open(t)) }},
		{"InvalidReplaceAllChangesNothing", conformInvalidReplaceAll},
		{"WalletHistoryAndShownReminders", conformWallet},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open(t)) })
	}
}

func conformEmpty(t *testing.T, s planner.Store) {
	if ts, err := s.Targets(); err != nil || ts == nil || len(ts) != 0 {
		t.Fatalf("Targets on a new store = %#v, %v; want an empty list", ts, err)
	}
	if _, ok, err := s.Availability(); ok || err != nil {
		t.Fatalf("Availability on a new store: ok=%v err=%v", ok, err)
	}
	if _, ok, err := s.Timer(); ok || err != nil {
		t.Fatalf("Timer on a new store: ok=%v err=%v", ok, err)
	}
	if es, err := s.Entries(planner.EntryQuery{}); err != nil || es == nil || len(es) != 0 {
		t.Fatalf("Entries on a new store = %#v, %v; want an empty list", es, err)
	}
	if tot, err := s.Totals(); err != nil || len(tot) != 0 {
		t.Fatalf("Totals on a new store = %v, %v", tot, err)
	}
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Targets) != 0 || snap.Availability != nil || len(snap.Entries) != 0 || snap.Timer != nil ||
		len(snap.History.Earned)+len(snap.History.Extensions)+len(snap.History.Attempts) != 0 || len(snap.ShownReminders) != 0 {
		t.Fatalf("Snapshot of a new store = %+v", snap)
	}
}

func conformSettings(t *testing.T, s planner.Store) {
	if err := s.SaveTargets([]planner.Target{
		{Code: " saa-c03 ", PrepHours: 80, ExamBy: day("2025-06-30"), Added: day("2025-01-15")},
		{Code: "DVA-C02"},
	}); err != nil {
		t.Fatal(err)
	}
	wantT := []planner.Target{{Code: "SAA-C03", PrepHours: 80, ExamBy: day("2025-06-30"), Added: day("2025-01-15")}, {Code: "DVA-C02"}}
	if got, err := s.Targets(); err != nil || !reflect.DeepEqual(got, wantT) {
		t.Fatalf("Targets = %+v, %v; want %+v", got, err, wantT)
	}

	avail := planner.Availability{
		Hours:      [7]float64{0, 2, 2, 1.5, 2, 2, 4},
		Country:    "GB",
		Region:     "ENG",
		DaysOff:    []planner.DateRange{{From: day("2025-08-10"), To: day("2025-08-20")}, {From: day("2025-08-01"), To: day("2025-08-11")}},
		Start:      day("2025-02-01"),
		LabShare:   0.25,
		Experience: planner.New,
	}
	if err := s.SaveAvailability(avail); err != nil {
		t.Fatal(err)
	}
	wantA := avail
	wantA.DaysOff = []planner.DateRange{{From: day("2025-08-01"), To: day("2025-08-20")}} // merged
	if got, ok, err := s.Availability(); err != nil || !ok || !reflect.DeepEqual(got, wantA) {
		t.Fatalf("Availability = %+v ok=%v err=%v; want %+v", got, ok, err, wantA)
	}

	started := time.Date(2025, 3, 4, 9, 30, 15, 123456789, time.FixedZone("CET", 3600))
	if err := s.SaveTimer(planner.Timer{Code: "saa-c03", Kind: planner.Lab, Domain: "Networking", Started: started, Banked: 25 * time.Minute}); err != nil {
		t.Fatal(err)
	}
	tm, ok, err := s.Timer()
	if err != nil || !ok || tm.Code != "SAA-C03" || tm.Kind != planner.Lab || tm.Domain != "Networking" ||
		!tm.Started.Equal(started) || tm.Banked != 25*time.Minute {
		t.Fatalf("Timer = %+v ok=%v err=%v", tm, ok, err)
	}
	// A paused timer (no start time) replaces it; ClearTimer removes it,
	// and clearing again is no error.
	if err := s.SaveTimer(planner.Timer{Code: "DVA-C02", Kind: planner.Study, Banked: time.Hour}); err != nil {
		t.Fatal(err)
	}
	if tm, ok, err := s.Timer(); err != nil || !ok || tm.Running() || tm.Code != "DVA-C02" || tm.Banked != time.Hour {
		t.Fatalf("paused timer = %+v ok=%v err=%v", tm, ok, err)
	}
	for i := 0; i < 2; i++ {
		if err := s.ClearTimer(); err != nil {
			t.Fatalf("ClearTimer #%d: %v", i+1, err)
		}
		if _, ok, err := s.Timer(); ok || err != nil {
			t.Fatalf("Timer after ClearTimer: ok=%v err=%v", ok, err)
		}
	}
}

func conformEntryRoundTrip(t *testing.T, s planner.Store) {
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
	if bare.ID == e.ID {
		t.Fatalf("two entries got ID %d", e.ID)
	}
	for _, want := range []planner.Entry{e, bare} {
		got, err := s.Entry(want.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, want)
	}
}

func conformAddEntries(t *testing.T, s planner.Store) {
	first, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	batch := make([]planner.Entry, 50)
	for i := range batch {
		batch[i] = sampleEntry(i + 1)
	}
	added, err := s.AddEntries(batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != len(batch) {
		t.Fatalf("AddEntries returned %d entries, want %d", len(added), len(batch))
	}
	for i, e := range added {
		if want := first.ID + uint64(i) + 1; e.ID != want {
			t.Fatalf("entry %d of the batch has ID %d, want %d", i+1, e.ID, want)
		}
		got, err := s.Entry(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, e)
	}
	if es, err := s.AddEntries(nil); err != nil || len(es) != 0 {
		t.Fatalf("AddEntries(nil) = %v, %v", es, err)
	}
	if all, _ := s.Entries(planner.EntryQuery{}); len(all) != 51 {
		t.Fatalf("store lists %d entries, want 51", len(all))
	}
}

func conformQueries(t *testing.T, s planner.Store) {
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
		{To: planner.NewDate(10000, time.January, 1)},   // past the last storable day: no bound
		{From: planner.NewDate(10000, time.January, 1)}, // nothing can be that late
	}
	for _, q := range cases {
		got, err := s.Entries(q)
		if err != nil {
			t.Fatal(err)
		}
		if got == nil {
			t.Errorf("Entries(%+v) returned nil, want a list", q)
		}
		want := []planner.Entry{}
		for _, e := range sorted {
			if q.Matches(e) {
				want = append(want, e)
			}
		}
		if !reflect.DeepEqual(ids(got), ids(want)) {
			t.Errorf("Entries(%+v) = %v, want %v", q, ids(got), ids(want))
			continue
		}
		for i := range got {
			sameEntry(t, got[i], want[i])
		}
	}
}

func conformUpdate(t *testing.T, s planner.Store) {
	e, err := s.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.AddEntry(sampleEntry(2))
	if err != nil {
		t.Fatal(err)
	}
	oldDate := e.Date
	e.Date, e.Hours, e.Services, e.Code = day("2026-07-04"), 3, nil, "dva-c02"
	if err := s.UpdateEntry(e); err != nil {
		t.Fatal(err)
	}
	e.Code, e.Services = "DVA-C02", []string{}
	got, err := s.Entry(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameEntry(t, got, e)
	if es, _ := s.Entries(planner.EntryQuery{From: oldDate, To: oldDate}); len(es) != 0 {
		t.Fatalf("old date still lists %v", ids(es))
	}
	if es, _ := s.Entries(planner.EntryQuery{From: e.Date, To: e.Date}); len(es) != 1 || es[0].ID != e.ID || es[0].Hours != 3 {
		t.Fatalf("new date lists %+v", es)
	}
	// Same date: replaced in place, the other entry untouched.
	e.Note = "second pass"
	if err := s.UpdateEntry(e); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Entries(planner.EntryQuery{}); len(all) != 2 {
		t.Fatalf("store lists %d entries, want 2", len(all))
	}
	got, _ = s.Entry(e.ID)
	sameEntry(t, got, e)
	got, _ = s.Entry(other.ID)
	sameEntry(t, got, other)
}

func conformNotFound(t *testing.T, s planner.Store) {
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Entry(e.ID)
	WantKind(t, err, planner.NotFound, "not found")
	WantKind(t, s.DeleteEntry(e.ID), planner.NotFound, "not found")
	WantKind(t, s.DeleteEntry(42), planner.NotFound, "entry 42 not found")
	missing := sampleEntry(3)
	missing.ID = 42
	WantKind(t, s.UpdateEntry(missing), planner.NotFound, "entry 42 not found")
	WantKind(t, s.UpdateEntry(sampleEntry(3)), planner.NotFound, "entry 0 not found")
	if es, _ := s.Entries(planner.EntryQuery{}); len(es) != 0 {
		t.Fatalf("deleted entry still listed: %v", ids(es))
	}
	if tot, _ := s.Totals(); len(tot) != 0 {
		t.Fatalf("totals after deleting the only entry = %v", tot)
	}
}

func conformInvalidWrites(t *testing.T, s planner.Store) {
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveAvailability(planner.DefaultAvailability()); err != nil {
		t.Fatal(err)
	}
	kept, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	before := mustSnapshot(t, s)

	bad := func(mod func(*planner.Entry)) planner.Entry {
		e := sampleEntry(1)
		mod(&e)
		return e
	}
	badEntries := map[string]planner.Entry{
		"hours":    bad(func(e *planner.Entry) { e.Hours = 25 }),
		"zero":     bad(func(e *planner.Entry) { e.Hours = 0 }),
		"nan":      bad(func(e *planner.Entry) { e.Hours = math.NaN() }),
		"infinite": bad(func(e *planner.Entry) { e.Hours = math.Inf(1) }),
		"date":     bad(func(e *planner.Entry) { e.Date = 0 }),
		"far date": bad(func(e *planner.Entry) { e.Date = planner.NewDate(10000, 1, 1) }),
		"kind":     bad(func(e *planner.Entry) { e.Kind = "nap" }),
		"code":     bad(func(e *planner.Entry) { e.Code = " " }),
		"link":     bad(func(e *planner.Entry) { e.Link = "ftp://x" }),
	}
	for name, e := range badEntries {
		_, err := s.AddEntry(e)
		WantKind(t, err, planner.Invalid)
		e.ID = kept.ID
		WantKind(t, s.UpdateEntry(e), planner.Invalid)
		_, err = s.AddEntries([]planner.Entry{sampleEntry(5), sampleEntry(6), e})
		WantKind(t, err, planner.Invalid)
		if t.Failed() {
			t.Fatalf("case %s", name)
		}
	}
	WantKind(t, s.SaveTargets([]planner.Target{{Code: ""}}), planner.Invalid)
	WantKind(t, s.SaveTargets([]planner.Target{{Code: "SAA-C03"}, {Code: "saa-c03"}}), planner.Invalid, "twice")
	WantKind(t, s.SaveTargets([]planner.Target{{Code: "SAA-C03", PrepHours: -1}}), planner.Invalid)
	WantKind(t, s.SaveAvailability(planner.Availability{}), planner.Invalid)
	WantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 25}}), planner.Invalid)
	WantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 2}, LabShare: math.NaN()}), planner.Invalid)
	WantKind(t, s.SaveAvailability(planner.Availability{Hours: [7]float64{0, 2}, LabShare: 2}), planner.Invalid)
	WantKind(t, s.SaveTimer(planner.Timer{Kind: planner.Study}), planner.Invalid)
	WantKind(t, s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: "nap"}), planner.Invalid)
	WantKind(t, s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: planner.Study, Banked: -time.Second}), planner.Invalid)

	sameSnapshot(t, mustSnapshot(t, s), before)
}

// conformTotals runs a random stream of adds (single and batched), edits
// that move entries between days and codes, deletes, and a ReplaceAll, and
// after each step compares the running totals with totals computed from
// the entries themselves.
func conformTotals(t *testing.T, s planner.Store) {
	rng := rand.New(rand.NewPCG(7, 11))
	codes := []string{"SAA-C03", "DVA-C02", "CLF-C02"}
	domains := []string{"", "Security", "Deployment"}
	random := func() planner.Entry {
		kind := planner.Study
		if rng.IntN(3) == 0 {
			kind = planner.Lab
		}
		return planner.Entry{Date: day("2025-01-01").AddDays(rng.IntN(90)), Kind: kind, Code: codes[rng.IntN(3)],
			Hours: float64(1+rng.IntN(40)) / 7, Domain: domains[rng.IntN(3)]} // sevenths: no exact float sums
	}
	var live []uint64
	for round := 0; round < 40; round++ {
		switch op := rng.IntN(5); {
		case op == 0 || len(live) == 0:
			e, err := s.AddEntry(random())
			if err != nil {
				t.Fatal(err)
			}
			live = append(live, e.ID)
		case op == 1:
			batch := make([]planner.Entry, 1+rng.IntN(20))
			for i := range batch {
				batch[i] = random()
			}
			added, err := s.AddEntries(batch)
			if err != nil {
				t.Fatal(err)
			}
			live = append(live, ids(added)...)
		case op == 2:
			e := random()
			e.ID = live[rng.IntN(len(live))]
			if err := s.UpdateEntry(e); err != nil {
				t.Fatal(err)
			}
		default:
			i := rng.IntN(len(live))
			if err := s.DeleteEntry(live[i]); err != nil {
				t.Fatal(err)
			}
			live = append(live[:i], live[i+1:]...)
		}
		CheckTotals(t, s, "round")
	}
	snap := mustSnapshot(t, s)
	snap.Entries = snap.Entries[:len(snap.Entries)/2]
	if err := s.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	CheckTotals(t, s, "ReplaceAll")
}

// CheckTotals compares a store's Totals and DailyTotals (from 2024-12-01 to
// 2025-12-31, where the suite's entries fall) with sums of its entries.
// Store packages use it for their own large-write paths.
func CheckTotals(t *testing.T, s planner.Store, step string) {
	t.Helper()
	es, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := planner.SumDone(es)
	got, err := s.Totals()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%s: totals for %d codes, entries have %d", step, len(got), len(want))
	}
	for code, w := range want {
		g := got[code]
		if !near(g.Study, w.Study) || !near(g.Lab, w.Lab) {
			t.Fatalf("%s: %s totals %+v, entries sum to %+v", step, code, g, w)
		}
		for name, h := range w.ByDomain {
			if !near(g.ByDomain[name], h) {
				t.Fatalf("%s: %s domain %q total %v, entries sum to %v", step, code, name, g.ByDomain[name], h)
			}
		}
	}
	from, to := day("2024-12-01"), day("2025-12-31")
	days, err := s.DailyTotals(from, to)
	if err != nil {
		t.Fatal(err)
	}
	study, lab := map[planner.Date]float64{}, map[planner.Date]float64{}
	for _, e := range es {
		if e.Kind == planner.Lab {
			lab[e.Date] += e.Hours
		} else {
			study[e.Date] += e.Hours
		}
	}
	seen := 0
	for i, d := range days {
		if i > 0 && days[i-1].Date >= d.Date {
			t.Fatalf("%s: daily totals out of order", step)
		}
		if d.Date < from || d.Date > to {
			t.Fatalf("%s: daily total for %s is outside [%s, %s]", step, d.Date, from, to)
		}
		if !near(d.Study, study[d.Date]) || !near(d.Lab, lab[d.Date]) {
			t.Fatalf("%s: %s totals %v study %v lab, entries sum to %v and %v", step, d.Date, d.Study, d.Lab, study[d.Date], lab[d.Date])
		}
		seen++
	}
	days2 := map[planner.Date]bool{}
	for _, e := range es {
		days2[e.Date] = true
	}
	if seen != len(days2) {
		t.Fatalf("%s: %d daily totals, entries fall on %d days", step, seen, len(days2))
	}
}

// fill gives s one of everything and returns the entries it added.
func fill(t *testing.T, s planner.Store, n int) []planner.Entry {
	t.Helper()
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03", PrepHours: 90, ExamBy: day("2025-09-01"), Added: day("2025-01-02")}, {Code: "DVA-C02"}}); err != nil {
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
	fillWallet(t, s)
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

func conformSnapshotRoundTrip(t *testing.T, src, dst planner.Store) {
	entries := fill(t, src, 30)
	if err := src.DeleteEntry(entries[10].ID); err != nil {
		t.Fatal(err)
	}
	snap := mustSnapshot(t, src)
	if len(snap.Entries) != 29 || snap.Availability == nil || snap.Timer == nil || len(snap.Targets) != 2 ||
		!reflect.DeepEqual(snap.History, wantHistory()) || len(snap.ShownReminders) != 1 {
		t.Fatalf("snapshot misses records: %d entries, availability %v, timer %v, %d targets, history %+v, shown %v",
			len(snap.Entries), snap.Availability, snap.Timer, len(snap.Targets), snap.History, snap.ShownReminders)
	}
	for i := 1; i < len(snap.Entries); i++ {
		a, b := snap.Entries[i-1], snap.Entries[i]
		if a.Date > b.Date || (a.Date == b.Date && a.ID >= b.ID) {
			t.Fatalf("snapshot entries out of order at %d: %v then %v", i, a.ID, b.ID)
		}
	}

	fill(t, dst, 3) // replaced whole
	if err := dst.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, mustSnapshot(t, dst), snap)
	CheckTotals(t, dst, "after ReplaceAll")
	// IDs are kept, and new ones continue above the highest restored ID.
	last := entries[len(entries)-1]
	got, err := dst.Entry(last.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameEntry(t, got, last)
	e, err := dst.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID <= last.ID {
		t.Fatalf("new ID %d after ReplaceAll is not above %d", e.ID, last.ID)
	}

	// An empty snapshot empties the store.
	if err := dst.ReplaceAll(planner.Snapshot{}); err != nil {
		t.Fatal(err)
	}
	conformEmpty(t, dst)
}

func conformInvalidReplaceAll(t *testing.T, s planner.Store) {
	fill(t, s, 20)
	good := mustSnapshot(t, s)
	edit := func(mod func(*planner.Snapshot)) planner.Snapshot {
		c := good
		c.Targets = append([]planner.Target(nil), good.Targets...)
		c.Entries = append([]planner.Entry(nil), good.Entries...)
		a, tm := *good.Availability, *good.Timer
		c.Availability, c.Timer = &a, &tm
		mod(&c)
		return c
	}
	last := len(good.Entries) - 1
	cases := []struct {
		name  string
		snap  planner.Snapshot
		parts []string
	}{
		{"last entry invalid", edit(func(s *planner.Snapshot) { s.Entries[last].Hours = 25 }), []string{"backup entry 20 (id", "hours"}},
		{"last entry bad kind", edit(func(s *planner.Snapshot) { s.Entries[last].Kind = "nap" }), []string{"backup entry 20"}},
		{"last entry far date", edit(func(s *planner.Snapshot) { s.Entries[last].Date = planner.NewDate(10000, 1, 1) }), []string{"backup entry 20"}},
		{"duplicate id", edit(func(s *planner.Snapshot) { s.Entries[last].ID = s.Entries[0].ID }), []string{"appears twice"}},
		{"missing id", edit(func(s *planner.Snapshot) { s.Entries[last].ID = 0 }), []string{"backup entry 20 has no id"}},
		{"bad availability", edit(func(s *planner.Snapshot) { s.Availability.LabShare = 3 }), []string{"backup availability"}},
		{"bad target", edit(func(s *planner.Snapshot) { s.Targets[1].Code = "" }), []string{"backup targets"}},
		{"duplicate target", edit(func(s *planner.Snapshot) { s.Targets[1].Code = "saa-c03" }), []string{"backup targets", "twice"}},
		{"bad timer", edit(func(s *planner.Snapshot) { s.Timer.Kind = "nap" }), []string{"backup timer"}},
		{"bad attempt", edit(func(s *planner.Snapshot) {
			s.History.Attempts = append([]planner.Attempt{}, s.History.Attempts...)
			s.History.Attempts[1].Score = -1
		}), []string{"backup history", "attempt 2"}},
		{"bad shown reminder", edit(func(s *planner.Snapshot) { s.ShownReminders = []string{"bad\nkey"} }), []string{"backup shown reminders"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			WantKind(t, s.ReplaceAll(c.snap), planner.Invalid, c.parts...)
			sameSnapshot(t, mustSnapshot(t, s), good)
		})
	}
	// The unedited snapshot is accepted, so the refusals were about the edits.
	if err := s.ReplaceAll(good); err != nil {
		t.Fatalf("unedited snapshot: %v", err)
	}
	sameSnapshot(t, mustSnapshot(t, s), good)
}

func mustSnapshot(t *testing.T, s planner.Store) planner.Snapshot {
	t.Helper()
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// sameSnapshot compares two snapshots' records; Schema says where a
// snapshot came from, not what it holds, and times compare as instants.
func sameSnapshot(t *testing.T, got, want planner.Snapshot) {
	t.Helper()
	if !reflect.DeepEqual(got.Targets, want.Targets) {
		t.Fatalf("targets = %+v, want %+v", got.Targets, want.Targets)
	}
	if !reflect.DeepEqual(got.Availability, want.Availability) {
		t.Fatalf("availability = %+v, want %+v", got.Availability, want.Availability)
	}
	if (got.Timer == nil) != (want.Timer == nil) {
		t.Fatalf("timer = %+v, want %+v", got.Timer, want.Timer)
	}
	if got.Timer != nil {
		g, w := *got.Timer, *want.Timer
		if !g.Started.Equal(w.Started) {
			t.Fatalf("timer started %v, want %v", g.Started, w.Started)
		}
		g.Started, w.Started = time.Time{}, time.Time{}
		if g != w {
			t.Fatalf("timer = %+v, want %+v", g, w)
		}
	}
	sameWallet(t, got, want)
	if len(got.Entries) != len(want.Entries) {
		t.Fatalf("%d entries, want %d", len(got.Entries), len(want.Entries))
	}
	for i := range got.Entries {
		sameEntry(t, got.Entries[i], want.Entries[i])
	}
}

func sameEntry(t *testing.T, got, want planner.Entry) {
	t.Helper()
	if got.ID != want.ID || !got.SameContent(want) {
		t.Fatalf("entry mismatch:\n got %+v\nwant %+v", got, want)
	}
	if got.Services == nil {
		t.Fatalf("entry %d: Services is nil, want an empty list", got.ID)
	}
}

// WantKind fails unless err is a planner error of kind k whose message
// contains every one of parts. Store packages use it in their own tests.
func WantKind(t testing.TB, err error, k planner.ErrorKind, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want kind %d", k)
	}
	var pe *planner.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %q (%T) is not a *planner.Error", err, err)
	}
	if got := planner.KindOf(err); got != k {
		t.Fatalf("error %q has kind %d, want %d", err, got, k)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("error %q does not mention %q", err, p)
		}
	}
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

func ids(es []planner.Entry) []uint64 {
	out := []uint64{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func day(s string) planner.Date {
	d, err := planner.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// near allows for running totals kept in micro-hours: a seventh of an hour
// may differ from the float sum in the sixth decimal.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }
