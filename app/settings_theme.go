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

// themeFor is base held to the stored choice's variant; anything unknown
// follows the system, which is base itself.
func themeFor(base fyne.Theme, choice string) fyne.Theme {
	switch choice {
	case "light":
		return variantTheme{base, theme.VariantLight}
	case "dark":
		return variantTheme{base, theme.VariantDark}
	}
	return base
}

// applyTheme sets the stored theme on the whole app; windows redraw at once.
// The theme the app started with (Fyne's default, or one FYNE_THEME names)
// is kept and only held to a variant, so "Same as the system" gives it back.
func (u *UI) applyTheme() {
	s := u.app.Settings()
	base := s.Theme()
	if pinned, ok := base.(variantTheme); ok {
		base = pinned.Theme
	}
	want := themeFor(base, u.app.Preferences().String(prefTheme))
	if want != s.Theme() {
		s.SetTheme(want)
	}
}
