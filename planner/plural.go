package planner

import "strconv"

// Plural is "1 session" or "3 sessions": a count with the word that fits it.
// Both forms are given, since English plurals are not all an added "s".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
