package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner/plannertest"
)

func TestCalendarFileIsRewrittenAfterEachChange(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTodayUI(t, a, plannertest.NewMemStore(), newTodayClock(todayNow))
	path := filepath.Join(t.TempDir(), "certplan.ics")
	c := u.calendarFile
	c.path.SetText(path)
	u.refreshAll()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the file was written while the setting is off (%v)", err)
	}

	c.enabled.SetChecked(true)
	if data, err := os.ReadFile(path); err != nil || !strings.Contains(string(data), "BEGIN:VCALENDAR") {
		t.Fatalf("turning the setting on wrote %q, %v", data, err)
	}
	// A wallet change: the new expiry is in the file.
	u.selectScreen(walletTab)
	f := u.walletScreen().earned
	f.code.entry.SetText("DVA-C02")
	f.date.entry.SetText("2024-04-20")
	test.Tap(f.save)
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "UID:renewal-DVA-C02@certplan") {
		t.Errorf("after recording DVA-C02 the file lacks its renewal deadline:\n%s", data)
	}
	// A plan change: the renewal exam becomes a target.
	test.Tap(cardFor(t, u.walletScreen(), "DVA-C02").renew)
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "UID:exam-DVA-C02@certplan") {
		t.Errorf("after planning the renewal the file lacks the exam:\n%s", data)
	}

	// The setting survives a restart.
	again := New(a, a.NewWindow(""), u.deps)
	t.Cleanup(again.reminders.stop)
	if !again.calendarFile.enabled.Checked || again.calendarFile.path.Text != path {
		t.Errorf("after a restart: on %v, path %q", again.calendarFile.enabled.Checked, again.calendarFile.path.Text)
	}
}

func TestCalendarFileFailureIsShownOnce(t *testing.T) {
	a := test.NewTempApp(t)
	u, w, _ := newTodayUI(t, a, plannertest.NewMemStore(), newTodayClock(todayNow))
	c := u.calendarFile
	c.path.SetText(filepath.Join(t.TempDir(), "missing", "certplan.ics"))
	c.enabled.SetChecked(true)
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("a failed write showed nothing")
	}
	test.Tap(overlayButton(t, w, "OK"))
	u.refreshAll()
	u.refreshAll()
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the same failure was shown again on the next changes")
	}
	if !strings.Contains(c.status.Text, "could not be written") {
		t.Errorf("status = %q", c.status.Text)
	}
}
