package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// domainChart compares logged with target hours for each exam domain: one
// compact row per domain with its name, a bar filled to the share done and
// the figures ("6 of 24.25 h"), so a lagging domain stands out.
type domainChart struct {
	widget.BaseWidget
	domains []planner.DomainProgress
}

func newDomainChart() *domainChart {
	c := &domainChart{}
	c.ExtendBaseWidget(c)
	return c
}

// SetDomains replaces the domains shown.
func (c *domainChart) SetDomains(domains []planner.DomainProgress) {
	c.domains = slices.Clone(domains)
	c.Refresh()
}

// domainValue is a domain's figures: "6 of 24.25 h".
func domainValue(d planner.DomainProgress) string {
	return fmtNumber(d.LoggedHours) + " " + lang.L("of") + " " + fmtHours(d.TargetHours)
}

func (c *domainChart) CreateRenderer() fyne.WidgetRenderer {
	r := &domainChartRenderer{chart: c}
	r.Refresh()
	return r
}

// domainChartRow is the canvas objects of one domain.
type domainChartRow struct {
	name, value *canvas.Text
	track, fill *canvas.Rectangle
}

type domainChartRenderer struct {
	chart   *domainChart
	rows    []domainChartRow
	objects []fyne.CanvasObject
}

const domainBarHeight = 8

func (r *domainChartRenderer) Destroy() {}

func (r *domainChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *domainChartRenderer) rowHeight() float32 {
	th := r.chart.Theme()
	return fyne.MeasureText("0", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + th.Size(theme.SizeNamePadding)
}

func (r *domainChartRenderer) valueWidth() float32 {
	var w float32
	for _, row := range r.rows {
		w = max(w, textWidth(row.value))
	}
	return w
}

func (r *domainChartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.valueWidth()+240, r.rowHeight()*float32(len(r.rows)))
}

// Layout gives names a little over half the width, then the bar, then the
// figures right-aligned; names too long for their column end in "…".
func (r *domainChartRenderer) Layout(size fyne.Size) {
	th := r.chart.Theme()
	pad := th.Size(theme.SizeNamePadding)
	rowH := r.rowHeight()
	valueW := r.valueWidth()
	rest := max(size.Width-valueW-4*pad, 0)
	nameW := rest * 0.6
	barW := rest - nameW
	for i, row := range r.rows {
		y := float32(i) * rowH
		d := r.chart.domains[i]
		row.name.Text = ellipsize(d.Name, nameW, row.name.TextSize, row.name.TextStyle)
		row.name.Move(fyne.NewPos(0, y))
		row.name.Resize(fyne.NewSize(nameW, rowH-pad))

		barX := nameW + 2*pad
		barY := y + (rowH-pad-domainBarHeight)/2
		row.track.Move(fyne.NewPos(barX, barY))
		row.track.Resize(fyne.NewSize(barW, domainBarHeight))
		done := float32(0)
		if d.TargetHours > 0 {
			done = float32(min(d.LoggedHours/d.TargetHours, 1))
		}
		row.fill.Move(fyne.NewPos(barX, barY))
		row.fill.Resize(fyne.NewSize(barW*done, domainBarHeight))

		row.value.Move(fyne.NewPos(size.Width-valueW, y))
		row.value.Resize(fyne.NewSize(valueW, rowH-pad))
	}
}

// Refresh rebuilds the rows when the number of domains changed and re-reads
// the theme's colours.
func (r *domainChartRenderer) Refresh() {
	domains := r.chart.domains
	if len(r.rows) != len(domains) || r.objects == nil {
		r.rows = make([]domainChartRow, len(domains))
		r.objects = make([]fyne.CanvasObject, 0, 4*len(domains))
		for i := range r.rows {
			row := domainChartRow{
				name: canvas.NewText("", nil), value: canvas.NewText("", nil),
				track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil),
			}
			row.value.Alignment = fyne.TextAlignTrailing
			r.rows[i] = row
			r.objects = append(r.objects, row.name, row.track, row.fill, row.value)
		}
	}
	th := r.chart.Theme()
	p := chartPaletteOf(th)
	for i, d := range domains {
		row := r.rows[i]
		row.name.Text = d.Name
		styleChartText(row.name, th, p.text, false)
		row.name.TextSize = th.Size(theme.SizeNameText)
		row.value.Text = domainValue(d)
		styleChartText(row.value, th, p.muted, false)
		row.value.TextSize = th.Size(theme.SizeNameText)
		row.track.FillColor = p.track
		row.track.CornerRadius = domainBarHeight / 2
		row.fill.FillColor = p.study
		if d.TargetHours > 0 && d.LoggedHours >= d.TargetHours {
			row.fill.FillColor = p.lab
		}
		row.fill.CornerRadius = domainBarHeight / 2
	}
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

// ellipsize shortens s with "…" until it fits width: the longest prefix
// that fits with the ellipsis. Each measurement shapes a new string, and
// the chart lays out more than once while the window opens (first at no
// width at all), so it starts from the share of s that the width allows
// and steps from there, which takes two or three measurements where a
// bisection took seven.
func ellipsize(s string, width, size float32, style fyne.TextStyle) string {
	full := fyne.MeasureText(s, size, style).Width
	if full <= width {
		return s
	}
	if width <= 0 {
		return "…"
	}
	runes := []rune(s)
	fits := func(n int) bool { return fyne.MeasureText(string(runes[:n])+"…", size, style).Width <= width }
	n := min(int(float32(len(runes))*width/full), len(runes)-1)
	for n > 0 && !fits(n) {
		n--
	}
	for n+1 < len(runes) && fits(n+1) {
		n++
	}
	return string(runes[:n]) + "…"
}
