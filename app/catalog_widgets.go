package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Small building blocks the Catalog screen's panes share, so facts, headings
// and secondary text look the same in every pane.

// setCatalogOptionalText shows text in l, or hides l when there is none.
func setCatalogOptionalText(l *widget.Label, text string) {
	l.SetText(text)
	setCatalogVisible(l, text != "")
}

// setCatalogVisible shows or hides o through Show and Hide, which redraw
// it; setting Hidden directly would leave the old drawing on screen. The
// caller refreshes the surrounding container so the space is laid out again.
func setCatalogVisible(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// catalogKeyLabel names a fact in a details form.
func catalogKeyLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

// catalogValueLabel shows a fact; long ones wrap rather than widen the pane.
func catalogValueLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

// catalogSectionLabel heads a group of facts.
func catalogSectionLabel(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// newCatalogQuietText is secondary text: readable, but quieter than the
// facts around it (a disabled-looking label would be too faint to read).
func newCatalogQuietText(text string) *widget.RichText {
	t := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder,
		Inline:    true,
	}})
	t.Wrapping = fyne.TextWrapWord
	return t
}

// setCatalogQuietText replaces the text of a newCatalogQuietText.
func setCatalogQuietText(t *widget.RichText, text string) {
	t.Segments[0].(*widget.TextSegment).Text = text
	t.Refresh()
}
