package app

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// monthCell is what one day of a month grid shows. The widget knows nothing
// of plans: its owner decides the lines and marks, the widget draws them.
type monthCell struct {
	Day     int  // day of the month, 1..31
	InMonth bool // false for the leading and trailing days of other months
	Today   bool // outlined
	Shaded  bool // a day with no study: a public holiday or a day off
	Exam    bool // highlighted with the primary colour
	Lines   []monthLine
}

// monthLine is one line of text in a day cell.
type monthLine struct {
	Text  string
	Color fyne.ThemeColorName // "" means the foreground colour
	Bold  bool
}

// monthView is a month calendar: a header of weekday names (Monday first)
// and whole weeks of day cells, each with its day number and a few short
// lines. Lines that do not fit end in "+N more"; tapping a day reports it.
type monthView struct {
	widget.BaseWidget

	weekdays [7]string
	cells    []monthCell // whole weeks, Monday first

	// OnTapped is called with the index into the cells of the day tapped.
	OnTapped func(index int)
}

func newMonthView(weekdays [7]string) *monthView {
	m := &monthView{weekdays: weekdays}
	m.ExtendBaseWidget(m)
	return m
}

// SetCells replaces the days shown; len(cells) must be a multiple of 7.
func (m *monthView) SetCells(cells []monthCell) {
	m.cells = cells
	m.Refresh()
}

// Tapped reports the day under the pointer.
func (m *monthView) Tapped(ev *fyne.PointEvent) {
	if m.OnTapped == nil || len(m.cells) == 0 {
		return
	}
	g := newMonthGeometry(m.Size(), len(m.cells)/7, m.Theme())
	if i, ok := g.cellAt(ev.Position); ok && i < len(m.cells) {
		m.OnTapped(i)
	}
}

// Cursor shows that days can be clicked.
func (m *monthView) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (m *monthView) CreateRenderer() fyne.WidgetRenderer {
	r := &monthRenderer{m: m}
	for i := range r.headers {
		r.headers[i] = canvas.NewText(m.weekdays[i], nil)
		r.headers[i].Alignment = fyne.TextAlignCenter
		r.headers[i].TextStyle.Bold = true
	}
	r.Refresh()
	return r
}

// monthGeometry places the header and the cells within the widget's size.
type monthGeometry struct {
	headerHeight float32
	cellSize     fyne.Size
	gap          float32 // between cells, where the background shows as grid lines
}

func newMonthGeometry(size fyne.Size, weeks int, th fyne.Theme) monthGeometry {
	g := monthGeometry{gap: 2}
	g.headerHeight = th.Size(theme.SizeNameCaptionText) + 2*th.Size(theme.SizeNameInnerPadding)
	weeks = max(weeks, 1)
	g.cellSize = fyne.NewSize(size.Width/7, (size.Height-g.headerHeight)/float32(weeks))
	return g
}

func (g monthGeometry) cellPos(i int) fyne.Position {
	return fyne.NewPos(float32(i%7)*g.cellSize.Width, g.headerHeight+float32(i/7)*g.cellSize.Height)
}

func (g monthGeometry) cellAt(p fyne.Position) (int, bool) {
	if p.Y < g.headerHeight || g.cellSize.Width <= 0 || g.cellSize.Height <= 0 {
		return 0, false
	}
	col := int(p.X / g.cellSize.Width)
	row := int((p.Y - g.headerHeight) / g.cellSize.Height)
	if col < 0 || col > 6 || row < 0 {
		return 0, false
	}
	return row*7 + col, true
}

// dayCellObjects are the canvas objects of one day.
type dayCellObjects struct {
	background *canvas.Rectangle
	outline    *canvas.Rectangle
	number     *canvas.Text
	lines      []*canvas.Text
	more       *canvas.Text
}

func newDayCellObjects() *dayCellObjects {
	c := &dayCellObjects{
		background: canvas.NewRectangle(nil),
		outline:    canvas.NewRectangle(nil),
		number:     canvas.NewText("", nil),
		more:       canvas.NewText("", nil),
	}
	c.outline.FillColor = nil
	return c
}

type monthRenderer struct {
	m       *monthView
	headers [7]*canvas.Text
	cells   []*dayCellObjects
	objects []fyne.CanvasObject
}

func (r *monthRenderer) Destroy() {}

func (r *monthRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *monthRenderer) MinSize() fyne.Size {
	th := r.m.Theme()
	text := th.Size(theme.SizeNameCaptionText)
	weeks := max(len(r.m.cells)/7, 1)
	header := text + 2*th.Size(theme.SizeNameInnerPadding)
	// Room for the day number and two lines in every cell.
	return fyne.NewSize(7*6*text, header+float32(weeks)*4*text*1.4)
}

