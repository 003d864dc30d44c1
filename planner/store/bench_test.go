package store

import (
	"testing"
	"time"

	"certplan/planner"
)

// BenchmarkAddEntry measures one logged entry as the app stores it: one
// transaction, synced to disk before AddEntry returns.
func BenchmarkAddEntry(b *testing.B) {
	s := openStore(b, "")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.AddEntry(sampleEntry(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEntriesMonthAt20k queries one month of a 20,000-entry log
// spread over about two years, as the log screen does.
func BenchmarkEntriesMonthAt20k(b *testing.B) {
	s := openStore(b, "")
	es := make([]planner.Entry, 20000)
	start := planner.NewDate(2024, time.January, 1)
	for i := range es {
		es[i] = sampleEntry(i)
		es[i].Date = start.AddDays(i % 730)
	}
	if _, err := s.AddEntries(es); err != nil {
		b.Fatal(err)
	}
	q := planner.EntryQuery{From: planner.NewDate(2025, time.March, 1), To: planner.NewDate(2025, time.March, 31)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := s.Entries(q)
		if err != nil {
			b.Fatal(err)
		}
		if len(got) == 0 || got[0].Date < q.From || got[len(got)-1].Date > q.To {
			b.Fatalf("month query returned %d entries", len(got))
		}
	}
}
