package main

import "testing"

func TestParseBenchmarksReadsUnitsWhereverTheyAre(t *testing.T) {
	out := `goos: linux
BenchmarkAddEntry-2   	     200	    412345 ns/op	    9876 B/op	     123 allocs/op
BenchmarkVerifyDatabase-2   	     100	  7032338 ns/op	         3.000 tables	  512743 B/op	    6787 allocs/op
BenchmarkOpenUntilWrite/blocks-after-open-2   	      40	   3390000 ns/op
PASS`
	rows := parseBenchmarks(out)
	want := []struct{ name, measured, note string }{
		{"`BenchmarkAddEntry`", fmtMillis(0.412345), "9876 B/op, 123 allocs/op"},
		{"`BenchmarkVerifyDatabase`", fmtMillis(7.032338), "512743 B/op, 6787 allocs/op"},
		{"`BenchmarkOpenUntilWrite/blocks-after-open`", fmtMillis(3.39), "? B/op, ? allocs/op"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i, w := range want {
		if r := rows[i]; r.name != w.name || r.measured != w.measured || r.note != w.note {
			t.Errorf("row %d = %q %q %q, want %q %q %q", i, r.name, r.measured, r.note, w.name, w.measured, w.note)
		}
	}
	if rows[0].target != 1 || rows[1].target != 0 {
		t.Errorf("budgets: AddEntry target %v, VerifyDatabase target %v; want 1 and none", rows[0].target, rows[1].target)
	}
}
