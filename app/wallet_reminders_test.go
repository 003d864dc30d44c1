package app

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// sentNotifications records what the app hands to the desktop.
type sentNotifications struct {
	mu   sync.Mutex
	sent []string
}

func recordNotifications(t *testing.T) *sentNotifications {
	t.Helper()
	r := &sentNotifications{}
	was := sendNotification
	sendNotification = func(_ fyne.App, n *fyne.Notification) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.sent = append(r.sent, n.Title+": "+n.Content)
	}
	t.Cleanup(func() { sendNotification = was })
	return r
}

// take returns what was sent since the last call.
func (r *sentNotifications) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.sent
	r.sent = nil
	return out
}

func wantSent(t *testing.T, when string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: notified %q, want %q", when, got, want)
	}
}

// seedExpiring holds DVA-C02 from 2024-04-20, so it expires 2027-04-20:
// 148 days after todayNow, past the 180-day threshold.
func seedExpiring(t *testing.T, st planner.Store, clock *todayClock) {
	t.Helper()
	svc := planner.NewService(st, builtinCatalog(t), clock.now)
	if _, err := svc.AddEarned(planner.Earned{Code: "DVA-C02", Date: planner.NewDate(2024, 4, 20)}); err != nil {
		t.Fatal(err)
	}
}

// openAgain starts the app anew on st, as after a restart.
func openAgain(t *testing.T, st planner.Store, clock *todayClock) *UI {
	t.Helper()
	u, _, _ := newTodayUI(t, test.NewTempApp(t), st, clock)
	return u
}

func TestReminderIsNotifiedOnceAcrossChecksAndRestarts(t *testing.T) {
	sent := recordNotifications(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedExpiring(t, st, clock)

	u := openAgain(t, st, clock)
	first := "CertPlan: renewal due: DVA-C02 expires on 2027-04-20, in 148 days. A pass of DVA-C02 renews it."
	wantSent(t, "at start-up", sent.take(), first)
	if got := labelText(u.today.deadlines.reminders.Objects[0]); got != "• DVA-C02 expires on 2027-04-20, in 148 days. A pass of DVA-C02 renews it." {
		t.Errorf("Today lists %q", got)
	}
	wantLabel(t, "most urgent deadline", u.today.deadlines.urgent, "DVA-C02 expires in 148 days")

	u.reminders.check() // the hourly check, same day
	clock.advance(24 * time.Hour)
	u.reminders.check() // the next day: still the 180-day threshold
	wantSent(t, "on later checks", sent.take())

	u.quit()
	again := openAgain(t, st, clock)
	wantSent(t, "after a restart", sent.take())
	if len(again.today.deadlines.reminders.Objects) != 1 {
		t.Error("a reminder already notified left Today's list")
	}
}

func TestRemindersMissedWhileClosedAreCaughtUp(t *testing.T) {
	sent := recordNotifications(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedExpiring(t, st, clock)
	openAgain(t, st, clock).quit()
	sent.take()

	// Closed from November to March: the 90-day threshold passed meanwhile.
	clock.set(time.Date(2027, 3, 1, 8, 0, 0, 0, time.Local))
	u := openAgain(t, st, clock)
	wantSent(t, "at start-up after the gap", sent.take(),
		"CertPlan: renewal due: DVA-C02 expires on 2027-04-20, in 50 days. A pass of DVA-C02 renews it.")

	// Running on into the last week: the hourly check catches the 7-day one.
	clock.set(time.Date(2027, 4, 13, 15, 0, 0, 0, time.Local))
	u.reminders.check()
	wantSent(t, "a week before", sent.take(),
		"CertPlan: renewal due: DVA-C02 expires on 2027-04-20, in 7 days. A pass of DVA-C02 renews it.")
}

func TestReminderTickerChecksWhileRunningAndStops(t *testing.T) {
	sent := recordNotifications(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(time.Date(2026, 10, 1, 9, 0, 0, 0, time.Local)) // 201 days before the expiry
	seedExpiring(t, st, clock)
	was := reminderCheckEvery
	reminderCheckEvery = 5 * time.Millisecond
	t.Cleanup(func() { reminderCheckEvery = was })
	u := openAgain(t, st, clock)
	wantSent(t, "at start-up, nothing due yet", sent.take())

	running := u.reminders.ticking
	clock.set(todayNow)
	time.Sleep(100 * time.Millisecond)
	u.quit()
	wantSent(t, "by the ticker", sent.take(),
		"CertPlan: renewal due: DVA-C02 expires on 2027-04-20, in 148 days. A pass of DVA-C02 renews it.")
	select {
	case <-running.done:
	default:
		t.Fatal("the reminder ticker still runs after quitting")
	}
}

// A renewal threshold turned off in Settings is not notified, and does not
// come later either; the ones left on are.
func TestRenewalThresholdsChosenInSettings(t *testing.T) {
	sent := recordNotifications(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedExpiring(t, st, clock) // DVA-C02 expires in 148 days: the 180-day threshold

	a := test.NewTempApp(t)
	a.Preferences().SetString(prefRenewalDays, "90,30,7")
	u, _, _ := newTodayUI(t, a, st, clock)
	wantSent(t, "with 180 days turned off", sent.take())
	u.reminders.check()
	wantSent(t, "at the next check", sent.take())

	clock.set(clock.now().AddDate(0, 2, 0)) // now under 90 days
	u.reminders.check()
	if got := sent.take(); len(got) != 1 || !strings.Contains(got[0], "DVA-C02 expires") {
		t.Fatalf("at 90 days: %v", got)
	}
}
