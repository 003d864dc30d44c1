package app

import (
	"image/color"
	"math"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// weekChart compares planned with logged hours, one group per week: an
// outlined bar for the plan beside a solid bar of study with lab stacked
// on it. Every bar carries its value as a number and every group its week,
// so the chart reads without telling colours apart.
type weekChart struct {
	widget.BaseWidget
	weeks []planner.WeekHours
}

func newWeekChart() *weekChart {
	c := &weekChart{}
	c.ExtendBaseWidget(c)
	return c
}

// SetWeeks replaces the weeks shown, oldest first.
func (c *weekChart) SetWeeks(weeks []planner.WeekHours) {
	c.weeks = slices.Clone(weeks)
	c.Refresh()
}

func (c *weekChart) CreateRenderer() fyne.WidgetRenderer {
	r := &weekChartRenderer{chart: c}
	for i := range r.legendKey {
		r.legendKey[i] = canvas.NewRectangle(nil)
		r.legendText[i] = canvas.NewText("", nil)
	}
	r.Refresh()
	return r
}

// weekChartGroup is the canvas objects of one week.
type weekChartGroup struct {
	plan, study, lab   *canvas.Rectangle
	planText, doneText *canvas.Text
	week               *canvas.Text
}

type weekChartRenderer struct {
	chart      *weekChart
	groups     []weekChartGroup
	grid       []*canvas.Line // one per step of the scale, from 0 to top
	gridText   []*canvas.Text
	legendKey  [3]*canvas.Rectangle
	legendText [3]*canvas.Text
	top, step  float64 // hours at the top of the scale, and between gridlines
	objects    []fyne.CanvasObject
}

// Chart geometry, in Fyne units.
const (
	weekChartMinGroup = 52 // narrowest readable group
	weekChartHeight   = 240
	weekChartKey      = 10 // legend swatch
)

func (r *weekChartRenderer) Destroy() {}

func (r *weekChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *weekChartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.axisWidth()+weekChartMinGroup*float32(max(len(r.groups), 1)), weekChartHeight)
}

func (r *weekChartRenderer) axisWidth() float32 {
	var w float32
	for _, t := range r.gridText {
		w = max(w, textWidth(t))
	}
	return w + 2*r.chart.Theme().Size(theme.SizeNamePadding)
}

func (r *weekChartRenderer) Layout(size fyne.Size) {
	th := r.chart.Theme()
	pad := th.Size(theme.SizeNamePadding)
	lineH := fyne.MeasureText("0", chartTextSize(th), fyne.TextStyle{}).Height

	// The legend runs along the top.
	x := r.axisWidth()
	for i, key := range r.legendKey {
		key.Resize(fyne.NewSquareSize(weekChartKey))
		key.Move(fyne.NewPos(x, (lineH-weekChartKey)/2))
		t := r.legendText[i]
		t.Move(fyne.NewPos(x+weekChartKey+pad, 0))
		t.Resize(fyne.NewSize(textWidth(t), lineH))
		x += weekChartKey + pad + textWidth(t) + 4*pad
	}

	plotTop := lineH + 2*pad + lineH + pad // legend, gap, room for the values over the tallest bar
	plotBottom := size.Height - lineH - pad
	plotH := max(plotBottom-plotTop, 1)
	left := r.axisWidth()
	yOf := func(h float64) float32 { return plotBottom - plotH*float32(h/r.top) }

	for i, line := range r.grid {
		y := yOf(r.step * float64(i))
		line.Position1 = fyne.NewPos(left, y)
		line.Position2 = fyne.NewPos(size.Width, y)
		r.gridText[i].Move(fyne.NewPos(0, y-lineH/2))
		r.gridText[i].Resize(fyne.NewSize(left-pad, lineH))
	}

	if len(r.groups) == 0 {
		return
	}
	groupW := (size.Width - left) / float32(len(r.groups))
	gap := max(pad/2, 2)
	barW := max((groupW*0.8-gap)/2, 2)
	for i, g := range r.groups {
		w := r.chart.weeks[i]
		gx := left + groupW*float32(i) + (groupW-2*barW-gap)/2
		placeBar(g.plan, gx, yOf(w.Planned), barW, plotBottom)
		placeBar(g.study, gx+barW+gap, yOf(w.Study), barW, plotBottom)
		placeBar(g.lab, gx+barW+gap, yOf(w.Study+w.Lab), barW, yOf(w.Study))

		placeCentred(g.planText, gx+barW/2, yOf(w.Planned)-lineH-pad/2, lineH)
		placeCentred(g.doneText, gx+barW+gap+barW/2, yOf(w.Study+w.Lab)-lineH-pad/2, lineH)
		placeCentred(g.week, left+groupW*(float32(i)+0.5), plotBottom+pad, lineH)
	}
}

