package planner

import "testing"

func TestWorkCalendarDay(t *testing.T) {
	a := DefaultAvailability()
	a.Hours[6] = 3 // Saturday
	a.Country = "us"
	a.DaysOff = []DateRange{
		{From: mustDate(t, "2026-08-10"), To: mustDate(t, "2026-08-14")},
		{From: mustDate(t, "2026-07-03"), To: mustDate(t, "2026-07-03")},
		{From: mustDate(t, "2026-08-12"), To: mustDate(t, "2026-08-17")}, // overlaps the first
	}
	c, err := NewWorkCalendar(a)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date    string
		hours   float64
		holiday string
		dayOff  bool
	}{
		{"2026-07-06", 2, "", false},                // Monday
		{"2026-07-04", 3, "", false},                // Saturday: Independence Day is kept on the Friday
		{"2026-07-05", 0, "", false},                // Sunday: no hours
		{"2026-07-03", 0, "Independence Day", true}, // observed holiday and a day off
		{"2026-09-07", 0, "Labor Day", false},
		{"2026-08-10", 0, "", true},
		{"2026-08-17", 0, "", true}, // end of the merged range
		{"2026-08-18", 2, "", false},
		{"2026-08-09", 0, "", false}, // Sunday before the range
		{"2026-08-08", 3, "", false},
	}
	for _, tc := range tests {
		d := mustDate(t, tc.date)
		want := DayInfo{Date: d, Hours: tc.hours, Holiday: tc.holiday, DayOff: tc.dayOff}
		if got := c.Day(d); got != want {
			t.Errorf("Day(%s) = %+v; want %+v", tc.date, got, want)
		}
		if got := c.HoursOn(d); got != tc.hours {
			t.Errorf("HoursOn(%s) = %v; want %v", tc.date, got, tc.hours)
		}
	}
}

func TestNewWorkCalendarRejectsInvalidAvailability(t *testing.T) {
	tests := map[string]func(a *Availability){
		"no hours":       func(a *Availability) { a.Hours = [7]float64{} },
		"not a quarter":  func(a *Availability) { a.Hours[1] = 1.1 },
		"lab share":      func(a *Availability) { a.LabShare = 1.5 },
		"country":        func(a *Availability) { a.Country = "ZZ" },
		"region":         func(a *Availability) { a.Country, a.Region = "US", "CA" },
		"day off range":  func(a *Availability) { a.DaysOff = []DateRange{{From: 20, To: 10}} },
		"too many hours": func(a *Availability) { a.Hours[3] = 25 },
	}
	for name, breakIt := range tests {
		a := DefaultAvailability()
		breakIt(&a)
		if c, err := NewWorkCalendar(a); err == nil || c != nil || KindOf(err) != Invalid {
			t.Errorf("%s: NewWorkCalendar = %v, %v; want an Invalid error", name, c, err)
		}
	}
}
