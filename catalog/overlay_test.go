package catalog

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func writeOverlay(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), OverlayFileName)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const ckaEntry = `{"code": "CKA", "name": "Certified Kubernetes Administrator", "vendor": "CNCF",
  "tier": "professional", "questions": 17, "minutes": 120, "price_usd": 445,
  "passing_score": 66, "passing_scale": 100, "prep_hours": 60, "validity_years": 2}`

func TestOverlayMissingFileIsNotAnError(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(filepath.Join(t.TempDir(), "catalog.json"))
	if err != nil || got != c {
		t.Fatalf("WithOverlay(missing) = %p, %v; want the same catalog and nil", got, err)
	}
}

func TestOverlayEmptyFileChangesNothing(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(writeOverlay(t, "  \n"))
	if err != nil || got != c {
		t.Fatalf("WithOverlay(empty) = %p, %v; want the same catalog and nil", got, err)
	}
}

func TestOverlayAddsCustomExam(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(writeOverlay(t, `{"entries": [`+ckaEntry+`]}`))
	if err != nil {
		t.Fatalf("WithOverlay: %v", err)
	}
	e, ok := got.Lookup("cka")
	if !ok {
		t.Fatal("CKA not added")
	}
	if !e.Custom || e.Vendor != "CNCF" || e.Kind != Certification || e.Status != Active || !e.Plannable() {
		t.Errorf("CKA = %+v; want a custom, active certification from CNCF", e)
	}
	if e.PrepRange != (Range{60, 60}) || e.PassingLabel() != "66%" || e.ValidityYears != 2 {
		t.Errorf("CKA prep range %v, passing %s, validity %d", e.PrepRange, e.PassingLabel(), e.ValidityYears)
	}
	if e.Domains == nil || e.RenewedBy == nil {
		t.Error("custom entry must have non-nil Domains and RenewedBy")
	}
	if got.Len() != c.Len()+1 {
		t.Errorf("merged catalog has %d entries, want %d", got.Len(), c.Len()+1)
	}
	// Custom entries go to the end of their tier.
	pro := codesOf(got.Filter(Filter{Tier: Professional}))
	if !slices.Equal(pro, []string{"SAP-C02", "DOP-C02", "AIP-C01", "CKA"}) {
		t.Errorf("professional tier = %v", pro)
	}
	if got.DataAsOf() != c.DataAsOf() {
		t.Errorf("DataAsOf changed to %q without the overlay setting one", got.DataAsOf())
	}
	if _, ok := c.Lookup("CKA"); ok {
		t.Error("the original catalog gained CKA")
	}
}

func TestOverlayOverridesPrepHours(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(writeOverlay(t, `{"overrides": [
		{"code": "saa-c03", "prep_hours": 120},
		{"code": "DVA-C02", "prep_hours": 150},
		{"code": "AIP-C01", "minutes": 170, "domains": [{"name": "All", "weight": 100}]}
	]}`))
	if err != nil {
		t.Fatalf("WithOverlay: %v", err)
	}
	saa, _ := got.Lookup("SAA-C03")
	if saa.PrepHours != 120 || saa.PrepRange != (Range{70, 120}) {
		t.Errorf("SAA-C03 prep = %v %v, want 120 in 70-120", saa.PrepHours, saa.PrepRange)
	}
	if saa.Minutes != 130 || saa.PassingScore != 720 || len(saa.Domains) != 4 || saa.Custom {
		t.Errorf("fields absent from the override changed: %+v", saa)
	}
	if !slices.Equal(saa.Overridden, []string{"prep_hours"}) {
		t.Errorf("SAA-C03 Overridden = %v, want [prep_hours]", saa.Overridden)
	}
	// The user's own estimate may fall outside the community range; the
	// range widens instead of rejecting it.
	dva, _ := got.Lookup("DVA-C02")
	if dva.PrepHours != 150 || dva.PrepRange != (Range{60, 150}) {
		t.Errorf("DVA-C02 prep = %v %v, want 150 in 60-150", dva.PrepHours, dva.PrepRange)
	}
	aip, _ := got.Lookup("AIP-C01")
	if aip.Minutes != 170 || len(aip.Domains) != 1 || aip.IsUncertain("minutes") {
		t.Errorf("AIP-C01 = %d min, %d domains, minutes uncertain %v", aip.Minutes, len(aip.Domains), aip.IsUncertain("minutes"))
	}
	orig, _ := c.Lookup("SAA-C03")
	if orig.PrepHours != 90 || orig.Overridden != nil {
		t.Errorf("original SAA-C03 changed: %v %v", orig.PrepHours, orig.Overridden)
	}
}

