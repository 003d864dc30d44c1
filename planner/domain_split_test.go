package planner_test

import (
	"slices"
	"testing"

	"certplan/planner"
)

var clfDomains = []planner.DomainWeight{
	{Name: "Cloud Concepts", Weight: 24},
	{Name: "Security and Compliance", Weight: 30},
	{Name: "Cloud Technology and Services", Weight: 34},
	{Name: "Billing, Pricing, and Support", Weight: 12},
}

func TestDomainSplit(t *testing.T) {
	three := []planner.DomainWeight{{Name: "a", Weight: 1}, {Name: "b", Weight: 1}, {Name: "c", Weight: 1}}
	tests := []struct {
		name           string
		prep, labShare float64
		domains        []planner.DomainWeight
		want           []float64
	}{
		// 13.75 h less a 2.25 h final review (one 90-minute practice exam
		// and revision) leaves 46 quarters: 11.04, 13.8, 15.64 and 5.52 by
		// weight; the two quarters left over go to the largest remainders
		// (.8, .64), not to each share rounded on its own.
		{"largest remainders", 13.75, 0.25, clfDomains, []float64{2.75, 3.5, 4, 1.25}},
		// All lab leaves no room for review: the whole prep is shared, and of
		// equal remainders the earlier domain gets the extra quarter.
		{"all lab, ties", 10, 1, three, []float64{3.5, 3.25, 3.25}},
		{"no domains", 30, 0.3, nil, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planner.DomainSplit(tt.prep, tt.labShare, 90, tt.domains)
			hours := make([]float64, len(got))
			var total float64
			for i, d := range got {
				if d.Name != tt.domains[i].Name || d.Weight != tt.domains[i].Weight {
					t.Errorf("share %d is %q (%v), want %q (%v)", i, d.Name, d.Weight, tt.domains[i].Name, tt.domains[i].Weight)
				}
				hours[i] = d.Hours
				total += d.Hours
			}
			if !slices.Equal(hours, tt.want) {
				t.Errorf("DomainSplit(%v, %v) hours %v, want %v", tt.prep, tt.labShare, hours, tt.want)
			}
			if len(got) > 0 && total != tt.prep-planner.ReviewHours(tt.prep, tt.labShare, 90) {
				t.Errorf("shares add up to %v h, want prep %v less review %v", total, tt.prep, planner.ReviewHours(tt.prep, tt.labShare, 90))
			}
		})
	}
}

// The status a learner sees before logging anything gives each domain the
// hours its sessions add up to in the saved plan: the case where rounding each
// share on its own said 4.25 h and the plan gave 4 h.
func TestProgressDomainTargetsAreThePlansHours(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02", PrepHours: 13.75}); err != nil {
		t.Fatal(err)
	}
	a := planner.DefaultAvailability()
	a.LabShare = 0.25
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
	p, err := svc.Progress()
	if err != nil {
		t.Fatal(err)
	}
	planned := map[string]float64{}
	for _, s := range p.Plan.Sessions {
		planned[s.Domain] += s.Hours
	}
	if len(p.Targets) != 1 || len(p.Targets[0].Domains) != len(clfDomains) {
		t.Fatalf("progress %+v, want CLF-C02 with %d domains", p.Targets, len(clfDomains))
	}
	for _, d := range p.Targets[0].Domains {
		if d.TargetHours != planned[d.Name] {
			t.Errorf("%s: target %v h, the plan gives it %v h", d.Name, d.TargetHours, planned[d.Name])
		}
	}
	if got := p.Targets[0].Domains[2].TargetHours; got != 4 {
		t.Errorf("Cloud Technology and Services target %v h, want 4", got)
	}
}
