package app

import (
	"fmt"
	"testing"
)

// The Log reads its entries off the UI goroutine: while a read is under
// way the list says so, and when the filters change again before it ends,
// only the newest read's entries are shown.
func TestLogReadsInTheBackgroundAndShowsTheNewestRead(t *testing.T) {
	f := newLogFixture(t)
	var pending []func()
	f.ui.inBackground = func(work, done func()) {
		work() // the read itself; done is what lands on the UI goroutine later
		pending = append(pending, done)
	}
	all := len(f.entries())

	f.s.filters.kind.SetSelected("Lab") // a read of the lab entries
	if got := f.s.list.totals.Text; got != "Reading the log…" {
		t.Errorf("while reading, the list says %q", got)
	}
	f.s.filters.kind.SetSelected("Study and lab") // a newer read, of everything
	if len(pending) != 2 {
		t.Fatalf("%d reads under way, want 2", len(pending))
	}
	pending[1]()
	pending[0]() // the older read ends last: it must not replace the newer one
	if got := len(f.s.list.entries); got != all {
		t.Errorf("the list shows %d entries, want all %d (the newest read)", got, all)
	}
	var hours float64
	for _, e := range f.entries() {
		hours += e.Hours
	}
	if got, want := f.s.list.totals.Text, fmt.Sprintf("%d entries · %s", all, fmtHours(hours)); got != want {
		t.Errorf("after the reads the list says %q, want %q", got, want)
	}
}