func TestOverlayReplacesBadgeAndPath(t *testing.T) {
	c := builtinForTest(t)
	got, err := c.WithOverlay(writeOverlay(t, `{
	  "data_as_of": "2027-02-01",
	  "entries": [{"code": "BADGE-EKS", "name": "EKS badge", "vendor": "AWS", "tier": "badge",
	               "questions": 30, "passing_score": 70, "prep_hours": 8, "prep_range": {"min": 5, "max": 12},
	               "validity_years": 2}],
	  "paths": [{"role": "security", "title": "Security", "steps": [{"code": "SCS-C03"}]},
	            {"role": "k8s", "title": "Kubernetes", "steps": [{"code": "BADGE-EKS"}, {"code": "SAA-C03"}]}]
	}`))
	if err != nil {
		t.Fatalf("WithOverlay: %v", err)
	}
	eks, _ := got.Lookup("BADGE-EKS")
	if !eks.Custom || eks.Questions != 30 || eks.PassingLabel() != "70%" || !eks.Expires() {
		t.Errorf("BADGE-EKS not replaced: %+v", eks)
	}
	if got.Len() != c.Len() {
		t.Errorf("replacing a badge changed the entry count: %d, want %d", got.Len(), c.Len())
	}
	badges, before := codesOf(got.Filter(Filter{Tier: Badge})), codesOf(c.Filter(Filter{Tier: Badge}))
	if at := slices.Index(before, "BADGE-EKS"); at < 0 || badges[at] != "BADGE-EKS" {
		t.Errorf("replaced badge moved: %v", badges)
	}
	if p, _ := got.Path("security"); !slices.Equal(p.Codes(), []string{"SCS-C03"}) {
		t.Errorf("security path not replaced: %v", p.Codes())
	}
	if _, ok := got.Path("k8s"); !ok || len(got.Paths()) != len(c.Paths())+1 {
		t.Error("new path not added")
	}
	if got.DataAsOf() != "2027-02-01" {
		t.Errorf("DataAsOf = %q, want the overlay's newer date", got.DataAsOf())
	}
}

func TestOverlayErrorsKeepOriginalCatalog(t *testing.T) {
	c := builtinForTest(t)
	before := c.All()
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"not JSON", `{"entries": [` + ckaEntry[:40],
			[]string{`not valid JSON: the file ends early (in or after entry "CKA")`}},
		{"syntax error inside an entry", "{\"entries\": [\n{\"code\": \"CKA\", \"name\": \"x\" \"vendor\": \"CNCF\"}]}",
			[]string{`not valid JSON at line 2, column 29 (in or after entry "CKA")`}},
		{"unknown field in an override", `{"overrides": [{"code": "SAA-C03", "prep_hour": 120}]}`,
			[]string{`override for entry "SAA-C03": unknown field "prep_hour"`}},
		{"unknown field in an entry", `{"entries": [{"code": "CKA", "name": "x", "vendr": "CNCF"}]}`,
			[]string{`entry "CKA": unknown field "vendr"`}},
		{"unknown top-level field", `{"entries": [], "override": []}`,
			[]string{`unknown field "override"`}},
		{"bad entry: zero prep hours", `{"entries": [{"code": "CKA", "name": "x", "vendor": "CNCF", "tier": "professional", "passing_score": 66, "passing_scale": 100, "prep_hours": 0}]}`,
			[]string{`entry "CKA": prep_hours must be between 1 and 2000, got 0`}},
		{"bad entry: unknown tier", `{"entries": [{"code": "AZ-104", "name": "Azure Administrator", "vendor": "Microsoft", "tier": "intermediate", "passing_score": 700, "prep_hours": 80}]}`,
			[]string{`entry "AZ-104": unknown tier "intermediate"`}},
		{"bad entry: no vendor", `{"entries": [{"code": "CKA", "name": "x", "tier": "professional", "passing_score": 66, "passing_scale": 100, "prep_hours": 60}]}`,
			[]string{`entry "CKA": vendor is empty`}},
		{"replacing a built-in certification", `{"entries": [{"code": "SAA-C03", "name": "x", "vendor": "AWS", "tier": "associate", "passing_score": 720, "prep_hours": 60}]}`,
			[]string{`entry "SAA-C03": is a built-in certification and cannot be replaced; change its fields under "overrides" instead`}},
		{"override of an unknown code", `{"overrides": [{"code": "XYZ-C01", "prep_hours": 5}]}`,
			[]string{`override for entry "XYZ-C01": no entry has this code`}},
		{"override breaks domain weights", `{"overrides": [{"code": "SAA-C03", "domains": [{"name": "A", "weight": 50}]}]}`,
			[]string{`entry "SAA-C03": domain weights sum to 50, want 100`}},
		{"override with a bad range", `{"overrides": [{"code": "SAA-C03", "prep_range": {"min": 10, "max": 20}}]}`,
			[]string{`entry "SAA-C03": prep_hours 90 is outside prep_range 10-20`}},
		{"override with unknown status", `{"overrides": [{"code": "SAA-C03", "status": "paused"}]}`,
			[]string{`entry "SAA-C03": unknown status "paused"`}},
		{"path with an unknown code", `{"paths": [{"role": "x", "title": "X", "steps": [{"code": "NOPE"}]}]}`,
			[]string{`path "x": step 1 code "NOPE" is not in the catalog`}},
		{"custom entry listed twice", `{"entries": [` + ckaEntry + `,` + ckaEntry + `]}`,
			[]string{`entry "CKA": listed twice in the overlay's entries`}},
		{"bad data_as_of", `{"data_as_of": "soon"}`,
			[]string{`data_as_of "soon" must be a date as YYYY-MM-DD`}},
		{"several problems at once", `{"entries": [{"code": "CKA", "name": "x", "vendor": "CNCF", "tier": "pro", "passing_score": 66, "passing_scale": 100, "prep_hours": 60}],
		  "overrides": [{"code": "DVA-C02", "minutes": -5}]}`,
			[]string{`entry "CKA": unknown tier "pro"`, `entry "DVA-C02": minutes must be between 0 and 600, got -5`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeOverlay(t, tt.content)
			got, err := c.WithOverlay(path)
			if err == nil {
				t.Fatal("WithOverlay accepted an invalid overlay")
			}
			if got != c {
				t.Errorf("WithOverlay returned %p, want the original catalog %p", got, c)
			}
			msg := err.Error()
			for _, line := range strings.Split(msg, "\n") {
				if !strings.HasPrefix(line, "catalog overlay "+path+": ") {
					t.Errorf("error line does not name the file %s: %q", path, line)
				}
			}
			for _, want := range tt.want {
				if !strings.Contains(msg, want) {
					t.Errorf("error does not contain %q:\n%s", want, msg)
				}
			}
		})
	}
	if after := c.All(); !reflect.DeepEqual(before, after) {
		t.Error("failed overlays changed the original catalog")
	}
}

