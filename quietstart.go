package main

import (
	"log"
	"os"
	"path/filepath"
)

// A desktop launch has no terminal to read warnings in, and one started
// from a terminal should not fill it with them: while the window is open,
// the log package (Fyne reports through it) and the app's own logger write
// to a file in the user's cache folder. A command's errors stay on stderr.

// appLogName is the log file, in UserCacheDir/certplan.
const appLogName = "certplan.log"

// maxAppLog is the size at which the log starts afresh, keeping the
// previous one as certplan.log.old.
const maxAppLog = 1 << 20

// logToFile sends the logs to the app's log file and returns a function
// that closes it. Where the file cannot be opened, logs stay on stderr.
func logToFile() (closeLog func()) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return func() {}
	}
	dir := filepath.Join(cache, "certplan")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return func() {}
	}
	path := filepath.Join(dir, appLogName)
	if fi, err := os.Stat(path); err == nil && fi.Size() > maxAppLog {
		_ = os.Rename(path, path+".old")
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return func() {}
	}
	log.SetOutput(f)
	logger.SetOutput(f)
	return func() {
		log.SetOutput(os.Stderr)
		logger.SetOutput(os.Stderr)
		_ = f.Close()
	}
}

// prepareDesktop creates what Fyne expects to find, so it has nothing to
// complain about on a brand-new home folder: its cache folder (it creates
// only the last two levels of UserCacheDir/fyne/APP-ID).
func prepareDesktop(getenv func(string) string) {
	if cache, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(filepath.Join(cache, "fyne"), 0o700)
	}
	// Without a Wayland display, GLFW still tries Wayland first, and
	// libwayland prints an error when XDG_RUNTIME_DIR is unset (an X11
	// session over ssh): go straight to X11 unless the learner chose.
	if getenv("WAYLAND_DISPLAY") == "" && getenv("DISPLAY") != "" && getenv("FYNE_PLATFORM") == "" {
		_ = os.Setenv("FYNE_PLATFORM", "x11")
	}
}
