package app

import "fyne.io/fyne/v2"

const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
)

// restoreWindowSize reopens the window at the size the learner left it.
func (u *UI) restoreWindowSize() {
	p := u.app.Preferences()
	w := float32(p.FloatWithFallback(prefWindowWidth, float64(defaultWindowSize.Width)))
	h := float32(p.FloatWithFallback(prefWindowHeight, float64(defaultWindowSize.Height)))
	if w < 640 || h < 480 {
		w, h = defaultWindowSize.Width, defaultWindowSize.Height
	}
	u.win.Resize(fyne.NewSize(w, h))
}

// saveWindowSize remembers the window's size for the next run.
func (u *UI) saveWindowSize() {
	s := u.win.Canvas().Size()
	if s.Width < 1 || s.Height < 1 {
		return
	}
	p := u.app.Preferences()
	p.SetFloat(prefWindowWidth, float64(s.Width))
	p.SetFloat(prefWindowHeight, float64(s.Height))
}
