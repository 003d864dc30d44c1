package app

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// Every number of hours on every screen goes through fmtNumber, so the same
// figure reads the same on Today, Plan, Log and Catalog. It rounds to two
// decimals: a quarter hour, the unit of plans, prints exactly ("1.25",
// "4"), hours logged by hand keep their own decimals ("1.1"), and sums of
// many entries never show float noise such as 63.499999.
//
// Inputs are different: a field being edited shows planner.FormatHours of
// the stored value, exact, so that saving it again changes nothing.

// roundHours rounds hours to two decimals. It never returns -0, which would
// print as "-0".
func roundHours(h float64) float64 {
	r := math.Round(h*100) / 100
	if r == 0 {
		return 0
	}
	return r
}

// fmtNumber prints hours without a unit: "2", "1.25".
func fmtNumber(h float64) string { return planner.FormatHours(roundHours(h)) }

// fmtHours prints hours with a unit: "2 h", "1.25 h".
func fmtHours(h float64) string { return fmtNumber(h) + " " + lang.L("h") }

// fmtHoursCompact prints hours with a unit and no space, "1.5h", for the
// narrow cells of the month calendar.
func fmtHoursCompact(h float64) string { return fmtNumber(h) + lang.L("h") }

// fmtPercent prints a share between 0 and 1 as a whole percentage: "23%".
func fmtPercent(share float64) string { return strconv.Itoa(int(math.Round(share*100))) + "%" }

// fmtElapsed prints a stopwatch reading: "0:05:09", "12:00:00".
func fmtElapsed(d time.Duration) string {
	d = d.Truncate(time.Second)
	h := int(d / time.Hour)
	m := int(d % time.Hour / time.Minute)
	s := int(d % time.Minute / time.Second)
	return fmt.Sprintf("%d:%02d:%02d", h, m, s)
}

// inDays says how far off a day is: "today", "tomorrow", "in 23 days".
func inDays(n int) string {
	switch n {
	case 0:
		return lang.L("today")
	case 1:
		return lang.L("tomorrow")
	}
	return fmt.Sprintf(lang.L("in %d days"), n)
}
