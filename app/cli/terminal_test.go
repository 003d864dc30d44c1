package cli

import (
	"strings"
	"testing"
)

func TestTerminalSafe(t *testing.T) {
	tests := map[string]string{
		"plain note":                 "plain note",
		"cols\tand\nlines":           "cols\tand\nlines",
		"\x1b]0;pwned\x07title":      `\x1b]0;pwned\x07title`,
		"\x1b[2J\x1b[Hclear":         `\x1b[2J\x1b[Hclear`,
		"c1 \u009b31m red":           `c1 \x9b31m red`,
		"line\u2028separator\rcarry": `line\u2028separator\x0dcarry`,
		"naïve café ✓":               "naïve café ✓",
	}
	for in, want := range tests {
		if got := terminalSafe(in); got != want {
			t.Errorf("terminalSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

// A note is the learner's text, or an imported file's: printed in a table
// it must not reach the terminal as an escape sequence.
func TestLogListEscapesControlCharacters(t *testing.T) {
	h := newHarness(t)
	h.ok("log", "add", "--kind", "study", "--cert", "SAA-C03", "--date", "2026-11-20", "--hours", "1",
		"--note", "\x1b]0;owned\x07\x1b[2Jgone")
	out := h.ok("log", "list")
	if strings.ContainsRune(out, '\x1b') || strings.ContainsRune(out, '\x07') {
		t.Fatalf("log list printed raw control characters: %q", out)
	}
	if !strings.Contains(out, `\x1b]0;owned\x07\x1b[2Jgone`) {
		t.Fatalf("log list does not show the note's escapes: %q", out)
	}
	// JSON keeps the note exactly (escaped the JSON way).
	if js := h.ok("log", "list", "--json"); !strings.Contains(js, `\u001b]0;owned\u0007\u001b[2Jgone`) {
		t.Fatalf("log list --json: %q", js)
	}
}
