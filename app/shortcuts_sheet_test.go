package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"certplan/planner/plannertest"
)

func ctrl(u *UI, key fyne.KeyName) {
	u.onShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault})
}

// Ctrl+/ and F1 open a sheet listing every shortcut, the screen keys and
// the action keys alike.
func TestShortcutSheetListsEveryShortcut(t *testing.T) {
	u, _ := newTestUI(t, plannertest.NewMemStore(), time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local))
	for _, open := range []func(){
		func() { ctrl(u, fyne.KeySlash) },
		func() { u.onKeyWithoutFocus(&fyne.KeyEvent{Name: fyne.KeyF1}) },
	} {
		open()
		top := u.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatal("no shortcuts sheet")
		}
		var text strings.Builder
		walkObjects(top, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				text.WriteString(l.Text + "\n")
			}
		})
		for _, want := range []string{"Ctrl+1", "Ctrl+5", "Ctrl+Q", "Ctrl+L", "Ctrl+T", "Ctrl+E", "Ctrl+/", "F1", "Escape"} {
			if !strings.Contains(text.String(), want+"\n") {
				t.Errorf("the sheet lacks %s:\n%s", want, text.String())
			}
		}
		top.Hide()
		u.win.Canvas().Overlays().Remove(top)
	}
}

// Ctrl+L opens a new log entry at its hours; Ctrl+T starts the timer, and
// again opens its stop dialog.
func TestShortcutsForFrequentActions(t *testing.T) {
	u, _ := newTestUI(t, plannertest.NewMemStore(), time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local))
	ctrl(u, fyne.KeyL)
	if tabID(u.tabs.SelectedIndex()) != logTab || u.win.Canvas().Focused() != fyne.Focusable(u.logScreen().form.hours) {
		t.Errorf("Ctrl+L shows %q with %T focused", u.tabs.Selected().Text, u.win.Canvas().Focused())
	}
	t.Cleanup(u.today.timer.stopTicking)
	ctrl(u, fyne.KeyT)
	tm := u.today.timer
	if tabID(u.tabs.SelectedIndex()) != todayTab || !tm.has || !tm.timer.Running() {
		t.Fatal("Ctrl+T did not start the timer on Today")
	}
	ctrl(u, fyne.KeyT)
	overlayButton(t, u.win, "Keep timing")
}
