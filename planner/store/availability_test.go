package store

import (
	"testing"
	"time"

	"certplan/planner"
)

// TestAvailabilityKeepsPaceAndStartTimes saves every availability setting,
// closes the store and reads them back from disk.
func TestAvailabilityKeepsPaceAndStartTimes(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	a := planner.DefaultAvailability()
	a.Pace = planner.ASAP
	a.StartTimes[time.Monday] = "19:00"
	a.StartTimes[time.Saturday] = "09:30"
	if err := s.SaveAvailability(a); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	got, ok, err := openStore(t, dir).Availability()
	if err != nil || !ok {
		t.Fatalf("read back: ok %v, %v", ok, err)
	}
	if got.Pace != planner.ASAP || got.StartTimes != a.StartTimes {
		t.Fatalf("read back pace %q, times %v; saved %q, %v", got.Pace, got.StartTimes, a.Pace, a.StartTimes)
	}
}
