package planner

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"
)

func BenchmarkPlanOneTarget(b *testing.B) {
	in := PlanInput{
		Start:        NewDate(2026, time.January, 5),
		Availability: DefaultAvailability(),
		Targets:      []PlanTarget{{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains}},
	}
	benchmarkPlan(b, in)
}

// BenchmarkPlanTwelveTargets plans every active AWS certification in a row:
// 1,150 hours over nearly two years, with US holidays.
func BenchmarkPlanTwelveTargets(b *testing.B) {
	prep := []struct {
		code  string
		hours float64
	}{
		{"CLF-C02", 30}, {"AIF-C01", 30}, {"SAA-C03", 90}, {"DVA-C02", 80}, {"SOA-C03", 90}, {"DEA-C01", 90},
		{"MLA-C01", 90}, {"SAP-C02", 150}, {"DOP-C02", 130}, {"AIP-C01", 130}, {"ANS-C01", 130}, {"SCS-C03", 110},
	}
	a := DefaultAvailability()
	a.Hours[time.Saturday] = 3
	a.Country = "US"
	in := PlanInput{Start: NewDate(2026, time.January, 5), Availability: a}
	for i, p := range prep {
		t := PlanTarget{Code: p.code, PrepHours: p.hours}
		for d := range 4 + i%3 {
			t.Domains = append(t.Domains, DomainWeight{Name: fmt.Sprintf("%s domain %d", p.code, d+1), Weight: float64(10 + 7*d%11)})
		}
		in.Targets = append(in.Targets, t)
	}
	benchmarkPlan(b, in)
}

func benchmarkPlan(b *testing.B, in PlanInput) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BuildPlan(in); err != nil {
			b.Fatal(err)
		}
	}
}

// The two lookup benchmarks ask about the same three years of days: through
// the per-year cache, and through the library's IsHoliday, which recomputes
// every holiday on each call.
func BenchmarkHolidayLookup(b *testing.B) {
	h, _ := HolidaysFor("US", "")
	first := NewDate(2026, time.January, 1)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		h.Holiday(first.AddDays(i % (3 * 365)))
		i++
	}
}

func BenchmarkHolidayLookupUncached(b *testing.B) {
	c := &cal.Calendar{}
	c.AddHoliday(us.Holidays...)
	first := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.Local)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.IsHoliday(first.AddDate(0, 0, i%(3*365)))
		i++
	}
}
