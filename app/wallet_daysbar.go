package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// daysBar shows how much of a certification's validity is left, filled in
// the colour of its status (green, orange, red) so the cards read at a
// glance. The number itself is the label above it.
type daysBar struct {
	widget.BaseWidget
	left, total float64
	colour      fyne.ThemeColorName
}

func newDaysBar(left, total int, colour fyne.ThemeColorName) *daysBar {
	b := &daysBar{left: float64(max(left, 0)), total: float64(max(total, 1)), colour: colour}
	b.ExtendBaseWidget(b)
	return b
}

// share is the filled part, between 0 and 1.
func (b *daysBar) share() float32 { return float32(min(b.left/b.total, 1)) }

func (b *daysBar) CreateRenderer() fyne.WidgetRenderer {
	r := &daysBarRenderer{bar: b, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type daysBarRenderer struct {
	bar         *daysBar
	track, fill *canvas.Rectangle
}

func (r *daysBarRenderer) Destroy() {}

func (r *daysBarRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }

func (r *daysBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.Padding()*10, theme.Padding()*2)
}

func (r *daysBarRenderer) Layout(size fyne.Size) {
	r.track.Resize(size)
	r.fill.Resize(fyne.NewSize(size.Width*r.bar.share(), size.Height))
}

func (r *daysBarRenderer) Refresh() {
	th := r.bar.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.track.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.fill.FillColor = th.Color(r.bar.colour, v)
	r.track.CornerRadius = theme.InputRadiusSize()
	r.fill.CornerRadius = theme.InputRadiusSize()
	r.Layout(r.bar.Size())
	r.track.Refresh()
	r.fill.Refresh()
}
