package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

func TestFmtHours(t *testing.T) {
	tests := []struct {
		h    float64
		want string
	}{
		{4, "4 h"},
		{0.25, "0.25 h"},
		{1.5, "1.5 h"},
		{24.75, "24.75 h"},
		{63.499999999, "63.5 h"}, // a sum of entries, with float noise
		{0.1, "0.1 h"},           // hours logged by hand keep their decimals
		{1.125, "1.13 h"},
		{-0.001, "0 h"}, // never "-0 h"
		{-2.5, "-2.5 h"},
	}
	for _, tt := range tests {
		if got := fmtHours(tt.h); got != tt.want {
			t.Errorf("fmtHours(%v) = %q, want %q", tt.h, got, tt.want)
		}
	}
	if got := fmtNumber(0.25); got != "0.25" {
		t.Errorf("fmtNumber(0.25) = %q", got)
	}
	if got := fmtHoursCompact(1.499999); got != "1.5h" {
		t.Errorf("fmtHoursCompact(1.499999) = %q", got)
	}
}

func TestFmtPercentElapsedAndCountdown(t *testing.T) {
	if got := fmtPercent(0.2849); got != "28%" {
		t.Errorf("fmtPercent(0.2849) = %q", got)
	}
	if got := fmtElapsed(3*time.Hour + 5*time.Minute + 9*time.Second + 900*time.Millisecond); got != "3:05:09" {
		t.Errorf("elapsed %s", got)
	}
	if inDays(0) != "today" || inDays(1) != "tomorrow" || inDays(23) != "in 23 days" {
		t.Error("countdown wording")
	}
}

func TestSessionKindName(t *testing.T) {
	tests := []struct {
		kind planner.SessionKind
		want string
	}{
		{planner.StudySession, "study"},
		{planner.LabSession, "lab"},
		{planner.ReviewSession, "review"},
		{planner.PracticeSession, "practice exam"},
		{"quiz", "quiz"}, // a kind not listed yet reads as itself
	}
	for _, tt := range tests {
		if got := sessionKindName(tt.kind); got != tt.want {
			t.Errorf("sessionKindName(%q) = %q, want %q", tt.kind, got, tt.want)
		}
	}
	if entryKindName(planner.Lab) != "Lab" || entryKindName(planner.Study) != "Study" {
		t.Error("entry kind names")
	}
}

func TestDayAndMonthNames(t *testing.T) {
	if got := weekdayName(time.Monday) + " " + weekdayName(time.Sunday); got != "Mon Sun" {
		t.Errorf("weekday names %q", got)
	}
	if got := monthName(time.November) + " " + monthLongName(time.November); got != "Nov November" {
		t.Errorf("month names %q", got)
	}
	d := planner.NewDate(2026, time.November, 23)
	if got := planLongDay(d); got != "Mon 23 Nov 2026" {
		t.Errorf("planLongDay = %q", got)
	}
	if got := planShortDay(d); got != "23 Nov" {
		t.Errorf("planShortDay = %q", got)
	}
	if got := planMonthTitle(d.MonthStart()); got != "November 2026" {
		t.Errorf("planMonthTitle = %q", got)
	}
}

func TestPlanRangeText(t *testing.T) {
	day := func(y int, m time.Month, d int) planner.Date { return planner.NewDate(y, m, d) }
	tests := []struct {
		r    planner.DateRange
		want string
	}{
		{planner.DateRange{From: day(2026, 12, 24), To: day(2026, 12, 24)}, "Thu 24 Dec 2026"},
		{planner.DateRange{From: day(2026, 12, 28), To: day(2026, 12, 31)}, "28 – 31 Dec 2026 (4 days)"},
		{planner.DateRange{From: day(2026, 11, 30), To: day(2026, 12, 2)}, "30 Nov – 2 Dec 2026 (3 days)"},
		{planner.DateRange{From: day(2026, 12, 28), To: day(2027, 1, 3)}, "28 Dec 2026 – 3 Jan 2027 (7 days)"},
	}
	for _, tt := range tests {
		if got := planRangeText(tt.r); got != tt.want {
			t.Errorf("planRangeText(%s) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestParseOptionalDate(t *testing.T) {
	for _, empty := range []string{"", "   "} {
		if d, err := parseOptionalDate("exam-by", empty); err != nil || !d.IsZero() {
			t.Errorf("parseOptionalDate(%q) = %s, %v; want no date", empty, d, err)
		}
	}
	if d, err := parseOptionalDate("exam-by", " 2026-11-23 "); err != nil || d != planner.NewDate(2026, time.November, 23) {
		t.Errorf("a typed date with spaces: %s, %v", d, err)
	}
	_, err := parseOptionalDate("exam-by", "2026-13-01")
	if planner.KindOf(err) != planner.Invalid || planner.FieldOf(err) != "exam-by" {
		t.Errorf("a wrong date gives %v (kind %v, field %q)", err, planner.KindOf(err), planner.FieldOf(err))
	}
}

func TestSetEnabled(t *testing.T) {
	b := widget.NewButton("", nil)
	setEnabled(b, false)
	if !b.Disabled() {
		t.Error("setEnabled(false) left the button on")
	}
	setEnabled(b, true)
	if b.Disabled() {
		t.Error("setEnabled(true) left the button off")
	}
}
