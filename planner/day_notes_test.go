package planner_test

import (
	"slices"
	"testing"

	"certplan/planner"
)

// notesPlan plans 30 h of CLF-C02 and 6 h of a badge from Monday 7 December
// 2026 with US holidays (Christmas on Friday the 25th) and days off from the
// 28th to the 31st.
func notesPlan(t *testing.T) (planner.Plan, planner.Availability) {
	t.Helper()
	a := planner.DefaultAvailability()
	a.Country = "US"
	a.DaysOff = []planner.DateRange{{From: day("2026-12-28"), To: day("2026-12-31")}}
	p, err := planner.BuildPlan(planner.PlanInput{
		Start:        day("2026-12-07"),
		Availability: a,
		Targets: []planner.PlanTarget{
			{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains},
			{Code: "BADGE", PrepHours: 6},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p, a
}

func TestDayNotes(t *testing.T) {
	p, a := notesPlan(t)
	from, to := day("2026-12-01"), day("2027-01-31")
	notes, err := planner.DayNotes(p, a, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != int(to-from)+1 {
		t.Fatalf("%d notes for %d days", len(notes), int(to-from)+1)
	}
	planned := map[planner.Date]float64{}
	for _, s := range p.Sessions {
		planned[s.Date] += s.Hours
	}
	exams := map[planner.Date][]string{}
	for _, tp := range p.Targets {
		exams[tp.ExamDate] = append(exams[tp.ExamDate], tp.Code)
	}
	for i, n := range notes {
		if n.Date != from.AddDays(i) {
			t.Fatalf("note %d is for %s, want %s", i, n.Date, from.AddDays(i))
		}
		var sessions, work float64
		for _, s := range n.Sessions {
			if s.Date != n.Date {
				t.Errorf("%s lists a session of %s", n.Date, s.Date)
			}
			sessions += s.Hours
		}
		for _, w := range n.Work {
			work += w.Hours
		}
		if sessions != planned[n.Date] || work != planned[n.Date] {
			t.Errorf("%s: sessions %v h, work %v h, the plan has %v h", n.Date, sessions, work, planned[n.Date])
		}
		if !slices.Equal(n.Exams, exams[n.Date]) {
			t.Errorf("%s: exams %v, want %v", n.Date, n.Exams, exams[n.Date])
		}
		if n.Busy() != (planned[n.Date] > 0 || len(exams[n.Date]) > 0) {
			t.Errorf("%s: busy %v with %v h and exams %v", n.Date, n.Busy(), planned[n.Date], exams[n.Date])
		}
		off := n.Date >= day("2026-12-28") && n.Date <= day("2026-12-31")
		if n.DayOff != off {
			t.Errorf("%s: day off %v, want %v", n.Date, n.DayOff, off)
		}
		if (n.Holiday != "" || n.DayOff) && len(n.Sessions) > 0 {
			t.Errorf("%s: sessions on %q (day off %v)", n.Date, n.Holiday, n.DayOff)
		}
	}
	christmas := notes[day("2026-12-25")-from]
	if christmas.Holiday != "Christmas Day" {
		t.Errorf("25 December: holiday %q, want Christmas Day", christmas.Holiday)
	}

	// The first day holds CLF-C02's first domain: study, then lab when the
	// study runs out, each kind added up once.
	first := notes[day("2026-12-07")-from]
	if len(first.Work) == 0 || first.Work[0].Code != "CLF-C02" || first.Work[0].Kind != planner.StudySession {
		t.Errorf("7 December work %+v, want CLF-C02 study first", first.Work)
	}
	for i, w := range first.Work {
		for _, o := range first.Work[:i] {
			if o.Code == w.Code && o.Kind == w.Kind {
				t.Errorf("7 December lists %s %s twice", w.Code, w.Kind)
			}
		}
	}
}

func TestDayNotesEmptyRange(t *testing.T) {
	p, a := notesPlan(t)
	notes, err := planner.DayNotes(p, a, day("2026-12-10"), day("2026-12-09"))
	if err != nil || len(notes) != 0 {
		t.Errorf("a range ending before it starts: %d notes, err %v", len(notes), err)
	}
}

// Availability that gives no calendar still leaves the plan's sessions and
// exams to show, with the reason holidays are missing.
func TestDayNotesWithInvalidAvailability(t *testing.T) {
	p, a := notesPlan(t)
	a.Country = "XX"
	notes, err := planner.DayNotes(p, a, day("2026-12-07"), day("2026-12-25"))
	if planner.KindOf(err) != planner.Invalid {
		t.Errorf("country XX: err %v, want kind Invalid", err)
	}
	if len(notes) != 19 || len(notes[0].Sessions) == 0 || notes[18].Holiday != "" {
		t.Errorf("notes without a calendar: %d days, first %+v, last holiday %q", len(notes), notes[0], notes[18].Holiday)
	}
}

func TestBusyDays(t *testing.T) {
	p, a := notesPlan(t)
	busy, err := planner.BusyDays(p, a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[planner.Date]bool{}
	for _, s := range p.Sessions {
		want[s.Date] = true
	}
	for _, tp := range p.Targets {
		want[tp.ExamDate] = true
	}
	if len(busy) != len(want) {
		t.Fatalf("%d busy days, the plan has %d days with sessions or exams", len(busy), len(want))
	}
	all, err := planner.DayNotes(p, a, busy[0].Date, busy[len(busy)-1].Date)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, n := range all {
		if !n.Busy() {
			continue
		}
		if i >= len(busy) || busy[i].Date != n.Date || len(busy[i].Sessions) != len(n.Sessions) || !slices.Equal(busy[i].Exams, n.Exams) {
			t.Fatalf("busy day %d = %+v, want the note of %s", i, busy[i], n.Date)
		}
		i++
	}
}
