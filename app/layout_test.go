package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/planner/plannertest"
)

// newLayoutUI opens the main window over a learner with a plan, a log and
// a wallet, so every screen has something to lay out.
func newLayoutUI(t *testing.T) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantLight})
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	seedWallet(t, svc)
	u.refreshAll()
	return u, w
}

// Every screen fits the window at the default size and at the smallest
// size its content allows: nothing drawn outside its parent or the
// window, no text over other text.
func TestScreensFitTheWindow(t *testing.T) {
	u, w := newLayoutUI(t)
	for id := range u.screens {
		u.selectScreen(tabID(id))
		title := u.tabTitle(tabID(id))
		for _, size := range []struct {
			name string
			size fyne.Size
		}{
			{"default", defaultWindowSize},
			{"minimum", w.Content().MinSize()},
		} {
			w.Resize(size.size)
			if problems := layoutProblems(w.Canvas()); len(problems) > 0 {
				t.Errorf("%s at the %s size %v:\n%s", title, size.name, size.size, strings.Join(problems, "\n"))
			}
		}
	}
}

// The screens at their smallest, at the usual scale and at twice it (a
// high-density display), for checking by eye what the layout check cannot
// see. Fyne lays out in device-independent units, so the scale changes
// the pixels drawn and not the layout.
func TestScreensAtMinimumSizeScreenshots(t *testing.T) {
	u, w := newLayoutUI(t)
	scaler, ok := w.Canvas().(software.WindowlessCanvas)
	if !ok {
		t.Fatalf("the test canvas %T cannot change its scale", w.Canvas())
	}
	for id := range u.screens {
		u.selectScreen(tabID(id))
		title := u.tabTitle(tabID(id))
		w.Resize(w.Content().MinSize())
		name := "min-" + strings.ToLower(title)
		capture(t, w, name)
		scaler.SetScale(2)
		img := capture(t, w, name+"-2x")
		if got, want := img.Bounds().Dx(), int(2*w.Canvas().Size().Width); got < want {
			t.Errorf("%s at 2x: %d pixels wide, want %d", title, got, want)
		}
		if problems := layoutProblems(w.Canvas()); len(problems) > 0 {
			t.Errorf("%s at 2x:\n%s", title, strings.Join(problems, "\n"))
		}
		scaler.SetScale(1)
	}
}
