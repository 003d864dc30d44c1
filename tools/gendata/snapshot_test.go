package main

import (
	"reflect"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

func TestSnapshotIsReproducibleAndValid(t *testing.T) {
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	today := planner.NewDate(2026, 12, 1)
	a, err := newGenerator(cat, 7, today).snapshot(2000)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := newGenerator(cat, 7, today).snapshot(2000)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave two different snapshots")
	}
	c, _ := newGenerator(cat, 8, today).snapshot(2000)
	if reflect.DeepEqual(a.Entries, c.Entries) {
		t.Error("another seed gave the same entries")
	}
	if _, err := a.Validate(); err != nil {
		t.Fatalf("the snapshot would not restore: %v", err)
	}
	if len(a.Entries) != 2000 || len(a.Targets) != 12 || len(a.History.Earned) != 12 || len(a.History.Attempts) != 2 {
		t.Fatalf("%d entries, %d targets, %d held, %d attempts", len(a.Entries), len(a.Targets), len(a.History.Earned), len(a.History.Attempts))
	}
	first, last := a.Entries[0].Date, a.Entries[len(a.Entries)-1].Date
	if first > today.AddDays(-logYears*365+2) || last != today {
		t.Errorf("entries run from %s to %s, want ten years up to %s", first, last, today)
	}
}
