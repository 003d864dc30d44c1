package main

import (
	"bytes"
	"errors"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLogsGoToTheCacheFolderWhileTheWindowIsOpen(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "new", "cache")
	t.Setenv("XDG_CACHE_HOME", cache)
	closeLog := logToFile()
	log.Print("from the log package")
	logger.Print("from the app")
	closeLog()
	got, err := os.ReadFile(filepath.Join(cache, "certplan", appLogName))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"from the log package", "from the app"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("log file %q lacks %q", got, want)
		}
	}
	if fi, _ := os.Stat(filepath.Join(cache, "certplan", appLogName)); fi.Mode().Perm() != 0o600 {
		t.Errorf("log file mode %v, want 0600", fi.Mode().Perm())
	}
	if log.Writer() != os.Stderr || logger.Writer() != os.Stderr {
		t.Error("closing the log file should send logs back to stderr")
	}
}

func TestPrepareDesktopCreatesFynesCacheFolder(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "brand-new", ".cache")
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("FYNE_PLATFORM", "")
	prepareDesktop(func(k string) string { return map[string]string{"DISPLAY": ":1"}[k] })
	if fi, err := os.Stat(filepath.Join(cache, "fyne")); err != nil || !fi.IsDir() {
		t.Errorf("fyne cache folder: %v", err)
	}
	if got := os.Getenv("FYNE_PLATFORM"); got != "x11" {
		t.Errorf("FYNE_PLATFORM = %q on an X11-only session, want x11", got)
	}
	t.Setenv("FYNE_PLATFORM", "")
	prepareDesktop(func(k string) string { return map[string]string{"DISPLAY": ":1", "WAYLAND_DISPLAY": "wayland-0"}[k] })
	if got := os.Getenv("FYNE_PLATFORM"); got != "" {
		t.Errorf("FYNE_PLATFORM = %q on a Wayland session, want Fyne's own choice", got)
	}
}

// TestFreshStartIsQuiet opens the real app on a brand-new home folder under
// a virtual X server and lets it run: nothing may appear on stderr.
func TestFreshStartIsQuiet(t *testing.T) {
	xvfb, err := exec.LookPath("xvfb-run")
	if err != nil {
		t.Skip("xvfb-run is not installed (.ci/install-deps installs it)")
	}
	home, data := t.TempDir(), t.TempDir()
	cmd := exec.Command(xvfb, "-a", "timeout", "6", os.Args[0], "--data-dir", data)
	cmd.Env = []string{"CERTPLAN_RUN_MAIN=1", "HOME=" + home, "PATH=" + os.Getenv("PATH")}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 124 {
		t.Fatalf("the app should still be running when stopped after 6s; got %v after %v, stderr %q", err, time.Since(start), stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("a fresh start printed on stderr:\n%s", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(home, ".cache", "fyne")); err != nil {
		t.Errorf("fyne's cache folder was not created: %v", err)
	}
}
