package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// firstScreenStyles are the text styles the window draws with at start-up:
// the tabs and the Today screen (TestLoadFontsCoversTheFirstScreen keeps
// the list true). A style loaded here and not drawn would cost memory for
// nothing, about 3 MB each.
var firstScreenStyles = []fyne.TextStyle{{}, {Bold: true}, {Monospace: true}}

// LoadFonts loads the font faces of the first screen on another core and
// closes the returned channel when they are ready. Fyne reads and parses a
// style's fonts (its own and a system font for the language) the first
// time a text in that style is measured, about 10 ms each; done here, that
// overlaps with the window system starting on the main thread. Call it after the fyne.App exists, and wait for it before New,
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
