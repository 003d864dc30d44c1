package main

import (
	"fmt"
	"io"
	"math"
)

// row is one line of the table: a measurement, its reference from the same
// run, and the ratio between them. For a row with an absolute budget (a Go
// benchmark) the reference is the budget.
type row struct {
	name      string
	measured  string
	reference string
	ratio     float64
	target    float64 // the ratio the row must stay at or under; 0: none
	note      string
}

func (r row) verdict() string {
	switch {
	case r.target == 0:
		return ""
	case r.ratio <= r.target:
		return "yes"
	}
	return "**no**"
}

func printTable(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| Row | Measured | Reference | Ratio | Target | Met | Notes |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|:---:|---|")
	for _, r := range rows {
		target := ""
		if r.target > 0 {
			target = fmt.Sprintf("≤ %.2fx", r.target)
		}
		ratio := "-"
		if !math.IsNaN(r.ratio) {
			ratio = fmt.Sprintf("%.2fx", r.ratio)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", r.name, r.measured, r.reference, ratio, target, r.verdict(), r.note)
	}
}

func fmtMillis(ms float64) string {
	switch {
	case ms >= 100:
		return fmt.Sprintf("%.0f ms", ms)
	case ms >= 1:
		return fmt.Sprintf("%.1f ms", ms)
	case ms >= 0.01:
		return fmt.Sprintf("%.0f µs", ms*1000)
	}
	return fmt.Sprintf("%.0f ns", ms*1e6)
}

func fmtMiB(kib float64) string { return fmt.Sprintf("%.0f MiB", kib/1024) }
