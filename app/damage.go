package app

// ShowDamage replaces the whole window with the reason the app cannot go
// on, for damage in the data folder found after the window opened (the
// store reads every table block while the window opens). The store already
// refuses every write; the screens may be missing what the damaged part
// holds, so they go, with any dialog or guide on top of them and the
// window's shortcuts. What is left is the message that says how to get the
// data back, and Quit. Call it on the UI goroutine (fyne.Do).
func (u *UI) ShowDamage(err error) {
	u.reminders.stop()
	u.today.timer.stopTicking()
	c := u.win.Canvas()
	for _, o := range c.Overlays().List() {
		c.Overlays().Remove(o)
	}
	u.removeShortcuts()
	u.win.SetCloseIntercept(nil)
	// The window keeps its size: shrinking a window already on screen to
	// the message's size left it blank under the real driver.
	showFatalContent(u.win, err)
}
