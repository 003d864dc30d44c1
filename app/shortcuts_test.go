package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"certplan/planner/plannertest"
)

func TestShortcutsSwitchScreensAndQuitSavesSize(t *testing.T) {
	u, _ := newTestUI(t, plannertest.NewMemStore(), time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local))
	if u.tabs.SelectedIndex() != 0 || u.screen(todayTab) != u.today {
		t.Fatalf("the app opens on tab %d, want Today first", u.tabs.SelectedIndex())
	}
	for i, want := range []string{"Today", "Plan", "Log", "Wallet", "Catalog", "Settings"} {
		key := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6}[i]
		u.onShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault})
		if got := u.tabs.Selected().Text; u.tabs.SelectedIndex() != i || got != want {
			t.Errorf("Ctrl+%d selects %q, want %q", i+1, got, want)
		}
		if !u.shown(u.screens[i]) {
			t.Errorf("Ctrl+%d shows an empty %q tab", i+1, want)
		}
	}

	u.win.Resize(fyne.NewSize(900, 650))
	u.onShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault})
	p := u.app.Preferences()
	if w, h := p.Float(prefWindowWidth), p.Float(prefWindowHeight); w != 900 || h != 650 {
		t.Errorf("saved window size %vx%v, want 900x650", w, h)
	}
	// The next window opens at that size.
	again := New(u.app, u.app.NewWindow(""), u.deps)
	if s := again.win.Canvas().Size(); s.Width != 900 || s.Height != 650 {
		t.Errorf("reopened at %vx%v, want 900x650", s.Width, s.Height)
	}
}
