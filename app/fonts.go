package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// firstScreenStyles are the text styles the Today screen draws with.
var firstScreenStyles = []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Monospace: true}}

// LoadFonts loads the font faces of the first screen on another core and
// closes the returned channel when they are ready. Fyne reads and parses a
// style's fonts the first time a text in it is measured, about 10 ms each;
// done here, that overlaps with the window system starting on the main
// thread. Call it after the fyne.App exists, and wait for it before New,
// which sets the theme.
func LoadFonts() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, style := range firstScreenStyles {
			fyne.MeasureText("0", theme.TextSize(), style)
		}
	}()
	return done
}
