package app

import (
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

// planBookedTarget books one exam far enough ahead that the pace matters.
func planBookedTarget(t *testing.T, svc *planner.Service, code string, exam planner.Date) {
	t.Helper()
	if _, err := svc.AddTarget(planner.Target{Code: code, ExamBy: exam}); err != nil {
		t.Fatal(err)
	}
}

func TestPlanPaceSavesAndReshapesABookedPlan(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	exam := planner.NewDate(2027, time.June, 30)
	planBookedTarget(t, svc, "CLF-C02", exam)
	u.planScreen().refresh()
	e := u.planScreen().avail.pace

	if e.pace.Selected != "Steady" || !strings.Contains(e.paceHint.Text, "spread evenly") {
		t.Fatalf("default pace shows %q, hint %q", e.pace.Selected, e.paceHint.Text)
	}
	steadyEnd := lastStudyDay(u.planScreen().plan)

	e.pace.SetSelected("As soon as possible")
	if a := planAvailability(t, svc); a.Pace != planner.ASAP {
		t.Fatalf("saved pace = %q after choosing As soon as possible", a.Pace)
	}
	if !strings.Contains(e.paceHint.Text, "as early as possible") {
		t.Fatalf("hint after choosing asap: %q", e.paceHint.Text)
	}
	tp := u.planScreen().plan.Targets[0]
	if tp.ExamDate != exam {
		t.Fatalf("asap moved the booked exam to %s", tp.ExamDate)
	}
	if lastStudyDay(u.planScreen().plan) >= steadyEnd {
		t.Fatalf("asap study ends %s, steady ended %s: the plan was not recomputed packed", lastStudyDay(u.planScreen().plan), steadyEnd)
	}

	// The calendar marks the booked exam on its day, and only there.
	u.planScreen().calendar.setMonth(exam.MonthStart())
	for i, cell := range u.planScreen().calendar.monthView.cells {
		day := u.planScreen().calendar.cellNotes[i].Date
		if cell.Exam != (day == exam) {
			t.Fatalf("calendar cell %s marks an exam: %v", day, cell.Exam)
		}
	}

	e.pace.SetSelected("Steady")
	if a := planAvailability(t, svc); a.Pace != planner.Steady {
		t.Fatalf("saved pace = %q after choosing Steady", a.Pace)
	}
	if lastStudyDay(u.planScreen().plan) != steadyEnd {
		t.Fatal("going back to Steady did not give the steady plan again")
	}
}

// lastStudyDay is the last day with a study or lab session.
func lastStudyDay(p planner.Plan) planner.Date {
	var last planner.Date
	for _, s := range p.Sessions {
		if s.Kind == planner.StudySession || s.Kind == planner.LabSession {
			last = max(last, s.Date)
		}
	}
	return last
}

func TestPlanStartTimesSaveTimeSessionsAndExplainMistakes(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	e := u.planScreen().avail.pace
	if !strings.HasPrefix(e.timesStated.Text, "No start times") {
		t.Fatalf("without times the screen says %q", e.timesStated.Text)
	}

	planEnter(e.times[time.Monday], "19:00")
	planEnter(e.times[time.Saturday], "09:30")
	a := planAvailability(t, svc)
	if a.StartTimes[time.Monday] != "19:00" || a.StartTimes[time.Saturday] != "09:30" {
		t.Fatalf("saved start times %v", a.StartTimes)
	}
	if got := e.timesStated.Text; got != "Study starts Mon 19:00 · Sat 09:30" {
		t.Fatalf("times shown as %q", got)
	}
	timed := 0
	for _, s := range u.planScreen().plan.Sessions {
		want := a.StartTimes[s.Date.Weekday()]
		if want == "" && s.At != "" {
			t.Fatalf("%s session on %s starts at %s without a time that weekday", s.Code, s.Date, s.At)
		}
		if s.At != "" {
			timed++
		}
	}
	if timed == 0 {
		t.Fatal("no session took the start times")
	}
	var monday planner.DayNote
	days, _ := planner.DayNotes(u.planScreen().plan, a, u.planScreen().plan.Sessions[0].Date, u.planScreen().plan.Sessions[0].Date.AddDays(13))
	for _, d := range days {
		if d.Date.Weekday() == time.Monday && len(d.Sessions) > 0 {
			monday = d
			break
		}
	}
	if lines := planAgendaRowLines(monday); len(lines) == 0 || !strings.HasPrefix(lines[0], "19:00 · ") {
		t.Fatalf("agenda for Monday %s reads %q, want the start time first", monday.Date, lines)
	}

	for _, tc := range []struct{ text, message string }{
		{"7pm", "HH:MM"},
		{"24:00", "00:00 to 23:59"},
		{"9:00", "HH:MM"},
	} {
		planEnter(e.times[time.Wednesday], tc.text)
		planWantMessage(t, e.timesError, tc.message)
		planWantMessage(t, e.timesError, "wed")
		if planAvailability(t, svc).StartTimes[time.Wednesday] != "" {
			t.Fatalf("%q was saved", tc.text)
		}
		if e.times[time.Wednesday].Text != tc.text {
			t.Fatalf("the field lost what was typed: %q", e.times[time.Wednesday].Text)
		}
	}
	// Another weekday saves while Wednesday's problem stays in view.
	planEnter(e.times[time.Tuesday], "18:15")
	planWantMessage(t, e.timesError, "wed")
	if planAvailability(t, svc).StartTimes[time.Tuesday] != "18:15" {
		t.Fatal("a valid Tuesday time was not saved while Wednesday is wrong")
	}
	planEnter(e.times[time.Wednesday], "")
	planWantNoMessage(t, e.timesError)

	// Emptying a field removes that weekday's time.
	planEnter(e.times[time.Monday], "")
	if planAvailability(t, svc).StartTimes[time.Monday] != "" {
		t.Fatal("clearing Monday kept its time")
	}
}

func TestPlanRefusedHoursClearWhenTheSavedValueIsTypedBack(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	c := u.planScreen().avail
	saved := planAvailability(t, svc).Hours[time.Monday]
	planEnter(c.hours[time.Monday], "25")
	planWantMessage(t, c.hoursError, "between 0 and 24")
	planEnter(c.hours[time.Monday], planner.FormatHours(saved))
	planWantNoMessage(t, c.hoursError)
}

// TestPlanBookedExamScreenshot draws the month of a booked exam with its
// final review (README's plan-booked.png): practice exams and review
// sessions before the marked exam day.
func TestPlanBookedExamScreenshot(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	exam := planner.NewDate(2027, time.April, 30)
	planBookedTarget(t, svc, "DVA-C02", exam)
	a := planAvailability(t, svc)
	a.Hours = [7]float64{0, 2, 2, 2, 2, 2, 3}
	a.Country = "US"
	a.StartTimes[time.Saturday] = "09:00"
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	u.planScreen().calendar.setMonth(exam.MonthStart())
	practice := 0
	for i, cell := range u.planScreen().calendar.monthView.cells {
		for _, l := range cell.Lines {
			if strings.HasSuffix(l.Text, "practice exam") && u.planScreen().calendar.cellNotes[i].Date < exam {
				practice++
			}
		}
	}
	if practice == 0 {
		t.Fatal("the exam's month shows no practice exam before it")
	}
	capture(t, w, "plan-booked")
}
