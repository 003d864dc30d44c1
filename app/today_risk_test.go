package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestTodayInfeasibleExamShowsThePlanWarningAndItsFixes books an exam three
// weeks out for 90 h of prep: the Today card and the progress block both
// count down to the booked date and say what the plan says, word for word,
// with the fix that moves the exam to the earliest date that fits.
func TestTodayInfeasibleExamShowsThePlanWarningAndItsFixes(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	booked := planner.NewDate(2026, time.December, 14)
	planBookedTarget(t, svc, "SAA-C03", booked)
	u.refreshAll()

	plan, err := svc.SavedPlan()
	if err != nil {
		t.Fatal(err)
	}
	risks := examRisks(plan)
	risk, ok := risks["SAA-C03"]
	if !ok || risk.Earliest <= booked {
		t.Fatalf("the plan has no infeasible warning with a later earliest date: %+v", plan.Warnings)
	}

	h := u.today.header
	wantLabel(t, "countdown", h.exam, "SAA-C03 exam in 21 days")
	wantLabel(t, "countdown note", h.examNote, "2026-12-14 · your exam date")
	if h.riskView == nil || h.riskView.message.Text != risk.Message {
		t.Fatalf("the Today card does not give the plan's warning %q", risk.Message)
	}
	block := u.today.progress.shown[0]
	wantLabel(t, "progress exam", block.exam, "Exam on 2026-12-14, your date")
	if block.risk == nil || block.risk.message.Text != risk.Message {
		t.Fatal("the progress block does not give the plan's warning")
	}
	for _, l := range []string{h.examNote.Text, block.exam.Text} {
		if strings.Contains(l, "projected") || strings.Contains(l, risk.Earliest.String()) {
			t.Errorf("%q names a second exam date beside the booked one", l)
		}
	}
	wantMoveLabel := "Move exam to " + planLongDay(risk.Earliest)
	if h.riskView.move == nil || h.riskView.move.Text != wantMoveLabel {
		t.Fatalf("the fix button is missing or reads otherwise than %q", wantMoveLabel)
	}

	// Adding hours is done on the Plan screen, which the second button opens.
	u.selectScreen(todayTab)
	test.Tap(h.riskView.addTime)
	if tabID(u.tabs.SelectedIndex()) != planTab {
		t.Fatalf("Add study hours opened %q", u.tabs.Selected().Text)
	}

	test.Tap(h.riskView.move)
	ts, err := svc.Targets()
	if err != nil {
		t.Fatal(err)
	}
	if ts[0].ExamBy != risk.Earliest {
		t.Fatalf("exam booked on %s after the fix, want %s", ts[0].ExamBy, risk.Earliest)
	}
	if h.riskView != nil || u.today.progress.shown[0].risk != nil {
		t.Fatal("the warning stays after moving the exam to a date that fits")
	}
	wantLabel(t, "countdown note after the fix", h.examNote, risk.Earliest.String()+" · your exam date")
	if _, still := examRisks(u.planScreen().plan)["SAA-C03"]; still {
		t.Fatalf("the Plan screen still warns: %+v", u.planScreen().plan.Warnings)
	}
}
