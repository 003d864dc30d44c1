package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// The plan screen names days the way a person reads them ("Mon 23 Nov 2026")
// while inputs keep YYYY-MM-DD; names go through lang so they can be
// translated with the rest of the interface.

// planWeekdayName is "Mon", "Tue", … for wd.
func planWeekdayName(wd time.Weekday) string { return lang.L(wd.String()[:3]) }

// planMonthName is "Jan", "Feb", … for m.
func planMonthName(m time.Month) string { return lang.L(m.String()[:3]) }

// planMonthTitle is "November 2026".
func planMonthTitle(first planner.Date) string {
	t := first.Time()
	return fmt.Sprintf("%s %d", lang.L(t.Month().String()), t.Year())
}

// planLongDay is "Mon 23 Nov 2026".
func planLongDay(d planner.Date) string {
	t := d.Time()
	return fmt.Sprintf("%s %d %s %d", planWeekdayName(t.Weekday()), t.Day(), planMonthName(t.Month()), t.Year())
}

// planShortDay is "23 Nov", for spans within a summary line.
func planShortDay(d planner.Date) string {
	t := d.Time()
	return fmt.Sprintf("%d %s", t.Day(), planMonthName(t.Month()))
}

// planHours is "1.5 h".
func planHours(h float64) string { return planner.FormatHours(h) + " " + lang.L("h") }

// planCompactHours is "1.5h", for the narrow cells of the month calendar.
func planCompactHours(h float64) string { return planner.FormatHours(h) + lang.L("h") }

// planKindName is the translated name of a kind of session.
func planKindName(k planner.SessionKind) string {
	switch k {
	case planner.LabSession:
		return lang.L("lab")
	case planner.ReviewSession:
		return lang.L("review")
	default:
		return lang.L("study")
	}
}

// planRangeText is a day off or span as a person reads it:
// "Thu 24 Dec 2026", "28 – 31 Dec 2026 (4 days)" or
// "28 Dec 2026 – 3 Jan 2027 (7 days)".
func planRangeText(r planner.DateRange) string {
	if r.From == r.To {
		return planLongDay(r.From)
	}
	from, to := r.From.Time(), r.To.Time()
	days := int(r.To-r.From) + 1
	var first string
	switch {
	case from.Year() != to.Year():
		first = fmt.Sprintf("%s %d", planShortDay(r.From), from.Year())
	case from.Month() != to.Month():
		first = planShortDay(r.From)
	default:
		first = fmt.Sprint(from.Day())
	}
	last := fmt.Sprintf("%s %d", planShortDay(r.To), to.Year())
	return fmt.Sprintf(lang.L("%s – %s (%d days)"), first, last, days)
}

// planMonthStart is the first day of d's month.
func planMonthStart(d planner.Date) planner.Date {
	t := d.Time()
	return planner.NewDate(t.Year(), t.Month(), 1)
}

// planAddMonths is the first day of the month n months after first's.
func planAddMonths(first planner.Date, n int) planner.Date {
	t := first.Time()
	return planner.NewDate(t.Year(), t.Month()+time.Month(n), 1)
}
