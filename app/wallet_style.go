package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// tierColor is the colour of a tier's stripe on a wallet card. The hues
// follow the colours AWS gives its badges per tier (grey-blue, blue, teal,
// purple), at a middle lightness that reads on the light and the dark
// theme alike; badges are grey.
func tierColor(t catalog.Tier) color.Color {
	switch t {
	case catalog.Foundational:
		return color.NRGBA{R: 0x5b, G: 0x7a, B: 0x99, A: 0xff}
	case catalog.Associate:
		return color.NRGBA{R: 0x1f, G: 0x78, B: 0xc8, A: 0xff}
	case catalog.Professional:
		return color.NRGBA{R: 0x12, G: 0x93, B: 0x8a, A: 0xff}
	case catalog.Specialty:
		return color.NRGBA{R: 0x8a, G: 0x4f, B: 0xc2, A: 0xff}
	}
	return color.NRGBA{R: 0x8c, G: 0x8c, B: 0x8c, A: 0xff}
}

// heldStatusName is how a held certification's status reads.
func heldStatusName(s planner.HeldStatus) string {
	switch s {
	case planner.StatusExpiring:
		return lang.L("Expiring")
	case planner.StatusExpired:
		return lang.L("Expired")
	}
	return lang.L("Active")
}

// heldStatusImportance colours the status: green, orange, red.
func heldStatusImportance(s planner.HeldStatus) widget.Importance {
	switch s {
	case planner.StatusExpiring:
		return widget.WarningImportance
	case planner.StatusExpired:
		return widget.DangerImportance
	}
	return widget.SuccessImportance
}

// heldStatusColour is the theme colour of a status, for its days bar.
func heldStatusColour(s planner.HeldStatus) fyne.ThemeColorName {
	switch s {
	case planner.StatusExpiring:
		return theme.ColorNameWarning
	case planner.StatusExpired:
		return theme.ColorNameError
	}
	return theme.ColorNameSuccess
}

// daysLeftText says how long a certification has left: "35 days left",
// "expires today", "expired 12 days ago".
func daysLeftText(n int) string {
	switch {
	case n == 0:
		return lang.L("expires today")
	case n == 1:
		return lang.L("1 day left")
	case n > 1:
		return fmt.Sprintf(lang.L("%d days left"), n)
	case n == -1:
		return lang.L("expired 1 day ago")
	}
	return fmt.Sprintf(lang.L("expired %d days ago"), -n)
}
