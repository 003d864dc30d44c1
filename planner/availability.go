package planner

import (
	"sort"
	"strings"
	"time"
)

// Experience scales the catalog's prep-hour estimates to the learner.
type Experience string

const (
	New   Experience = "new"   // new to AWS: x1.5
	Some  Experience = "some"  // some hands-on: x1.0
	Daily Experience = "daily" // works with AWS daily: x0.7
)

// Experiences lists the accepted values in the order a picker shows them.
func Experiences() []Experience { return []Experience{New, Some, Daily} }

// Factor is the multiplier applied to catalog prep hours.
func (e Experience) Factor() float64 {
	switch e {
	case New:
		return 1.5
	case Daily:
		return 0.7
	default:
		return 1.0
	}
}

// ParseExperience reads new, some or daily (case-insensitive).
func ParseExperience(s string) (Experience, error) {
	switch e := Experience(strings.ToLower(s)); e {
	case New, Some, Daily:
		return e, nil
	}
	return "", Invalidf("experience", "experience %q is not known (accepted: new, some, daily)", s)
}

// DefaultLabShare is the share of prep spent on hands-on labs when the
// learner says nothing: community plans suggest about 30%.
const DefaultLabShare = 0.3

// Availability is when and how a learner can study.
type Availability struct {
	// Hours per weekday, indexed by time.Weekday (Sunday = 0).
	Hours      [7]float64  `json:"hours"`
	Country    string      `json:"country,omitempty"` // ISO 3166 alpha-2, upper case; "" = no public holidays
	Region     string      `json:"region,omitempty"`
	DaysOff    []DateRange `json:"days_off,omitempty"`
	Start      Date        `json:"start,omitempty"` // zero: from today
	LabShare   float64     `json:"lab_share"`
	Experience Experience  `json:"experience,omitempty"`
	// Pace is how a plan uses the time up to a booked exam; "" is Steady,
	// as for availability saved before paces existed.
	Pace Pace `json:"pace,omitempty"`
	// StartTimes is when study starts on each weekday; a weekday with a time
	// gets timed calendar events.
	StartTimes WeekTimes `json:"start_times,omitzero"`
}

// DefaultAvailability is two hours on weekdays, weekends free.
func DefaultAvailability() Availability {
	return Availability{
		Hours:      [7]float64{0, 2, 2, 2, 2, 2, 0},
		LabShare:   DefaultLabShare,
		Experience: Some,
	}
}

// Validate checks every field and returns the first problem as an Invalid error.
func (a Availability) Validate() error {
	for wd, h := range a.Hours {
		if err := validDayHours(weekdayNames[wd], h); err != nil {
			return err
		}
	}
	if a.WeeklyHours() == 0 {
		return Invalidf("hours", "at least one weekday needs hours above 0")
	}
	if !(a.LabShare >= 0 && a.LabShare <= 1) { // also rejects NaN
		return Invalidf("lab-share", "lab share must be between 0 and 1, got %s", FormatHours(a.LabShare))
	}
	if a.Experience != "" {
		if _, err := ParseExperience(string(a.Experience)); err != nil {
			return err
		}
	}
	if a.Pace != "" {
		if _, err := ParsePace(string(a.Pace)); err != nil {
			return err
		}
	}
	if err := a.StartTimes.Validate(); err != nil {
		return err
	}
	if a.Country != "" || a.Region != "" {
		if _, err := HolidaysFor(a.Country, a.Region); err != nil {
			return err
		}
	}
	if !a.Start.IsZero() {
		if err := ValidateDate("start", a.Start); err != nil {
			return err
		}
	}
	for _, r := range a.DaysOff {
		if err := r.Validate(); err != nil {
			return Invalidf("off", "%v", err)
		}
	}
	return nil
}

// WeeklyHours is the total of the seven weekdays.
func (a Availability) WeeklyHours() float64 {
	var q quarters
	for _, h := range a.Hours {
		q += toQuarters(h)
	}
	return q.hours()
}

// IsDayOff reports whether d falls in one of the learner's own days off.
func (a Availability) IsDayOff(d Date) bool {
	for _, r := range a.DaysOff {
		if r.Contains(d) {
			return true
		}
	}
	return false
}

// NormalizeDaysOff sorts the ranges and merges overlapping or adjacent ones,
// so the same days off always read and store the same way.
func NormalizeDaysOff(in []DateRange) []DateRange {
	if len(in) == 0 {
		return nil
	}
	rs := append([]DateRange(nil), in...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].From < rs[j].From })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.From <= last.To+1 {
			if r.To > last.To {
				last.To = r.To
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// RemoveDaysOff takes the days of r out of the days off, splitting a range
// that r cuts through. It reports how many days were removed; none means r
// held no day off, which a front end should say rather than do nothing.
func RemoveDaysOff(in []DateRange, r DateRange) (out []DateRange, removed int) {
	for _, d := range in {
		lo, hi := max(d.From, r.From), min(d.To, r.To)
		if lo > hi {
			out = append(out, d)
			continue
		}
		removed += int(hi-lo) + 1
		if d.From < lo {
			out = append(out, DateRange{From: d.From, To: lo - 1})
		}
		if hi < d.To {
			out = append(out, DateRange{From: hi + 1, To: d.To})
		}
	}
	return out, removed
}

var weekdayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// WeekdayName is the three-letter lower-case name ParseWeekHours reads.
func WeekdayName(wd time.Weekday) string { return weekdayNames[wd] }

// ParseWeekHours reads "mon=2,tue=1.5,...". The whole week is replaced: a day
// not named gets 0 hours.
func ParseWeekHours(s string) ([7]float64, error) {
	var week [7]float64
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok {
			return week, Invalidf("hours", "hours %q: each day needs the form day=hours, such as mon=2", part)
		}
		wd := -1
		for i, n := range weekdayNames {
			if n == name {
				wd = i
			}
		}
		if wd < 0 {
			return week, Invalidf("hours", "weekday %q is not known (accepted: mon, tue, wed, thu, fri, sat, sun)", name)
		}
		if seen[name] {
			return week, Invalidf("hours", "weekday %q is named twice", name)
		}
		seen[name] = true
		h, err := ParseHours(name, strings.TrimSpace(val))
		if err != nil {
			return week, err
		}
		if err := validDayHours(name, h); err != nil {
			return week, err
		}
		week[wd] = h
	}
	return week, nil
}

// FormatWeekHours writes hours in the form ParseWeekHours reads, Monday first.
func FormatWeekHours(week [7]float64) string {
	parts := make([]string, 0, 7)
	for i := 1; i <= 7; i++ {
		wd := i % 7
		parts = append(parts, weekdayNames[wd]+"="+FormatHours(week[wd]))
	}
	return strings.Join(parts, ",")
}
