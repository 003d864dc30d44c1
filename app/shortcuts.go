package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// screenKeys are the number keys that pick screens in tab order.
var screenKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}

// addShortcuts binds the keys a desktop user reaches for: Ctrl+1 to Ctrl+6
// (Cmd on macOS) switch screens in tab order, Ctrl+Q quits.
func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	for _, s := range u.windowShortcuts() {
		c.AddShortcut(s, u.onShortcut)
	}
	c.SetOnTypedKey(u.onKeyWithoutFocus)
}

// removeShortcuts unbinds what addShortcuts bound.
func (u *UI) removeShortcuts() {
	c := u.win.Canvas()
	for _, s := range u.windowShortcuts() {
		c.RemoveShortcut(s)
	}
	c.SetOnTypedKey(nil)
}

// windowShortcuts are the window-wide shortcuts: the screens, Ctrl+Q and
// the actions.
func (u *UI) windowShortcuts() []fyne.Shortcut {
	var keys []fyne.KeyName
	keys = append(keys, screenKeys[:min(len(u.screens), len(screenKeys))]...)
	keys = append(keys, fyne.KeyQ)
	for _, a := range u.actionShortcuts() {
		keys = append(keys, a.key)
	}
	shortcuts := make([]fyne.Shortcut, len(keys))
	for i, k := range keys {
		shortcuts[i] = &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	return shortcuts
}

// onShortcut handles every window-wide shortcut.
func (u *UI) onShortcut(s fyne.Shortcut) {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return
	}
	if cs.KeyName == fyne.KeyQ {
		u.quit()
		return
	}
	for _, a := range u.actionShortcuts() {
		if a.key == cs.KeyName {
			a.run()
			return
		}
	}
	for i, k := range screenKeys {
		if k == cs.KeyName && i < len(u.screens) {
			u.tabs.SelectIndex(i)
		}
	}
}

// quit remembers the window size, then closes the window, which ends the app.
func (u *UI) quit() {
	u.reminders.stop()
	u.saveWindowSize()
	u.win.Close()
}
