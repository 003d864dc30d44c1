package planner

import (
	"slices"
	"testing"
)

func TestRemoveDaysOff(t *testing.T) {
	d := func(s string) Date {
		v, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	rg := func(a, b string) DateRange { return DateRange{From: d(a), To: d(b)} }
	xmas := rg("2026-12-24", "2027-01-01")
	easter := rg("2027-03-26", "2027-03-29")
	tests := []struct {
		name    string
		in      []DateRange
		cut     DateRange
		want    []DateRange
		removed int
	}{
		{"a whole range", []DateRange{xmas, easter}, easter, []DateRange{xmas}, 4},
		{"the middle splits it", []DateRange{xmas}, rg("2026-12-31", "2026-12-31"),
			[]DateRange{rg("2026-12-24", "2026-12-30"), rg("2027-01-01", "2027-01-01")}, 1},
		{"the start", []DateRange{xmas}, rg("2026-12-20", "2026-12-25"), []DateRange{rg("2026-12-26", "2027-01-01")}, 2},
		{"across two ranges", []DateRange{xmas, easter}, rg("2027-01-01", "2027-03-26"),
			[]DateRange{rg("2026-12-24", "2026-12-31"), rg("2027-03-27", "2027-03-29")}, 2},
		{"no day off in it", []DateRange{xmas}, rg("2027-02-01", "2027-02-03"), []DateRange{xmas}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, removed := RemoveDaysOff(tt.in, tt.cut)
			if !slices.Equal(got, tt.want) || removed != tt.removed {
				t.Errorf("got %v (%d removed), want %v (%d)", got, removed, tt.want, tt.removed)
			}
		})
	}
}
