package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// catalogRow is a two-line list row: a bold title with a shorter remark
// beside it, and a quieter detail line below, such as
//
//	SAA-C03  Solutions Architect - Associate
//	Associate · in plan
//
// The remark and detail are cut with an ellipsis when the pane is narrow,
// so a row never spills into its neighbour.
type catalogRow struct {
	widget.BaseWidget
	title  *widget.Label
	aside  *widget.RichText
	detail *widget.RichText
}

// newCatalogRow makes an empty row whose remark is drawn in asideStyle.
func newCatalogRow(asideStyle widget.RichTextStyle) *catalogRow {
	r := &catalogRow{
		title:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		aside:  widget.NewRichText(&widget.TextSegment{Style: asideStyle}),
		detail: widget.NewRichText(&widget.TextSegment{Style: catalogDetailStyle}),
	}
	r.aside.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// catalogDetailStyle is the second line's look: small and quiet, but still
// readable.
var catalogDetailStyle = widget.RichTextStyle{
	ColorName: theme.ColorNamePlaceHolder,
	SizeName:  theme.SizeNameCaptionText,
	Inline:    true,
}

// set fills the row.
func (r *catalogRow) set(title, aside, detail string) {
	r.title.Text = title
	r.aside.Segments[0].(*widget.TextSegment).Text = aside
	r.detail.Segments[0].(*widget.TextSegment).Text = detail
	r.Refresh()
}

// AccessibilityLabel reads the row as one line, for screen readers.
func (r *catalogRow) AccessibilityLabel() string {
	return r.title.Text + " " + r.aside.String() + " · " + r.detail.String()
}

func (r *catalogRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (r *catalogRow) CreateRenderer() fyne.WidgetRenderer {
	return &catalogRowRenderer{row: r}
}

// catalogRowRenderer sets the remark just after the title, whatever the
// title's width, and tucks the detail line under both.
type catalogRowRenderer struct{ row *catalogRow }

func (r *catalogRowRenderer) Destroy() {}

func (r *catalogRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.row.title, r.row.aside, r.row.detail}
}

// overlap is how far the pieces reach into each other's inner padding, so
// the remark reads as part of the title's line and the detail as part of
// the same entry.
func (r *catalogRowRenderer) overlap() (across, down float32) {
	return theme.InnerPadding(), 1.5 * theme.InnerPadding()
}

func (r *catalogRowRenderer) MinSize() fyne.Size {
	across, down := r.overlap()
	title, aside, detail := r.row.title.MinSize(), r.row.aside.MinSize(), r.row.detail.MinSize()
	width := max(title.Width+aside.Width-across, detail.Width)
	return fyne.NewSize(width, title.Height-down+detail.Height)
}

func (r *catalogRowRenderer) Layout(size fyne.Size) {
	across, down := r.overlap()
	title := r.row.title.MinSize()
	r.row.title.Move(fyne.NewPos(0, 0))
	r.row.title.Resize(title)
	asideX := title.Width - across
	r.row.aside.Move(fyne.NewPos(asideX, 0))
	r.row.aside.Resize(fyne.NewSize(max(size.Width-asideX, 0), title.Height))
	r.row.detail.Move(fyne.NewPos(0, title.Height-down))
	r.row.detail.Resize(fyne.NewSize(size.Width, r.row.detail.MinSize().Height))
}

// Refresh redraws the texts first, so the title knows its new width, then
// lays the row out again, since that width decides where the remark starts.
func (r *catalogRowRenderer) Refresh() {
	for _, o := range r.Objects() {
		o.Refresh()
	}
	r.Layout(r.row.Size())
}
