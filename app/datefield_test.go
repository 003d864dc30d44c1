package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// The date picker takes the keyboard focus when it opens, and Escape closes
// it without changing the date.
func TestDatePickerClosesOnEscape(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02"}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	field := u.planScreen().targets.order[0].examBy
	test.Tap(field.pick)
	popUp := field.popUp
	if popUp == nil || !popUp.Visible() {
		t.Fatal("the calendar button did not open a date picker")
	}
	focused := u.win.Canvas().Focused()
	if focused == nil {
		t.Fatal("the open picker does not have the keyboard focus")
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if popUp.Visible() || field.popUp != nil {
		t.Error("Escape left the date picker open")
	}
	if field.entry.Text != "" {
		t.Errorf("Escape set the date to %q", field.entry.Text)
	}
}
