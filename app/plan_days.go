package app

import (
	"sort"

	"certplan/planner"
)

// planDay is everything the calendar and the agenda show for one day.
type planDay struct {
	Date     planner.Date
	Sessions []planner.Session // in plan order
	Exams    []string          // codes whose exam falls on this day
	Holiday  string            // public holiday observed, if any
	DayOff   bool              // one of the learner's own days off
}

// busy reports whether the learner has something planned that day.
func (d planDay) busy() bool { return len(d.Sessions) > 0 || len(d.Exams) > 0 }

// planDaySummary is one certification's work of one kind on one day: the
// calendar shows these instead of every domain's session, which would not fit.
type planDaySummary struct {
	Code  string
	Kind  planner.SessionKind
	Hours float64
}

// summaries adds up the day's sessions by certification and kind, keeping
// the order in which the plan has them.
func (d planDay) summaries() []planDaySummary {
	var out []planDaySummary
	for _, s := range d.Sessions {
		found := false
		for i := range out {
			if out[i].Code == s.Code && out[i].Kind == s.Kind {
				out[i].Hours += s.Hours
				found = true
				break
			}
		}
		if !found {
			out = append(out, planDaySummary{Code: s.Code, Kind: s.Kind, Hours: s.Hours})
		}
	}
	return out
}

// planIndex answers "what happens on day d" for a computed plan, so drawing a
// month is a handful of map lookups however long the plan is.
type planIndex struct {
	sessions map[planner.Date][]planner.Session
	exams    map[planner.Date][]string
	cal      *planner.WorkCalendar // nil: holidays and days off unknown
}

func newPlanIndex(p planner.Plan, cal *planner.WorkCalendar) planIndex {
	ix := planIndex{
		sessions: map[planner.Date][]planner.Session{},
		exams:    map[planner.Date][]string{},
		cal:      cal,
	}
	for _, s := range p.Sessions {
		ix.sessions[s.Date] = append(ix.sessions[s.Date], s)
	}
	for _, t := range p.Targets {
		if !t.ExamDate.IsZero() {
			ix.exams[t.ExamDate] = append(ix.exams[t.ExamDate], t.Code)
		}
	}
	return ix
}

// day describes d.
func (ix planIndex) day(d planner.Date) planDay {
	pd := planDay{Date: d, Sessions: ix.sessions[d], Exams: ix.exams[d]}
	if ix.cal != nil {
		info := ix.cal.Day(d)
		pd.Holiday, pd.DayOff = info.Holiday, info.DayOff
	}
	return pd
}

// busyDays lists, in date order, every day with a session or an exam: the
// rows of the agenda.
func (ix planIndex) busyDays() []planDay {
	dates := make([]planner.Date, 0, len(ix.sessions)+len(ix.exams))
	for d := range ix.sessions {
		dates = append(dates, d)
	}
	for d := range ix.exams {
		if _, dup := ix.sessions[d]; !dup {
			dates = append(dates, d)
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	out := make([]planDay, len(dates))
	for i, d := range dates {
		out[i] = ix.day(d)
	}
	return out
}
