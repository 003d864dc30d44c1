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
		{"badge percent", Entry{Kind: BadgeKind, PassPercent: 80}, "80%"},
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

// A badge passes on a percentage of correct answers, an exam on the AWS
// 100-1000 scaled score; the two measures must never be confused.
func TestPassMarkMeasures(t *testing.T) {
	tests := []struct {
		name           string
		e              Entry
		lowest, high   int
		mark           int
		percent        bool
		passes, misses int
	}{
		{"AWS exam", Entry{Kind: Certification, PassingScore: 720}, 100, 1000, 720, false, 720, 719},
		{"badge", Entry{Kind: BadgeKind, PassPercent: 80}, 0, 100, 80, true, 80, 79},
		{"other vendor's percent", Entry{Kind: Certification, PassingScore: 66, PassingScale: 100}, 0, 100, 66, false, 66, 65},
	}
	for _, tt := range tests {
		lo, hi := tt.e.ScoreRange()
		if lo != tt.lowest || hi != tt.high || tt.e.PassMark() != tt.mark || tt.e.PassesByPercent() != tt.percent {
			t.Errorf("%s: range %d-%d, mark %d, percent %v; want %d-%d, %d, %v",
				tt.name, lo, hi, tt.e.PassMark(), tt.e.PassesByPercent(), tt.lowest, tt.high, tt.mark, tt.percent)
		}
		if !tt.e.Passed(tt.passes) || tt.e.Passed(tt.misses) {
			t.Errorf("%s: Passed(%d) and Passed(%d) should be true and false", tt.name, tt.passes, tt.misses)
		}
	}
}

func TestMaintainAndRenewalActivities(t *testing.T) {
	clf := Entry{ValidityYears: 3, MaintainYears: 1,
		RenewalActivities: []RenewalActivity{{ID: "cloud-quest-recertify", Name: "AWS Cloud Quest: Recertify Cloud Practitioner"}}}
	if !clf.CanMaintain() || (Entry{MaintainYears: 1}).CanMaintain() || (Entry{ValidityYears: 3}).CanMaintain() {
		t.Error("CanMaintain must need both maintain_years and an expiry")
	}
	if a, ok := clf.RenewalActivity(" Cloud-Quest-Recertify "); !ok || a.Name != clf.RenewalActivities[0].Name {
		t.Errorf("RenewalActivity lookup = %+v, %v", a, ok)
	}
	if _, ok := clf.RenewalActivity("maintain"); ok {
		t.Error("RenewalActivity found an activity that is not listed")
	}
}
