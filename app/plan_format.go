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

// shortWeekday is "Mon", "Tue", … for wd.
func shortWeekday(wd time.Weekday) string { return lang.L(wd.String()[:3]) }

// shortMonth is "Jan", "Feb", … for m.
func shortMonth(m time.Month) string { return lang.L(m.String()[:3]) }

// monthTitle is "November 2026".
func monthTitle(first planner.Date) string {
	t := first.Time()
	return fmt.Sprintf("%s %d", lang.L(t.Month().String()), t.Year())
}

// longDay is "Mon 23 Nov 2026".
func longDay(d planner.Date) string {
	t := d.Time()
	return fmt.Sprintf("%s %d %s %d", shortWeekday(t.Weekday()), t.Day(), shortMonth(t.Month()), t.Year())
}

// shortDay is "23 Nov", for spans within a summary line.
func shortDay(d planner.Date) string {
	t := d.Time()
	return fmt.Sprintf("%d %s", t.Day(), shortMonth(t.Month()))
}

// hoursText is "1.5 h".
func hoursText(h float64) string { return planner.FormatHours(h) + " " + lang.L("h") }

// compactHours is "1.5h", for the narrow cells of the month calendar.
func compactHours(h float64) string { return planner.FormatHours(h) + lang.L("h") }

// sessionKindName is the translated name of a kind of session.
func sessionKindName(k planner.SessionKind) string {
	switch k {
	case planner.LabSession:
		return lang.L("lab")
	case planner.ReviewSession:
		return lang.L("review")
	default:
		return lang.L("study")
	}
}

// rangeText is a day off or span as a person reads it: "Thu 24 Dec 2026" or
// "Thu 24 Dec 2026 – Thu 31 Dec 2026 (8 days)".
func rangeText(r planner.DateRange) string {
	if r.From == r.To {
		return longDay(r.From)
	}
	return fmt.Sprintf(lang.L("%s – %s (%d days)"), longDay(r.From), longDay(r.To), int(r.To-r.From)+1)
}

// firstOfMonth is the first day of d's month.
func firstOfMonth(d planner.Date) planner.Date {
	t := d.Time()
	return planner.NewDate(t.Year(), t.Month(), 1)
}

// addMonths is the first day of the month n months after first's.
func addMonths(first planner.Date, n int) planner.Date {
	t := first.Time()
	return planner.NewDate(t.Year(), t.Month()+time.Month(n), 1)
}
