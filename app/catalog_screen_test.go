package app

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// catalogFixture is the main window on the Catalog tab, over an empty
// in-memory store and the built-in catalog, on a fixed day.
type catalogFixture struct {
	t     *testing.T
	ui    *UI
	win   fyne.Window
	svc   *planner.Service
	store *plannertest.MemStore
	s     *catalogScreen
}

func newCatalogFixture(t *testing.T) *catalogFixture {
	t.Helper()
	a := test.NewTempApp(t)
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	store := plannertest.NewMemStore()
	fixed := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	svc := planner.NewService(store, cat, func() time.Time { return fixed })
	u, w := openTestUI(t, a, svc)
	u.selectScreen(catalogTab)
	return &catalogFixture{t: t, ui: u, win: w, svc: svc, store: store, s: u.catalogScreen()}
}

// assertRendersTo compares the screen's markup, at its size in the window,
// with a golden file. It renders the screen alone, so a tab added elsewhere
// in the window does not change it. The screen moves to a canvas of its
// own, so this comes last in a test.
func (f *catalogFixture) assertRendersTo(golden string) {
	f.t.Helper()
	test.AssertObjectRendersToMarkup(f.t, golden, f.s.content())
}

// listed is the codes the list shows, in order.
func (f *catalogFixture) listed() []string {
	b := f.s.browser
	codes := make([]string, b.list.Length())
	for i := range codes {
		codes[i] = b.entries[i].Code
	}
	return codes
}

// choose selects code in the list, as a click on its row would.
func (f *catalogFixture) choose(code string) {
	f.t.Helper()
	i := slices.Index(f.listed(), code)
	if i < 0 {
		f.t.Fatalf("%s is not listed; the list shows %v", code, f.listed())
	}
	f.s.browser.list.Select(i)
	if got := f.s.details.entry.Code; got != code {
		f.t.Fatalf("details show %q after selecting %s", got, code)
	}
}

func (f *catalogFixture) targets() []string {
	f.t.Helper()
	ts, err := f.svc.Targets()
	if err != nil {
		f.t.Fatal(err)
	}
	codes := make([]string, len(ts))
	for i, t := range ts {
		codes[i] = t.Code
	}
	return codes
}

func (f *catalogFixture) plan(codes ...string) {
	f.t.Helper()
	for _, c := range codes {
		if _, err := f.svc.AddTarget(planner.Target{Code: c}); err != nil {
			f.t.Fatal(err)
		}
	}
}

