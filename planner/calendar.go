package planner

import "sort"

// WorkCalendar answers "how many hours can the learner study on day d, and
// why not": the learner's week, less public holidays and personal days off.
// Safe for concurrent use.
type WorkCalendar struct {
	week     [7]quarters
	holidays *Holidays   // nil: no public holidays
	daysOff  []DateRange // sorted and merged, for binary search
}

// NewWorkCalendar checks a and resolves its country's holidays.
func NewWorkCalendar(a Availability) (*WorkCalendar, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	holidays, err := HolidaysFor(a.Country, a.Region)
	if err != nil {
		return nil, err
	}
	c := &WorkCalendar{holidays: holidays, daysOff: NormalizeDaysOff(a.DaysOff)}
	for wd, h := range a.Hours {
		c.week[wd] = toQuarters(h)
	}
	return c, nil
}

// DayInfo describes one day of the calendar.
type DayInfo struct {
	Date    Date
	Hours   float64 // study hours available: 0 on holidays and days off
	Holiday string  // the public holiday observed that day, if any
	DayOff  bool    // one of the learner's own days off
}

// Day explains d: its hours and, when they are withheld, the reason.
func (c *WorkCalendar) Day(d Date) DayInfo {
	info := DayInfo{Date: d, DayOff: c.isDayOff(d)}
	info.Holiday, _ = c.holidays.Holiday(d)
	if !info.DayOff && info.Holiday == "" {
		info.Hours = c.week[d.Weekday()].hours()
	}
	return info
}

// HoursOn is the number of hours the learner can study on d.
func (c *WorkCalendar) HoursOn(d Date) float64 { return c.quartersOn(d).hours() }

// quartersOn is HoursOn in quarter hours, checking the cheapest reason first:
// most days are ruled out by the week alone.
func (c *WorkCalendar) quartersOn(d Date) quarters {
	q := c.week[d.Weekday()]
	if q == 0 || c.isDayOff(d) {
		return 0
	}
	if _, holiday := c.holidays.Holiday(d); holiday {
		return 0
	}
	return q
}

func (c *WorkCalendar) isDayOff(d Date) bool {
	i := sort.Search(len(c.daysOff), func(i int) bool { return c.daysOff[i].To >= d })
	return i < len(c.daysOff) && c.daysOff[i].From <= d
}
