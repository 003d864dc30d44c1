package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// The plan screen names days the way a person reads them ("Mon 23 Nov 2026")
// while inputs keep YYYY-MM-DD; names go through lang so they can be
// translated with the rest of the interface.

// planMonthTitle is "November 2026".
func planMonthTitle(first planner.Date) string {
	return fmt.Sprintf("%s %d", monthLongName(first.Month()), first.Year())
}

// planLongDay is "Mon 23 Nov 2026".
func planLongDay(d planner.Date) string {
	return fmt.Sprintf("%s %d %s %d", weekdayName(d.Weekday()), d.Day(), monthName(d.Month()), d.Year())
}

// planShortDay is "23 Nov", for spans within a summary line.
func planShortDay(d planner.Date) string {
	return fmt.Sprintf("%d %s", d.Day(), monthName(d.Month()))
}

// planRangeText is a day off or span as a person reads it:
// "Thu 24 Dec 2026", "28 – 31 Dec 2026 (4 days)" or
// "28 Dec 2026 – 3 Jan 2027 (7 days)".
func planRangeText(r planner.DateRange) string {
	if r.From == r.To {
		return planLongDay(r.From)
	}
	days := int(r.To-r.From) + 1
	var first string
	switch {
	case r.From.Year() != r.To.Year():
		first = fmt.Sprintf("%s %d", planShortDay(r.From), r.From.Year())
	case r.From.Month() != r.To.Month():
		first = planShortDay(r.From)
	default:
		first = fmt.Sprint(r.From.Day())
	}
	last := fmt.Sprintf("%s %d", planShortDay(r.To), r.To.Year())
	return fmt.Sprintf(lang.L("%s – %s (%d days)"), first, last, days)
}
