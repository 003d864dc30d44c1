package planner

import (
	"fmt"
	"strings"
)

// Pace is how a plan with a booked exam date uses the time up to the exam.
type Pace string

const (
	// Steady spreads the prep evenly over the available days up to the exam.
	Steady Pace = "steady"
	// ASAP packs the prep as early as possible and keeps the final review
	// just before the exam.
	ASAP Pace = "asap"
)

// Paces lists the accepted values in the order a picker shows them.
func Paces() []Pace { return []Pace{Steady, ASAP} }

// ParsePace reads steady or asap (case-insensitive).
func ParsePace(s string) (Pace, error) {
	switch p := Pace(strings.ToLower(strings.TrimSpace(s))); p {
	case Steady, ASAP:
		return p, nil
	}
	return "", Invalidf("pace", "pace %q is not known (accepted: steady, asap)", s)
}

// WeekTimes holds a study start time per weekday, indexed by time.Weekday
// (Sunday = 0), each "HH:MM" (24-hour, local time) or "" for none.
type WeekTimes [7]string

// Validate checks every time; the first problem is an Invalid error.
func (w WeekTimes) Validate() error {
	for wd, t := range w {
		if t == "" {
			continue
		}
		if _, err := parseClock(weekdayNames[wd], t); err != nil {
			return err
		}
	}
	return nil
}

// minutes is the start time of weekday wd in minutes after midnight, and
// whether that weekday has one.
func (w WeekTimes) minutes(wd int) (int, bool) {
	m, err := parseClock("", w[wd])
	return m, w[wd] != "" && err == nil
}

// ParseWeekTimes reads "mon=19:00,sat=09:00": a weekday not named has no time.
func ParseWeekTimes(s string) (WeekTimes, error) {
	var week WeekTimes
	for _, part := range strings.Split(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok {
			return week, Invalidf("at", "time %q: each day needs the form day=HH:MM, such as mon=19:00", part)
		}
		wd := weekdayIndex(name)
		if wd < 0 {
			return week, Invalidf("at", "weekday %q is not known (accepted: mon, tue, wed, thu, fri, sat, sun)", name)
		}
		if week[wd] != "" {
			return week, Invalidf("at", "weekday %q is named twice", name)
		}
		val = strings.TrimSpace(val)
		if _, err := parseClock(name, val); err != nil {
			return week, err
		}
		week[wd] = val
	}
	return week, nil
}

// FormatWeekTimes writes the times in the form ParseWeekTimes reads, Monday
// first, leaving out weekdays without a time.
func FormatWeekTimes(w WeekTimes) string {
	var parts []string
	for i := 1; i <= 7; i++ {
		if wd := i % 7; w[wd] != "" {
			parts = append(parts, weekdayNames[wd]+"="+w[wd])
		}
	}
	return strings.Join(parts, ",")
}

func weekdayIndex(name string) int {
	for i, n := range weekdayNames {
		if n == name {
			return i
		}
	}
	return -1
}

// parseClock reads a strict 24-hour HH:MM into minutes after midnight.
func parseClock(day, s string) (int, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' || !isDigits(s[:2]) || !isDigits(s[3:]) {
		return 0, Invalidf("at", "%s start time %q is not a time of the form HH:MM, such as 19:00", day, s)
	}
	fmt.Sscanf(s, "%d:%d", &h, &m)
	if h > 23 || m > 59 {
		return 0, Invalidf("at", "%s start time %q is not a time of day (00:00 to 23:59)", day, s)
	}
	return h*60 + m, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// clockLabel writes minutes after midnight as HH:MM, wrapping past midnight.
func clockLabel(minutes int) string {
	minutes %= 24 * 60
	return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60)
}
