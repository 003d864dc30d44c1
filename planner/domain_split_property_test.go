package planner

import (
	"testing"

	"certplan/catalog"
)

// TestProgressDomainTargetsMatchFirstPlan checks, for every exam in the
// catalog, every prep from 1 h to 300 h in quarter steps and every lab share
// from 0 to 1 in steps of 0.05, that the target progress reports for each
// domain is exactly the hours a freshly built plan (nothing logged) gives it.
func TestProgressDomainTargetsMatchFirstPlan(t *testing.T) {
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	// A roomy week keeps each plan short to build: how the hours fall in the
	// calendar does not change how they divide among the domains.
	a := DefaultAvailability()
	for wd := range a.Hours {
		a.Hours[wd] = 12
	}
	var checked int
	for _, e := range cat.All() {
		if len(e.Domains) == 0 {
			continue // a badge: no domains to share hours among
		}
		domains := make([]DomainWeight, len(e.Domains))
		for i, d := range e.Domains {
			domains[i] = DomainWeight{Name: d.Name, Weight: d.Weight}
		}
		for share := range 21 {
			a.LabShare = float64(share) / 20
			for prepQ := 4; prepQ <= 300*4; prepQ++ {
				pt := PlanTarget{Code: e.Code, PrepHours: float64(prepQ) / 4, Domains: domains}
				p, err := BuildPlan(PlanInput{Targets: []PlanTarget{pt}, Availability: a, Start: NewDate(2026, 1, 5)})
				if err != nil {
					t.Fatalf("%s %v h, lab share %v: %v", e.Code, pt.PrepHours, a.LabShare, err)
				}
				planned := map[string]float64{}
				for _, s := range p.Sessions {
					planned[s.Domain] += s.Hours
				}
				reported := targetDomains(pt, a.LabShare, nil)
				if len(reported) != len(domains) {
					t.Fatalf("%s: progress reports %d domains, the guide has %d", e.Code, len(reported), len(domains))
				}
				for _, d := range reported {
					if d.TargetHours != planned[d.Name] {
						t.Fatalf("%s %v h, lab share %v: progress gives %q %v h, the plan %v h",
							e.Code, pt.PrepHours, a.LabShare, d.Name, d.TargetHours, planned[d.Name])
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("the catalog has no exam with domains")
	}
}
