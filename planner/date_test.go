package planner

import (
	"strings"
	"testing"
	"time"
)

func TestDateParts(t *testing.T) {
	d := mustDate(t, "2028-02-29")
	if d.Year() != 2028 || d.Month() != time.February || d.Day() != 29 {
		t.Errorf("parts of %s: %d %s %d", d, d.Year(), d.Month(), d.Day())
	}
	if d.Weekday() != time.Tuesday {
		t.Errorf("2028-02-29 is a %s, want Tuesday", d.Weekday())
	}
}

func TestDateMonthStartAndEnd(t *testing.T) {
	tests := []struct{ day, start, end string }{
		{"2026-11-23", "2026-11-01", "2026-11-30"},
		{"2026-12-01", "2026-12-01", "2026-12-31"},
		{"2027-02-14", "2027-02-01", "2027-02-28"},
		{"2028-02-29", "2028-02-01", "2028-02-29"}, // leap year
		{"2026-01-31", "2026-01-01", "2026-01-31"},
	}
	for _, tt := range tests {
		d := mustDate(t, tt.day)
		if got := d.MonthStart().String(); got != tt.start {
			t.Errorf("%s.MonthStart() = %s, want %s", tt.day, got, tt.start)
		}
		if got := d.MonthEnd().String(); got != tt.end {
			t.Errorf("%s.MonthEnd() = %s, want %s", tt.day, got, tt.end)
		}
	}
}

func TestDateAddMonths(t *testing.T) {
	tests := []struct {
		day  string
		n    int
		want string
	}{
		{"2026-11-01", 1, "2026-12-01"},
		{"2026-12-01", 1, "2027-01-01"},   // into the next year
		{"2027-01-01", -1, "2026-12-01"},  // back into the year before
		{"2026-11-15", 0, "2026-11-15"},   // no move
		{"2026-11-15", 14, "2028-01-15"},  // more than a year
		{"2026-11-15", -23, "2024-12-15"}, // more than a year back
		{"2026-01-31", 1, "2026-02-28"},   // February lacks the 31st
		{"2028-01-31", 1, "2028-02-29"},   // leap February
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-05-31", 1, "2026-06-30"},
	}
	for _, tt := range tests {
		if got := mustDate(t, tt.day).AddMonths(tt.n).String(); got != tt.want {
			t.Errorf("%s.AddMonths(%d) = %s, want %s", tt.day, tt.n, got, tt.want)
		}
	}
}

func TestDateWeekStart(t *testing.T) {
	// 2026-11-23 is a Monday; the week runs to Sunday 2026-11-29.
	monday := mustDate(t, "2026-11-23")
	for i := range 7 {
		d := monday.AddDays(i)
		if got := d.DaysSinceMonday(); got != i {
			t.Errorf("%s (%s).DaysSinceMonday() = %d, want %d", d, d.Weekday(), got, i)
		}
		if got := d.WeekStart(); got != monday {
			t.Errorf("%s.WeekStart() = %s, want %s", d, got, monday)
		}
	}
	if got := monday.AddDays(7).WeekStart(); got != monday.AddDays(7) {
		t.Errorf("the next Monday starts its own week, got %s", got)
	}
}

func TestParseDateSaysWhichDayDoesNotExist(t *testing.T) {
	for in, want := range map[string]string{
		"2027-02-30": "February 2027 has no 30th day (it has 28 days)",
		"2028-02-30": "February 2028 has no 30th day (it has 29 days)",
		"2026-04-31": "April 2026 has no 31st day (it has 30 days)",
		"2026-13-01": "2026-13-01 has no month 13 (months are 01 to 12)",
		"2026-1-01":  "is not a date of the form YYYY-MM-DD",
		"tomorrow":   "is not a date of the form YYYY-MM-DD",
	} {
		_, err := ParseDate(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDate(%q) = %v, want %q", in, err, want)
		}
	}
}
