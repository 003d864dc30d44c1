package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// notToday is every tab but Today, the screens built when first needed.
var notToday = []tabID{planTab, logTab, walletTab, catalogTab, settingsTab}

// wantUnbuilt fails the test for each of ids whose screen has been built.
func wantUnbuilt(t *testing.T, u *UI, when string, ids ...tabID) {
	t.Helper()
	for _, id := range ids {
		if u.isBuilt(id) || u.shown(u.screens[id]) {
			t.Errorf("%s: the %s screen is built", when, u.tabTitle(id))
		}
	}
}

// The window opens on Today with its figures; no other screen is built,
// not by a refresh of everything (a command run through the open app), nor
// by the reminders, nor by the calendar file.
func TestStartUpBuildsOnlyToday(t *testing.T) {
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, svc := newTodayUI(t, test.NewTempApp(t), st, clock)
	seedWallet(t, svc)
	if u.tabs.SelectedIndex() != int(todayTab) || !u.isBuilt(todayTab) || !u.shown(u.screens[todayTab]) {
		t.Fatal("the window does not open on the Today screen")
	}
	if len(u.today.progress.shown) == 0 {
		t.Fatal("the Today screen shows no progress at start-up")
	}
	wantUnbuilt(t, u, "after New", notToday...)

	u.Refresh()
	u.reminders.check()
	u.calendarFile.enabled.SetChecked(true)
	wantUnbuilt(t, u, "after a refresh", notToday...)

	var titles []string
	for _, item := range u.tabs.Items {
		titles = append(titles, item.Text)
	}
	if want := []string{"Today", "Plan", "Log", "Wallet", "Catalog", "Settings"}; !slices.Equal(titles, want) {
		t.Errorf("tabs %q, want %q", titles, want)
	}
}

// Selecting a tab builds its screen, once, and shows the data.
func TestSelectingATabBuildsItsScreen(t *testing.T) {
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, svc := newTodayUI(t, test.NewTempApp(t), st, clock)
	seedWallet(t, svc)
	for i, id := range notToday {
		wantUnbuilt(t, u, "before "+u.tabTitle(id)+" is selected", notToday[i:]...)
		u.selectScreen(id)
		if !u.isBuilt(id) || !u.shown(u.screens[id]) {
			t.Fatalf("selecting %s left it unbuilt", u.tabTitle(id))
		}
		built := u.screen(id)
		if !objectIn(u.win.Content(), built.content()) {
			t.Errorf("the %s screen is not in the window", u.tabTitle(id))
		}
		wantScreenData(t, u, svc, id)
		u.selectScreen(todayTab)
		u.selectScreen(id)
		if u.screen(id) != built {
			t.Errorf("the %s screen was built again", u.tabTitle(id))
		}
	}
}

