package store

import (
	"math"
	"math/rand/v2"
	"testing"

	"certplan/planner"
)

// TestTotalsFollowLargeWrites covers the Badger paths that go beyond one
// transaction: a batch add and a ReplaceAll, each followed by a comparison
// of the running totals with totals computed from the entries themselves.
// Every other kind of write is covered by the conformance suite.
func TestTotalsFollowLargeWrites(t *testing.T) {
	s := openStore(t, "")
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
	check := func(step string) {
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
		days, err := s.DailyTotals(day("2024-12-01"), day("2025-12-31"))
		if err != nil {
			t.Fatal(err)
		}
		perDay := map[planner.Date]float64{}
		for _, e := range es {
			perDay[e.Date] += e.Hours
		}
		if len(days) != len(perDay) {
			t.Fatalf("%s: %d daily totals, entries fall on %d days", step, len(days), len(perDay))
		}
		for i, d := range days {
			if i > 0 && days[i-1].Date >= d.Date {
				t.Fatalf("%s: daily totals out of order", step)
			}
			if !near(d.Study+d.Lab, perDay[d.Date]) {
				t.Fatalf("%s: %s total %v, entries sum to %v", step, d.Date, d.Study+d.Lab, perDay[d.Date])
			}
		}
	}
	// A batch larger than one transaction goes the multi-step way.
	big := make([]planner.Entry, 12000)
	for i := range big {
		big[i] = random()
	}
	if _, err := s.AddEntries(big); err != nil {
		t.Fatal(err)
	}
	check("large batch")

	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	other := openStore(t, "")
	if err := other.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	s = other
	check("ReplaceAll")
}

// near allows for the totals' micro-hour rounding: a seventh of an hour is
// stored as 142857 micro-hours, so hundreds of them may differ from the
// float sum in the sixth decimal. Logged hours in practice have two.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }
