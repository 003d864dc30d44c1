package app

import (
	"image/color"
	"math"
	"strconv"
	"strings"

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
	Text   string
	Color  fyne.ThemeColorName // "" means the foreground colour
	Bold   bool
	Indent bool // a detail of the line above
}

// monthView is a month calendar: a header of weekday names (the locale's first day first)
// and whole weeks of day cells, each with its day number and a few short
// lines. Lines that do not fit end in "+N more"; tapping a day reports it.
type monthView struct {
	widget.BaseWidget

	weekdays [7]string
	cells    []monthCell // whole weeks

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
	r := &monthRenderer{m: m, grid: canvas.NewRectangle(nil)}
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

// monthCellObjects are the canvas objects of one day. rows holds the text
// rows drawn, after wrapping; it grows as needed and is reused.
type monthCellObjects struct {
	background *canvas.Rectangle
	outline    *canvas.Rectangle
	number     *canvas.Text
	rows       []*canvas.Text
	used       int // rows in use
}

func newMonthCellObjects() *monthCellObjects {
	return &monthCellObjects{
		background: canvas.NewRectangle(nil),
		outline:    canvas.NewRectangle(nil),
		number:     canvas.NewText("", nil),
	}
}

// monthRow is one row of text in a cell after wrapping.
type monthRow struct {
	text   string
	color  fyne.ThemeColorName
	bold   bool
	indent bool
}

type monthRenderer struct {
	m       *monthView
	grid    *canvas.Rectangle // shows between the cells as grid lines
	headers [7]*canvas.Text
	cells   []*monthCellObjects
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

// Refresh restyles the grid and the cells for the current cells and theme.
func (r *monthRenderer) Refresh() {
	th := r.m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	textSize := th.Size(theme.SizeNameCaptionText)

	for len(r.cells) < len(r.m.cells) {
		r.cells = append(r.cells, newMonthCellObjects())
	}
	r.cells = r.cells[:len(r.m.cells)]

	r.grid.FillColor = th.Color(theme.ColorNameSeparator, v)
	for _, h := range r.headers {
		h.Color = th.Color(theme.ColorNamePlaceHolder, v)
		h.TextSize = textSize
	}
	for i, cell := range r.m.cells {
		r.styleCell(r.cells[i], cell, th, v, textSize)
	}
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}

// cellInk is the colour of text on a cell: exam days are filled with the
// primary colour, so their text uses the colour made to sit on it.
func cellInk(cell monthCell) fyne.ThemeColorName {
	if cell.Exam {
		return theme.ColorNameForegroundOnPrimary
	}
	return theme.ColorNameForeground
}

func (r *monthRenderer) styleCell(objs *monthCellObjects, cell monthCell, th fyne.Theme, v fyne.ThemeVariant, textSize float32) {
	objs.background.FillColor = th.Color(theme.ColorNameBackground, v)
	switch {
	case cell.Exam:
		objs.background.FillColor = th.Color(theme.ColorNamePrimary, v)
	case cell.Shaded:
		objs.background.FillColor = monthTint(th.Color(theme.ColorNameWarning, v), th.Color(theme.ColorNameBackground, v), 0.16)
	case !cell.InMonth:
		objs.background.FillColor = th.Color(theme.ColorNameInputBackground, v)
	}
	objs.background.CornerRadius = th.Size(theme.SizeNameInputRadius)

	objs.outline.FillColor = nil
	objs.outline.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	objs.outline.StrokeWidth = 2
	objs.outline.CornerRadius = objs.background.CornerRadius
	objs.outline.Hidden = !cell.Today

	objs.number.Text = strconv.Itoa(cell.Day)
	objs.number.TextSize = textSize
	objs.number.TextStyle.Bold = cell.Today
	objs.number.Color = th.Color(cellInk(cell), v)
	if !cell.InMonth && !cell.Exam {
		objs.number.Color = th.Color(theme.ColorNameDisabled, v)
	}
}

// Layout places every cell and decides what of its text fits: long lines
// wrap onto a second row, and lines that still do not fit are counted in a
// closing "+N more" row.
func (r *monthRenderer) Layout(size fyne.Size) {
	th := r.m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	g := newMonthGeometry(size, len(r.m.cells)/7, th)
	pad := th.Size(theme.SizeNameInnerPadding) / 2
	textSize := th.Size(theme.SizeNameCaptionText)
	lineHeight := float32(math.Ceil(float64(textSize * 1.35)))

	r.grid.Move(fyne.NewPos(0, g.headerHeight))
	r.grid.Resize(fyne.NewSize(size.Width, size.Height-g.headerHeight))
	for i, h := range r.headers {
		h.Move(fyne.NewPos(float32(i)*g.cellSize.Width, 0))
		h.Resize(fyne.NewSize(g.cellSize.Width, g.headerHeight))
	}
	inner := g.cellSize.SubtractWidthHeight(g.gap, g.gap)
	width := inner.Width - 2*pad - 2
	room := int((inner.Height - 2*pad - lineHeight) / lineHeight)
	for i, objs := range r.cells {
		cell := r.m.cells[i]
		pos := g.cellPos(i).AddXY(g.gap/2, g.gap/2)
		objs.background.Move(pos)
		objs.background.Resize(inner)
		objs.outline.Move(pos.AddXY(1, 1))
		objs.outline.Resize(inner.SubtractWidthHeight(2, 2))
		objs.number.Move(pos.AddXY(pad+2, pad))
		objs.number.Resize(fyne.NewSize(width, lineHeight))

		rows := monthRows(cell, width, room, textSize, pad*2)
		for len(objs.rows) < len(rows) {
			objs.rows = append(objs.rows, canvas.NewText("", nil))
		}
		objs.used = len(rows)
		for j, row := range rows {
			t := objs.rows[j]
			indent := float32(0)
			if row.indent {
				indent = pad * 2
			}
			color := row.color
			if color == "" || cell.Exam {
				color = cellInk(cell)
			}
			t.Text, t.TextSize, t.TextStyle.Bold = row.text, textSize, row.bold
			t.Color = th.Color(color, v)
			t.Move(fyne.NewPos(pos.X+pad+2+indent, pos.Y+pad+lineHeight*float32(j+1)))
			t.Resize(fyne.NewSize(width-indent, lineHeight))
		}
	}
	r.collectObjects()
}

// collectObjects lists what is drawn, back to front.
func (r *monthRenderer) collectObjects() {
	r.objects = append(r.objects[:0], r.grid)
	for _, h := range r.headers {
		r.objects = append(r.objects, h)
	}
	for _, objs := range r.cells {
		r.objects = append(r.objects, objs.background, objs.number)
		for _, t := range objs.rows[:objs.used] {
			r.objects = append(r.objects, t)
		}
		r.objects = append(r.objects, objs.outline)
	}
}

// monthRows wraps a cell's lines into at most room rows of width, a line
// taking up to two rows. When not all fit, whole lines are dropped from the
// end and the last row says how many.
func monthRows(cell monthCell, width float32, room int, size, indent float32) []monthRow {
	if room <= 0 {
		return nil
	}
	wrapped := make([][]string, len(cell.Lines))
	total := 0
	for i, line := range cell.Lines {
		w := width
		if line.Indent {
			w -= indent
		}
		wrapped[i] = monthWrap(line.Text, w, size, fyne.TextStyle{Bold: line.Bold}, 2)
		total += len(wrapped[i])
	}
	limit := room
	if total > room {
		limit = room - 1 // the last row says what is left out
	}
	var rows []monthRow
	shown := 0
	for i, line := range cell.Lines {
		if len(rows)+len(wrapped[i]) > limit {
			break
		}
		for _, text := range wrapped[i] {
			rows = append(rows, monthRow{text: text, color: line.Color, bold: line.Bold, indent: line.Indent})
		}
		shown++
	}
	if shown < len(cell.Lines) {
		more := "+" + strconv.Itoa(len(cell.Lines)-shown) + " " + lang.L("more")
		rows = append(rows, monthRow{text: monthFitText(more, width, size, fyne.TextStyle{}), color: theme.ColorNamePlaceHolder})
	}
	return rows
}

// monthWrap breaks s into at most maxRows rows of width, breaking between
// words; what does not fit in the last row is cut with an ellipsis.
func monthWrap(s string, width, size float32, style fyne.TextStyle, maxRows int) []string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return []string{s}
	}
	words := strings.Fields(s)
	var rows []string
	for len(words) > 0 && len(rows) < maxRows-1 {
		n := 1
		for n < len(words) && fyne.MeasureText(strings.Join(words[:n+1], " "), size, style).Width <= width {
			n++
		}
		rows = append(rows, monthFitText(strings.Join(words[:n], " "), width, size, style))
		words = words[n:]
	}
	if len(words) > 0 {
		rows = append(rows, monthFitText(strings.Join(words, " "), width, size, style))
	}
	return rows
}

// monthTint mixes a little of a theme colour into the background, so marked
// days stand out in light and dark themes alike while text stays readable.
func monthTint(c, background color.Color, share float64) color.Color {
	cr, cg, cb, _ := c.RGBA()
	br, bg, bb, _ := background.RGBA()
	mix := func(a, b uint32) uint8 { return uint8((float64(a)*share + float64(b)*(1-share)) / 257) }
	return color.NRGBA{R: mix(cr, br), G: mix(cg, bg), B: mix(cb, bb), A: 0xff}
}

// monthFitText shortens s with an ellipsis until it fits width.
func monthFitText(s string, width, size float32, style fyne.TextStyle) string {
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
