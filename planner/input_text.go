package planner

import "strconv"

// quotedInputChars is how much of a bad value a message quotes: enough to
// recognise it, never a whole pasted file.
const quotedInputChars = 40

// quoteInput quotes s for an error message on one line (%q escapes line
// breaks), cut to its first quotedInputChars characters.
func quoteInput(s string) string {
	runes := 0
	for i := range s {
		if runes == quotedInputChars {
			return strconv.Quote(s[:i]) + "…"
		}
		runes++
	}
	return strconv.Quote(s)
}
