// Command bench measures CertPlan and prints one Markdown table, every row
// measured side by side in the same run against its reference, with the
// ratio as the figure. `make bench` runs it.
//
//	go run ./tools/bench [-runs 5] [-sizes 0,20000,200000]
//
// It builds the app, the bare reference window and the data generator into
// a temporary folder, generates one data folder per size, starts its own
// Xvfb, and needs Xvfb and hyperfine on the PATH (.ci/install-deps bench).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	runs := flag.Int("runs", 5, "start-up runs of each program per data size (alternating); the median is reported")
	sizes := flag.String("sizes", "0,20000,200000", "log sizes to measure start-up at, comma-separated")
	cliSize := flag.Int("cli-size", 20000, "log size the whole-command rows run against")
	flag.Parse()
	if err := run(*runs, *sizes, *cliSize); err != nil {
		fmt.Fprintln(os.Stderr, "bench: "+err.Error())
		os.Exit(1)
	}
}

func run(runs int, sizeList string, cliSize int) error {
	sizes, err := parseSizes(sizeList)
	if err != nil {
		return err
	}
	for _, tool := range []string{"Xvfb", "hyperfine"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not installed: run .ci/install-deps bench", tool)
		}
	}
	work, err := os.MkdirTemp("", "certplan-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	bins, err := buildAll(work)
	if err != nil {
		return err
	}
	folders := map[int]string{}
	for _, n := range append(sizes, cliSize) {
		if folders[n] == "" {
			if folders[n], err = generate(bins, work, n); err != nil {
				return err
			}
		}
	}
	var rows []row
	startup, err := measureStartup(bins, work, sizes, folders, runs)
	if err != nil {
		return err
	}
	rows = append(rows, startup...)
	goRows, err := goBenchmarks()
	if err != nil {
		return err
	}
	rows = append(rows, goRows...)
	cliRows, err := commandRows(bins, folders[cliSize], cliSize)
	if err != nil {
		return err
	}
	rows = append(rows, cliRows...)
	printTable(os.Stdout, rows)
	return nil
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("-sizes: %q is not a number of entries", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// binaries are the programs under measurement.
type binaries struct{ app, bare, gendata string }

// buildAll compiles the three programs the way `make build` does.
func buildAll(work string) (binaries, error) {
	b := binaries{app: filepath.Join(work, "certplan"), bare: filepath.Join(work, "barewindow"),
		gendata: filepath.Join(work, "gendata")}
	for out, pkg := range map[string]string{b.app: ".", b.bare: "./tools/barewindow", b.gendata: "./tools/gendata"} {
		progress("building %s", pkg)
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return b, fmt.Errorf("go build %s: %w", pkg, err)
		}
	}
	return b, nil
}

// generate writes the data folder of n entries (seed 1).
func generate(bins binaries, work string, n int) (string, error) {
	dir := filepath.Join(work, fmt.Sprintf("data-%d", n))
	progress("generating %d entries", n)
	cmd := exec.Command(bins.gendata, "-dir", dir, "-n", strconv.Itoa(n), "-seed", "1")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("gendata -n %d: %w", n, err)
	}
	return dir, nil
}

func progress(format string, a ...any) { fmt.Fprintf(os.Stderr, "bench: "+format+"\n", a...) }