// A change made while a screen is not built yet shows when it is opened:
// a session logged on Today, a target and a certification added through
// the service (a command run through the open app).
func TestChangesBeforeAScreenIsBuiltShowWhenItOpens(t *testing.T) {
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, svc := newTodayUI(t, test.NewTempApp(t), st, clock)
	before, _ := svc.Entries(planner.EntryQuery{})
	test.Tap(u.today.sessions.shown[0].done)
	if _, err := svc.AddTarget(planner.Target{Code: "DVA-C02"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.AddEarned(planner.Earned{Code: "CLF-C02", Date: planner.NewDate(2025, 3, 1)}); err != nil {
		t.Fatal(err)
	}
	u.Refresh()
	wantUnbuilt(t, u, "after the changes", notToday...)

	u.selectScreen(logTab)
	if got := len(u.logScreen().list.entries); got != len(before)+1 {
		t.Errorf("the Log screen lists %d entries, want %d", got, len(before)+1)
	}
	u.selectScreen(planTab)
	if !slices.ContainsFunc(u.planScreen().plan.Sessions, func(s planner.Session) bool { return s.Code == "DVA-C02" }) {
		t.Error("the Plan screen plans no session of the target added before it was opened")
	}
	u.selectScreen(catalogTab)
	if !u.catalogScreen().isPlanned("DVA-C02") {
		t.Error("the Catalog does not know DVA-C02 is planned")
	}
	u.selectScreen(walletTab)
	cardFor(t, u.walletScreen(), "CLF-C02")
	for _, id := range notToday {
		wantScreenData(t, u, svc, id)
	}
}

// The shortcuts and buttons that lead into a screen build it from a fresh
// start: Ctrl+L to the log form's hours, Ctrl+N to the new target's code,
// Ctrl+E to the CSV export, Today's "Plan an exam", and the first-run
// guide's restore, which uses the Settings screen without showing it.
func TestShortcutsIntoScreensNotBuiltYet(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)

	u, _ := newTestUI(t, plannertest.NewMemStore(), now)
	ctrl(u, fyne.KeyL)
	if tabID(u.tabs.SelectedIndex()) != logTab || u.win.Canvas().Focused() != fyne.Focusable(u.logScreen().form.hours) {
		t.Errorf("Ctrl+L shows %q with %T focused", u.tabs.Selected().Text, u.win.Canvas().Focused())
	}
	wantUnbuilt(t, u, "after Ctrl+L", planTab, walletTab, catalogTab, settingsTab)

	u, svc := newTestUI(t, plannertest.NewMemStore(), now)
	ctrl(u, fyne.KeyN)
	c := u.win.Canvas()
	if tabID(u.tabs.SelectedIndex()) != planTab || c.Focused() != fyne.Focusable(u.planScreen().targets.addCode) {
		t.Fatalf("Ctrl+N shows %q with %T focused", u.tabs.Selected().Text, c.Focused())
	}
	typeIn(c, "clf-c02")
	pressEnter(c)
	if ts, _ := svc.Targets(); len(ts) != 1 || ts[0].Code != "CLF-C02" {
		t.Errorf("targets after Ctrl+N: %+v", ts)
	}
	wantUnbuilt(t, u, "after Ctrl+N", logTab, walletTab, catalogTab, settingsTab)

	u, _ = newTestUI(t, plannertest.NewMemStore(), now)
	ctrl(u, fyne.KeyE)
	if tabID(u.tabs.SelectedIndex()) != logTab || u.win.Canvas().Overlays().Top() == nil {
		t.Errorf("Ctrl+E shows %q and no file dialog", u.tabs.Selected().Text)
	}

	u, _ = newTestUI(t, plannertest.NewMemStore(), now)
	test.Tap(u.today.header.openPlan)
	if tabID(u.tabs.SelectedIndex()) != planTab || !u.shown(u.screens[planTab]) {
		t.Errorf("Plan an exam shows %q", u.tabs.Selected().Text)
	}

	u, _ = newTestUI(t, plannertest.NewMemStore(), now)
	u.showFirstRunGuide()
	u.guide.restoreBackup()
	if !u.isBuilt(settingsTab) || u.shown(u.screens[settingsTab]) || tabID(u.tabs.SelectedIndex()) != todayTab {
		t.Error("the guide's restore should use the Settings screen without showing it")
	}
	u.selectScreen(settingsTab)
	if !objectIn(u.win.Content(), u.settingsScreen().content()) {
		t.Error("the Settings screen built by the guide is not shown by its tab")
	}
}

// wantScreenData checks that screen id shows what the service holds.
func wantScreenData(t *testing.T, u *UI, svc *planner.Service, id tabID) {
	t.Helper()
	switch id {
	case planTab:
		if len(u.planScreen().plan.Sessions) == 0 {
			t.Error("the Plan screen has no sessions")
		}
	case logTab:
		q, err := u.logScreen().filters.query()
		if err != nil {
			t.Fatal(err)
		}
		all, err := svc.Entries(q)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) == 0 || len(u.logScreen().list.entries) != len(all) {
			t.Errorf("the Log screen lists %d entries, want %d", len(u.logScreen().list.entries), len(all))
		}
	case walletTab:
		w, err := svc.Wallet()
		if err != nil {
			t.Fatal(err)
		}
		if len(w.Held) == 0 || len(u.walletScreen().held) != len(w.Held) {
			t.Errorf("the Wallet screen shows %d cards, want %d", len(u.walletScreen().held), len(w.Held))
		}
	case catalogTab:
		ts, err := svc.Targets()
		if err != nil {
			t.Fatal(err)
		}
		for _, tg := range ts {
			if !u.catalogScreen().isPlanned(tg.Code) {
				t.Errorf("the Catalog does not know %s is planned", tg.Code)
			}
		}
	case settingsTab:
		a, err := svc.Availability()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := u.settingsScreen().prefs.labShare.Text, planner.FormatHours(a.LabShare); got != want {
			t.Errorf("the Settings screen shows a lab share of %q, want %q", got, want)
		}
	}
}

// objectIn says whether o is inside root, widgets' renderers included.
func objectIn(root, o fyne.CanvasObject) bool {
	found := false
	walkObjects(root, func(x fyne.CanvasObject) { found = found || x == o })
	return found
}
