package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// budgets are the Go benchmarks with a target, in milliseconds per
// operation: a synced add within 5 ms, every progress figure within 20 ms.
var budgets = map[string]float64{
	"BenchmarkAddEntry":          5,
	"BenchmarkAddEntryAt20k":     5,
	"BenchmarkAddEntryAt200k":    5,
	"BenchmarkDashboardAt20k":    20,
	"BenchmarkDashboardAt200k":   20,
	"BenchmarkEntriesMonthAt20k": 0,
}

// goBenchmarks runs the planner and store benchmarks as `make bench` always
// has, and reads their time and allocations per operation.
func goBenchmarks() ([]row, error) {
	var rows []row
	for _, args := range [][]string{
		{"test", "-run", "^$", "-bench", ".", "-benchmem", "./planner/"},
		{"test", "-run", "^$", "-bench", ".", "-benchmem", "-benchtime", "200x", "./planner/store/"},
	} {
		progress("go %s", strings.Join(args, " "))
		var out bytes.Buffer
		cmd := exec.Command("go", args...)
		cmd.Stdout, cmd.Stderr = &out, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out.String())
		}
		rows = append(rows, parseBenchmarks(out.String())...)
	}
	return rows, nil
}

// parseBenchmarks reads lines such as
// "BenchmarkAddEntry-2  200  412345 ns/op  9876 B/op  123 allocs/op",
// where a benchmark's own figures ("3.000 tables") may come between.
func parseBenchmarks(out string) []row {
	var rows []row
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || f[3] != "ns/op" {
			continue
		}
		unit := func(u string) string {
			for i := 5; i < len(f); i += 2 {
				if f[i] == u {
					return f[i-1]
				}
			}
			return "?"
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		ns, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		ms := ns / 1e6
		r := row{name: "`" + name + "`", measured: fmtMillis(ms), reference: "-", ratio: math.NaN(),
			note: fmt.Sprintf("%s B/op, %s allocs/op", unit("B/op"), unit("allocs/op"))}
		if budget := budgets[name]; budget > 0 {
			r.reference = fmtMillis(budget) + " budget"
			r.ratio, r.target = ms/budget, 1
		}
		rows = append(rows, r)
	}
	return rows
}
