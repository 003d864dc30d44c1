package app

import (
	"image/color"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// heatmap draws a year of practice as a calendar of small squares, one per
// day, weeks as columns and Monday at the top, shaded by the hours logged.
// A legend names the hours each shade stands for, and pointing at or
// tapping a day reports it through OnPick, so the exact figure is always
// one gesture away rather than told by colour alone.
type heatmap struct {
	widget.BaseWidget
	days []planner.DayHours

	// OnPick is called with the day under the pointer, or a zero DayHours
	// when the pointer leaves the chart.
	OnPick func(planner.DayHours)
}

var (
	_ fyne.Tappable     = (*heatmap)(nil)
	_ desktop.Hoverable = (*heatmap)(nil)
)

func newHeatmap() *heatmap {
	h := &heatmap{}
	h.ExtendBaseWidget(h)
	return h
}

// SetDays replaces the days shown, oldest first.
func (h *heatmap) SetDays(days []planner.DayHours) {
	h.days = slices.Clone(days)
	h.Refresh()
}

// heatLevel buckets a day's hours into the five shades: nothing, under 1,
// under 2, under 3, and 3 hours or more.
func heatLevel(hours float64) int {
	switch {
	case hours <= 0:
		return 0
	case hours < 1:
		return 1
	case hours < 2:
		return 2
	case hours < 3:
		return 3
	}
	return 4
}

// heatLevelNames label the legend's shades, in heatLevel order.
func heatLevelNames() []string {
	return []string{"0", "<1", "<2", "<3", "3+ " + lang.L("h")}
}

// heatColor is the shade of a level: the theme's input background for an
// empty day, then the primary colour at growing opacity.
func heatColor(p chartPalette, level int) color.Color {
	if level == 0 {
		return p.empty
	}
	return withAlpha(p.primary, []uint8{0, 0x50, 0x88, 0xc0, 0xff}[level])
}

// Heatmap geometry, in Fyne units.
const (
	heatMaxStep = 18 // a cell and its gap, at most
	heatMinStep = 9
)

// heatGeometry places the cells for one size.
type heatGeometry struct {
	left, top float32 // the first cell
	step      float32 // a cell and its gap
	cell      float32
	offset    int // rows above the first day in its column (its weekday, Monday = 0)
	lineH     float32
}

func (h *heatmap) geometry(size fyne.Size) heatGeometry {
	th := h.Theme()
	pad := th.Size(theme.SizeNamePadding)
	ts := chartTextSize(th)
	g := heatGeometry{lineH: fyne.MeasureText("0", ts, fyne.TextStyle{}).Height}
	if len(h.days) > 0 {
		g.offset = h.days[0].Date.DaysSinceMonday()
	}
	cols := max((g.offset+len(h.days)+6)/7, 1)
	g.left = fyne.MeasureText(weekdayName(time.Monday), ts, fyne.TextStyle{}).Width + 2*pad
	g.top = g.lineH + pad
	byWidth := (size.Width - g.left) / float32(cols)
	byHeight := (size.Height - g.top - g.lineH - 2*pad) / 7
	g.step = max(min(byWidth, byHeight, heatMaxStep), 1)
	g.cell = g.step - max(2, g.step/6)
	return g
}

// cellAt is the index of the day drawn at pos, or -1.
func (h *heatmap) cellAt(pos fyne.Position) int {
	g := h.geometry(h.Size())
	if pos.X < g.left || pos.Y < g.top {
		return -1
	}
	col, row := int((pos.X-g.left)/g.step), int((pos.Y-g.top)/g.step)
	if row > 6 {
		return -1
	}
	i := col*7 + row - g.offset
	if i < 0 || i >= len(h.days) {
		return -1
	}
	return i
}

func (h *heatmap) pick(pos fyne.Position) {
	if h.OnPick == nil {
		return
	}
	if i := h.cellAt(pos); i >= 0 {
		h.OnPick(h.days[i])
	}
}

// Tapped reports the day tapped.
func (h *heatmap) Tapped(ev *fyne.PointEvent) { h.pick(ev.Position) }

// MouseIn reports the day under the pointer.
func (h *heatmap) MouseIn(ev *desktop.MouseEvent) { h.pick(ev.Position) }

// MouseMoved reports the day under the pointer.
func (h *heatmap) MouseMoved(ev *desktop.MouseEvent) { h.pick(ev.Position) }

// MouseOut reports that no day is pointed at.
func (h *heatmap) MouseOut() {
	if h.OnPick != nil {
		h.OnPick(planner.DayHours{})
	}
}

func (h *heatmap) CreateRenderer() fyne.WidgetRenderer {
	r := &heatmapRenderer{heat: h}
	for i := range r.weekdays {
		r.weekdays[i] = canvas.NewText("", nil)
	}
	for i := range r.keys {
		r.keys[i] = canvas.NewRectangle(nil)
		r.keyText[i] = canvas.NewText("", nil)
	}
	r.Refresh()
	return r
}

type heatmapRenderer struct {
	heat     *heatmap
	cells    []*canvas.Rectangle
	months   []*canvas.Text
	monthCol []int // the column each month label starts at
	weekdays [3]*canvas.Text
	keys     [5]*canvas.Rectangle
	keyText  [5]*canvas.Text
	objects  []fyne.CanvasObject
}

func (r *heatmapRenderer) Destroy() {}

func (r *heatmapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *heatmapRenderer) MinSize() fyne.Size {
	g := r.heat.geometry(fyne.NewSize(0, 0))
	cols := max((g.offset+len(r.heat.days)+6)/7, 1)
	pad := r.heat.Theme().Size(theme.SizeNamePadding)
	// As tall as the largest cells need: the width decides the cell size,
	// and a narrow window leaves room under smaller cells instead of
	// squeezing the grid.
	return fyne.NewSize(g.left+heatMinStep*float32(cols), g.top+7*heatMaxStep+2*pad+g.lineH)
}

func (r *heatmapRenderer) Layout(size fyne.Size) {
	g := r.heat.geometry(size)
	pad := r.heat.Theme().Size(theme.SizeNamePadding)
	for i, cell := range r.cells {
		col, row := (i+g.offset)/7, (i+g.offset)%7
		cell.Move(fyne.NewPos(g.left+float32(col)*g.step, g.top+float32(row)*g.step))
		cell.Resize(fyne.NewSquareSize(g.cell))
	}
	// A label never runs past the grid's right edge: the month that begins
	// in the last column is drawn flush with it.
	right := g.left + float32((g.offset+len(r.cells)+6)/7)*g.step - (g.step - g.cell)
	for i, t := range r.months {
		x := min(g.left+float32(r.monthCol[i])*g.step, right-textWidth(t))
		t.Move(fyne.NewPos(x, 0))
		t.Resize(fyne.NewSize(textWidth(t), g.lineH))
	}
	for i, t := range r.weekdays { // Mon, Wed, Fri: rows 0, 2, 4
		t.Move(fyne.NewPos(0, g.top+float32(2*i)*g.step+(g.cell-g.lineH)/2))
		t.Resize(fyne.NewSize(g.left-pad, g.lineH))
	}

	// The legend sits under the grid, flush with its right edge.
	y := g.top + 7*g.step + pad
	cols := (g.offset + len(r.cells) + 6) / 7
	x := min(g.left+float32(cols)*g.step-(g.step-g.cell), size.Width)
	for i := len(r.keys) - 1; i >= 0; i-- {
		t := r.keyText[i]
		x -= textWidth(t)
		t.Move(fyne.NewPos(x, y))
		t.Resize(fyne.NewSize(textWidth(t), g.lineH))
		x -= pad + g.cell
		r.keys[i].Move(fyne.NewPos(x, y+(g.lineH-g.cell)/2))
		r.keys[i].Resize(fyne.NewSquareSize(g.cell))
		x -= 3 * pad
	}
}

// Refresh rebuilds the cells when the number of days changed and re-reads
// the theme, so a switch between light and dark reshades every day.
func (r *heatmapRenderer) Refresh() {
	days := r.heat.days
	if len(r.cells) != len(days) || r.objects == nil {
		r.rebuild()
	}
	th := r.heat.Theme()
	p := chartPaletteOf(th)
	for i, d := range days {
		r.cells[i].FillColor = heatColor(p, heatLevel(d.Hours))
		r.cells[i].CornerRadius = 2
	}
	for _, t := range r.months {
		styleChartText(t, th, p.muted, false)
	}
	for i, name := range []string{weekdayName(time.Monday), weekdayName(time.Wednesday), weekdayName(time.Friday)} {
		r.weekdays[i].Text = name
		styleChartText(r.weekdays[i], th, p.muted, false)
	}
	for i, name := range heatLevelNames() {
		r.keys[i].FillColor = heatColor(p, i)
		r.keys[i].CornerRadius = 2
		r.keyText[i].Text = name
		styleChartText(r.keyText[i], th, p.muted, false)
	}
	r.Layout(r.heat.Size())
	canvas.Refresh(r.heat)
}

// rebuild makes one square per day and a label over each column where a
// month begins.
func (r *heatmapRenderer) rebuild() {
	days := r.heat.days
	offset := 0
	if len(days) > 0 {
		offset = days[0].Date.DaysSinceMonday()
	}
	r.cells = make([]*canvas.Rectangle, len(days))
	r.months, r.monthCol = nil, nil
	r.objects = make([]fyne.CanvasObject, 0, len(days)+32)
	for i, d := range days {
		r.cells[i] = canvas.NewRectangle(nil)
		r.objects = append(r.objects, r.cells[i])
		if d.Date.Day() != 1 {
			continue
		}
		col := (i + offset) / 7
		last := (offset + len(days) - 1) / 7
		if row := (i + offset) % 7; row > 0 && col < last {
			col++ // the month's first full column, when the grid has one
		}
		label := canvas.NewText(monthName(d.Date.Month()), nil)
		r.months = append(r.months, label)
		r.monthCol = append(r.monthCol, col)
		r.objects = append(r.objects, label)
	}
	for _, t := range r.weekdays {
		r.objects = append(r.objects, t)
	}
	for i := range r.keys {
		r.objects = append(r.objects, r.keys[i], r.keyText[i])
	}
}
