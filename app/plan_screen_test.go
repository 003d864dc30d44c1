package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

func TestPlanEmptyStatePointsToTheCatalog(t *testing.T) {
	u, _, _ := newPlanTestUI(t)
	s := u.planScreen()
	if s.targets.empty.Hidden {
		t.Fatal("with no targets the empty state is hidden")
	}
	if n := len(s.plan.Sessions); n != 0 {
		t.Fatalf("plan without targets has %d sessions", n)
	}
	if !s.calendar.agenda.list.Hidden || s.calendar.agenda.empty.Hidden {
		t.Fatal("an empty agenda should say nothing is planned")
	}
	test.Tap(s.targets.browse)
	if got := u.tabs.SelectedIndex(); tabID(got) != catalogTab {
		t.Fatalf("Open the Catalog selected tab %d", got)
	}
}

func TestPlanAddTargetByCode(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	c := u.planScreen().targets

	c.addCode.SetText("saa-c03")
	test.Tap(c.addButton)
	planWantTargets(t, svc, "SAA-C03")
	if !c.empty.Hidden || len(c.order) != 1 {
		t.Fatalf("after adding: empty state hidden=%v, %d rows", c.empty.Hidden, len(c.order))
	}
	if c.addCode.Text != "" || c.addError.Visible() {
		t.Fatalf("after adding: code %q, message %q", c.addCode.Text, c.addError.Text)
	}
	if len(u.planScreen().plan.Sessions) == 0 {
		t.Fatal("adding a target did not recompute the plan")
	}
	if got := c.order[0].prep.PlaceHolder; got != "90 (default)" {
		t.Fatalf("prep placeholder = %q, want the default", got)
	}

	// A code picked from the list carries the name after it.
	c.addCode.SetText("CLF-C02 — Cloud Practitioner")
	c.addCode.OnSubmitted(c.addCode.Text)
	planWantTargets(t, svc, "SAA-C03", "CLF-C02")

	for _, bad := range []string{"NOPE-C01", "SAA-C03", ""} {
		c.addCode.SetText(bad)
		test.Tap(c.addButton)
		planWantMessage(t, c.addError, "")
		planWantTargets(t, svc, "SAA-C03", "CLF-C02")
	}

	// An unknown code is named in the window's words, without command-line syntax.
	c.addCode.SetText("NOPE-C01")
	test.Tap(c.addButton)
	planWantMessage(t, c.addError, `"NOPE-C01" is not in the catalog`)
	if msg := c.addError.Text; strings.Contains(msg, "certplan") || strings.Contains(msg, "--") {
		t.Errorf("unknown code: %q shows command-line syntax", msg)
	}
}

func TestPlanReorderAndRemoveTargets(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	c := u.planScreen().targets
	row := func(i int) *planTargetRow { return c.order[i] }

	if !row(0).up.Disabled() || !row(2).down.Disabled() || row(1).up.Disabled() {
		t.Fatal("the first row cannot move up and the last cannot move down; the others can")
	}
	test.Tap(row(0).down)
	planWantTargets(t, svc, "SAA-C03", "CLF-C02", "DVA-C02")
	test.Tap(row(2).up)
	planWantTargets(t, svc, "SAA-C03", "DVA-C02", "CLF-C02")
	if got := planTitle(row(1)); got != "2. DVA-C02  " {
		t.Fatalf("second row title = %q", got)
	}
	if first := u.planScreen().plan.Sessions[0].Code; first != "SAA-C03" {
		t.Fatalf("the plan starts with %s, not the first target", first)
	}

	test.Tap(row(1).remove)
	planWantTargets(t, svc, "SAA-C03", "CLF-C02")
	if len(c.order) != 2 || len(c.list.Objects) != 2 {
		t.Fatalf("%d rows shown after removing one of three", len(c.order))
	}
	for _, s := range u.planScreen().plan.Sessions {
		if s.Code == "DVA-C02" {
			t.Fatal("the removed target is still planned")
		}
	}
}

