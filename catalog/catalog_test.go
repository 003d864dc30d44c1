package catalog

import (
	"slices"
	"testing"
)

func codesOf(entries []Entry) []string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Code)
	}
	return out
}

func TestLookup(t *testing.T) {
	c := builtinForTest(t)
	tests := []struct {
		in, want string
		found    bool
	}{
		{"SAA-C03", "SAA-C03", true},
		{"saa-c03", "SAA-C03", true},
		{"  Dop-C02 ", "DOP-C02", true},
		{"badge-serverless", "BADGE-SERVERLESS", true},
		{"soa-c02", "SOA-C02", true}, // retired codes must still resolve for the wallet
		{"SAA-C02", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		e, ok := c.Lookup(tt.in)
		if ok != tt.found || e.Code != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.in, e.Code, ok, tt.want, tt.found)
		}
	}
}

func TestFilter(t *testing.T) {
	c := builtinForTest(t)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"foundational", Filter{Tier: Foundational}, []string{"CLF-C02", "AIF-C01"}},
		{"associate hides retired", Filter{Tier: Associate}, []string{"SAA-C03", "DVA-C02", "SOA-C03", "DEA-C01", "MLA-C01"}},
		{"associate with retired", Filter{Tier: Associate, IncludeRetired: true},
			[]string{"SAA-C03", "DVA-C02", "SOA-C03", "SOA-C02", "DEA-C01", "MLA-C01"}},
		{"specialty", Filter{Tier: Specialty}, []string{"ANS-C01", "SCS-C03"}},
		{"specialty with retired", Filter{Tier: Specialty, IncludeRetired: true},
			[]string{"ANS-C01", "SCS-C03", "SCS-C02", "MLS-C01", "DBS-C01", "DAS-C01", "PAS-C01"}},
		{"query by name, any case", Filter{Query: "SECURITY"}, []string{"SCS-C03"}},
		{"query by name with retired", Filter{Query: "security - specialty", IncludeRetired: true}, []string{"SCS-C03", "SCS-C02"}},
		{"query by code fragment", Filter{Query: "c02"}, []string{"CLF-C02", "DVA-C02", "SAP-C02", "DOP-C02"}},
		{"query and tier", Filter{Tier: Professional, Query: "architect"}, []string{"SAP-C02"}},
		{"query matches badge name", Filter{Query: "serverless"}, []string{"BADGE-SERVERLESS"}},
		{"query with spaces trimmed", Filter{Query: "  eks "}, []string{"BADGE-EKS"}},
		{"no match", Filter{Query: "kubernetes administrator"}, []string{}},
		{"unknown tier matches nothing", Filter{Tier: "expert"}, []string{}},
	}
	for _, tt := range tests {
		if got := codesOf(c.Filter(tt.f)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Filter(%+v) = %v, want %v", tt.name, tt.f, got, tt.want)
		}
	}
	all, active := c.Filter(Filter{IncludeRetired: true}), c.Filter(Filter{})
	// Six retired certifications and the two withdrawn storage badges.
	if len(all) != c.Len() || len(all)-len(active) != 8 {
		t.Errorf("zero filter: %d with retired, %d without, want %d and 8 fewer", len(all), len(active), c.Len())
	}
	for _, e := range active {
		if !e.Plannable() {
			t.Errorf("default filter returned retired %s", e.Code)
		}
	}
}

func TestPaths(t *testing.T) {
	c := builtinForTest(t)
	want := map[string][]string{
		"architect":     {"CLF-C02", "SAA-C03", "SAP-C02"},
		"developer":     {"CLF-C02", "DVA-C02", "SAA-C03", "DOP-C02", "SCS-C03"},
		"operations":    {"CLF-C02", "SOA-C03", "DOP-C02"},
		"devops":        {"DVA-C02", "SOA-C03", "DOP-C02"},
		"data":          {"CLF-C02", "DEA-C01"},
		"ml":            {"AIF-C01", "MLA-C01", "AIP-C01"},
		"security":      {"SAA-C03", "SCS-C03"},
		"networking":    {"SAA-C03", "ANS-C01"},
		"non-technical": {"CLF-C02", "AIF-C01"},
	}
	paths := c.Paths()
	if len(paths) != len(want) {
		t.Errorf("got %d paths, want %d", len(paths), len(want))
	}
	for _, p := range paths {
		if p.Title == "" {
			t.Errorf("path %q has no title", p.Role)
		}
		if got := p.Codes(); !slices.Equal(got, want[p.Role]) {
			t.Errorf("path %q = %v, want %v", p.Role, got, want[p.Role])
		}
		for _, s := range p.Steps {
			e, ok := c.Lookup(s.Code)
			if !ok || !e.Plannable() {
				t.Errorf("path %q step %s is not a plannable catalog entry", p.Role, s.Code)
			}
		}
	}
	// "or" branches and warm-ups are optional; the core steps are not.
	optional := map[string][]string{
		"architect": {"CLF-C02"},
		"developer": {"CLF-C02", "DOP-C02", "SCS-C03"},
		"devops":    {"DVA-C02", "SOA-C03"},
		"ml":        nil,
	}
	for role, wantOpt := range optional {
		p, ok := c.Path(role)
		if !ok {
			t.Fatalf("Path(%q) missing", role)
		}
		var got []string
		for _, s := range p.Steps {
			if s.Optional {
				got = append(got, s.Code)
			}
		}
		if !slices.Equal(got, wantOpt) {
			t.Errorf("path %q optional steps = %v, want %v", role, got, wantOpt)
		}
	}
	for _, role := range []string{"developer", "devops"} {
		if p, _ := c.Path(role); p.Note == "" {
			t.Errorf("path %q has alternatives but no note explaining them", role)
		}
	}
	if p, ok := c.Path("ML"); !ok || p.Title != "ML / GenAI engineer" {
		t.Errorf("Path(\"ML\") = %+v, %v; want the ML / GenAI path, case-insensitively", p, ok)
	}
	if _, ok := c.Path("astronaut"); ok {
		t.Error("Path of an unknown role must report false")
	}
}
