package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// planToday is the fixed "today" of the plan tests: Monday 23 November 2026,
// a month before the December holidays.
var planToday = time.Date(2026, time.November, 23, 9, 0, 0, 0, time.UTC)

// newPlanTestUI opens the app on an in-memory store at the fixed date, with
// the Plan tab showing at the default window size.
func newPlanTestUI(t *testing.T) (*UI, *planner.Service, fyne.Window) {
	t.Helper()
	return newPlanTestUIWithClock(t, func() time.Time { return planToday })
}

// newPlanTestUIWithClock is newPlanTestUI with a clock the test can move.
func newPlanTestUIWithClock(t *testing.T, now func() time.Time) (*UI, *planner.Service, fyne.Window) {
	t.Helper()
	svc := planner.NewService(plannertest.NewMemStore(), builtinCatalog(t), now)
	u, w := openTestUI(t, test.NewTempApp(t), svc)
	u.selectScreen(planTab)
	return u, svc, w
}

// planThreeTargets sets up the plan the golden files and screenshot show:
// three certifications, US public holidays and a week off at Christmas.
func planThreeTargets(t *testing.T, svc *planner.Service) {
	t.Helper()
	for _, code := range []string{"CLF-C02", "SAA-C03", "DVA-C02"} {
		if _, err := svc.AddTarget(planner.Target{Code: code}); err != nil {
			t.Fatal(err)
		}
	}
	a, err := svc.Availability()
	if err != nil {
		t.Fatal(err)
	}
	a.Hours = [7]float64{0, 2, 2, 2, 2, 2, 4}
	a.Country = "US"
	a.DaysOff = []planner.DateRange{{From: planner.NewDate(2026, time.December, 28), To: planner.NewDate(2026, time.December, 31)}}
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
}

// planEnter types text into a field as a learner would, replacing what was
// there, and presses Enter.
func planEnter(e *planEntry, text string) {
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

func planContainsFold(s, part string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(part))
}
