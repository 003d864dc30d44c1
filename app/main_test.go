package app

import (
	"os"
	"testing"
)

// TestMain pins the locale: the week's first day (and so every calendar
// grid in the golden files) follows it, and a test must not depend on the
// machine it runs on. en_GB: English, weeks from Monday.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "en_GB.UTF-8")
	os.Setenv("LANGUAGE", "")
	os.Exit(m.Run())
}
