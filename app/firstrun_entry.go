package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// firstRunEntry is a one-line field of the first-run guide that keeps the
// guide's keys: Enter moves on and Escape skips even while it has the focus.
type firstRunEntry struct {
	widget.Entry
	onEscape func()
}

func newFirstRunEntry(placeholder string, onEnter, onEscape func()) *firstRunEntry {
	e := &firstRunEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = placeholder
	e.OnSubmitted = func(string) { onEnter() }
	return e
}

func (e *firstRunEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}
