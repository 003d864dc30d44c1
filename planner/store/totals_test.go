package store

import (
	"math/rand/v2"
	"testing"

	"certplan/planner"
	"certplan/planner/plannertest"
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
	// A batch larger than one transaction goes the multi-step way.
	big := make([]planner.Entry, 12000)
	for i := range big {
		big[i] = random()
	}
	if _, err := s.AddEntries(big); err != nil {
		t.Fatal(err)
	}
	plannertest.CheckTotals(t, s, "large batch")

	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	other := openStore(t, "")
	if err := other.ReplaceAll(snap); err != nil {
		t.Fatal(err)
	}
	s = other
	plannertest.CheckTotals(t, s, "ReplaceAll")
}
