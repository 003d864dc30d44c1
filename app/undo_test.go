package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// A target with an exam date is not thrown away on one tap: the app asks,
// and after removing it offers an Undo that puts it back in its place with
// its exam date.
func TestRemovingATargetAsksThenOffersUndo(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	planThreeTargets(t, svc)
	if err := svc.UpdateTarget(planner.Target{Code: "SAA-C03", ExamBy: planner.NewDate(2027, 4, 30)}); err != nil {
		t.Fatal(err)
	}
	u.planScreen().refresh()
	row := u.planScreen().targets.order[1]

	test.Tap(row.remove)
	test.Tap(overlayButton(t, w, "Keep"))
	planWantTargets(t, svc, "CLF-C02", "SAA-C03", "DVA-C02")

	test.Tap(u.planScreen().targets.order[1].remove)
	test.Tap(overlayButton(t, w, "Remove"))
	planWantTargets(t, svc, "CLF-C02", "DVA-C02")
	if !u.undo.box.Visible() || !strings.Contains(u.undo.label.Text, "Removed SAA-C03") {
		t.Fatalf("undo bar: visible %v, %q", u.undo.box.Visible(), u.undo.label.Text)
	}
	test.Tap(u.undo.button)
	planWantTargets(t, svc, "CLF-C02", "SAA-C03", "DVA-C02")
	if tg := planTarget(t, svc, "SAA-C03"); tg.ExamBy != planner.NewDate(2027, 4, 30) {
		t.Fatalf("undo lost the exam date: %+v", tg)
	}
	if u.undo.box.Visible() {
		t.Fatal("the undo bar stayed after Undo")
	}
}

// A target with nothing to lose goes at once, still with an Undo.
func TestRemovingAPlainTargetNeedsNoQuestion(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	test.Tap(u.planScreen().targets.order[2].remove)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("asked before removing a target with no exam date and no hours")
	}
	planWantTargets(t, svc, "CLF-C02", "SAA-C03")
	test.Tap(u.undo.button)
	planWantTargets(t, svc, "CLF-C02", "SAA-C03", "DVA-C02")
}

func TestDeletedEntryCanBeUndone(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	f.s.list.list.Select(0)
	gone := f.s.list.entries[0]
	test.Tap(f.s.form.remove)
	test.Tap(overlayButton(t, f.win, "Delete"))
	if len(f.entries()) != before-1 {
		t.Fatal("the entry was not deleted")
	}
	u := f.s.ui
	test.Tap(u.undo.button)
	es := f.entries()
	if len(es) != before {
		t.Fatalf("%d entries after Undo, want %d", len(es), before)
	}
	found := false
	for _, e := range es {
		if e.Date == gone.Date && e.Code == gone.Code && e.Hours == gone.Hours && e.Note == gone.Note {
			found = true
		}
	}
	if !found {
		t.Fatalf("Undo did not bring back %+v", gone)
	}
}

// The offer ends by itself, and an older offer's timer does not hide a newer
// one.
func TestUndoOfferExpires(t *testing.T) {
	b := newUndoBar()
	var timers []func()
	b.after = func(_ time.Duration, f func()) { timers = append(timers, f) }
	undone := 0
	b.offer("first", func() { undone++ })
	b.offer("second", func() { undone += 10 })
	timers[0]() // the first offer's time is up
	if !b.box.Visible() || b.label.Text != "second" {
		t.Fatal("an old timer hid the newer offer")
	}
	timers[1]()
	if b.box.Visible() {
		t.Fatal("the offer did not end")
	}
	b.takeBack() // nothing on offer any more
	if undone != 0 {
		t.Fatalf("undo ran %d", undone)
	}
}
