package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// escapeCloses wraps a pop-up's content so that the pop-up takes the
// keyboard focus when shown and Escape closes it, as a learner expects of
// any pop-up. Fyne's calendar cannot take the focus by itself.
type escapeCloses struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onClose func()
}

func newEscapeCloses(content fyne.CanvasObject, onClose func()) *escapeCloses {
	e := &escapeCloses{content: content, onClose: onClose}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escapeCloses) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.content)
}

func (e *escapeCloses) FocusGained()   {}
func (e *escapeCloses) FocusLost()     {}
func (e *escapeCloses) TypedRune(rune) {}

// TypedKey closes on Escape.
func (e *escapeCloses) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.onClose()
	}
}
