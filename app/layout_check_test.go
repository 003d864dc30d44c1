package app

import (
	"fmt"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// layoutSlack absorbs float rounding in Fyne's layouts; anything larger
// than this is a visible defect.
const layoutSlack = 0.5

// layoutProblems walks everything the canvas shows and describes each
// visible object that sticks out of its parent or the window, and each
// pair of visible texts drawn over one another. Content inside scrollers
// and entries is skipped: it is meant to exceed its viewport.
func layoutProblems(c fyne.Canvas) []string {
	w := &layoutWalker{window: c.Size()}
	root := c.Content()
	w.walk(root, root.Position(), "", c.Size())
	w.checkTextOverlaps()
	return w.problems
}

type placedText struct {
	text *canvas.Text
	path string
	min  fyne.Position
	max  fyne.Position
}

type layoutWalker struct {
	window   fyne.Size
	problems []string
	texts    []placedText
}

// walk visits o, placed at abs in window coordinates, inside a parent of
// size parent.
func (w *layoutWalker) walk(o fyne.CanvasObject, abs fyne.Position, path string, parent fyne.Size) {
	if !o.Visible() {
		return
	}
	path += "/" + typeName(o)
	size := o.Size()
	pos := o.Position()
	if size.Width > 0 && size.Height > 0 && !isDecoration(o) {
		if pos.X < -layoutSlack || pos.Y < -layoutSlack ||
			pos.X+size.Width > parent.Width+layoutSlack || pos.Y+size.Height > parent.Height+layoutSlack {
			w.problems = append(w.problems, fmt.Sprintf("%s%s: %v+%v outside its parent %v", path, textOf(o), pos, size, parent))
		}
		if abs.X < -layoutSlack || abs.Y < -layoutSlack ||
			abs.X+size.Width > w.window.Width+layoutSlack || abs.Y+size.Height > w.window.Height+layoutSlack {
			w.problems = append(w.problems, fmt.Sprintf("%s%s: %v+%v outside the window %v", path, textOf(o), abs, size, w.window))
		}
	}
	if t, ok := o.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
		w.placeText(t, abs, path)
	}
	if clipsItsContent(o) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, child := range x.Objects {
			w.walk(child, abs.Add(child.Position()), path, size)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(x).Objects() {
			w.walk(child, abs.Add(child.Position()), path, size)
		}
	}
}

// placeText records where t's letters land: its box may be wider than the
// text, which then sits where its alignment puts it.
func (w *layoutWalker) placeText(t *canvas.Text, abs fyne.Position, path string) {
	drawn := t.MinSize()
	x := abs.X
	switch t.Alignment {
	case fyne.TextAlignCenter:
		x += (t.Size().Width - drawn.Width) / 2
	case fyne.TextAlignTrailing:
		x += t.Size().Width - drawn.Width
	}
	min := fyne.NewPos(x, abs.Y)
	w.texts = append(w.texts, placedText{text: t, path: path, min: min, max: min.Add(fyne.NewPos(drawn.Width, drawn.Height))})
}

func (w *layoutWalker) checkTextOverlaps() {
	for i, a := range w.texts {
		for _, b := range w.texts[i+1:] {
			overX := min(a.max.X, b.max.X) - max(a.min.X, b.min.X)
			overY := min(a.max.Y, b.max.Y) - max(a.min.Y, b.min.Y)
			// Text boxes carry a little inner padding above and below the
			// letters, so lines stacked tightly may touch by a pixel or two.
			if overX > 1 && overY > 2 {
				w.problems = append(w.problems, fmt.Sprintf("texts overlap: %q at %v (%s) and %q at %v (%s)",
					a.text.Text, a.min, a.path, b.text.Text, b.min, b.path))
			}
		}
	}
}

// clipsItsContent reports widgets whose content may be larger than they
// are by design: scrollers, lists and entries show a window onto it.
func clipsItsContent(o fyne.CanvasObject) bool {
	switch o.(type) {
	case *container.Scroll, *widget.List, *widget.Table, *widget.Tree, *widget.GridWrap, *widget.Entry:
		return true
	}
	// Entries embedded in the app's own field types clip the same way.
	if reflect.TypeOf(o).Kind() == reflect.Pointer {
		if e := reflect.ValueOf(o).Elem(); e.Kind() == reflect.Struct {
			if f, ok := e.Type().FieldByName("Entry"); ok && f.Anonymous && f.Type == reflect.TypeOf(widget.Entry{}) {
				return true
			}
		}
	}
	return false
}

// isDecoration reports objects that may stick out harmlessly: Fyne's drop
// shadows are drawn outside their object on purpose, and spacers draw
// nothing (Fyne's box layouts let them run a padding past the end).
func isDecoration(o fyne.CanvasObject) bool {
	if _, ok := o.(*layout.Spacer); ok {
		return true
	}
	return strings.Contains(strings.ToLower(typeName(o)), "shadow")
}

func typeName(o fyne.CanvasObject) string {
	return strings.TrimPrefix(reflect.TypeOf(o).String(), "*")
}

// textOf names a text object's content in a report, so a problem points at
// the words on the screen.
func textOf(o fyne.CanvasObject) string {
	if t, ok := o.(*canvas.Text); ok {
		return fmt.Sprintf("(%q)", t.Text)
	}
	return ""
}
