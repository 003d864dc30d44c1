//go:build linux

package main

import (
	"context"
	"encoding/json"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEndToEndFirstRunWithRealInput starts the real app on an empty data
// folder under a virtual X server and drives it as a learner would, with
// key presses from xdotool: the first-run guide opens, Enter takes its
// defaults page by page (the Architect path, two hours on weekdays) and the
// last Enter adds the path's exams. The CLI, going through the open app's
// socket, then sees the targets; a screenshot of the screen is not blank;
// Ctrl+Q closes the app, which exits 0.
func TestEndToEndFirstRunWithRealInput(t *testing.T) {
	for _, tool := range []string{"xvfb-run", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/install-deps installs xvfb, xdotool and imagemagick); the end-to-end test needs them", tool)
		}
	}
	home, data, work := t.TempDir(), t.TempDir(), t.TempDir()
	display := startVirtualDisplay(t, work)

	app := exec.Command(os.Args[0], "--data-dir", data)
	app.Env = append([]string{"CERTPLAN_RUN_MAIN=1", "HOME=" + home, "PATH=" + os.Getenv("PATH")}, display...)
	// A file, not a pipe: a D-Bus daemon the app autolaunches would hold a
	// pipe open after the app exits.
	logFile, err := os.Create(filepath.Join(work, "app.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	app.Stdout, app.Stderr = logFile, logFile
	appOutput := func() string {
		out, _ := os.ReadFile(logFile.Name())
		return string(out)
	}
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	var exitErr error
	exited := make(chan struct{})
	go func() { exitErr = app.Wait(); close(exited) }()
	defer func() {
		select {
		case <-exited:
		default:
			app.Process.Kill()
			<-exited
		}
	}()

	x := func(args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, "xdotool", args...)
		cmd.Env = append([]string{"PATH=" + os.Getenv("PATH")}, display...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("xdotool %v: %v %s\napp output:\n%s", args, err, out, appOutput())
		}
		return strings.TrimSpace(string(out))
	}
	win := strings.Fields(x("search", "--sync", "--onlyvisible", "--name", "^CertPlan$"))[0]
	x("windowfocus", "--sync", win)
	time.Sleep(time.Second) // the first frame, with the guide, is drawn

	// Six pages: role, experience, holidays, hours, held, path. The last
	// Enter adds the Architect path's required exams.
	for range 6 {
		x("key", "--clearmodifiers", "Return")
		time.Sleep(400 * time.Millisecond)
	}

	var targets []struct{ Code string }
	deadline := time.Now().Add(15 * time.Second)
	for {
		r := certplan(t, []string{"HOME=" + home}, "--data-dir", data, "target", "list", "--json")
		if r.code != 0 {
			t.Fatalf("target list through the open app: exit %d %q", r.code, r.stderr)
		}
		targets = nil
		if err := json.Unmarshal([]byte(r.stdout), &targets); err != nil {
			t.Fatalf("target list --json: %v in %q", err, r.stdout)
		}
		if len(targets) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if len(targets) != 2 || targets[0].Code != "SAA-C03" || targets[1].Code != "SAP-C02" {
		t.Fatalf("targets after the guide = %+v, want SAA-C03 then SAP-C02\napp output:\n%s", targets, appOutput())
	}

	shot := filepath.Join(t.TempDir(), "screen.png")
	imp := exec.Command("import", "-window", "root", shot)
	imp.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + home}, display...)
	if out, err := imp.CombinedOutput(); err != nil {
		t.Fatalf("import: %v %s", err, out)
	}
	if n := pngColours(t, shot); n < 8 {
		t.Errorf("the screenshot has %d colours: the window did not draw", n)
	}

	x("key", "--clearmodifiers", "ctrl+q")
	select {
	case <-exited:
		if exitErr != nil {
			t.Fatalf("the app exited with %v after Ctrl+Q\noutput:\n%s", exitErr, appOutput())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("the app did not exit within 15 s of Ctrl+Q\noutput:\n%s", appOutput())
	}
	if strings.Contains(appOutput(), "panic") {
		t.Errorf("the app's output looks like a crash:\n%s", appOutput())
	}
}

// startVirtualDisplay runs an X server for the test's lifetime and returns
// the environment that reaches it (DISPLAY and XAUTHORITY).
func startVirtualDisplay(t *testing.T, work string) []string {
	t.Helper()
	envFile := filepath.Join(work, "display.env")
	holder := exec.Command("xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c",
		`printf 'DISPLAY=%s\nXAUTHORITY=%s\n' "$DISPLAY" "$XAUTHORITY" > "$OUT.tmp" && mv "$OUT.tmp" "$OUT" && exec sleep 600`)
	holder.Env = []string{"PATH=" + os.Getenv("PATH"), "OUT=" + envFile}
	holder.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // xvfb-run, Xvfb and sleep go together
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-holder.Process.Pid, syscall.SIGTERM)
		holder.Wait()
	})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(envFile); err == nil {
			return strings.Fields(string(data))
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the virtual X server did not start within 20 s")
	return nil
}

// pngColours counts distinct colours on a coarse grid of the PNG at path.
func pngColours(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 5 {
		for x := b.Min.X; x < b.Max.X; x += 5 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
		}
	}
	return len(seen)
}
