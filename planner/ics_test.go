package planner

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

func TestWriteICS(t *testing.T) {
	p, err := BuildPlan(goldenInputs(t)["three-targets-us-holidays"])
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2026, 5, 17, 20, 30, 0, 0, time.FixedZone("PDT", -7*3600))
	var buf bytes.Buffer
	if err := WriteICS(&buf, p, stamp); err != nil {
		t.Fatal(err)
	}
	out := buf.String()

	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Error("some lines do not end in CRLF")
	}
	for _, want := range []string{"VERSION:2.0\r\n", "PRODID:-//CertPlan//CertPlan study plan//EN\r\n", "DTSTAMP:20260518T033000Z\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("calendar lacks %q", strings.TrimSpace(want))
		}
	}

	c, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	events := c.Events()
	if want := len(p.Sessions) + len(p.Targets); len(events) != want {
		t.Fatalf("%d events; want %d (sessions and exams)", len(events), want)
	}
	uids := map[string]bool{}
	for i, e := range events {
		uid := e.Id()
		if uids[uid] {
			t.Errorf("UID %s repeats", uid)
		}
		uids[uid] = true
		start, err := e.GetAllDayStartAt()
		if err != nil {
			t.Fatalf("%s: %v", uid, err)
		}
		summary := e.GetProperty(ics.ComponentPropertySummary).Value
		var want Date
		var wantSummary string
		if i < len(p.Sessions) {
			s := p.Sessions[i]
			want, wantSummary = s.Date, sessionSummary(s)
		} else {
			tp := p.Targets[i-len(p.Sessions)]
			want, wantSummary = tp.ExamDate, tp.Code+" exam"
		}
		if DateOf(start) != want || summary != wantSummary {
			t.Errorf("event %s on %s %q; want %s %q", uid, DateOf(start), summary, want, wantSummary)
		}
		if stampAt, err := e.GetDtStampTime(); err != nil || !stampAt.Equal(stamp) {
			t.Errorf("event %s DTSTAMP %v, %v; want %v", uid, stampAt, err, stamp)
		}
	}
	first := p.Sessions[0]
	if want := "CLF-C02-study-cloud-concepts-1@certplan"; first.Domain != "Cloud Concepts" || events[0].Id() != want {
		t.Errorf("first UID %s; want %s", events[0].Id(), want)
	}
	if last := events[len(events)-1].Id(); last != "exam-DVA-C02@certplan" {
		t.Errorf("last UID %s; want exam-DVA-C02@certplan", last)
	}
}

