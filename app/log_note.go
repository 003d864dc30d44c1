package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formEntry is a text field of the log form. Escape in it cancels the form
// (see logForm.cancel), and it leaves Tab to the window even when it has
// several lines, so Tab moves on from the note to the link and the buttons
// instead of typing a tab nobody wants in a note.
type formEntry struct {
	widget.Entry
	onEscape func()
}

func newFormEntry(onEscape func()) *formEntry {
	e := &formEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

func newFormNoteEntry(onEscape func()) *formEntry {
	e := newFormEntry(onEscape)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// AcceptsTab is false, so the window moves the focus on Tab.
func (e *formEntry) AcceptsTab() bool { return false }

// TypedKey hands Escape to the form; every other key edits the text.
func (e *formEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
