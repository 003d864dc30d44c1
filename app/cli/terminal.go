package cli

import (
	"fmt"
	"strings"
	"unicode"
)

// terminalSafe shows control characters as visible escapes (\x1b, \u009b).
// Notes, services and codes come from the learner or from an imported file;
// printed as they are, an escape sequence in one would drive the terminal
// (move the cursor, retitle the window, hide text). Line feeds and tabs are
// the output's own layout and stay.
func terminalSafe(s string) string {
	if strings.IndexFunc(s, isUnsafeControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isUnsafeControl(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func isUnsafeControl(r rune) bool {
	return r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029')
}
