package app

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

func TestPlanMonthNavigation(t *testing.T) {
	u, _, _ := newPlanTestUI(t)
	p := u.planScreen().calendar
	if p.title.Text != "November 2026" {
		t.Fatalf("opens on %q, want the month of today", p.title.Text)
	}
	test.Tap(p.next)
	test.Tap(p.next)
	if p.title.Text != "January 2027" {
		t.Fatalf("two months on: %q", p.title.Text)
	}
	test.Tap(p.prev)
	test.Tap(p.prev)
	test.Tap(p.prev)
	if p.title.Text != "October 2026" {
		t.Fatalf("three months back: %q", p.title.Text)
	}
	test.Tap(p.toToday)
	if p.title.Text != "November 2026" {
		t.Fatalf("Today shows %q", p.title.Text)
	}
	// Weeks start on Monday: November 2026 starts on a Sunday.
	if first := planCellDates(p)[0]; first != planner.NewDate(2026, 10, 26) || len(planCellDates(p)) != 42 {
		t.Fatalf("grid starts %s with %d days", first, len(planCellDates(p)))
	}
	today := planCell(t, p, planner.NewDate(2026, 11, 23))
	if !today.Today || today.Exam || today.Shaded {
		t.Fatalf("today's cell = %+v", today)
	}
}

func TestPlanCalendarShowsSessionsHolidaysDaysOffAndExams(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	p := u.planScreen().calendar
	plan := u.planScreen().plan
	test.Tap(p.next)
	if p.title.Text != "December 2026" {
		t.Fatalf("title = %q", p.title.Text)
	}

	christmas := planCell(t, p, planner.NewDate(2026, 12, 25))
	if !christmas.Shaded || christmas.Lines[0].Text != "Christmas Day" || len(christmas.Lines) != 1 {
		t.Fatalf("Christmas Day (US) cell = %+v", christmas)
	}
	for d := planner.NewDate(2026, 12, 28); d <= planner.NewDate(2026, 12, 31); d++ {
		off := planCell(t, p, d)
		if !off.Shaded || len(off.Lines) != 1 || off.Lines[0].Text != "Day off" {
			t.Fatalf("day off %s cell = %+v", d, off)
		}
	}
	exam := plan.Targets[0].ExamDate
	if exam != planner.NewDate(2026, 12, 9) {
		t.Fatalf("CLF-C02 exam on %s; the test expects 2026-12-09", exam)
	}
	examCell := planCell(t, p, exam)
	if !examCell.Exam || examCell.Lines[0].Text != "CLF-C02 exam" {
		t.Fatalf("exam day cell = %+v", examCell)
	}

	// Every other day shows the plan's sessions: each certification in bold,
	// then its hours by kind, adding up to the day's planned hours.
	for i, d := range planCellDates(p) {
		if d == exam || d == planner.NewDate(2026, 12, 25) ||
			d >= planner.NewDate(2026, 12, 28) && d <= planner.NewDate(2026, 12, 31) {
			continue
		}
		var codes []string
		var hours float64
		for _, s := range plan.Sessions {
			if s.Date == d {
				if !slices.Contains(codes, s.Code) {
					codes = append(codes, s.Code)
				}
				hours += s.Hours
			}
		}
		var gotCodes []string
		var gotHours float64
		for _, l := range p.monthView.cells[i].Lines {
			if l.Color != "" { // a holiday's name
				continue
			}
			if l.Bold {
				gotCodes = append(gotCodes, l.Text)
				continue
			}
			var h float64
			var kind string
			if _, err := fmt.Sscanf(l.Text, "%gh %s", &h, &kind); err != nil {
				t.Fatalf("%s: line %q is not hours and a kind", d, l.Text)
			}
			gotHours += h
		}
		if !slices.Equal(gotCodes, codes) || gotHours != hours {
			t.Fatalf("%s shows %v with %v h; the plan has %v with %v h", d, gotCodes, gotHours, codes, hours)
		}
		if d.Weekday() == time.Sunday && hours != 0 {
			t.Fatalf("Sunday %s has no hours but has sessions", d)
		}
	}
}

func TestPlanAgendaListsEveryBusyDay(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	p := u.planScreen().calendar
	plan := u.planScreen().plan

	busy := map[planner.Date]bool{}
	for _, s := range plan.Sessions {
		busy[s.Date] = true
	}
	for _, tp := range plan.Targets {
		busy[tp.ExamDate] = true
	}
	if got := p.agenda.list.Length(); got != len(busy) {
		t.Fatalf("agenda has %d rows, the plan has %d days with sessions or exams", got, len(busy))
	}

	test.Tap(p.showAgenda)
	if p.monthView.Visible() || !p.agenda.box.Visible() || p.nav.Visible() {
		t.Fatal("Agenda did not replace the month")
	}
	test.Tap(p.showMonth)
	if !p.monthView.Visible() || p.agenda.box.Visible() {
		t.Fatal("Month did not come back")
	}

	// Tapping a day opens the agenda at that day.
	i := slices.Index(planCellDates(p), planner.NewDate(2026, 11, 27))
	g := newMonthGeometry(p.monthView.Size(), len(planCellDates(p))/7, p.monthView.Theme())
	test.TapAt(p.monthView, g.cellPos(i).AddXY(g.cellSize.Width/2, g.cellSize.Height/2))
	if !p.agenda.box.Visible() {
		t.Fatal("tapping a busy day did not open the agenda")
	}
	row := slices.IndexFunc(p.agenda.days, func(d planner.DayNote) bool { return d.Date == planner.NewDate(2026, 11, 27) })
	if row < 0 {
		t.Fatal("27 Nov is not in the agenda")
	}
	lines := planAgendaRowLines(p.agenda.days[row])
	if len(lines) == 0 || lines[0][:7] != "CLF-C02" {
		t.Fatalf("agenda lines for 27 Nov = %v", lines)
	}
	examRow := slices.IndexFunc(p.agenda.days, func(d planner.DayNote) bool { return d.Date == plan.Targets[0].ExamDate })
	if examRow < 0 || planAgendaRowLines(p.agenda.days[examRow])[0] != "CLF-C02 exam" {
		t.Fatalf("the agenda does not list the CLF-C02 exam on %s", plan.Targets[0].ExamDate)
	}
	if len(p.agenda.days[0].Sessions) == 0 || p.agenda.days[0].Date != planner.NewDate(2026, 11, 23) {
		t.Fatalf("the agenda starts on %s, not today", p.agenda.days[0].Date)
	}
}

func planCell(t *testing.T, p *planCalendar, d planner.Date) monthCell {
	t.Helper()
	i := slices.Index(planCellDates(p), d)
	if i < 0 {
		t.Fatalf("%s is not in the month shown (%s)", d, p.title.Text)
	}
	return p.monthView.cells[i]
}

// planCellDates is the day of each cell of the month shown.
func planCellDates(p *planCalendar) []planner.Date {
	dates := make([]planner.Date, len(p.cellNotes))
	for i, n := range p.cellNotes {
		dates[i] = n.Date
	}
	return dates
}