func TestOverlayExactMessage(t *testing.T) {
	c := builtinForTest(t)
	path := writeOverlay(t, `{"entries": [{"code": "CKA", "name": "Certified Kubernetes Administrator", "vendor": "CNCF",
	  "tier": "professional", "passing_score": 66, "passing_scale": 100, "prep_hours": 0}]}`)
	_, err := c.WithOverlay(path)
	want := "catalog overlay " + path + `: entry "CKA": prep_hours must be between 1 and 2000, got 0`
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
}

func TestOverlayUnreadableFile(t *testing.T) {
	c := builtinForTest(t)
	dir := t.TempDir() // a directory where a file is expected
	got, err := c.WithOverlay(dir)
	if err == nil || got != c || err.Error() != "catalog overlay "+dir+" is a folder, not a file" {
		t.Fatalf("WithOverlay(dir) = %p, %v; want the original catalog and an error naming %s", got, err, dir)
	}
}

func TestOverlayLeavesOriginalUnchanged(t *testing.T) {
	c := builtinForTest(t)
	before, beforePaths := c.All(), c.Paths()
	got, err := c.WithOverlay(writeOverlay(t, `{
	  "entries": [`+ckaEntry+`, {"code": "BADGE-EKS", "name": "EKS", "vendor": "AWS", "tier": "badge", "passing_score": 70, "prep_hours": 8}],
	  "overrides": [{"code": "SAA-C03", "prep_hours": 100, "minutes": 140}, {"code": "AIP-C01", "minutes": 170}],
	  "paths": [{"role": "architect", "title": "Architect", "steps": [{"code": "SAP-C02"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, c.All()) || !reflect.DeepEqual(beforePaths, c.Paths()) {
		t.Fatal("a successful overlay changed the original catalog")
	}
	if reflect.DeepEqual(before, got.All()) {
		t.Fatal("the overlay had no effect")
	}
	// Overlays stack: a second one applies on top of the first.
	again, err := got.WithOverlay(writeOverlay(t, `{"overrides": [{"code": "CKA", "prep_hours": 70}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if cka, _ := again.Lookup("CKA"); cka.PrepHours != 70 || !cka.Custom {
		t.Errorf("second overlay: CKA = %+v", cka)
	}
	if cka, _ := got.Lookup("CKA"); cka.PrepHours != 60 {
		t.Errorf("second overlay changed the first merged catalog: %v", cka.PrepHours)
	}
}
