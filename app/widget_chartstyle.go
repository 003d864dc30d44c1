package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// chartPalette is every colour the charts draw with. It is read from the
// widget's theme on each refresh, never stored as literals, so the charts
// follow the light and dark variants and a learner's primary colour.
type chartPalette struct {
	study   color.Color // logged study hours
	lab     color.Color // logged lab hours
	plan    color.Color // the outline of a planned bar
	planBg  color.Color // the inside of a planned bar
	grid    color.Color // gridlines
	track   color.Color // the empty part of a bar
	empty   color.Color // a heatmap day with nothing logged
	text    color.Color // values
	muted   color.Color // axis and secondary labels
	primary color.Color // the heatmap's base colour
}

func chartPaletteOf(th fyne.Theme) chartPalette {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	return chartPalette{
		study:   c(theme.ColorNamePrimary),
		lab:     c(theme.ColorNameSuccess),
		plan:    c(theme.ColorNamePlaceHolder),
		planBg:  withAlpha(c(theme.ColorNamePlaceHolder), 0x28),
		grid:    c(theme.ColorNameSeparator),
		track:   c(theme.ColorNameInputBackground),
		empty:   c(theme.ColorNameInputBackground),
		text:    c(theme.ColorNameForeground),
		muted:   c(theme.ColorNamePlaceHolder),
		primary: c(theme.ColorNamePrimary),
	}
}

// withAlpha returns c with its opacity replaced, for lighter shades of a
// theme colour.
func withAlpha(c color.Color, alpha uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = alpha
	return n
}

// chartTextSize is the size of the numbers and captions inside charts.
func chartTextSize(th fyne.Theme) float32 { return th.Size(theme.SizeNameCaptionText) }

// styleChartText sets a chart label's colour and caption size.
func styleChartText(t *canvas.Text, th fyne.Theme, c color.Color, bold bool) {
	t.Color = c
	t.TextSize = chartTextSize(th)
	t.TextStyle = fyne.TextStyle{Bold: bold}
}

// textWidth is how wide a chart label is drawn.
func textWidth(t *canvas.Text) float32 {
	return fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width
}
