package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shareBar splits logged hours into study and lab as one bar of two
// segments, with both figures and their shares written under it.
type shareBar struct {
	widget.BaseWidget
	study, lab float64
}

func newShareBar() *shareBar {
	b := &shareBar{}
	b.ExtendBaseWidget(b)
	return b
}

// SetHours replaces the figures shown.
func (b *shareBar) SetHours(study, lab float64) {
	b.study, b.lab = study, lab
	b.Refresh()
}

// labShare is lab hours over all hours, 0 when nothing is logged.
func (b *shareBar) labShare() float64 {
	if b.study+b.lab <= 0 {
		return 0
	}
	return b.lab / (b.study + b.lab)
}

// studyText and labText are the captions under the bar.
func (b *shareBar) studyText() string {
	return lang.L("Study") + " " + fmtHours(b.study)
}

func (b *shareBar) labText() string {
	return lang.L("Lab") + " " + fmtHours(b.lab) + " (" + fmtPercent(b.labShare()) + ")"
}

func (b *shareBar) CreateRenderer() fyne.WidgetRenderer {
	r := &shareBarRenderer{
		bar:   b,
		track: canvas.NewRectangle(nil), studyBar: canvas.NewRectangle(nil), labBar: canvas.NewRectangle(nil),
		studyLabel: canvas.NewText("", nil), labLabel: canvas.NewText("", nil),
	}
	r.labLabel.Alignment = fyne.TextAlignTrailing
	r.Refresh()
	return r
}

const shareBarHeight = 12

type shareBarRenderer struct {
	bar                     *shareBar
	track, studyBar, labBar *canvas.Rectangle
	studyLabel, labLabel    *canvas.Text
}

func (r *shareBarRenderer) Destroy() {}

func (r *shareBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.studyBar, r.labBar, r.studyLabel, r.labLabel}
}

func (r *shareBarRenderer) lineHeight() float32 {
	return fyne.MeasureText("0", r.studyLabel.TextSize, r.studyLabel.TextStyle).Height
}

func (r *shareBarRenderer) MinSize() fyne.Size {
	pad := r.bar.Theme().Size(theme.SizeNamePadding)
	w := textWidth(r.studyLabel) + textWidth(r.labLabel) + 4*pad
	return fyne.NewSize(w, shareBarHeight+pad+r.lineHeight())
}

func (r *shareBarRenderer) Layout(size fyne.Size) {
	pad := r.bar.Theme().Size(theme.SizeNamePadding)
	r.track.Move(fyne.NewPos(0, 0))
	r.track.Resize(fyne.NewSize(size.Width, shareBarHeight))
	total := r.bar.study + r.bar.lab
	var studyW float32
	if total > 0 {
		studyW = size.Width * float32(r.bar.study/total)
	}
	r.studyBar.Move(fyne.NewPos(0, 0))
	r.studyBar.Resize(fyne.NewSize(studyW, shareBarHeight))
	labW := size.Width - studyW
	if total <= 0 {
		labW = 0
	}
	r.labBar.Move(fyne.NewPos(studyW, 0))
	r.labBar.Resize(fyne.NewSize(labW, shareBarHeight))

	lineH := r.lineHeight()
	r.studyLabel.Move(fyne.NewPos(0, shareBarHeight+pad))
	r.studyLabel.Resize(fyne.NewSize(size.Width/2, lineH))
	r.labLabel.Move(fyne.NewPos(size.Width/2, shareBarHeight+pad))
	r.labLabel.Resize(fyne.NewSize(size.Width/2, lineH))
}

// Refresh re-reads the figures and the theme's colours.
func (r *shareBarRenderer) Refresh() {
	th := r.bar.Theme()
	p := chartPaletteOf(th)
	r.track.FillColor = p.track
	r.studyBar.FillColor = p.study
	r.labBar.FillColor = p.lab
	r.studyLabel.Text = r.bar.studyText()
	styleChartText(r.studyLabel, th, p.text, false)
	r.studyLabel.TextSize = th.Size(theme.SizeNameText)
	r.labLabel.Text = r.bar.labText()
	styleChartText(r.labLabel, th, p.text, false)
	r.labLabel.TextSize = th.Size(theme.SizeNameText)
	r.Layout(r.bar.Size())
	canvas.Refresh(r.bar)
}
