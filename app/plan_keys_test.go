package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"certplan/planner"
)

// replaceByTyping selects what the focused field holds and types over it.
func replaceByTyping(c fyne.Canvas, text string) {
	c.Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	typeIn(c, text)
}

// A code typed into the add row and Enter make it a target, and the row is
// ready for the next one.
func TestPlanAddTargetByKeyboard(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	c := w.Canvas()
	add := u.planScreen().targets.addCode
	c.Focus(add)
	typeIn(c, "dva-c02")
	pressEnter(c)
	ts, err := svc.Targets()
	if err != nil || len(ts) != 1 || ts[0].Code != "DVA-C02" {
		t.Fatalf("targets after Enter: %+v, %v", ts, err)
	}
	if add.Text != "" || c.Focused() != add {
		t.Errorf("after adding, the row holds %q and the focus is on %T", add.Text, c.Focused())
	}
}

// Tab walks the weekday hours in the order the week is shown, and each
// value typed is applied as the focus leaves it, the last one by Enter.
func TestPlanAvailabilityHoursByKeyboard(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	c := w.Canvas()
	hours := u.planScreen().avail.hours
	week := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	want := [7]float64{}
	c.Focus(hours[week[0]])
	for i, wd := range week {
		if i > 0 {
			tabTo(t, c, hours[wd])
		}
		want[wd] = float64(i) + 0.5
		replaceByTyping(c, planner.FormatHours(want[wd]))
	}
	pressEnter(c)
	if got := planAvailability(t, svc).Hours; got != want {
		t.Errorf("hours after typing the week: %v, want %v", got, want)
	}
	if c.Focused() != hours[time.Sunday] {
		t.Errorf("Enter moved the focus off Sunday's hours, to %T", c.Focused())
	}
}

// Ctrl+N takes the learner to the add-target row from anywhere.
func TestNewTargetShortcut(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	u.selectScreen(logTab)
	u.startNewTarget()
	c := w.Canvas()
	if c.Focused() != u.planScreen().targets.addCode {
		t.Fatalf("focus on %T after the shortcut", c.Focused())
	}
	typeIn(c, "clf-c02")
	pressEnter(c)
	if ts, _ := svc.Targets(); len(ts) != 1 || ts[0].Code != "CLF-C02" {
		t.Fatalf("targets: %+v", ts)
	}
}
