package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Start-up targets, as ratios of the same run's reference.
const (
	startupTarget     = 1.25 // the app against the bare window
	startupSizeTarget = 1.05 // the largest log against the empty one
	memoryTarget      = 1.25
)

// firstFrame is one start-up: from just before the process started to its
// first frame on screen, and its peak resident memory by then.
type firstFrame struct {
	millis  float64
	peakKiB float64
}

// measureStartup runs the bare window and the app alternately, runs times
// each per data size (after one unmeasured round to warm the file cache),
// under a private Xvfb.
func measureStartup(bins binaries, work string, sizes []int, folders map[int]string, runs int) ([]row, error) {
	display, stop, err := startXvfb()
	if err != nil {
		return nil, err
	}
	defer stop()
	env, err := guiEnv(work, display)
	if err != nil {
		return nil, err
	}
	// Every run goes round all sizes (bare, app at 0; bare, app at 20,000;
	// ...), so that the rows that compare sizes are side by side too, not
	// measured minutes apart on a machine whose speed drifts.
	appRuns := map[int][]firstFrame{}
	bareRuns := map[int][]firstFrame{}
	progress("start-up at %v entries: %d rounds of each program at each size", sizes, runs)
	for i := -1; i < runs; i++ {
		for _, n := range sizes {
			b, err := launch(exec.Command(bins.bare), env)
			if err != nil {
				return nil, fmt.Errorf("bare window: %w", err)
			}
			a, err := launch(exec.Command(bins.app, "--data-dir", folders[n]), env)
			if err != nil {
				return nil, fmt.Errorf("certplan at %d entries: %w", n, err)
			}
			if i >= 0 {
				bareRuns[n], appRuns[n] = append(bareRuns[n], b), append(appRuns[n], a)
			}
		}
	}
	var timeRows, memRows []row
	appMedian := map[int]float64{}
	for _, n := range sizes {
		at, bt := median(appRuns[n], func(f firstFrame) float64 { return f.millis }), median(bareRuns[n], func(f firstFrame) float64 { return f.millis })
		am, bm := median(appRuns[n], func(f firstFrame) float64 { return f.peakKiB }), median(bareRuns[n], func(f firstFrame) float64 { return f.peakKiB })
		appMedian[n] = at
		timeRows = append(timeRows, row{name: fmt.Sprintf("Start-up to first frame, %s entries", count(n)),
			measured: fmtMillis(at), reference: fmtMillis(bt) + " bare window", ratio: at / bt, target: startupTarget,
			note: fmt.Sprintf("median of %d alternating runs", runs)})
		memRows = append(memRows, row{name: fmt.Sprintf("Peak memory at first frame, %s entries", count(n)),
			measured: fmtMiB(am), reference: fmtMiB(bm) + " bare window", ratio: am / bm, target: memoryTarget,
			note: "VmHWM, same runs"})
	}
	rows := timeRows
	// The largest log against each smaller one. Against the empty log the
	// Today screen also draws less (no logged hours, fewer sessions);
	// against the next size it draws the same, with a log ten times longer.
	hi := slices.Max(sizes)
	for _, lo := range slices.Sorted(slices.Values(sizes)) {
		if lo == hi {
			continue
		}
		rows = append(rows, row{name: fmt.Sprintf("Start-up, %s entries against %s", count(hi), count(lo)),
			measured: fmtMillis(appMedian[hi]), reference: fmtMillis(appMedian[lo]), ratio: appMedian[hi] / appMedian[lo],
			target: startupSizeTarget, note: "the app's own medians above"})
	}
	return append(rows, memRows...), nil
}

// launch starts a copy of proto and reads the first-frame line it prints
// (see app/firstframe), then waits for it to quit.
func launch(proto *exec.Cmd, env []string) (firstFrame, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, proto.Path, proto.Args[1:]...)
	cmd.Env = env
	out, err := cmd.StdoutPipe()
	if err != nil {
		return firstFrame{}, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return firstFrame{}, err
	}
	var f firstFrame
	found := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 3 && fields[0] == "firstframe" {
			at, err1 := strconv.ParseInt(fields[1], 10, 64)
			kib, err2 := strconv.ParseFloat(fields[2], 64)
			if err1 == nil && err2 == nil {
				f = firstFrame{millis: float64(time.Unix(0, at).Sub(start).Microseconds()) / 1000, peakKiB: kib}
				found = true
			}
		}
	}
	if err := cmd.Wait(); err != nil {
		return f, fmt.Errorf("%w: %s", err, stderr.String())
	}
	if !found {
		return f, fmt.Errorf("no first-frame line; stderr: %s", stderr.String())
	}
	return f, nil
}

// guiEnv is the environment of every GUI run: the private display, a
// fresh configuration folder (no remembered window size), and measuring on.
func guiEnv(work, display string) ([]string, error) {
	config, runtime := filepath.Join(work, "config"), filepath.Join(work, "runtime")
	for _, dir := range []string{config, runtime} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
	}
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		for _, name := range []string{"DISPLAY=", "WAYLAND_DISPLAY=", "XDG_CONFIG_HOME=", "XDG_RUNTIME_DIR=", "CERTPLAN_"} {
			if strings.HasPrefix(kv, name) {
				return true
			}
		}
		return false
	})
	return append(env, "DISPLAY="+display, "XDG_CONFIG_HOME="+config, "XDG_RUNTIME_DIR="+runtime,
		"CERTPLAN_BENCH_FIRSTFRAME=1"), nil
}

// startXvfb starts a virtual X server on the first free display from :90.
func startXvfb() (string, func(), error) {
	for d := 90; d < 190; d++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", d)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", d)
		cmd := exec.Command("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			return "", nil, fmt.Errorf("Xvfb: %w", err)
		}
		stop := func() { cmd.Process.Kill(); cmd.Wait() }
		socket := fmt.Sprintf("/tmp/.X11-unix/X%d", d)
		for i := 0; i < 100; i++ {
			if _, err := os.Stat(socket); err == nil {
				return display, stop, nil
			}
			time.Sleep(50 * time.Millisecond)
		}
		stop()
		return "", nil, fmt.Errorf("Xvfb %s did not start", display)
	}
	return "", nil, fmt.Errorf("no free X display between :90 and :189")
}

func median[T any](xs []T, value func(T) float64) float64 {
	vs := make([]float64, len(xs))
	for i, x := range xs {
		vs[i] = value(x)
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 1 {
		return vs[n/2]
	} else {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
}

// count writes 20000 as 20,000.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
