package planner

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

func TestWriteICSWithEvents(t *testing.T) {
	p, err := BuildPlan(goldenInputs(t)["three-targets-us-holidays"])
	if err != nil {
		t.Fatal(err)
	}
	exam := p.Targets[0]
	events := []CalendarEvent{
		{UID: "exam-" + exam.Code + "@certplan", Date: exam.ExamDate.AddDays(3), Summary: "duplicate of the plan's exam", AlarmDaysBefore: 7},
		{UID: "renewal-SAA-C03@certplan", Date: NewDate(2027, 2, 28), Summary: "SAA-C03 expires", Description: "A pass of SAP-C02 renews it.", AlarmDaysBefore: 90},
		{UID: "exam-ANS-C01@certplan", Date: NewDate(2026, 9, 1), Summary: "ANS-C01 exam", AlarmDaysBefore: 7},
	}
	stamp := time.Date(2026, 5, 17, 20, 30, 0, 0, time.UTC)
	write := func() string {
		var buf bytes.Buffer
		if err := WriteICSWithEvents(&buf, p, events, stamp); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	out := write()
	if write() != out {
		t.Fatal("two exports of the same plan and events differ")
	}
	c, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got := c.Events()
	if want := len(p.Sessions) + len(p.Targets) + 2; len(got) != want {
		t.Fatalf("%d events; want %d (the plan's, and two events the plan lacks)", len(got), want)
	}
	byUID := map[string]*ics.VEvent{}
	for _, e := range got {
		if byUID[e.Id()] != nil {
			t.Fatalf("UID %s repeats", e.Id())
		}
		byUID[e.Id()] = e
	}
	if start, _ := byUID["exam-"+exam.Code+"@certplan"].GetAllDayStartAt(); DateOf(start) != exam.ExamDate {
		t.Errorf("the plan's exam event moved to %s; want %s", DateOf(start), exam.ExamDate)
	}
	renewal := byUID["renewal-SAA-C03@certplan"]
	if renewal == nil {
		t.Fatal("no renewal event")
	}
	start, err := renewal.GetAllDayStartAt()
	if err != nil || DateOf(start) != NewDate(2027, 2, 28) {
		t.Errorf("renewal event on %v, %v", start, err)
	}
	if d := renewal.GetProperty(ics.ComponentPropertyDescription); d == nil || d.Value != "A pass of SAP-C02 renews it." {
		t.Errorf("renewal description %v", d)
	}
	alarms := renewal.Alarms()
	if len(alarms) != 1 || alarms[0].GetProperty(ics.ComponentPropertyTrigger).Value != "-P89DT15H" {
		t.Errorf("renewal alarm %v; want one at -P89DT15H (09:00, 90 days before)", alarms)
	}
	if a := byUID["exam-ANS-C01@certplan"].Alarms(); len(a) != 1 || a[0].GetProperty(ics.ComponentPropertyTrigger).Value != "-P6DT15H" {
		t.Errorf("exam alarm %v; want one at -P6DT15H", a)
	}
}

func TestAlarmTrigger(t *testing.T) {
	for days, want := range map[int]string{0: "PT9H", 1: "-PT15H", 2: "-P1DT15H", 90: "-P89DT15H"} {
		if got := alarmTrigger(days); got != want {
			t.Errorf("alarmTrigger(%d) = %s; want %s", days, got, want)
		}
	}
}
