package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner/plannertest"
)

// stopDialogHours is the hours field of the open stop dialog.
func stopDialogHours(t *testing.T, w fyne.Window) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	walkObjects(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && found == nil {
			found = e
		}
	})
	if found == nil {
		t.Fatal("the stop dialog has no hours field")
	}
	return found
}

func stopDialogText(w fyne.Window) string {
	var b strings.Builder
	walkObjects(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// Stopping after 39 seconds logs nothing by itself: the dialog says it is
// too short to log and offers to discard it.
func TestTodayTimerShortStopOffersDiscard(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	tm := u.today.timer
	before := len(mustEntries(t, svc))
	test.Tap(tm.start)
	clock.advance(39 * time.Second)
	test.Tap(tm.stop)
	if got := len(mustEntries(t, svc)); got != before {
		t.Fatalf("Stop logged %d entries before asking", got-before)
	}
	if text := stopDialogText(w); !strings.Contains(text, "0:00:39") || !strings.Contains(text, "under 7.5 minutes") {
		t.Errorf("the stop dialog says %q", text)
	}
	if h := stopDialogHours(t, w); h.Text != "" {
		t.Errorf("hours offered for 39 s: %q", h.Text)
	}
	if overlayButton(t, w, "Discard").Importance != widget.HighImportance {
		t.Error("Discard is not the suggested choice for 39 seconds")
	}
	test.Tap(overlayButton(t, w, "Save"))
	if text := stopDialogText(w); !strings.Contains(text, "enter the hours to log") {
		t.Errorf("Save with no hours says %q", text)
	}
	test.Tap(overlayButton(t, w, "Discard"))
	if _, ok, _ := svc.Timer(); ok || tm.has {
		t.Error("the timer survived Discard")
	}
	if got := len(mustEntries(t, svc)); got != before {
		t.Errorf("discarding logged %d entries", got-before)
	}
}

// The hours offered are the time rounded to the nearest quarter hour, and
// what the learner types there is what gets logged.
func TestTodayTimerStopLogsTheHoursConfirmed(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	tm := u.today.timer
	test.Tap(tm.start)
	clock.advance(52 * time.Minute)
	test.Tap(tm.stop)
	h := stopDialogHours(t, w)
	if h.Text != "0.75" {
		t.Errorf("52 minutes offered as %q h, want 0.75", h.Text)
	}
	test.Tap(overlayButton(t, w, "Keep timing"))
	if _, ok, _ := svc.Timer(); !ok {
		t.Fatal("Keep timing stopped the timer")
	}
	test.Tap(tm.stop)
	h = stopDialogHours(t, w)
	h.SetText("30")
	test.Tap(overlayButton(t, w, "Save"))
	if text := stopDialogText(w); !strings.Contains(text, "hours must be between 0.25 and 24") {
		t.Errorf("30 h says %q", text)
	}
	h.SetText("0.5")
	if strings.Contains(stopDialogText(w), "hours must be") {
		t.Error("the message stays after the hours were put right")
	}
	test.Tap(overlayButton(t, w, "Save"))
	es := mustEntries(t, svc)
	if e := es[len(es)-1]; e.Hours != 0.5 || e.Note != "timed" {
		t.Errorf("logged %+v, want the 0.5 h typed", e)
	}
	if _, ok, _ := svc.Timer(); ok {
		t.Error("the timer is still stored after saving")
	}
}
