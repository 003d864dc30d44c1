package planner

import "sort"

// DayNote is what a calendar of a plan shows for one day: what is planned,
// whose exam it is, and why no study falls on it.
type DayNote struct {
	Date     Date
	Sessions []Session // the day's sessions, in plan order
	Work     []DayWork // the sessions' hours by certification and kind, in plan order
	Exams    []string  // codes whose exam falls on this day
	Holiday  string    // the public holiday observed, if any
	DayOff   bool      // one of the learner's own days off
}

// DayWork is one certification's planned hours of one kind on one day: a
// calendar cell has room for these, not for every domain's session.
type DayWork struct {
	Code  string
	Kind  SessionKind
	Hours float64
}

// Busy reports whether something is planned on the day: a session or an exam.
func (n DayNote) Busy() bool { return len(n.Sessions) > 0 || len(n.Exams) > 0 }

// DayNotes describes every day from from to to, in date order, for plan p
// made with availability a. When a cannot give a calendar of working days,
// the notes still hold the sessions and exams, without holidays or days
// off, and the error says what is wrong with a.
func DayNotes(p Plan, a Availability, from, to Date) ([]DayNote, error) {
	n, err := newDayNoter(p, a)
	out := make([]DayNote, 0, max(int(to-from)+1, 0))
	for d := from; d <= to; d++ {
		out = append(out, n.note(d))
	}
	return out, err
}

// BusyDays is DayNotes for the days of p with a session or an exam, in date
// order: the rows of an agenda.
func BusyDays(p Plan, a Availability) ([]DayNote, error) {
	n, err := newDayNoter(p, a)
	dates := make([]Date, 0, len(n.sessions)+len(n.exams))
	for d := range n.sessions {
		dates = append(dates, d)
	}
	for d := range n.exams {
		if _, dup := n.sessions[d]; !dup {
			dates = append(dates, d)
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	out := make([]DayNote, len(dates))
	for i, d := range dates {
		out[i] = n.note(d)
	}
	return out, err
}

// dayNoter indexes a plan by day, so that describing a day is a few map
// lookups however long the plan is.
type dayNoter struct {
	sessions map[Date][]Session
	exams    map[Date][]string
	cal      *WorkCalendar // nil: holidays and days off unknown
}

func newDayNoter(p Plan, a Availability) (dayNoter, error) {
	n := dayNoter{sessions: map[Date][]Session{}, exams: map[Date][]string{}}
	for _, s := range p.Sessions {
		n.sessions[s.Date] = append(n.sessions[s.Date], s)
	}
	for _, t := range p.Targets {
		if !t.ExamDate.IsZero() {
			n.exams[t.ExamDate] = append(n.exams[t.ExamDate], t.Code)
		}
	}
	var err error
	n.cal, err = NewWorkCalendar(a)
	return n, err
}

func (n dayNoter) note(d Date) DayNote {
	note := DayNote{Date: d, Sessions: n.sessions[d], Work: dayWork(n.sessions[d]), Exams: n.exams[d]}
	if n.cal != nil {
		info := n.cal.Day(d)
		note.Holiday, note.DayOff = info.Holiday, info.DayOff
	}
	return note
}

// dayWork adds up a day's sessions by certification and kind, keeping the
// order in which the plan has them.
func dayWork(sessions []Session) []DayWork {
	var out []DayWork
	for _, s := range sessions {
		i := 0
		for i < len(out) && (out[i].Code != s.Code || out[i].Kind != s.Kind) {
			i++
		}
		if i == len(out) {
			out = append(out, DayWork{Code: s.Code, Kind: s.Kind})
		}
		out[i].Hours += s.Hours
	}
	return out
}