func TestPlanRefreshPicksUpTargetsAddedElsewhere(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	if _, err := svc.AddTarget(planner.Target{Code: "DVA-C02"}); err != nil {
		t.Fatal(err)
	}
	u.targetsChanged()
	if len(u.planScreen().targets.order) != 1 || u.planScreen().targets.order[0].code != "DVA-C02" {
		t.Fatal("refresh did not show the new target")
	}
	if len(u.planScreen().plan.Sessions) == 0 {
		t.Fatal("refresh did not recompute the plan")
	}
}

// TestPlanThreeTargetsMarkup pins the look of the Plan screen. It renders
// the screen on its own, at the main window's content size, so that tabs
// added to the window do not change it.
func TestPlanThreeTargetsMarkup(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	s := newPlanScreen(u)
	s.refresh() // what selecting its tab does
	w := u.app.NewWindow("")
	t.Cleanup(w.Close)
	w.SetContent(s.content())
	w.Resize(fyne.NewSize(1100, 700))
	test.AssertRendersToMarkup(t, "plan/three_targets.xml", w.Canvas())

	test.Tap(s.calendar.next)
	test.AssertRendersToMarkup(t, "plan/three_targets_december.xml", w.Canvas())
}

// TestPlanScreenshot writes PNGs of the Plan tab in the light theme for a
// person to look at: PLAN_SCREENSHOT=/tmp/plan.png go test -run PlanScreenshot ./app/
func TestPlanScreenshot(t *testing.T) {
	u, svc, w := newPlanTestUI(t)
	u.app.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantLight})
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	planEnter(u.planScreen().targets.order[1].examBy.entry, "2027-01-10")
	test.Tap(u.planScreen().calendar.next)
	capture(t, w, "plan")
	test.Tap(u.planScreen().calendar.showAgenda)
	capture(t, w, "plan-agenda")
	u.planScreen().avail.hours[1].SetText("25")
	u.planScreen().avail.hours[1].OnSubmitted("25")
	u.planScreen().scroller.ScrollToBottom()
	capture(t, w, "plan-availability")
}

func planWantTargets(t *testing.T, svc *planner.Service, want ...string) {
	t.Helper()
	ts, err := svc.Targets()
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(ts))
	for i, tg := range ts {
		got[i] = tg.Code
	}
	if len(got) != len(want) {
		t.Fatalf("targets = %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("targets = %v, want %v", got, want)
		}
	}
}

// planWantMessage checks that a field's message line shows and contains
// part ("" for any message).
func planWantMessage(t *testing.T, l *widget.Label, part string) {
	t.Helper()
	if !l.Visible() || l.Text == "" {
		t.Fatalf("no message shown, want one containing %q", part)
	}
	if !planContainsFold(l.Text, part) {
		t.Fatalf("message %q does not contain %q", l.Text, part)
	}
}

// planWantNoMessage checks that a field's message line is hidden.
func planWantNoMessage(t *testing.T, l *widget.Label) {
	t.Helper()
	if l.Visible() {
		t.Fatalf("unexpected message %q", l.Text)
	}
}

func planTitle(r *planTargetRow) string {
	return r.title.Segments[0].(*widget.TextSegment).Text
}

func TestPlanExportsTheCalendar(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()
	path := filepath.Join(t.TempDir(), "plan.ics")
	u.planScreen().exportCalendar(path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := svc.SavedPlan()
	if got := strings.Count(string(data), "BEGIN:VEVENT"); got != len(p.Sessions)+len(p.Targets) {
		t.Errorf("%d events, want %d sessions + %d exams", got, len(p.Sessions), len(p.Targets))
	}
	if !strings.Contains(u.planScreen().exported, "Wrote ") || !strings.Contains(u.planScreen().exported, path) || u.planScreen().calendar.export.Disabled() {
		t.Errorf("after export: %q, button disabled %v", u.planScreen().exported, u.planScreen().calendar.export.Disabled())
	}
	u.planScreen().exportCalendar(filepath.Join(t.TempDir(), "missing", "plan.ics"))
	if strings.Contains(u.planScreen().exported, "missing") {
		t.Error("a failed export reported success")
	}
}
