package app

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// Numbers on the Today and Log screens: hours to at most two decimals, so
// sums of quarter hours never show float noise such as 63.499999.

// centRound rounds hours to two decimals.
func centRound(h float64) float64 { return math.Round(h*100) / 100 }

// fmtNumber prints hours without a unit: "2", "1.25".
func fmtNumber(h float64) string { return planner.FormatHours(centRound(h)) }

// fmtHours prints hours with a unit: "2 h", "1.25 h".
func fmtHours(h float64) string { return fmtNumber(h) + " " + lang.L("h") }

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

// chartMonth is a month's short name: "Nov".
func chartMonth(m time.Month) string { return lang.L(m.String()[:3]) }

// entryKindName is how a log entry's kind reads in the interface.
func entryKindName(k planner.EntryKind) string {
	if k == planner.Lab {
		return lang.L("Lab")
	}
	return lang.L("Study")
}
