package catalog

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOverlayRefusesValuesOutOfBounds(t *testing.T) {
	c := builtinForTest(t)
	tests := map[string]string{
		`{"overrides": [{"code": "SAA-C03", "prep_hours": 1e308}]}`:                                                          `entry "SAA-C03": prep_hours must be between 1 and 2000, got 1e+308`,
		`{"overrides": [{"code": "SAA-C03", "prep_hours": 0.5}]}`:                                                            `prep_hours must be between 1 and 2000, got 0.5`,
		`{"overrides": [{"code": "SAA-C03", "minutes": 601}]}`:                                                               `minutes must be between 0 and 600, got 601`,
		`{"overrides": [{"code": "SAA-C03", "questions": 501}]}`:                                                             `questions must be between 0 and 500, got 501`,
		`{"overrides": [{"code": "SAA-C03", "price_usd": 10001}]}`:                                                           `price_usd must be between 0 and 10000, got 10001`,
		`{"overrides": [{"code": "SAA-C03", "validity_years": 11}]}`:                                                         `validity_years must be between 0 and 10, got 11`,
		`{"overrides": [{"code": "SAA-C03", "retake_wait_days": 999}]}`:                                                      `retake_wait_days must be between 0 and 365, got 999`,
		`{"overrides": [{"code": "SAA-C03", "prep_range": {"min": 1, "max": 1e9}}]}`:                                         `prep_range must end at 2000 or less`,
		`{"overrides": [{"code": "SAA-C03", "domains": [{"name": "All", "weight": 150}, {"name": "None", "weight": -50}]}]}`: `domain "All" has weight 150, want above 0 and at most 100`,
		`{"overrides": [{"code": "SAA-C03", "notes": "` + strings.Repeat("n", MaxNotesChars+1) + `"}]}`:                      `notes is 10001 characters long; the limit is 10000`,
	}
	for doc, want := range tests {
		got, err := c.WithOverlay(writeOverlay(t, doc))
		if err == nil || got != c || !strings.Contains(err.Error(), want) {
			t.Errorf("overlay %.80s: error = %v, want %q", doc, err, want)
		}
	}
}

func TestOverlayAcceptsByteOrderMark(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(writeOverlay(t, "\ufeff"+`{"overrides": [{"code": "SAA-C03", "prep_hours": 150}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := got.Lookup("SAA-C03"); e.PrepHours != 150 {
		t.Errorf("prep_hours = %v, want 150", e.PrepHours)
	}
}

func TestOverlayRefusesLargeFilesAndDevices(t *testing.T) {
	c := builtinForTest(t)
	path := writeOverlay(t, `{"entries": []}`+strings.Repeat(" ", MaxOverlayBytes))
	got, err := c.WithOverlay(path)
	if want := "catalog overlay " + path + " is larger than 4 MB"; err == nil || got != c || err.Error() != want {
		t.Errorf("a 4 MB overlay: %v, want %q", err, want)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		got, err := c.WithOverlay("/dev/zero")
		if want := "catalog overlay /dev/zero is not a regular file (it is a device)"; err == nil || got != c || err.Error() != want {
			t.Errorf("/dev/zero: %v, want %q", err, want)
		}
	}
}

// bigOverlay is an overlay with n custom exams, an override for each and
// n/100 role paths: the shape that took seconds when every item searched
// the whole list.
func bigOverlay(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"entries": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"X-%d","name":"E","vendor":"V","tier":"associate","passing_score":700,"prep_hours":40}`, i)
	}
	b.WriteString(`], "overrides": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"x-%d","prep_hours":50}`, i)
	}
	b.WriteString(`], "paths": [`)
	for i := range n / 100 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"role":"r%d","title":"R","steps":[{"code":"X-%d"}]}`, i, i)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// Merging is linear in the overlay's size: 30,000 entries and overrides load
// in well under a second (a quadratic merge took about 8 s).
func TestOverlayWithThirtyThousandEntries(t *testing.T) {
	c := builtinForTest(t)
	const n = 30_000
	path := filepath.Join(t.TempDir(), OverlayFileName)
	data := bigOverlay(n)
	if len(data) > MaxOverlayBytes {
		t.Fatalf("test overlay is %d bytes, over the file limit", len(data))
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := c.WithOverlay(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != c.Len()+n {
		t.Fatalf("Len = %d, want %d", got.Len(), c.Len()+n)
	}
	if e, ok := got.Lookup("X-29999"); !ok || e.PrepHours != 50 {
		t.Errorf("last custom exam: %+v, %v", e, ok)
	}
	if len(got.Paths()) != len(c.Paths())+n/100 {
		t.Errorf("paths = %d, want %d", len(got.Paths()), len(c.Paths())+n/100)
	}
}

func BenchmarkOverlay(b *testing.B) {
	c, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{3_000, 30_000} {
		data := bigOverlay(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, problems := c.applyOverlay(data); len(problems) > 0 {
					b.Fatal(problems[0])
				}
			}
		})
	}
}
