package cli

import (
	"bytes"
	"strings"
	"testing"

	"certplan/planner"
)

// The lean column is headed for both directions and signs its values, so
// "4.25 ahead" never sits under a BEHIND heading.
func TestStatusAheadBehindColumn(t *testing.T) {
	p := planner.Progress{Targets: []planner.TargetStatus{
		{Code: "AAA-C01", BehindHours: -4.25},
		{Code: "BBB-C01", BehindHours: 2},
		{Code: "CCC-C01", BehindHours: 0.001},
	}}
	var b bytes.Buffer
	if err := printStatus(&b, statusReport{p}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(out, "\n")
	if !strings.Contains(lines[0], "AHEAD/BEHIND") || strings.Contains(lines[0], "\tBEHIND") {
		t.Errorf("heading %q; want an AHEAD/BEHIND column", lines[0])
	}
	for _, want := range []string{"+4.25 ahead", "-2 behind", "on track"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
}
