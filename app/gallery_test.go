package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestGallery renders every screen of a learner six weeks into a plan, in
// the light and the dark theme (chosen through Settings, as a learner
// would), and the first-run guide a new learner sees. Each capture must
// draw; `make screenshots` keeps them in docs/screenshots for the README.
func TestGallery(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme()) // the real app's look, not the test driver's
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	svc := seedLearner(t, st, clock)
	seedGalleryExtras(t, svc)
	u, w, _ := newTodayUI(t, a, st, clock)
	u.catalogScreen().show("SAP-C02") // the next exam on the learner's path, in detail

	for _, look := range []struct{ name, choice string }{{"light", "Light"}, {"dark", "Dark"}} {
		u.settingsScreen().prefs.theme.SetSelected(look.choice)
		for id := range u.screens {
			u.selectScreen(tabID(id))
			w.Resize(defaultWindowSize)
			capture(t, w, galleryName(u.screen(tabID(id)))+"-"+look.name)
		}
		u.selectScreen(todayTab)
		u.showFirstRunGuide()
		capture(t, w, "firstrun-"+look.name)
		u.guide.close()
	}
}

// galleryName is a screen's file name part: its title in lower case.
func galleryName(s screen) string {
	switch s.(type) {
	case *todayScreen:
		return "today"
	case *planScreen:
		return "plan"
	case *logScreen:
		return "log"
	case *walletScreen:
		return "wallet"
	case *catalogScreen:
		return "catalog"
	case *settingsScreen:
		return "settings"
	}
	return "screen"
}

// seedGalleryExtras gives the seeded learner what the other screens show
// at their best: a booked exam, weekend hours and public holidays, and a
// wallet with one renewal coming up.
func seedGalleryExtras(t *testing.T, svc *planner.Service) {
	t.Helper()
	ts, err := svc.Targets()
	if err != nil {
		t.Fatal(err)
	}
	ts[0].ExamBy = planner.NewDate(2027, 2, 26)
	if err := svc.UpdateTarget(ts[0]); err != nil {
		t.Fatal(err)
	}
	a := planner.DefaultAvailability()
	a.Hours[6] = 3 // Saturday
	a.Country = "GB"
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
	for _, e := range []planner.Earned{
		{Code: "DVA-C02", Date: planner.NewDate(2024, 4, 20), CredentialID: "AWS-DVA-8812"},
		{Code: "AIF-C01", Date: planner.NewDate(2025, 9, 12)},
	} {
		if _, err := svc.AddEarned(e); err != nil {
			t.Fatal(err)
		}
	}
}
