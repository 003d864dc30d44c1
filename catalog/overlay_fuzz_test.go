package catalog

import (
	"strings"
	"testing"
)

// FuzzOverlay: any overlay bytes either merge into a catalog that passes
// validation again, or are refused with problems of one line each; never a
// panic, and the built-in catalog is never changed.
func FuzzOverlay(f *testing.F) {
	f.Add([]byte(`{"overrides": [{"code": "SAA-C03", "prep_hours": 120}]}`))
	f.Add([]byte("\ufeff" + `{"entries": [` + ckaEntry + `], "paths": [{"role": "k8s", "title": "K", "steps": [{"code": "CKA"}]}]}`))
	f.Add([]byte(`{"overrides": [{"code": "SAA-C03", "prep_hours": 1e308, "domains": [{"name": "x", "weight": 100}]}]}`))
	f.Add([]byte(`{"format": 1, "data_as_of": "2026-01-01", "entries": [{"code": "B", "tier": "badge"}]`))
	c, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	before := c.Len()
	f.Fuzz(func(t *testing.T, data []byte) {
		merged, problems := c.applyOverlay(data)
		if c.Len() != before {
			t.Fatal("the overlay changed the built-in catalog")
		}
		for _, p := range problems {
			if strings.Contains(p.Error(), "\n") {
				t.Fatalf("problem spans lines: %q", p)
			}
		}
		if len(problems) > 0 {
			return
		}
		if again := validate(merged.entries, merged.paths); len(again) > 0 {
			t.Fatalf("merged catalog fails validation: %v", again[0])
		}
	})
}
