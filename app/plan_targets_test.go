package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

func TestPlanPrepHoursEdit(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	row := u.planScreen().targets.order[0]

	planEnter(row.prep, "40")
	if tg := planTarget(t, svc, "SAA-C03"); tg.PrepHours != 40 {
		t.Fatalf("prep hours = %v after typing 40", tg.PrepHours)
	}
	if got := planHoursOf(u.planScreen().plan, "SAA-C03"); got != 40 {
		t.Fatalf("the plan schedules %v h, want 40", got)
	}
	if !strings.HasPrefix(row.summary.Text, "40 h, 23 Nov") {
		t.Fatalf("summary = %q", row.summary.Text)
	}

	for _, tc := range []struct{ text, message string }{
		{"0", "above 0"},
		{"5000", "at most 2000"},
		{"12.1", "multiple of 0.25"},
		{"lots", "not a number"},
	} {
		planEnter(row.prep, tc.text)
		planWantMessage(t, row.prepError, tc.message)
		if tg := planTarget(t, svc, "SAA-C03"); tg.PrepHours != 40 {
			t.Fatalf("%q saved prep hours %v", tc.text, tg.PrepHours)
		}
	}

	// Empty goes back to the catalog's estimate.
	planEnter(row.prep, "")
	planWantNoMessage(t, row.prepError)
	if tg := planTarget(t, svc, "SAA-C03"); tg.PrepHours != 0 {
		t.Fatalf("prep hours = %v after clearing the field", tg.PrepHours)
	}
	if got := planHoursOf(u.planScreen().plan, "SAA-C03"); got != 90 {
		t.Fatalf("the plan schedules %v h, want the default 90", got)
	}
}

func TestPlanExamByValidation(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02"}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	row := u.planScreen().targets.order[0]

	for _, tc := range []struct{ text, message string }{
		{"2026-02-30", "February 2026 has no 30th day"},
		{"23/12/2026", "YYYY-MM-DD"},
		{"2026-11-01", "after today"},
		{"2026-11-23", "after today"},
	} {
		planEnter(row.examBy.entry, tc.text)
		planWantMessage(t, row.examError, tc.message)
		if tg := planTarget(t, svc, "CLF-C02"); !tg.ExamBy.IsZero() {
			t.Fatalf("%q saved exam date %s", tc.text, tg.ExamBy)
		}
	}

	// The calendar button opens a picker at the date typed (or today).
	test.Tap(row.examBy.pick)
	if row.examBy.popUp == nil || !row.examBy.popUp.Visible() {
		t.Fatal("the calendar button did not open a date picker")
	}
	row.examBy.picked(time.Date(2027, time.February, 15, 0, 0, 0, 0, time.Local))
	if row.examBy.popUp != nil || row.examBy.entry.Text != "2027-02-15" {
		t.Fatalf("after picking: picker open %v, field %q", row.examBy.popUp != nil, row.examBy.entry.Text)
	}
	planWantNoMessage(t, row.examError)
	if tg := planTarget(t, svc, "CLF-C02"); tg.ExamBy != planner.NewDate(2027, 2, 15) {
		t.Fatalf("picked exam date saved as %s", tg.ExamBy)
	}

	planEnter(row.examBy.entry, "2027-03-01")
	planWantNoMessage(t, row.examError)
	if tg := planTarget(t, svc, "CLF-C02"); tg.ExamBy != planner.NewDate(2027, 3, 1) {
		t.Fatalf("exam by = %s", tg.ExamBy)
	}
	if got := u.planScreen().plan.Targets[0].ExamDate; got != planner.NewDate(2027, 3, 1) {
		t.Fatalf("plan exam date = %s", got)
	}
}

func TestPlanExamDateThatCannotBeKeptWarnsWithItsFix(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	row := u.planScreen().targets.order[1] // SAA-C03, 90 h after CLF-C02
	if len(u.planScreen().warnings.notices) != 0 || row.warningRow.Visible() {
		t.Fatal("warnings shown before any exam date")
	}

	planEnter(row.examBy.entry, "2026-12-20")
	if len(u.planScreen().warnings.notices) != 1 {
		t.Fatalf("%d warnings above the calendar, want 1", len(u.planScreen().warnings.notices))
	}
	msg := u.planScreen().warnings.notices[0].Text()
	if !strings.HasPrefix(msg, "SAA-C03:") || !strings.Contains(msg, "do not fit before 2026-12-20") || !strings.Contains(msg, "or move the exam to") {
		t.Fatalf("warning = %q", msg)
	}
	if !row.warningRow.Visible() || row.warning.Text != msg {
		t.Fatalf("the target's own warning = %q", row.warning.Text)
	}
	if tg := planTarget(t, svc, "SAA-C03"); tg.ExamBy != planner.NewDate(2026, 12, 20) {
		t.Fatal("an infeasible exam date is still the learner's choice and is saved")
	}

	fallback := u.planScreen().plan.Targets[1].EarliestExam
	fix := u.planScreen().warnings.fixes[0]
	if !strings.Contains(fix.Text, planLongDay(fallback)) {
		t.Fatalf("fix button %q does not name %s", fix.Text, fallback)
	}
	test.Tap(fix)
	if tg := planTarget(t, svc, "SAA-C03"); tg.ExamBy != fallback {
		t.Fatalf("after the fix the exam is by %s, want %s", tg.ExamBy, fallback)
	}
	if len(u.planScreen().warnings.notices) != 0 || row.warningRow.Visible() {
		t.Fatal("the warning stayed after its fix")
	}
	if row.examBy.entry.Text != fallback.String() {
		t.Fatalf("exam field shows %q after the fix", row.examBy.entry.Text)
	}
}

func TestPlanPassedExamDateOffersToClearIt(t *testing.T) {
	now := planToday
	u, svc, _ := newPlanTestUIWithClock(t, func() time.Time { return now })
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02", ExamBy: planner.NewDate(2026, 12, 20)}); err != nil {
		t.Fatal(err)
	}
	now = time.Date(2026, time.December, 21, 9, 0, 0, 0, time.UTC)
	u.planScreen().refresh()

	w := u.planScreen().warnings
	if len(w.notices) != 1 || !strings.Contains(w.notices[0].Text(), "has passed") {
		t.Fatalf("warnings = %d, want one saying the exam date has passed", len(w.notices))
	}
	if w.fixes[0].Text != "Clear exam date" {
		t.Fatalf("fix = %q", w.fixes[0].Text)
	}
	test.Tap(w.fixes[0])
	if tg := planTarget(t, svc, "CLF-C02"); !tg.ExamBy.IsZero() {
		t.Fatalf("exam date still %s after clearing it", tg.ExamBy)
	}
	if len(w.notices) != 0 || u.planScreen().targets.order[0].examBy.entry.Text != "" {
		t.Fatal("the warning or the old date stayed after the fix")
	}
}

func planTarget(t *testing.T, svc *planner.Service, code string) planner.Target {
	t.Helper()
	ts, err := svc.Targets()
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range ts {
		if tg.Code == code {
			return tg
		}
	}
	t.Fatalf("%s is not a target", code)
	return planner.Target{}
}

func planHoursOf(p planner.Plan, code string) float64 {
	var h float64
	for _, s := range p.Sessions {
		if s.Code == code {
			h += s.Hours
		}
	}
	return h
}
