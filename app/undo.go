package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// undoFor is how long an Undo stays on offer after a removal: long enough
// to notice a slip, short enough not to linger over the next task.
const undoFor = 8 * time.Second

// undoBar is a strip at the bottom of the window that says what was just
// removed and offers to take it back. One offer at a time: a newer removal
// replaces the older offer.
type undoBar struct {
	box    *fyne.Container
	label  *widget.Label
	button *widget.Button
	undo   func()
	offers int // counts offers, so an old timer does not hide a newer one
	after  func(time.Duration, func())
}

func newUndoBar() *undoBar {
	b := &undoBar{label: widget.NewLabel("")}
	b.after = func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) }
	b.button = widget.NewButtonWithIcon(lang.L("Undo"), theme.ContentUndoIcon(), b.takeBack)
	b.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, b.button, b.label))
	b.box.Hide()
	return b
}

// offer shows message with an Undo button that runs undo, for undoFor.
func (b *undoBar) offer(message string, undo func()) {
	b.offers++
	n := b.offers
	b.undo = undo
	b.label.SetText(message)
	b.box.Show()
	b.after(undoFor, func() {
		if b.offers == n {
			b.dismiss()
		}
	})
}

func (b *undoBar) takeBack() {
	undo := b.undo
	b.dismiss()
	if undo != nil {
		undo()
	}
}

func (b *undoBar) dismiss() {
	b.undo = nil
	b.box.Hide()
}
