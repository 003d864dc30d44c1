package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// warningNotice is a boxed message tinted with the theme's warning colour,
// for facts the learner must not miss (an exam that can no longer be
// booked). It has an icon and words as well as the colour, so it does not
// rely on colour alone.
type warningNotice struct {
	widget.BaseWidget
	label *widget.Label
}

func newWarningNotice() *warningNotice {
	n := &warningNotice{label: widget.NewLabel("")}
	n.label.Wrapping = fyne.TextWrapWord
	n.ExtendBaseWidget(n)
	return n
}

// SetText replaces the message.
func (n *warningNotice) SetText(text string) { n.label.SetText(text) }

// Text is the message shown.
func (n *warningNotice) Text() string { return n.label.Text }

func (n *warningNotice) CreateRenderer() fyne.WidgetRenderer {
	r := &warningNoticeRenderer{
		notice: n,
		box:    canvas.NewRectangle(nil),
		icon:   widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())),
	}
	r.Refresh()
	return r
}

type warningNoticeRenderer struct {
	notice *warningNotice
	box    *canvas.Rectangle
	icon   *widget.Icon
}

func (r *warningNoticeRenderer) Destroy() {}

func (r *warningNoticeRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.box, r.icon, r.notice.label}
}

func (r *warningNoticeRenderer) iconSize() float32 { return theme.IconInlineSize() }

func (r *warningNoticeRenderer) MinSize() fyne.Size {
	pad := theme.Padding()
	text := r.notice.label.MinSize()
	return fyne.NewSize(pad+r.iconSize()+text.Width+pad, max(text.Height, r.iconSize()+2*theme.InnerPadding())+2*pad)
}

// Layout keeps the icon level with the first line of text.
func (r *warningNoticeRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	r.box.Resize(size)
	r.box.Move(fyne.NewPos(0, 0))
	icon := r.iconSize()
	r.icon.Resize(fyne.NewSquareSize(icon))
	r.icon.Move(fyne.NewPos(2*pad, pad+theme.InnerPadding()))
	textX := 2*pad + icon
	r.notice.label.Move(fyne.NewPos(textX, pad))
	r.notice.label.Resize(fyne.NewSize(max(size.Width-textX-pad, 0), max(size.Height-2*pad, 0)))
}

// Refresh re-reads the theme, so the tint follows a light or dark switch.
func (r *warningNoticeRenderer) Refresh() {
	warning := theme.ColorForWidget(theme.ColorNameWarning, r.notice)
	r.box.FillColor = noticeTint(warning, 0x30)
	r.box.StrokeColor = warning
	r.box.StrokeWidth = 1
	r.box.CornerRadius = theme.InputRadiusSize()
	r.box.Refresh()
	r.icon.Refresh()
	r.notice.label.Refresh()
}

// noticeTint is c made translucent, for a background that lets text stay readable
// in both light and dark themes.
func noticeTint(c color.Color, alpha uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = alpha
	return n
}
