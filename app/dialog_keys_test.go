package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// Escape cancels a confirmation the way its Cancel button does: the dialog
// closes and nothing changes.
func TestEscapeCancelsAConfirmation(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	planThreeTargets(t, svc)
	if err := svc.UpdateTarget(planner.Target{Code: "SAA-C03", ExamBy: planner.NewDate(2027, 4, 30)}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	test.Tap(u.planScreen().targets.order[1].remove)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no question before removing a target with an exam date")
	}
	w.Canvas().Unfocus()
	w.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the question open")
	}
	planWantTargets(t, svc, "CLF-C02", "SAA-C03", "DVA-C02")
}
