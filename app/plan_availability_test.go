package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

func TestPlanWeekdayHoursSaveAndRecompute(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	c := u.planScreen().avail

	planEnter(c.hours[time.Sunday], "1.5")
	a := planAvailability(t, svc)
	if a.Hours[time.Sunday] != 1.5 {
		t.Fatalf("Sunday hours = %v after typing 1.5", a.Hours[time.Sunday])
	}
	sunday := false
	for _, s := range u.planScreen().plan.Sessions {
		sunday = sunday || s.Date.Weekday() == time.Sunday
	}
	if !sunday {
		t.Fatal("the plan was not recomputed with Sunday hours")
	}
	if got := c.weekTotal.Text; got != "15.5 h a week" {
		t.Fatalf("week total = %q", got)
	}

	// An empty field means no hours that day.
	planEnter(c.hours[time.Sunday], "")
	if a := planAvailability(t, svc); a.Hours[time.Sunday] != 0 || c.hours[time.Sunday].Text != "0" {
		t.Fatalf("Sunday after clearing: saved %v, shown %q", a.Hours[time.Sunday], c.hours[time.Sunday].Text)
	}
}

func TestPlanBadWeekdayHoursAreExplainedAndNotSaved(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	c := u.planScreen().avail
	before := planAvailability(t, svc)

	for _, tc := range []struct{ text, message string }{
		{"25", "between 0 and 24"},
		{"-1", "between 0 and 24"},
		{"1.3", "multiple of 0.25"},
		{"abc", "not a number"},
	} {
		planEnter(c.hours[time.Monday], tc.text)
		planWantMessage(t, c.hoursError, tc.message)
		if after := planAvailability(t, svc); after.Hours != before.Hours {
			t.Fatalf("%q saved hours %v", tc.text, after.Hours)
		}
		if c.hours[time.Monday].Text != tc.text {
			t.Fatalf("the field lost what was typed: %q", c.hours[time.Monday].Text)
		}
	}

	// Fixing another day keeps Monday's problem in view.
	planEnter(c.hours[time.Tuesday], "3")
	planWantMessage(t, c.hoursError, "mon")
	if planAvailability(t, svc).Hours[time.Tuesday] != 3 {
		t.Fatal("a valid Tuesday was not saved while Monday is wrong")
	}
	planEnter(c.hours[time.Monday], "2.25")
	planWantNoMessage(t, c.hoursError)

	// A week with no hours at all cannot be planned.
	for _, wd := range planWeekOrder {
		planEnter(c.hours[wd], "0")
	}
	planWantMessage(t, c.hoursError, "at least one weekday")
	if planAvailability(t, svc).WeeklyHours() == 0 {
		t.Fatal("a week without hours was saved")
	}
}

func TestPlanFieldsCommitWhenFocusMovesOn(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	c := u.planScreen().avail
	w.Canvas().Focus(c.hours[time.Wednesday])
	c.hours[time.Wednesday].SetText("")
	test.Type(c.hours[time.Wednesday], "4")
	w.Canvas().FocusNext()
	if got := planAvailability(t, svc).Hours[time.Wednesday]; got != 4 {
		t.Fatalf("Wednesday = %v after tabbing away from 4", got)
	}
	if w.Canvas().Focused() != c.hours[time.Thursday] {
		t.Fatal("Tab did not move to Thursday's hours")
	}
}