// Re-exporting the same plan later must give the same events, so a calendar
// updates them instead of adding copies; only DTSTAMP moves.
func TestWriteICSStableAcrossExports(t *testing.T) {
	p, err := BuildPlan(goldenInputs(t)["replan-with-done"])
	if err != nil {
		t.Fatal(err)
	}
	export := func(stamp time.Time) string {
		var buf bytes.Buffer
		if err := WriteICS(&buf, p, stamp); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	a := export(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
	b := export(time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC))
	if a == b {
		t.Fatal("DTSTAMP did not change")
	}
	if strings.ReplaceAll(a, "20260301T090000Z", "20260308T090000Z") != b {
		t.Error("exports differ in more than DTSTAMP")
	}
}

func TestSessionSummaryAndUID(t *testing.T) {
	d := mustDate(t, "2026-03-02")
	tests := []struct {
		s            Session
		summary, uid string
	}{
		{Session{Date: d, Code: "SAA-C03", Kind: StudySession, Domain: "Design Secure Architectures", Hours: 2},
			"SAA-C03 study: Design Secure Architectures (2 h)", "SAA-C03-study-design-secure-architectures-1@certplan"},
		{Session{Date: d, Code: "CLF-C02", Kind: LabSession, Domain: "Billing, Pricing, and Support", Hours: 0.75},
			"CLF-C02 lab: Billing, Pricing, and Support (0.75 h)", "CLF-C02-lab-billing-pricing-and-support-1@certplan"},
		{Session{Date: d, Code: "SAA-C03", Kind: ReviewSession, Hours: 1.5}, "SAA-C03 review (1.5 h)", "SAA-C03-review-1@certplan"},
		{Session{Date: d, Code: "SAA-C03", Kind: PracticeSession, Hours: 2.25}, "SAA-C03 practice (2.25 h)", "SAA-C03-practice-1@certplan"},
	}
	for _, tc := range tests {
		if got := sessionSummary(tc.s); got != tc.summary {
			t.Errorf("summary %q; want %q", got, tc.summary)
		}
		if got := sessionUIDs([]Session{tc.s})[0]; got != tc.uid {
			t.Errorf("UID %q; want %q", got, tc.uid)
		}
	}
}

// Domain names that slug alike still get distinct UIDs.
func TestWriteICSDistinctUIDsForLookAlikeDomains(t *testing.T) {
	d := mustDate(t, "2026-03-02")
	p := Plan{Sessions: []Session{
		{Date: d, Code: "X", Kind: StudySession, Domain: "A & B", Hours: 1},
		{Date: d, Code: "X", Kind: StudySession, Domain: "A/B", Hours: 1},
	}}
	var buf bytes.Buffer
	if err := WriteICS(&buf, p, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	c, err := ics.ParseCalendar(&buf)
	if err != nil {
		t.Fatal(err)
	}
	es := c.Events()
	if len(es) != 2 || es[0].Id() == es[1].Id() || es[0].Id() != "X-study-a-b-1@certplan" {
		t.Errorf("UIDs %s and %s; want distinct, the first plain", es[0].Id(), es[1].Id())
	}
}

// A re-plan that moves sessions to other days keeps their UIDs, so
// re-importing the calendar moves events instead of duplicating them.
func TestWriteICSUIDsSurviveAReplan(t *testing.T) {
	in := goldenInputs(t)["booked-steady-dva"]
	before, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	in.Start = in.Start.AddDays(14) // two weeks later, nothing logged: every session moves
	after, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	uidDates := func(p Plan) map[string]Date {
		var buf bytes.Buffer
		if err := WriteICS(&buf, p, time.Unix(0, 0)); err != nil {
			t.Fatal(err)
		}
		c, err := ics.ParseCalendar(&buf)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]Date{}
		for _, e := range c.Events() {
			start, err := e.GetAllDayStartAt()
			if err != nil {
				t.Fatal(err)
			}
			out[e.Id()] = DateOf(start)
		}
		return out
	}
	old, moved := uidDates(before), uidDates(after)
	var kept, changed int
	for uid, d := range old {
		if nd, ok := moved[uid]; ok {
			kept++
			if nd != d {
				changed++
			}
		}
	}
	if first := "DVA-C02-study-development-with-aws-services-1@certplan"; old[first] == 0 || moved[first] <= old[first] {
		t.Errorf("%s on %s then %s; want it kept and moved later", first, old[first], moved[first])
	}
	if kept < len(old)*9/10 || changed == 0 {
		t.Errorf("%d of %d UIDs kept across the re-plan, %d of them moved; want nearly all kept and some moved", kept, len(old), changed)
	}
}

// Sessions on a weekday with a start time are timed events (floating local
// time) with a reminder; a second session that day starts when the first
// ends. Exams stay all-day, with a reminder.
func TestWriteICSTimedSessionsAndReminders(t *testing.T) {
	in := goldenInputs(t)["final-review-after-break"]
	in.Availability.StartTimes[5] = "19:30" // Fridays
	p, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteICS(&buf, p, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// 8 January 2027 is a Friday of the final review: a 1.5 h practice exam
	// from 19:30, then revision.
	for _, want := range []string{
		"DTSTART:20270108T193000\r\nDTEND:20270108T210000\r\n",
		"DTSTART:20270108T210000\r\nDTEND:20270108T213000\r\n",
		"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\n",
		"TRIGGER:-PT15H\r\nDESCRIPTION:CLF-C02 exam tomorrow\r\n",
		"DTSTART;VALUE=DATE:20270112\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
	c, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var timed, alarms int
	for i, e := range c.Events() {
		if i >= len(p.Sessions) {
			if len(e.Alarms()) != 1 {
				t.Errorf("exam event %s has %d reminders; want 1", e.Id(), len(e.Alarms()))
			}
			continue
		}
		s := p.Sessions[i]
		if s.Date.Weekday() == time.Friday != (s.At != "") {
			t.Errorf("session %+v: start time %q on a %s", s, s.At, s.Date.Weekday())
		}
		if s.At != "" {
			timed++
			alarms += len(e.Alarms())
		} else if len(e.Alarms()) != 0 {
			t.Errorf("all-day session %s has a reminder", e.Id())
		}
	}
	if timed == 0 || alarms != timed {
		t.Errorf("%d timed sessions with %d reminders; want some, each with one", timed, alarms)
	}
}
