package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pressTab does what the desktop driver does with Tab: a focused widget
// that accepts tabs receives it, anything else moves the focus on.
func pressTab(c fyne.Canvas) {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	c.FocusNext()
}

// Tapping (or pressing Space on) the chosen kind keeps it chosen, so the
// form never ends up refusing to save for want of a kind.
func TestLogKindCannotBeCleared(t *testing.T) {
	f := newLogFixture(t)
	form := f.s.form
	var options []fyne.Tappable
	walkObjects(form.kind, func(o fyne.CanvasObject) {
		if tap, ok := o.(fyne.Tappable); ok && o != fyne.CanvasObject(form.kind) {
			options = append(options, tap)
		}
	})
	if len(options) != 2 || form.kind.Selected != "Study" {
		t.Fatalf("%d kind options, %q chosen", len(options), form.kind.Selected)
	}
	test.Tap(options[0])
	if form.kind.Selected != "Study" {
		t.Fatalf("tapping the chosen kind left %q", form.kind.Selected)
	}
	before := len(f.entries())
	test.Type(form.hours, "1")
	test.Tap(form.save)
	if len(f.entries()) != before+1 {
		t.Errorf("the form did not save; kind message %q", form.errs["kind"].Text)
	}
}

// Tab walks the Log screen in the order it reads: filters, the list, then
// every field of the form down to its buttons, the note included.
func TestLogTabFollowsVisualOrder(t *testing.T) {
	f := newLogFixture(t)
	c := f.win.Canvas()
	form, filters := f.s.form, f.s.filters
	c.Focus(filters.cert)
	var seen []fyne.Focusable
	for range 40 {
		seen = append(seen, c.Focused())
		pressTab(c)
	}
	want := []fyne.Focusable{filters.cert, filters.kind, filters.from, filters.to, form.cert, form.date, form.hours,
		form.domain, form.services.entry, form.note, form.link, form.save, form.clear}
	last := -1
	for _, w := range want {
		at := slices.Index(seen, w)
		if at <= last {
			t.Fatalf("Tab reached %T at step %d, after step %d; want the visual order", w, at, last)
		}
		last = at
	}
	if form.note.Text != "" {
		t.Errorf("Tab typed %q into the note", form.note.Text)
	}
}

// Escape in a field abandons an edit without saving it.
func TestLogEscapeCancelsAnEdit(t *testing.T) {
	f := newLogFixture(t)
	f.s.list.list.Select(0)
	form := f.s.form
	picked := f.s.list.entries[0]
	setEntry(&form.hours.Entry, "3")
	form.hours.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if form.editing != 0 || form.heading.Text != "New entry" {
		t.Errorf("after Escape the form edits %d under %q", form.editing, form.heading.Text)
	}
	if got, err := f.svc.Entry(picked.ID); err != nil || got.Hours != picked.Hours {
		t.Errorf("Escape saved the edit: %+v, %v", got, err)
	}
}

// A message under a field goes as soon as the field is put right, before
// the next save; it follows the text while the field is still wrong.
func TestLogMessageClearsWhenTheFieldIsRight(t *testing.T) {
	f := newLogFixture(t)
	form := f.s.form
	for _, c := range []struct{ field, bad, stillBad, good string }{
		{"hours", "25", "30", "2"},
		{"date", "2026-11-24", "2026-11-30", "2026-11-20"},
	} {
		entry := map[string]*formEntry{"hours": form.hours, "date": form.date}[c.field]
		f.fill("Study", "CLF-C02", "2026-11-23", "1", "Cloud Concepts", "", "", "")
		setEntry(&entry.Entry, c.bad)
		test.Tap(form.save)
		msg := form.errs[c.field]
		if !msg.Visible() {
			t.Fatalf("%s %q: no message", c.field, c.bad)
		}
		entry.SetText(c.stillBad) // a paste: typed key by key it may pass a valid value
		if !msg.Visible() || !strings.Contains(msg.Text, c.stillBad) {
			t.Errorf("%s %q: message %q (shown %v), want one naming the new text", c.field, c.stillBad, msg.Text, msg.Visible())
		}
		setEntry(&entry.Entry, c.good)
		if msg.Visible() {
			t.Errorf("%s %q: the message %q stays after the field was put right", c.field, c.good, msg.Text)
		}
	}
}
