package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// ellipsizeByBisection is the plain search for the longest prefix that fits
// with "…", which ellipsize must agree with.
func ellipsizeByBisection(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

func TestEllipsizeKeepsTheLongestPrefixThatFits(t *testing.T) {
	test.NewTempApp(t)
	names := []string{
		"Design High-Performing Architectures",
		"Cloud Technology and Services",
		"Security and Compliance",
		"Développement avec les services AWS",
		"iiiiiiiiiiWWWWWWWWWW",
		"A",
	}
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		for _, name := range names {
			for width := float32(-5); width <= 320; width += 1.5 {
				got := ellipsize(name, width, 14, style)
				if want := ellipsizeByBisection(name, width, 14, style); got != want {
					t.Fatalf("ellipsize(%q, %v, bold %v) = %q, want %q", name, width, style.Bold, got, want)
				}
			}
		}
	}
}
