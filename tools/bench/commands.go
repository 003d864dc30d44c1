package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// statusTarget: a command that reads the data folder stays within twice the
// binary's own start-up.
const statusTarget = 2

// commandRows times whole commands with hyperfine in one session, so the
// reference (`certplan paths`, which reads no data) runs alongside.
func commandRows(bins binaries, folder string, n int) ([]row, error) {
	progress("hyperfine: paths, status --json, plan --json at %d entries", n)
	report := filepath.Join(filepath.Dir(folder), "hyperfine.json")
	base := bins.app + " --data-dir " + folder
	cmd := exec.Command("hyperfine", "-N", "--warmup", "3", "--runs", "40", "--export-json", report, "--style", "none",
		base+" paths", base+" status --json", base+" plan --json")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("hyperfine: %w", err)
	}
	b, err := os.ReadFile(report)
	if err != nil {
		return nil, err
	}
	var parsed struct {
		Results []struct {
			Median float64 `json:"median"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &parsed); err != nil || len(parsed.Results) != 3 {
		return nil, fmt.Errorf("hyperfine's report %s: %v", report, err)
	}
	paths := parsed.Results[0].Median * 1000
	var rows []row
	for i, name := range []string{"status --json", "plan --json"} {
		ms := parsed.Results[i+1].Median * 1000
		rows = append(rows, row{name: fmt.Sprintf("`certplan %s`, %s entries", name, count(n)), measured: fmtMillis(ms),
			reference: fmtMillis(paths) + " `certplan paths`", ratio: ms / paths, target: statusTarget,
			note: "hyperfine median of 40, the same session"})
	}
	return rows, nil
}
