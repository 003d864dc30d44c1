package planner

import (
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"
)

// icsProductID names CertPlan as the calendar's producer (RFC 5545 PRODID).
const icsProductID = "-//CertPlan//CertPlan study plan//EN"

// WriteICS writes the plan as an RFC 5545 calendar: an event per session,
// timed when the session has a start time (floating local time, so it stays
// at 19:00 wherever the learner is) and all-day otherwise, and an all-day
// event per exam. Timed sessions and exams carry a reminder.
//
// A session's UID names its target, kind, domain and its rank among the
// sessions with those three (the third SAA-C03 lab on Design Secure
// Architectures), never its date, so importing a re-plan moves events
// instead of leaving the old ones behind. stamp is DTSTAMP, the time of
// export.
func WriteICS(w io.Writer, p Plan, stamp time.Time) error {
	return planCalendar(p, stamp).SerializeTo(w, ics.WithNewLineWindows)
}

// planCalendar is the calendar WriteICS writes, for writers that add events.
func planCalendar(p Plan, stamp time.Time) *ics.Calendar {
	c := ics.NewCalendar() // VERSION:2.0
	c.SetProductId(icsProductID)
	c.SetXWRCalName("CertPlan study plan")
	uids := sessionUIDs(p.Sessions)
	for i, s := range p.Sessions {
		e := c.AddEvent(uids[i])
		e.SetDtStampTime(stamp) // written in UTC
		if start, ok := sessionStart(s); ok {
			e.SetProperty(ics.ComponentPropertyDtStart, start.Format(icsLocalTime))
			e.SetProperty(ics.ComponentPropertyDtEnd, start.Add(time.Duration(s.Hours*float64(time.Hour))).Format(icsLocalTime))
			addReminder(e, sessionReminder, sessionSummary(s))
		} else {
			setAllDay(e, s.Date)
		}
		e.SetSummary(sessionSummary(s))
		// Study blocks fit around other plans that day; they do not mark it busy.
		e.SetTimeTransparency(ics.TransparencyTransparent)
	}
	for _, t := range p.Targets {
		e := c.AddEvent("exam-" + t.Code + "@certplan")
		e.SetDtStampTime(stamp)
		setAllDay(e, t.ExamDate)
		e.SetSummary(oneLine(t.Code + " exam"))
		addReminder(e, examReminder, t.Code+" exam tomorrow")
	}
	return c
}

// icsLocalTime is a floating date-time: local time with no zone.
const icsLocalTime = "20060102T150405"

// Reminders: a timed session a little before it starts; an exam at 09:00 on
// the day before (an all-day event starts at midnight).
const (
	sessionReminder = "-PT10M"
	examReminder    = "-PT15H"
)

func setAllDay(e *ics.VEvent, d Date) {
	e.SetAllDayStartAt(d.Time())
	e.SetAllDayEndAt(d.AddDays(1).Time()) // DTEND of an all-day event is exclusive
}

func addReminder(e *ics.VEvent, trigger, text string) {
	a := e.AddAlarm()
	a.SetAction(ics.ActionDisplay)
	a.SetTrigger(trigger)
	a.SetProperty(ics.ComponentPropertyDescription, text)
}

// sessionStart is when a session with a start time begins, as a wall-clock
// time in UTC (only its fields are written).
func sessionStart(s Session) (time.Time, bool) {
	m, err := parseClock("", s.At)
	if s.At == "" || err != nil {
		return time.Time{}, false
	}
	return s.Date.Time().Add(time.Duration(m) * time.Minute), true
}

// sessionUIDs names each session <code>-<kind>[-<domain slug>]-<rank>@certplan,
// rank counting from 1 in date order among the sessions of that code, kind
// and domain. Domain names that slug alike ("A & B", "A/B") are told apart
// by a hash of the exact name, as stable as the name itself.
func sessionUIDs(ss []Session) []string {
	type key struct{ code, kind, domain string }
	owner := map[string]string{} // UID stem -> the domain name that has it
	stems := map[key]string{}
	rank := map[key]int{}
	out := make([]string, len(ss))
	for i, s := range ss {
		k := key{s.Code, string(s.Kind), s.Domain}
		stem, ok := stems[k]
		if !ok {
			stem = sessionStem(s)
			if name, taken := owner[stem]; taken && name != s.Domain {
				stem = fmt.Sprintf("%s-%08x", stem, fnv32a(s.Domain))
			}
			owner[stem], stems[k] = s.Domain, stem
		}
		rank[k]++
		out[i] = fmt.Sprintf("%s-%d@certplan", stem, rank[k])
	}
	return out
}

// sessionStem is <code>-<kind>[-<domain slug>].
func sessionStem(s Session) string {
	stem := s.Code + "-" + string(s.Kind)
	if slug := slugify(s.Domain); slug != "" {
		stem += "-" + slug
	}
	return stem
}

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// slugify lower-cases s and joins its letters and digits with single dashes.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// sessionSummary reads like "SAA-C03 study: Design Secure Architectures (2 h)".
func sessionSummary(s Session) string {
	what := s.Code + " " + string(s.Kind)
	if s.Domain != "" {
		what += ": " + s.Domain
	}
	return oneLine(fmt.Sprintf("%s (%s)", what, hoursLabel(s.Hours)))
}

// oneLine replaces control characters with spaces. The calendar library
// escapes line feeds but passes a bare carriage return through, which
// would end the line early and corrupt the file; a summary is one line.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}