// barTexts reads the weight bars' rendered labels: name, percentage, ...
func (f *catalogFixture) barTexts() []string {
	var texts []string
	for _, o := range test.WidgetRenderer(f.s.details.domains).Objects() {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	return texts
}

// renderedRows is the text of the rows a list currently draws.
func renderedRows(list *widget.List) []string {
	var rows []string
	for _, o := range test.LaidOutObjects(list) {
		if r, ok := o.(*catalogRow); ok && r.Visible() {
			rows = append(rows, r.AccessibilityLabel())
		}
	}
	return rows
}

func activeCodes(t *testing.T, filter catalog.Filter) []string {
	t.Helper()
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return catalogEntryCodes(cat.Filter(filter))
}

func wantStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func wantText(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func TestCatalogInitialListsActiveExamsInTierOrder(t *testing.T) {
	f := newCatalogFixture(t)
	got := f.listed()
	wantStrings(t, "list", got, activeCodes(t, catalog.Filter{}))
	if len(got) == 0 || got[0] != "CLF-C02" {
		t.Fatalf("list starts %v, want the foundational CLF-C02 first", got)
	}
	if slices.Contains(got, "SOA-C02") {
		t.Error("retired SOA-C02 is listed before Show retired is checked")
	}
	if f.s.details.body.Visible() {
		t.Error("details are shown before an exam is chosen")
	}
	wantText(t, "role", f.s.paths.role.Selected, "Architect")
	f.assertRendersTo("catalog/initial.xml")
}

func TestCatalogSearchFiltersAsYouType(t *testing.T) {
	f := newCatalogFixture(t)
	test.Type(f.s.browser.search, "sap")
	wantStrings(t, "codes matching sap", f.listed(), []string{"SAP-C02"})

	f.s.browser.search.SetText("")
	test.Type(f.s.browser.search, "Security")
	wantStrings(t, "names matching Security", f.listed(), []string{"SCS-C03"})
	test.Tap(f.s.browser.retired)
	wantStrings(t, "with retired", f.listed(), []string{"SCS-C03", "SCS-C02"})
	if f.s.browser.empty.Visible() {
		t.Error("the no-match message shows while there are matches")
	}
}

func TestCatalogSearchWithNoMatchSaysSo(t *testing.T) {
	f := newCatalogFixture(t)
	test.Type(f.s.browser.search, "xyz")
	if n := f.s.browser.list.Length(); n != 0 {
		t.Fatalf("list length = %d, want 0", n)
	}
	if !f.s.browser.empty.Visible() {
		t.Fatal("no message for an empty result")
	}
	wantText(t, "message", f.s.browser.empty.Text, "No certification matches “xyz”")
}

func TestCatalogTierChoiceNarrowsTheList(t *testing.T) {
	f := newCatalogFixture(t)
	f.s.browser.tier.SetSelected("Professional")
	wantStrings(t, "professional", f.listed(), []string{"SAP-C02", "DOP-C02", "AIP-C01"})
	f.s.browser.tier.SetSelected("Skill Builder badges")
	wantStrings(t, "badges", f.listed(), activeCodes(t, catalog.Filter{Tier: catalog.Badge}))
	f.s.browser.tier.SetSelected("All tiers")
	wantStrings(t, "all", f.listed(), activeCodes(t, catalog.Filter{}))
}

func TestCatalogEnterInSearchOpensFirstMatch(t *testing.T) {
	f := newCatalogFixture(t)
	test.Type(f.s.browser.search, "dva")
	f.s.browser.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	wantText(t, "details", f.s.details.entry.Code, "DVA-C02")
	if f.win.Canvas().Focused() != f.s.browser.list {
		t.Error("the list does not have the keyboard after Enter")
	}
}

func TestCatalogDetailsOfSAA(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("SAA-C03")
	d := f.s.details
	wantText(t, "name", d.name.Text, "Solutions Architect - Associate")
	wantText(t, "headline", d.headline.String(), "SAA-C03 · AWS · Associate")
	wantText(t, "questions", d.questions.Text, "65 (50 scored)")
	wantText(t, "duration", d.duration.Text, "130 minutes")
	wantText(t, "price", d.price.Text, "US$150")
	wantText(t, "passing", d.passing.Text, "720/1000")
	wantText(t, "validity", d.validity.Text, "valid 3 years")
	wantText(t, "experience", d.experience.Text, "1 year designing AWS solutions")
	wantText(t, "prep", d.prep.Text, "90 hours (typically 70–120)")
	wantText(t, "renewed by", d.renewedBy.Text, "SAA-C03, SAP-C02")
	wantText(t, "renews", d.renews.Text, "CLF-C02, SAA-C03")
	wantStrings(t, "bars", f.barTexts(), []string{
		"Design Secure Architectures", "30%",
		"Design Resilient Architectures", "26%",
		"Design High-Performing Architectures", "24%",
		"Design Cost-Optimized Architectures", "20%",
	})
	if d.retired.Visible() {
		t.Error("retired notice shown for an active exam")
	}
	if d.add.Disabled() || d.add.Text != "Add to plan" {
		t.Errorf("add button = %q disabled=%v, want an enabled Add to plan", d.add.Text, d.add.Disabled())
	}
	f.assertRendersTo("catalog/saa-c03.xml")
}

func TestCatalogDetailsNameWhatAPassRenews(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("SAP-C02")
	wantText(t, "renews", f.s.details.renews.Text, "CLF-C02, SAA-C03, SAP-C02")
}

func TestCatalogBadgeHasNoExpiryAndMarksUncertainValues(t *testing.T) {
	f := newCatalogFixture(t)
	f.s.browser.tier.SetSelected("Skill Builder badges")
	f.choose("BADGE-EKS")
	d := f.s.details
	wantText(t, "validity", d.validity.Text, "no expiry")
	wantText(t, "price", d.price.Text, "free")
	wantText(t, "passing", d.passing.Text, "80% (uncertain)")
	wantText(t, "questions", d.questions.Text, "not published (uncertain)")
	if d.domains.Visible() || !d.noDomains.Visible() {
		t.Error("a badge without domains should say so instead of drawing bars")
	}
}

func TestCatalogRetiredExamNamesSuccessorAndCannotBeAdded(t *testing.T) {
	f := newCatalogFixture(t)
	test.Tap(f.s.browser.retired)
	test.Type(f.s.browser.search, "SOA")
	wantStrings(t, "list", f.listed(), []string{"SOA-C03", "SOA-C02"})
	f.choose("SOA-C02")
	d := f.s.details
	if !d.retired.Visible() {
		t.Fatal("no retired notice for SOA-C02")
	}
	notice := d.retired.Text()
	for _, want := range []string{"2025-09-29", "SOA-C03"} {
		if !strings.Contains(notice, want) {
			t.Errorf("retired notice %q does not mention %s", notice, want)
		}
	}
	if !d.add.Disabled() {
		t.Error("Add to plan is enabled for a retired exam")
	}
	wantText(t, "prep", d.prep.Text, "110 hours (typically 80–150) (uncertain)")

	test.Tap(d.successor)
	wantText(t, "details after following the successor", d.entry.Code, "SOA-C03")
	if d.retired.Visible() || d.add.Disabled() {
		t.Error("the successor is shown as retired")
	}
	wantText(t, "list selection", f.s.browser.chosen, "SOA-C03")
}

func TestCatalogAddToPlan(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("SAA-C03")
	test.Tap(f.s.details.add)
	wantStrings(t, "targets", f.targets(), []string{"SAA-C03"})
	d := f.s.details
	if !d.add.Disabled() || d.add.Text != "In plan" {
		t.Errorf("add button = %q disabled=%v after adding, want a disabled In plan", d.add.Text, d.add.Disabled())
	}
	rows := renderedRows(f.s.browser.list)
	i := slices.IndexFunc(rows, func(r string) bool { return strings.HasPrefix(r, "SAA-C03 ") })
	if i < 0 || !strings.HasSuffix(rows[i], "Associate · in plan") {
		t.Errorf("list rows %q do not mark SAA-C03 as in plan", rows)
	}
}

func TestCatalogAddOfAnExistingTargetAddsNoDuplicate(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("SAA-C03")
	f.plan("SAA-C03") // planned elsewhere; this screen has not refreshed yet
	if f.s.details.add.Disabled() {
		t.Fatal("precondition: the button should still be stale")
	}
	test.Tap(f.s.details.add)
	wantStrings(t, "targets", f.targets(), []string{"SAA-C03"})
	if f.win.Canvas().Overlays().Top() != nil {
		t.Error("an error dialog was shown for an exam that is already planned")
	}
	wantText(t, "button", f.s.details.add.Text, "In plan")
}

func TestCatalogAddFailureIsReported(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("DVA-C02")
	f.store.FailNextWrite(errors.New("disk full"))
	test.Tap(f.s.details.add)
	if len(f.targets()) != 0 {
		t.Errorf("targets = %v after a failed write", f.targets())
	}
	if f.win.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog after a failed add")
	}
	if f.s.details.add.Disabled() {
		t.Error("the button was disabled although nothing was added")
	}
}

func TestCatalogRefreshPicksUpTargetsFromElsewhere(t *testing.T) {
	f := newCatalogFixture(t)
	f.choose("DEA-C01")
	f.plan("DEA-C01")
	f.ui.targetsChanged()
	wantText(t, "button", f.s.details.add.Text, "In plan")
}

func TestCatalogRolePathShowsStepsAndNote(t *testing.T) {
	f := newCatalogFixture(t)
	p := f.s.paths
	p.role.SetSelected("Developer")
	if n := p.steps.Length(); n != 5 {
		t.Fatalf("developer path has %d steps, want 5", n)
	}
	if !p.note.Visible() || !strings.Contains(p.note.Text, "DOP-C02 or SCS-C03") {
		t.Errorf("note = %q (visible %v), want the path's note", p.note.Text, p.note.Visible())
	}
	wantText(t, "button", p.add.Text, "Add path to plan (2 exams)")

	row := newCatalogStepRow().(*catalogRow)
	p.setStepRow(row, 0)
	if got := row.AccessibilityLabel(); !strings.Contains(got, "CLF-C02") || !strings.Contains(got, "optional") {
		t.Errorf("first step reads %q, want CLF-C02 marked optional", got)
	}
	p.setStepRow(row, 1)
	if got := row.AccessibilityLabel(); strings.Contains(got, "optional") {
		t.Errorf("required step reads %q, marked optional", got)
	}
}

func TestCatalogTappingAStepOpensThatExam(t *testing.T) {
	f := newCatalogFixture(t)
	f.s.paths.role.SetSelected("Security")
	f.s.paths.steps.Select(1)
	wantText(t, "details", f.s.details.entry.Code, "SCS-C03")
	i := slices.Index(f.listed(), "SCS-C03")
	f.s.browser.list.Select(i) // already selected: must not fire again or change anything
	wantText(t, "details", f.s.details.entry.Code, "SCS-C03")

	f.choose("ANS-C01")
	f.s.paths.role.SetSelected("Networking")
	f.s.paths.steps.Select(0)
	wantText(t, "details", f.s.details.entry.Code, "SAA-C03")
}

func TestCatalogAddPathAddsRequiredStepsInOrderSkippingPlanned(t *testing.T) {
	f := newCatalogFixture(t)
	f.plan("AIF-C01", "SAA-C03")
	f.ui.targetsChanged()
	p := f.s.paths
	p.role.SetSelected("Developer")
	wantText(t, "button", p.add.Text, "Add path to plan (1 exam)")

	test.Tap(p.add)
	wantStrings(t, "targets", f.targets(), []string{"AIF-C01", "SAA-C03", "DVA-C02"})
	wantText(t, "status", p.status.Text, "Added to plan: DVA-C02. Already in plan: SAA-C03.")
	if !p.add.Disabled() {
		t.Error("Add path stays enabled with every required exam planned")
	}

	p.role.SetSelected("ML / GenAI engineer")
	test.Tap(p.add)
	wantStrings(t, "targets", f.targets(), []string{"AIF-C01", "SAA-C03", "DVA-C02", "MLA-C01", "AIP-C01"})
	wantText(t, "status", p.status.Text, "Added to plan: MLA-C01, AIP-C01. Already in plan: AIF-C01.")
}

func TestCatalogAddPathStopsAtTheFirstFailure(t *testing.T) {
	f := newCatalogFixture(t)
	f.s.paths.role.SetSelected("Architect")
	f.store.FailNextWrite(errors.New("disk full"))
	test.Tap(f.s.paths.add)
	if len(f.targets()) != 0 {
		t.Errorf("targets = %v after the first write failed", f.targets())
	}
	wantText(t, "status", f.s.paths.status.Text, "Stopped at SAA-C03.")
	if f.win.Canvas().Overlays().Top() == nil {
		t.Error("no error dialog after a failed add")
	}
}

// TestCatalogScreenshot renders the screen with the default light theme to
// the PNG file named by CERTPLAN_CATALOG_PNG, for checking the layout by eye.
func TestCatalogScreenshot(t *testing.T) {
	f := newCatalogFixture(t)
	fyne.CurrentApp().Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantLight})
	f.plan("CLF-C02")
	f.ui.targetsChanged()
	f.s.paths.role.SetSelected("Developer")
	f.choose("SAA-C03")
	capture(t, f.win, "catalog")
	test.Tap(f.s.browser.retired)
	f.s.show("SOA-C02")
	capture(t, f.win, "catalog-retired")
}
