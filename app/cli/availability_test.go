package cli

import (
	"strings"
	"testing"
)

// availability set changes only what it is given: days off are added to,
// never replaced, and the region stays while the country does.
func TestAvailabilitySetChangesOnlyWhatItIsGiven(t *testing.T) {
	h := newHarness(t)
	h.ok("availability", "set", "--country", "DE", "--region", "BY", "--off", "2026-12-24..2027-01-01")
	out := h.ok("availability", "set", "--off", "2027-04-02")
	if !strings.Contains(out, "Days off:    2026-12-24..2027-01-01, 2027-04-02") {
		t.Fatalf("--off replaced the days off:\n%s", out)
	}
	if out := h.ok("availability", "set", "--country", "de"); !strings.Contains(out, "DE / BY") || strings.Contains(out, "Note:") {
		t.Fatalf("the same country dropped the region:\n%s", out)
	}
	out = h.ok("availability", "set", "--country", "AT")
	if !strings.Contains(out, "Note: region BY cleared: it belongs to DE, not AT") || strings.Contains(out, "AT / BY") {
		t.Fatalf("a new country kept the old region or did not say so:\n%s", out)
	}
	if out := h.ok("availability", "set", "--pace", "asap", "--at", "mon=19:00"); !strings.Contains(out, "2027-04-02") {
		t.Fatalf("--pace dropped the days off:\n%s", out)
	}
}

func TestDaysOffRemove(t *testing.T) {
	h := newHarness(t)
	h.ok("availability", "set", "--off", "2026-12-24..2027-01-01", "--off", "2027-04-02")
	out := h.ok("availability", "off", "rm", "2026-12-31")
	if !strings.Contains(out, "Note: removed 1 day off") || !strings.Contains(out, "2026-12-24..2026-12-30, 2027-01-01, 2027-04-02") {
		t.Fatalf("off rm of one day:\n%s", out)
	}
	out = h.ok("availability", "off", "rm", "2027-01-01..2027-12-31")
	if !strings.Contains(out, "removed 2 days off") || !strings.Contains(out, "Days off:    2026-12-24..2026-12-30\n") {
		t.Fatalf("off rm of a range:\n%s", out)
	}
	h.fails(2, "2026-06-01 holds no day off", "availability", "off", "rm", "2026-06-01")
	h.fails(2, "is not a date", "availability", "off", "rm", "soon")
}
