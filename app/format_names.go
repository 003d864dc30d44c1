package app

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// Names of days, months and kinds, each in one place so every screen uses
// the same word and translations cover them all through lang.

// weekdayName is a weekday's short name: "Mon", "Tue", ….
func weekdayName(wd time.Weekday) string { return lang.L(wd.String()[:3]) }

// monthName is a month's short name: "Jan", "Feb", ….
func monthName(m time.Month) string { return lang.L(m.String()[:3]) }

// monthLongName is a month's full name: "November".
func monthLongName(m time.Month) string { return lang.L(m.String()) }

// sessionKindName is how a planned session's kind reads: "study", "lab",
// "review". A kind this list does not know yet shows its own name rather
// than passing for another kind.
func sessionKindName(k planner.SessionKind) string {
	switch k {
	case planner.StudySession:
		return lang.L("study")
	case planner.LabSession:
		return lang.L("lab")
	case planner.ReviewSession:
		return lang.L("review")
	case planner.PracticeSession:
		return lang.L("practice exam")
	default:
		return lang.L(string(k))
	}
}

// entryKindName is how a log entry's kind reads in the interface.
func entryKindName(k planner.EntryKind) string {
	if k == planner.Lab {
		return lang.L("Lab")
	}
	return lang.L("Study")
}