func TestPlanLabShareAndExperience(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	c := u.planScreen().avail

	for _, bad := range []string{"1.5", "-0.1", "lots"} {
		planEnter(c.labShare, bad)
		planWantMessage(t, c.labError, "lab share")
		if got := planAvailability(t, svc).LabShare; got != planner.DefaultLabShare {
			t.Fatalf("lab share %q saved as %v", bad, got)
		}
	}
	planEnter(c.labShare, "0.5")
	planWantNoMessage(t, c.labError)
	if got := planAvailability(t, svc).LabShare; got != 0.5 {
		t.Fatalf("lab share = %v", got)
	}
	var lab float64
	for _, s := range u.planScreen().plan.Sessions {
		if s.Kind == planner.LabSession {
			lab += s.Hours
		}
	}
	if lab < 44.5 || lab > 45.5 {
		t.Fatalf("lab hours = %v, want half of 90", lab)
	}

	c.experience.SetSelectedIndex(0) // new to AWS
	if got := planAvailability(t, svc).Experience; got != planner.New {
		t.Fatalf("experience = %q", got)
	}
	if got := u.planScreen().targets.order[0].prep.PlaceHolder; got != "135 (default)" {
		t.Fatalf("prep placeholder = %q after choosing new to AWS", got)
	}
}

func TestPlanCountryAndRegion(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	h := u.planScreen().avail.holidays
	if h.country.Selected != "No public holidays" || h.region.Visible() {
		t.Fatalf("default: country %q, region shown %v", h.country.Selected, h.region.Visible())
	}

	h.country.SetSelected("United States")
	if a := planAvailability(t, svc); a.Country != "US" || a.Region != "" {
		t.Fatalf("after choosing the US: %q/%q", a.Country, a.Region)
	}
	if h.region.Visible() {
		t.Fatal("the US has one list of holidays, yet a region is offered")
	}

	h.country.SetSelected("Germany")
	if !h.region.Visible() || h.region.Selected != "Whole country" {
		t.Fatalf("Germany: region shown %v, selected %q", h.region.Visible(), h.region.Selected)
	}
	h.region.SetSelected("Bavaria")
	if a := planAvailability(t, svc); a.Country != "DE" || a.Region != "BY" {
		t.Fatalf("after choosing Bavaria: %q/%q", a.Country, a.Region)
	}

	h.country.SetSelected("No public holidays")
	if a := planAvailability(t, svc); a.Country != "" || a.Region != "" || h.region.Visible() {
		t.Fatalf("after no holidays: %q/%q, region shown %v", a.Country, a.Region, h.region.Visible())
	}
}

func TestPlanDaysOff(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	d := u.planScreen().avail.daysOff

	d.entry.SetText("2026-12-24..2026-12-31")
	test.Tap(d.add)
	want := planner.DateRange{From: planner.NewDate(2026, 12, 24), To: planner.NewDate(2026, 12, 31)}
	if got := planAvailability(t, svc).DaysOff; len(got) != 1 || got[0] != want {
		t.Fatalf("days off = %v", got)
	}
	if d.entry.Text != "" || len(d.list.Objects) != 1 {
		t.Fatalf("after adding: entry %q, %d rows", d.entry.Text, len(d.list.Objects))
	}

	for _, tc := range []struct{ text, message string }{
		{"2026-12-31..2026-12-24", "ends before it starts"},
		{"2026-13-01", "has no month 13"},
		{"next week", "YYYY-MM-DD"},
	} {
		d.entry.SetText(tc.text)
		d.entry.OnSubmitted(tc.text)
		planWantMessage(t, d.message, tc.message)
		if got := planAvailability(t, svc).DaysOff; len(got) != 1 {
			t.Fatalf("%q changed the days off to %v", tc.text, got)
		}
	}

	// One day, touching the range: the planner merges them.
	d.entry.SetText("2027-01-01")
	test.Tap(d.add)
	planWantNoMessage(t, d.message)
	if got := planAvailability(t, svc).DaysOff; len(got) != 1 || got[0].To != planner.NewDate(2027, 1, 1) {
		t.Fatalf("days off after adding the next day = %v", got)
	}

	test.Tap(d.removes[0])
	if got := planAvailability(t, svc).DaysOff; len(got) != 0 || len(d.removes) != 0 {
		t.Fatalf("days off after removing the only range = %v", got)
	}
}

func planAvailability(t *testing.T, svc *planner.Service) planner.Availability {
	t.Helper()
	a, err := svc.Availability()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