// placeBar stretches a rectangle from top down to bottom.
func placeBar(bar *canvas.Rectangle, x, top, width, bottom float32) {
	bar.Move(fyne.NewPos(x, top))
	bar.Resize(fyne.NewSize(width, max(bottom-top, 0)))
}

// placeCentred puts a label's centre at x.
func placeCentred(t *canvas.Text, x, y, height float32) {
	w := textWidth(t)
	t.Move(fyne.NewPos(x-w/2, y))
	t.Resize(fyne.NewSize(w, height))
}

// Refresh rebuilds the groups when the number of weeks changed, re-reads the
// theme's colours and sizes, and sets every label from the data.
func (r *weekChartRenderer) Refresh() {
	weeks := r.chart.weeks
	r.top, r.step = weekChartScale(weeks)
	ticks := int(math.Round(r.top/r.step)) + 1
	if len(r.groups) != len(weeks) || len(r.grid) != ticks || r.objects == nil {
		r.rebuild(len(weeks), ticks)
	}
	th := r.chart.Theme()
	p := chartPaletteOf(th)

	for i, t := range r.gridText {
		t.Text = fmtNumber(r.step * float64(i))
		styleChartText(t, th, p.muted, false)
		r.grid[i].StrokeColor = p.grid
		r.grid[i].StrokeWidth = 1
	}
	r.gridText[ticks-1].Text += " " + lang.L("h")

	keys := []struct {
		fill, stroke color.Color
		text         string
	}{
		{p.study, nil, lang.L("Study")},
		{p.lab, nil, lang.L("Lab")},
		{p.planBg, p.plan, lang.L("Planned")},
	}
	for i, k := range keys {
		r.legendKey[i].FillColor = k.fill
		r.legendKey[i].StrokeColor = k.stroke
		r.legendKey[i].StrokeWidth = 1
		r.legendKey[i].CornerRadius = 2
		r.legendText[i].Text = k.text
		styleChartText(r.legendText[i], th, p.text, false)
	}

	for i, w := range weeks {
		g := r.groups[i]
		g.plan.FillColor, g.plan.StrokeColor, g.plan.StrokeWidth = p.planBg, p.plan, 1
		g.study.FillColor = p.study
		g.lab.FillColor = p.lab
		g.planText.Text = fmtNumber(w.Planned)
		styleChartText(g.planText, th, p.muted, false)
		g.doneText.Text = fmtNumber(w.Study + w.Lab)
		styleChartText(g.doneText, th, p.text, true)
		g.week.Text = weekLabel(w.Start)
		styleChartText(g.week, th, p.muted, false)
	}
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

func (r *weekChartRenderer) rebuild(n, ticks int) {
	r.groups = make([]weekChartGroup, n)
	r.grid = make([]*canvas.Line, ticks)
	r.gridText = make([]*canvas.Text, ticks)
	r.objects = make([]fyne.CanvasObject, 0, 6+2*ticks+6*n)
	for i := range r.grid {
		r.grid[i] = canvas.NewLine(nil)
		r.gridText[i] = canvas.NewText("", nil)
		r.gridText[i].Alignment = fyne.TextAlignTrailing
		r.objects = append(r.objects, r.grid[i], r.gridText[i])
	}
	for i := range r.legendKey {
		r.objects = append(r.objects, r.legendKey[i], r.legendText[i])
	}
	for i := range r.groups {
		g := weekChartGroup{
			plan: canvas.NewRectangle(nil), study: canvas.NewRectangle(nil), lab: canvas.NewRectangle(nil),
			planText: canvas.NewText("", nil), doneText: canvas.NewText("", nil), week: canvas.NewText("", nil),
		}
		r.groups[i] = g
		r.objects = append(r.objects, g.plan, g.study, g.lab, g.planText, g.doneText, g.week)
	}
}

// weekChartScale picks a round step between gridlines, about a third of
// the largest value, and the first multiple of it that reaches that value.
func weekChartScale(weeks []planner.WeekHours) (top, step float64) {
	var most float64
	for _, w := range weeks {
		most = max(most, w.Planned, w.Study+w.Lab)
	}
	step = niceStep(most / 3)
	return max(math.Ceil(most/step-1e-9), 1) * step, step
}

// niceStep is the smallest of 1, 2, 2.5 or 5 times a power of ten that is at
// least v (and at least 1).
func niceStep(v float64) float64 {
	if v <= 1 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= v {
			return m * mag
		}
	}
	return 10 * mag
}

// weekLabel names a week by its Monday, e.g. "Nov 16".
func weekLabel(monday planner.Date) string {
	return monthName(monday.Month()) + " " + strconv.Itoa(monday.Day())
}
