package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestLoadFontsCoversTheFirstScreen checks that the styles LoadFonts loads
// ahead are exactly those the window draws at start-up, for a learner
// whose Today shows every kind of card (sessions, a running timer,
// deadlines, held certifications): a missing style would be loaded on the
// main thread after all, an extra one would cost memory for nothing.
func TestLoadFontsCoversTheFirstScreen(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	svc := seedLearner(t, st, clock)
	seedGalleryExtras(t, svc)
	if _, err := svc.StartTimer("SAA-C03", planner.Study, ""); err != nil {
		t.Fatal(err)
	}
	_, w, _ := newTodayUI(t, a, st, clock)
	drawn := map[fyne.TextStyle]bool{}
	walkObjects(w.Content(), func(o fyne.CanvasObject) {
		if txt, ok := o.(*canvas.Text); ok && o.Visible() && txt.Text != "" {
			drawn[txt.TextStyle] = true
		}
	})
	for style := range drawn {
		if !slices.Contains(firstScreenStyles, style) {
			t.Errorf("the first screen draws text in %+v, which LoadFonts does not load", style)
		}
	}
	for _, style := range firstScreenStyles {
		if !drawn[style] {
			t.Errorf("LoadFonts loads %+v, which the first screen does not draw", style)
		}
	}
}
