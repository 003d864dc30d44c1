package catalog

import "testing"

func TestPassingLabel(t *testing.T) {
	tests := []struct {
		name string
		e    Entry
		want string
	}{
		{"certification scaled score", Entry{Kind: Certification, PassingScore: 720}, "720/1000"},
		{"foundational", Entry{Kind: Certification, PassingScore: 700}, "700/1000"},
		{"badge percent", Entry{Kind: BadgeKind, PassingScore: 80}, "80%"},
		{"custom exam in percent", Entry{Kind: Certification, PassingScore: 66, PassingScale: 100}, "66%"},
		{"custom exam other scale", Entry{Kind: Certification, PassingScore: 500, PassingScale: 900}, "500/900"},
	}
	for _, tt := range tests {
		if got := tt.e.PassingLabel(); got != tt.want {
			t.Errorf("%s: PassingLabel() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEntryPredicates(t *testing.T) {
	active := Entry{Status: Active, ValidityYears: 3, PassingScore: 720, Uncertain: []string{"minutes"}}
	retired := Entry{Status: Retired}
	if !active.Plannable() || retired.Plannable() {
		t.Error("Plannable must be true exactly for active entries")
	}
	if !active.Expires() || (Entry{ValidityYears: 0}).Expires() {
		t.Error("Expires must follow ValidityYears > 0")
	}
	if !active.Passed(720) || active.Passed(719) {
		t.Error("Passed must compare against PassingScore inclusively")
	}
	if !active.IsUncertain("minutes") || active.IsUncertain("price_usd") {
		t.Error("IsUncertain must report exactly the listed fields")
	}
}

func TestEntryFieldsKnowsJSONNames(t *testing.T) {
	for _, name := range []string{"code", "minutes", "status_date", "prep_range", "renewed_by", "passing_scale"} {
		if !entryFields[name] {
			t.Errorf("entryFields lacks %q", name)
		}
	}
	for _, name := range []string{"Minutes", "overridden", "-", ""} {
		if entryFields[name] {
			t.Errorf("entryFields must not contain %q", name)
		}
	}
}
