package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner/plannertest"
)

// TestStartUpReadsOnlyTodaysData: the window opens on Today with its
// figures; the Log and Plan screens read theirs when their tab is selected.
func TestStartUpReadsOnlyTodaysData(t *testing.T) {
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, svc := newTodayUI(t, test.NewTempApp(t), st, clock)
	if len(u.today.progress.shown) == 0 {
		t.Fatal("the Today screen shows no progress at start-up")
	}
	if n := len(u.log.list.entries); n != 0 {
		t.Errorf("the Log screen read %d entries before it was shown", n)
	}
	if u.plan.plan.Sessions != nil {
		t.Error("the plan was computed before the Plan screen was shown")
	}

	u.selectScreen(u.log)
	q, err := u.log.filters.query()
	if err != nil {
		t.Fatal(err)
	}
	all, err := svc.Entries(q)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) == 0 || len(u.log.list.entries) != len(all) {
		t.Errorf("the Log screen lists %d entries once shown, want %d", len(u.log.list.entries), len(all))
	}
	u.selectScreen(u.plan)
	if len(u.plan.plan.Sessions) == 0 {
		t.Error("the Plan screen has no sessions once shown")
	}
}
