package planner

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Date is a calendar day with no time zone: the unit of every plan. It counts
// days so that plans do day arithmetic on integers, and its zero value means
// "no date" (day 1 is 0001-01-01), so optional dates need no pointers.
type Date int32

// unixEpochDay is the Date of 1970-01-01.
const unixEpochDay = 719163

const dateLayout = "2006-01-02"

// NewDate returns the Date of a year, month and day; out-of-range values
// normalise the way time.Date does.
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	return Date(u/86400 + unixEpochDay)
}

// MinDate and MaxDate bound every date a learner enters (1900-01-01 and
// 2200-12-31): wide enough for any past practice or future exam, and narrow
// enough that a plan's arithmetic from the latest start (its horizon is 20
// years) stays in four-digit years that calendars and exports can read.
const (
	MinDate Date = 693596
	MaxDate Date = 803533
)

// ParseDate reads a strict YYYY-MM-DD date between MinDate and MaxDate.
func ParseDate(s string) (Date, error) {
	d, err := parseDateText(s)
	if err != nil {
		return 0, err
	}
	return d, ValidateDate("date", d)
}

// parseDateText reads YYYY-MM-DD without the range check.
func parseDateText(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil || len(s) != len(dateLayout) {
		if msg, ok := noSuchDay(s); ok {
			return 0, Invalidf("date", "%s", msg)
		}
		return 0, Invalidf("date", "date %s is not a date of the form YYYY-MM-DD", quoteInput(s))
	}
	return DateOf(t), nil
}

// noSuchDay words a date that has the right form but does not exist
// ("February 2027 has no 30th day"): telling the learner the form is wrong
// when it is not would send them looking in the wrong place.
func noSuchDay(s string) (string, bool) {
	var y, m, d int
	if len(s) != len(dateLayout) || s[4] != '-' || s[7] != '-' {
		return "", false
	}
	if _, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); err != nil || m < 1 || m > 12 || d < 1 {
		if err == nil && (m < 1 || m > 12) {
			return fmt.Sprintf("%s has no month %d (months are 01 to 12)", s, m), true
		}
		return "", false
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d <= last {
		return "", false
	}
	return fmt.Sprintf("%s %d has no %s day (it has %d days)", time.Month(m), y, ordinal(d), last), true
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// ValidateDate refuses a date outside MinDate..MaxDate (the zero Date too;
// callers check optional dates for zero first).
func ValidateDate(field string, d Date) error {
	if d < MinDate || d > MaxDate {
		return Invalidf(field, "dates must be between %s and %s, got %s", MinDate, MaxDate, d.rawString())
	}
	return nil
}

// IsZero reports whether d is the "no date" value.
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-unixEpochDay)*86400, 0).UTC()
}

// Weekday: 0001-01-01 (day 1) was a Monday, so the day number modulo 7 is
// already time.Weekday's numbering.
// The modulo is taken as non-negative so that even a date before day 1
// names a real weekday instead of indexing out of a weekday table.
func (d Date) Weekday() time.Weekday { return time.Weekday((int(d)%7 + 7) % 7) }

// AddDays returns the date n days after d (before, when n is negative). The
// result saturates at the ends of Date's range rather than wrapping round.
func (d Date) AddDays(n int) Date {
	return Date(max(math.MinInt32, min(math.MaxInt32, int64(d)+int64(n))))
}

// Year returns the calendar year of d.
func (d Date) Year() int { return d.Time().Year() }

// Month returns the calendar month of d.
func (d Date) Month() time.Month { return d.Time().Month() }

// Day returns the day of the month of d, 1 to 31.
func (d Date) Day() int { return d.Time().Day() }

// MonthStart returns the first day of d's month.
func (d Date) MonthStart() Date { return d.AddDays(1 - d.Day()) }

// AddMonths returns the same day n months after d (before, when n is
// negative). A day the target month lacks becomes its last day, so
// 31 January plus one month is the end of February, never early March.
func (d Date) AddMonths(n int) Date {
	first := NewDate(d.Year(), d.Month()+time.Month(n), 1)
	return first.AddDays(min(d.Day(), first.MonthEnd().Day()) - 1)
}

// MonthEnd returns the last day of d's month.
func (d Date) MonthEnd() Date {
	return NewDate(d.Year(), d.Month()+1, 1).AddDays(-1)
}

// DaysSinceMonday counts the days from the Monday of d's week to d: 0 on
// Monday, 6 on Sunday. Plans and calendars start their weeks on Monday.
func (d Date) DaysSinceMonday() int { return (int(d.Weekday()) + 6) % 7 }

// WeekStart returns the Monday of d's week (d itself on a Monday).
func (d Date) WeekStart() Date { return d.AddDays(-d.DaysSinceMonday()) }

// WeekStartOn is the first day of d's week when weeks begin on first
// (Sunday in the United States, Monday in most of Europe).
func (d Date) WeekStartOn(first time.Weekday) Date {
	return d.AddDays(-((int(d.Weekday()) - int(first) + 7) % 7))
}

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.rawString()
}

// rawString formats any Date, the zero Date included, for messages about
// dates out of range.
func (d Date) rawString() string { return d.Time().Format(dateLayout) }

// MarshalText writes YYYY-MM-DD, so dates read naturally in JSON and backups.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; an empty string is the zero Date. It does
// not check the range: stored records were checked when they were entered,
// and a record must never become unreadable because the rules tightened.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := parseDateText(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DateRange is an inclusive span of days, such as a holiday away from study.
type DateRange struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// ParseDateRange reads "DATE" (one day) or "DATE..DATE" (inclusive).
func ParseDateRange(s string) (DateRange, error) {
	from, to, isRange := strings.Cut(s, "..")
	a, err := ParseDate(from)
	if err != nil {
		return DateRange{}, err
	}
	if !isRange {
		return DateRange{From: a, To: a}, nil
	}
	b, err := ParseDate(to)
	if err != nil {
		return DateRange{}, err
	}
	r := DateRange{From: a, To: b}
	return r, r.Validate()
}

// Validate rejects ranges that end before they start.
func (r DateRange) Validate() error {
	if r.From.IsZero() || r.To.IsZero() {
		return fmt.Errorf("day off range needs both dates")
	}
	for _, d := range []Date{r.From, r.To} {
		if err := ValidateDate("off", d); err != nil {
			return err
		}
	}
	if r.To < r.From {
		return fmt.Errorf("day off range %s ends before it starts", r)
	}
	return nil
}

// Contains reports whether d falls within the range.
func (r DateRange) Contains(d Date) bool { return d >= r.From && d <= r.To }

// String formats the range the way ParseDateRange reads it.
func (r DateRange) String() string {
	if r.From == r.To {
		return r.From.String()
	}
	return r.From.String() + ".." + r.To.String()
}
