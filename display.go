package main

import "errors"

// errNoDisplay is why the window cannot open: without a display server
// Fyne's driver panics with a Go trace, so the app says it in one line first.
var errNoDisplay = errors.New("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); " +
	"run a command instead, for example `certplan status` (see `certplan help`)")

// checkDisplay reports errNoDisplay on systems that draw through X11 or
// Wayland when neither is reachable. macOS and Windows always have a
// display for a logged-in user.
func checkDisplay(goos string, getenv func(string) string) error {
	switch goos {
	case "darwin", "windows", "android", "ios", "js":
		return nil
	}
	if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return errNoDisplay
	}
	return nil
}
