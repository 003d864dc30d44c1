package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// weightBars draws an exam's domains as horizontal bars, one per domain, so
// the learner sees at a glance where the exam's marks are. Each bar carries
// its domain name and percentage as text, so nothing is told by colour or
// length alone. Bars are scaled to the heaviest domain, which makes small
// differences between weights visible.
type weightBars struct {
	widget.BaseWidget
	domains []catalog.Domain
}

// Geometry of one bar, in Fyne units.
const (
	weightBarHeight = 8
	weightBarGap    = 6 // between a bar and the next domain's name
)

func newWeightBars() *weightBars {
	b := &weightBars{}
	b.ExtendBaseWidget(b)
	return b
}

// SetDomains replaces the domains shown.
func (b *weightBars) SetDomains(domains []catalog.Domain) {
	b.domains = slices.Clone(domains)
	b.Refresh()
}

// AccessibilityLabel reads the chart as words, e.g. "Design Secure
// Architectures 30%, Design Resilient Architectures 26%".
func (b *weightBars) AccessibilityLabel() string {
	parts := make([]string, len(b.domains))
	for i, d := range b.domains {
		parts[i] = d.Name + " " + weightPercent(d.Weight)
	}
	return strings.Join(parts, ", ")
}

func (b *weightBars) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (b *weightBars) CreateRenderer() fyne.WidgetRenderer {
	r := &weightBarsRenderer{bars: b}
	r.Refresh()
	return r
}

// weightBarRow is the canvas objects of one domain.
type weightBarRow struct {
	name    *widget.Label
	percent *widget.Label
	bar     *canvas.Rectangle
}

type weightBarsRenderer struct {
	bars    *weightBars
	rows    []weightBarRow
	objects []fyne.CanvasObject
}

func (r *weightBarsRenderer) Destroy() {}

func (r *weightBarsRenderer) Objects() []fyne.CanvasObject { return r.objects }

// rowHeight is one domain's line of text plus its bar; the bar tucks into
// the label's bottom padding so it reads as underlining its name.
func (r *weightBarsRenderer) rowHeight() float32 {
	if len(r.rows) == 0 {
		return 0
	}
	return r.rows[0].name.MinSize().Height - theme.InnerPadding()/2 + weightBarHeight + weightBarGap
}

func (r *weightBarsRenderer) MinSize() fyne.Size {
	var width float32
	for _, row := range r.rows {
		width = max(width, 4*row.percent.MinSize().Width)
	}
	return fyne.NewSize(width, r.rowHeight()*float32(len(r.rows)))
}

// Layout puts each domain's name and percentage on one line and its bar
// under them, lined up with the text rather than with the label padding.
func (r *weightBarsRenderer) Layout(size fyne.Size) {
	inset := theme.InnerPadding()
	track := max(size.Width-2*inset, 0)
	heaviest := r.heaviest()
	y := float32(0)
	for i, row := range r.rows {
		labelHeight := row.name.MinSize().Height
		percentWidth := row.percent.MinSize().Width
		row.percent.Move(fyne.NewPos(size.Width-percentWidth, y))
		row.percent.Resize(fyne.NewSize(percentWidth, labelHeight))
		row.name.Move(fyne.NewPos(0, y))
		row.name.Resize(fyne.NewSize(max(size.Width-percentWidth, 0), labelHeight))

		length := float32(0)
		if heaviest > 0 {
			length = track * float32(r.bars.domains[i].Weight/heaviest)
		}
		row.bar.Move(fyne.NewPos(inset, y+labelHeight-inset/2))
		row.bar.Resize(fyne.NewSize(length, weightBarHeight))
		y += r.rowHeight()
	}
}

func (r *weightBarsRenderer) heaviest() float64 {
	var w float64
	for _, d := range r.bars.domains {
		w = max(w, d.Weight)
	}
	return w
}

// Refresh rebuilds the rows when the number of domains changed and re-reads
// the theme's colours (honouring a theme override around the widget), so a
// theme switch recolours the bars.
func (r *weightBarsRenderer) Refresh() {
	domains := r.bars.domains
	if len(r.rows) != len(domains) {
		r.rows = make([]weightBarRow, len(domains))
		r.objects = make([]fyne.CanvasObject, 0, 3*len(domains))
		for i := range r.rows {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			percent := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			bar := canvas.NewRectangle(nil)
			r.rows[i] = weightBarRow{name: name, percent: percent, bar: bar}
			r.objects = append(r.objects, name, percent, bar)
		}
	}
	for i, d := range domains {
		row := r.rows[i]
		row.name.SetText(d.Name)
		row.percent.SetText(weightPercent(d.Weight))
		row.bar.FillColor = theme.ColorForWidget(theme.ColorNamePrimary, r.bars)
		row.bar.CornerRadius = weightBarHeight / 2
		row.bar.Refresh()
	}
	r.Layout(r.bars.Size())
	canvas.Refresh(r.bars)
}

// weightPercent is a domain's share of the exam, e.g. "30%" or "12.5%".
func weightPercent(w float64) string { return strconv.FormatFloat(w, 'f', -1, 64) + "%" }
