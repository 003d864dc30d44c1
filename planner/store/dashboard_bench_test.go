package store

import (
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// tenYearLog fills a store with n entries: ten years of daily logging
// (20,000 is about 5.5 entries a day) over three certifications, with three
// targets planned, as a long-time learner's data folder looks.
func tenYearLog(b *testing.B, n int) (*planner.Service, time.Time) {
	b.Helper()
	s := openStore(b, "")
	cat, err := catalog.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 18, 0, 0, 0, time.Local)
	today := planner.DateOf(now)
	codes := []string{"SAA-C03", "DVA-C02", "SOA-C03"}
	es := make([]planner.Entry, n)
	for i := range es {
		c, _ := cat.Lookup(codes[i%len(codes)])
		kind := planner.Study
		if i%3 == 0 {
			kind = planner.Lab
		}
		es[i] = planner.Entry{Date: today.AddDays(-(i * 3650 / len(es))), Kind: kind, Code: c.Code, Hours: 0.5 + float64(i%4)*0.25,
			Domain: c.Domains[i%len(c.Domains)].Name, Services: []string{"S3", "Lambda"}, Note: "practice"}
	}
	if _, err := s.AddEntries(es); err != nil {
		b.Fatal(err)
	}
	started := now.AddDate(0, -2, 0)
	svc := planner.NewService(s, cat, func() time.Time { return started })
	for _, code := range []string{"SAP-C02", "DOP-C02", "SCS-C03"} {
		if _, err := svc.AddTarget(planner.Target{Code: code}); err != nil {
			b.Fatal(err)
		}
	}
	if err := svc.SetAvailability(planner.Availability{Hours: [7]float64{4, 2, 2, 2, 2, 1, 4}, Country: "US", LabShare: 0.3}); err != nil {
		b.Fatal(err)
	}
	return planner.NewService(s, cat, func() time.Time { return now }), now
}

// BenchmarkDashboardAt20k is opening the Today screen: every progress
// figure, today's sessions, twelve weeks and a year of history.
func BenchmarkDashboardAt20k(b *testing.B) { benchmarkDashboard(b, 20000) }

// BenchmarkDashboardAt200k is the same with ten times the log: the running
// totals keep it as fast.
func BenchmarkDashboardAt200k(b *testing.B) { benchmarkDashboard(b, 200000) }

func benchmarkDashboard(b *testing.B, n int) {
	svc, _ := tenYearLog(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := svc.Dashboard()
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Progress.Targets) != 3 || len(d.Weeks) != planner.DashboardWeeks {
			b.Fatalf("dashboard has %d targets, %d weeks", len(d.Progress.Targets), len(d.Weeks))
		}
	}
}

// BenchmarkAddEntryAt20k is logging one more entry into a long history,
// synced to disk before it returns.
func BenchmarkAddEntryAt20k(b *testing.B) { benchmarkAddEntry(b, 20000) }

// BenchmarkAddEntryAt200k is the same with ten times the log.
func BenchmarkAddEntryAt200k(b *testing.B) { benchmarkAddEntry(b, 200000) }

func benchmarkAddEntry(b *testing.B, n int) {
	svc, now := tenYearLog(b, n)
	e := planner.Entry{Date: planner.DateOf(now), Kind: planner.Lab, Code: "SAP-C02", Hours: 1, Services: []string{"VPC"}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := svc.AddEntry(e); err != nil {
			b.Fatal(err)
		}
	}
}
