package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// prefTheme is the learner's choice of look: "" (follow the system),
// "light" or "dark".
const prefTheme = "theme"

// variantTheme is Fyne's default theme held to one variant, whatever the
// desktop prefers.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeChoices are the values of prefTheme in the order the select shows them.
var themeChoices = []string{"", "light", "dark"}

func themeLabels() []string {
	return []string{lang.L("Same as the system"), lang.L("Light"), lang.L("Dark")}
}

// themeFor is the theme for a stored choice; anything unknown follows the
// system.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case "light":
		return variantTheme{theme.DefaultTheme(), theme.VariantLight}
	case "dark":
		return variantTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// applyTheme sets the stored theme on the whole app; windows redraw at once.
func (u *UI) applyTheme() {
	u.app.Settings().SetTheme(themeFor(u.app.Preferences().String(prefTheme)))
}
