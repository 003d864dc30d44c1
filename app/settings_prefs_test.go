package app

import (
	"image/color"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

func TestSettingsThemeAppliesAtOnceAndIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme()) // the system's look, as in the real app
	svc := planner.NewService(plannertest.NewMemStore(), builtinCatalog(t), func() time.Time { return firstRunNow })
	u, _ := openTestUI(t, a, svc)
	background := func() color.Color {
		return a.Settings().Theme().Color(theme.ColorNameBackground, a.Settings().ThemeVariant())
	}
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	light := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)

	u.settingsScreen().prefs.theme.SetSelected("Light")
	if background() != light {
		t.Errorf("Light: background %v, want %v", background(), light)
	}
	u.settingsScreen().prefs.theme.SetSelected("Dark")
	if background() != dark {
		t.Errorf("Dark: background %v, want %v", background(), dark)
	}
	if got := a.Preferences().String(prefTheme); got != "dark" {
		t.Errorf("stored theme %q, want dark", got)
	}

	// The next start (same preferences) comes up dark, and the select says so.
	a.Settings().SetTheme(theme.DefaultTheme())
	again, _ := openTestUI(t, a, svc)
	if background() != dark || again.settingsScreen().prefs.theme.Selected != "Dark" {
		t.Errorf("after a restart: background %v, select %q", background(), again.settingsScreen().prefs.theme.Selected)
	}
	again.settingsScreen().prefs.theme.SetSelected("Same as the system")
	if a.Settings().Theme() != theme.DefaultTheme() {
		t.Errorf("\"Same as the system\" gives %T, want the theme the app started with", a.Settings().Theme())
	}
}

func TestSettingsExperienceAndLabShareSaveThroughThePlanner(t *testing.T) {
	u, svc := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
	p := u.settingsScreen().prefs
	p.experience.SetSelected(planExperienceLabels()[2])
	p.labShare.SetText("0.5")
	p.commitLabShare()
	a, _ := svc.Availability()
	if a.Experience != planner.Daily || a.LabShare != 0.5 {
		t.Fatalf("availability = %+v, want daily and 0.5", a)
	}
	u.selectScreen(planTab)
	if got := u.planScreen().avail.experience.Selected; got != planExperienceLabels()[2] {
		t.Errorf("the Plan screen shows experience %q", got)
	}

	p.labShare.SetText("2")
	p.commitLabShare()
	if p.message.Hidden || !strings.Contains(p.message.Text, "lab share") {
		t.Errorf("a share of 2 gave message %q (hidden %v)", p.message.Text, p.message.Hidden)
	}
	if a, _ := svc.Availability(); a.LabShare != 0.5 {
		t.Errorf("a rejected share was saved: %v", a.LabShare)
	}
}

func TestSettingsNotificationsOffSendsNothingButKeepsTheList(t *testing.T) {
	sent := recordNotifications(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedExpiring(t, st, clock)
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefNotifications, false)
	u, _, _ := newTodayUI(t, a, st, clock)
	wantSent(t, "with notifications off", sent.take())
	if len(u.today.deadlines.reminders.Objects) != 1 {
		t.Error("Today's list lost the reminder with notifications off")
	}
	if u.settingsScreen().prefs.notify.Checked {
		t.Error("the check box shows notifications on")
	}
	u.settingsScreen().prefs.notify.SetChecked(true)
	wantSent(t, "once turned back on", sent.take(),
		"CertPlan: renewal due: DVA-C02 expires on 2027-04-20, in 148 days. A pass of DVA-C02 renews it.")
}

func TestSettingsShowsTheDataFolderAndHowToMoveIt(t *testing.T) {
	u, _ := newTestUI(t, plannertest.NewMemStore(), firstRunNow)
	var folder, howTo bool
	walkObjects(u.settingsScreen().content(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			folder = folder || x.Text == "/home/learner/.local/share/certplan"
		case *widget.RichText:
			howTo = howTo || strings.Contains(x.String(), "--data-dir")
		}
	})
	if !folder || !howTo {
		t.Errorf("data folder label shown %v, how to move it %v", folder, howTo)
	}
}