// Refresh rebuilds the objects for the current cells and theme.
func (r *monthRenderer) Refresh() {
	th := r.m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	textSize := th.Size(theme.SizeNameCaptionText)

	for len(r.cells) < len(r.m.cells) {
		r.cells = append(r.cells, newDayCellObjects())
	}
	r.cells = r.cells[:len(r.m.cells)]

	r.objects = r.objects[:0]
	for _, h := range r.headers {
		h.Color = th.Color(theme.ColorNamePlaceHolder, v)
		h.TextSize = textSize
		r.objects = append(r.objects, h)
	}
	for i, cell := range r.m.cells {
		objs := r.cells[i]
		r.styleCell(objs, cell, th, v, textSize)
		r.objects = append(r.objects, objs.background, objs.number)
		for _, l := range objs.lines {
			r.objects = append(r.objects, l)
		}
		r.objects = append(r.objects, objs.more, objs.outline)
	}
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}

func (r *monthRenderer) styleCell(objs *dayCellObjects, cell monthCell, th fyne.Theme, v fyne.ThemeVariant, textSize float32) {
	background, ink := theme.ColorNameInputBackground, theme.ColorNameForeground
	switch {
	case cell.Exam:
		background, ink = theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary
	case cell.Shaded:
		background = theme.ColorNameDisabledButton
	case !cell.InMonth:
		background = theme.ColorNameBackground
	}
	objs.background.FillColor = th.Color(background, v)
	objs.background.CornerRadius = th.Size(theme.SizeNameInputRadius)

	objs.outline.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	objs.outline.StrokeWidth = 2
	objs.outline.CornerRadius = objs.background.CornerRadius
	objs.outline.Hidden = !cell.Today

	objs.number.Text = strconv.Itoa(cell.Day)
	objs.number.TextSize = textSize
	objs.number.TextStyle.Bold = cell.Today
	objs.number.Color = th.Color(ink, v)
	if !cell.InMonth && !cell.Exam {
		objs.number.Color = th.Color(theme.ColorNameDisabled, v)
	}

	for len(objs.lines) < len(cell.Lines) {
		objs.lines = append(objs.lines, canvas.NewText("", nil))
	}
	objs.lines = objs.lines[:len(cell.Lines)]
	for i, line := range cell.Lines {
		t := objs.lines[i]
		name := line.Color
		if name == "" || cell.Exam {
			name = ink
		}
		t.Color = th.Color(name, v)
		t.TextSize = textSize
		t.TextStyle.Bold = line.Bold
	}
	objs.more.TextSize = textSize
	objs.more.Color = th.Color(theme.ColorNamePlaceHolder, v)
}

// Layout places every cell and decides how many of its lines fit; texts too
// wide for their cell are cut with an ellipsis rather than spilling over.
func (r *monthRenderer) Layout(size fyne.Size) {
	th := r.m.Theme()
	g := newMonthGeometry(size, len(r.m.cells)/7, th)
	pad := th.Size(theme.SizeNameInnerPadding) / 2
	textSize := th.Size(theme.SizeNameCaptionText)
	lineHeight := float32(math.Ceil(float64(textSize * 1.35)))

	for i, h := range r.headers {
		h.Move(fyne.NewPos(float32(i)*g.cellSize.Width, 0))
		h.Resize(fyne.NewSize(g.cellSize.Width, g.headerHeight))
	}
	inner := g.cellSize.SubtractWidthHeight(g.gap, g.gap)
	for i, objs := range r.cells {
		cell := r.m.cells[i]
		pos := g.cellPos(i).AddXY(g.gap/2, g.gap/2)
		objs.background.Move(pos)
		objs.background.Resize(inner)
		objs.outline.Move(pos.AddXY(1, 1))
		objs.outline.Resize(inner.SubtractWidthHeight(2, 2))

		objs.number.Move(pos.AddXY(pad+2, pad))
		objs.number.Resize(fyne.NewSize(inner.Width-2*pad, lineHeight))

		width := inner.Width - 2*pad - 2
		room := int((inner.Height - pad - lineHeight - pad) / lineHeight)
		shown := len(cell.Lines)
		if shown > room {
			shown = max(room-1, 0)
		}
		y := pos.Y + pad + lineHeight
		for j, t := range objs.lines {
			t.Hidden = j >= shown
			t.Text = fitText(cell.Lines[j].Text, width, t.TextSize, t.TextStyle)
			t.Move(fyne.NewPos(pos.X+pad+2, y+float32(j)*lineHeight))
			t.Resize(fyne.NewSize(width, lineHeight))
		}
		objs.more.Hidden = shown == len(cell.Lines)
		if !objs.more.Hidden {
			objs.more.Text = fitText("+"+strconv.Itoa(len(cell.Lines)-shown)+" "+lang.L("more"), width, textSize, fyne.TextStyle{})
			objs.more.Move(fyne.NewPos(pos.X+pad+2, y+float32(shown)*lineHeight))
			objs.more.Resize(fyne.NewSize(width, lineHeight))
		}
	}
}

// fitText shortens s with an ellipsis until it fits width.
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		cut := string(runes[:n]) + "…"
		if fyne.MeasureText(cut, size, style).Width <= width {
			return cut
		}
	}
	return ""
}
