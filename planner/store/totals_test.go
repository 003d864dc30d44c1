package store

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"certplan/planner"
)

// TestTotalsFollowEveryWrite runs a random stream of adds (single, batched
// and larger than a transaction), edits that move entries between days and
// codes, deletes, and a backup-restore, and after each step compares the
// running totals with totals computed from the entries themselves.
func TestTotalsFollowEveryWrite(t *testing.T) {
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
	var ids []uint64
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
	for round := 0; round < 40; round++ {
		switch op := rng.IntN(5); {
		case op == 0 || len(ids) == 0:
			e, err := s.AddEntry(random())
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, e.ID)
		case op == 1:
			batch := make([]planner.Entry, 1+rng.IntN(20))
			for i := range batch {
				batch[i] = random()
			}
			added, err := s.AddEntries(batch)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range added {
				ids = append(ids, e.ID)
			}
		case op == 2:
			e := random()
			e.ID = ids[rng.IntN(len(ids))]
			if err := s.UpdateEntry(e); err != nil {
				t.Fatal(err)
			}
		default:
			i := rng.IntN(len(ids))
			if err := s.DeleteEntry(ids[i]); err != nil {
				t.Fatal(err)
			}
			ids = append(ids[:i], ids[i+1:]...)
		}
		check("round")
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

	var b strings.Builder
	if err := s.Backup(&b); err != nil {
		t.Fatal(err)
	}
	other := openStore(t, "")
	if err := other.Restore(strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
	s = other
	check("restore")
}

// near allows for the totals' micro-hour rounding: a seventh of an hour is
// stored as 142857 micro-hours, so hundreds of them may differ from the
// float sum in the sixth decimal. Logged hours in practice have two.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }
