package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// A choice list opens from the keyboard (Space) and Escape closes it
// without changing the choice.
func TestSelectPopUpClosesOnEscape(t *testing.T) {
	f := newLogFixture(t)
	c := f.win.Canvas()
	domain := f.s.form.domain
	chosen := domain.Selected
	c.Focus(domain)
	domain.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if c.Overlays().Top() == nil {
		t.Fatal("Space did not open the choice list")
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape left the choice list open")
	}
	if domain.Selected != chosen {
		t.Errorf("Escape chose %q", domain.Selected)
	}
}
