package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

var firstRunNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)

// pressKey types k on the window with no field focused, as a learner
// pressing Enter or Escape in the guide does.
func pressKey(t *testing.T, u *UI, k fyne.KeyName) {
	t.Helper()
	on := u.win.Canvas().OnTypedKey()
	if on == nil {
		t.Fatalf("the window takes no keys")
	}
	on(&fyne.KeyEvent{Name: k})
}

// chooseRole selects the role path named title on the guide's first page.
func chooseRole(t *testing.T, g *firstRunGuide, title string) {
	t.Helper()
	if !slices.Contains(g.form.role.Options, title) {
		t.Fatalf("no role %q among %v", title, g.form.role.Options)
	}
	g.form.role.SetSelected(title)
}

func TestFirstRunGuideSetsUpAPlanEndToEnd(t *testing.T) {
	u, svc := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
	u.ShowFirstRunIfNew()
	g := u.guide
	if g == nil {
		t.Fatal("the guide did not open on an empty data folder")
	}
	capture(t, u.win, "firstrun-role")

	chooseRole(t, g, "Security")
	pressKey(t, u, fyne.KeyReturn)
	g.form.experience.SetSelected(planExperienceLabels()[0]) // new to AWS
	pressKey(t, u, fyne.KeyReturn)
	g.form.country.SetSelected("Germany")
	if g.form.region.Hidden {
		t.Error("Germany has regional holidays, but no region choice appeared")
	}
	g.form.region.SetSelectedIndex(1)
	pressKey(t, u, fyne.KeyReturn)

	// Hours: a wrong value keeps the learner on the page and says why.
	test.Type(g.form.hours[time.Saturday], "x")
	g.goNext()
	if g.at != 3 || g.message.Hidden {
		t.Fatalf("bad hours moved on (page %d) or showed no message", g.at)
	}
	g.form.hours[time.Saturday].SetText("4")
	g.form.times[time.Saturday].SetText("09:30")
	capture(t, u.win, "firstrun-hours")
	pressKey(t, u, fyne.KeyReturn)

	// Held: SAA-C03 leaves the Security path, which keeps SCS-C03.
	g.form.heldCode.entry.SetText("SAA-C03")
	g.form.heldDate.entry.SetText("2025-06-01")
	test.Tap(findButton(t, u.win, "Add"))
	if !strings.Contains(g.form.heldList.Text, "SAA-C03") {
		t.Fatalf("held list = %q", g.form.heldList.Text)
	}
	pressKey(t, u, fyne.KeyReturn)
	if !strings.Contains(g.form.pathList.Text, "SCS-C03") || strings.Contains(g.form.pathList.Text, "SAA-C03") {
		t.Fatalf("suggested path = %q, want SCS-C03 without the held SAA-C03", g.form.pathList.Text)
	}
	if g.next.Text != "Add 1 exam and show my plan" {
		t.Errorf("last button = %q", g.next.Text)
	}
	capture(t, u.win, "firstrun-path")
	pressKey(t, u, fyne.KeyReturn)

	if u.guide != nil {
		t.Fatal("the guide is still open after finishing")
	}
	ts, _ := svc.Targets()
	if len(ts) != 1 || ts[0].Code != "SCS-C03" {
		t.Errorf("targets = %+v, want SCS-C03", ts)
	}
	a, _ := svc.Availability()
	if a.Hours[time.Saturday] != 4 || a.Hours[time.Monday] != 2 || a.StartTimes[time.Saturday] != "09:30" ||
		a.Experience != planner.New || a.Country != "DE" || a.Region == "" {
		t.Errorf("availability = %+v", a)
	}
	w, _ := svc.Wallet()
	if _, held := w.Lookup("SAA-C03"); !held {
		t.Errorf("wallet lacks SAA-C03: %+v", w)
	}
	if tabID(u.tabs.SelectedIndex()) != planTab {
		t.Errorf("after the guide the %q screen shows, want the plan", u.tabs.Selected().Text)
	}
}

func TestFirstRunGuideStaysAwayFromAFolderWithData(t *testing.T) {
	u, svc := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
	if err := svc.SetAvailability(planner.DefaultAvailability()); err != nil {
		t.Fatal(err)
	}
	u.ShowFirstRunIfNew()
	if u.guide != nil {
		t.Fatal("the guide opened for a folder with saved availability")
	}
}

func TestFirstRunGuideSkipChangesNothing(t *testing.T) {
	for _, how := range []string{"Escape", "Escape in a field", "Skip button"} {
		t.Run(how, func(t *testing.T) {
			u, svc := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
			u.ShowFirstRunIfNew()
			g := u.guide
			chooseRole(t, g, "Developer")
			pressKey(t, u, fyne.KeyReturn)
			pressKey(t, u, fyne.KeyReturn)
			pressKey(t, u, fyne.KeyReturn)
			switch how {
			case "Escape":
				pressKey(t, u, fyne.KeyEscape)
			case "Escape in a field":
				u.win.Canvas().Focus(g.form.hours[time.Monday])
				test.Type(g.form.hours[time.Monday], "5")
				g.form.hours[time.Monday].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			default:
				test.Tap(g.skip)
			}
			if u.guide != nil {
				t.Fatal("the guide is still open")
			}
			if fresh, err := svc.IsNewLearner(); !fresh || err != nil {
				t.Fatalf("skipping saved something: IsNewLearner() = %v, %v", fresh, err)
			}
			u.ShowFirstRunIfNew()
			if u.guide != nil {
				t.Fatal("the guide came back in the same session")
			}
			// The window's own keys work again: F1 opens the shortcut sheet.
			pressKey(t, u, fyne.KeyF1)
			if len(u.win.Canvas().Overlays().List()) == 0 {
				t.Error("F1 did nothing after the guide closed")
			}
		})
	}
}

func TestFirstRunGuideReachableFromSettings(t *testing.T) {
	u, svc := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	u.selectScreen(settingsTab)
	test.Tap(findButton(t, u.win, "Run the first-run guide again"))
	g := u.guide
	if g == nil {
		t.Fatal("the Settings button did not open the guide")
	}
	// Architect's required exams are SAA-C03, already a target, and SAP-C02.
	for g.at < len(g.steps)-1 {
		g.goNext()
	}
	if g.next.Text != "Add 1 exam and show my plan" {
		t.Errorf("last button = %q", g.next.Text)
	}
	g.goNext()
	ts, _ := svc.Targets()
	if len(ts) != 2 || ts[0].Code != "SAA-C03" || ts[1].Code != "SAP-C02" {
		t.Errorf("targets = %+v, want SAA-C03 then SAP-C02", ts)
	}
}

// findButton finds the visible button labelled text in the window or its
// dialogs, failing the test when there is none.
func findButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	visit := func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() && found == nil {
			found = b
		}
	}
	for _, o := range w.Canvas().Overlays().List() {
		walkObjects(o, visit)
	}
	walkObjects(w.Content(), visit)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
