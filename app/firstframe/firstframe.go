// Package firstframe reports when a window's first frame is on screen, for
// the start-up benchmark (tools/bench). It is inert unless
// CERTPLAN_BENCH_FIRSTFRAME=1, so the app's normal runs never see it.
//
// Both the app and the bare reference window (tools/barewindow) use it the
// same way, so their numbers compare: a 1x1 transparent canvas.Raster goes
// on top of the window's content. Fyne's GL painter calls a raster's
// generator only while it paints that raster, which it does after
// everything beneath it, in the first frame. The generator then queues a
// callback with fyne.Do; the driver's loop runs it after the frame is
// swapped to the screen. The callback prints the wall clock (the harness
// subtracts its own clock reading taken just before it started the
// process) and the peak resident memory so far, then quits the app.
package firstframe

import (
	"fmt"
	"image"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// Environment variables that turn the measurement on, and optionally
// record a CPU profile or an execution trace of start-up up to the first
// frame.
const (
	EnvEnable     = "CERTPLAN_BENCH_FIRSTFRAME"
	EnvCPUProfile = "CERTPLAN_BENCH_CPUPROFILE"
	EnvTrace      = "CERTPLAN_BENCH_TRACE"
)

// Line is the prefix of the line printed on the first frame:
// "firstframe <unix nanoseconds> <peak RSS in kB>".
const Line = "firstframe"

// Enabled reports whether this run measures its first frame.
func Enabled() bool { return os.Getenv(EnvEnable) == "1" }

var stopProfiles = func() {}

// Start begins the optional CPU profile and trace; call it first in main.
func Start() {
	if !Enabled() {
		return
	}
	var stops []func()
	if path := os.Getenv(EnvCPUProfile); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if path := os.Getenv(EnvTrace); path != "" {
		if f, err := os.Create(path); err == nil && trace.Start(f) == nil {
			stops = append(stops, func() { trace.Stop(); f.Close() })
		}
	}
	stopProfiles = func() {
		for _, stop := range stops {
			stop()
		}
	}
}

// Watch puts the sentinel over w's current content; on the first frame it
// reports and quits a. Call it after the content is set, before the window
// is shown.
func Watch(a fyne.App, w fyne.Window) {
	if !Enabled() {
		return
	}
	var once sync.Once
	sentinel := canvas.NewRaster(func(int, int) image.Image {
		once.Do(func() { fyne.Do(func() { report(a) }) })
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	sentinel.Resize(fyne.NewSize(1, 1))
	w.SetContent(container.NewStack(w.Content(), container.NewWithoutLayout(sentinel)))
}

func report(a fyne.App) {
	at := time.Now().UnixNano()
	stopProfiles()
	fmt.Printf("%s %d %d\n", Line, at, peakRSSKiB())
	a.Quit()
}

// peakRSSKiB reads VmHWM, the process's peak resident set so far, from
// /proc; 0 where there is no /proc.
func peakRSSKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int
			fmt.Sscan(rest, &kb)
			return kb
		}
	}
	return 0
}
