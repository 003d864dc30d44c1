package catalog

import (
	"slices"
	"testing"
)

func TestTiersOrder(t *testing.T) {
	want := []Tier{Foundational, Associate, Professional, Specialty, Badge}
	if got := Tiers(); !slices.Equal(got, want) {
		t.Fatalf("Tiers() = %v, want %v", got, want)
	}
	// Callers may sort or trim the slice they get; that must not leak.
	got := Tiers()
	got[0] = "changed"
	if Tiers()[0] != Foundational {
		t.Fatal("Tiers() returned a shared slice")
	}
}

func TestParseTier(t *testing.T) {
	tests := []struct {
		in      string
		want    Tier
		wantErr string
	}{
		{in: "foundational", want: Foundational},
		{in: "Associate", want: Associate},
		{in: "PROFESSIONAL", want: Professional},
		{in: " specialty ", want: Specialty},
		{in: "Badge", want: Badge},
		{in: "x", wantErr: `unknown tier "x" (accepted: foundational, associate, professional, specialty, badge)`},
		{in: "", wantErr: `unknown tier "" (accepted: foundational, associate, professional, specialty, badge)`},
		{in: "badges", wantErr: `unknown tier "badges" (accepted: foundational, associate, professional, specialty, badge)`},
	}
	for _, tt := range tests {
		got, err := ParseTier(tt.in)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseTier(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseTier(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
		}
	}
}

func TestTierTitle(t *testing.T) {
	tests := map[Tier]string{
		Foundational: "Foundational",
		Associate:    "Associate",
		Professional: "Professional",
		Specialty:    "Specialty",
		Badge:        "Skill Builder badges",
	}
	for tier, want := range tests {
		if got := tier.Title(); got != want {
			t.Errorf("%q.Title() = %q, want %q", tier, got, want)
		}
	}
	if Tier("expert").Valid() || !Badge.Valid() {
		t.Error("Tier.Valid disagrees with Tiers()")
	}
}
