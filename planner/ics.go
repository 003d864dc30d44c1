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

// WriteICS writes the plan as an RFC 5545 calendar: an all-day event per
// session and per exam. Event UIDs come from what an event is (date, code,
// kind, domain), not from its position, so importing a new export of the
// same plan updates a calendar instead of duplicating it. stamp is DTSTAMP,
// the time of export.
func WriteICS(w io.Writer, p Plan, stamp time.Time) error {
	c := ics.NewCalendar() // VERSION:2.0
	c.SetProductId(icsProductID)
	c.SetXWRCalName("CertPlan study plan")
	uids := map[string]bool{}
	for _, s := range p.Sessions {
		e := allDayEvent(c, uniqueUID(uids, sessionUID(s), s.Domain), s.Date, stamp)
		e.SetSummary(sessionSummary(s))
		// Study blocks fit around other plans that day; they do not mark it busy.
		e.SetTimeTransparency(ics.TransparencyTransparent)
	}
	for _, t := range p.Targets {
		e := allDayEvent(c, uniqueUID(uids, "exam-"+t.Code+"@certplan", t.Code), t.ExamDate, stamp)
		e.SetSummary(oneLine(t.Code + " exam"))
	}
	return c.SerializeTo(w, ics.WithNewLineWindows)
}

func allDayEvent(c *ics.Calendar, uid string, d Date, stamp time.Time) *ics.VEvent {
	e := c.AddEvent(uid)
	e.SetDtStampTime(stamp) // written in UTC
	e.SetAllDayStartAt(d.Time())
	e.SetAllDayEndAt(d.AddDays(1).Time()) // DTEND of an all-day event is exclusive
	return e
}

// sessionUID is <date>-<code>-<kind>[-<domain slug>]@certplan: a plan has at
// most one session per date, code, kind and domain.
func sessionUID(s Session) string {
	uid := s.Date.String() + "-" + s.Code + "-" + string(s.Kind)
	if slug := slugify(s.Domain); slug != "" {
		uid += "-" + slug
	}
	return uid + "@certplan"
}

// uniqueUID keeps UIDs distinct when two domain names slug alike ("A & B",
// "A/B"): the later one gets a suffix from a hash of its exact name, which is
// as stable across exports as the name itself.
func uniqueUID(seen map[string]bool, uid, name string) string {
	if seen[uid] {
		local, _ := strings.CutSuffix(uid, "@certplan")
		uid = fmt.Sprintf("%s-%08x@certplan", local, fnv32a(name))
	}
	seen[uid] = true
	return uid
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
