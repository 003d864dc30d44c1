package app

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"certplan/catalog"
	"certplan/planner"
)

// certChoices lists the codes a learner can log practice for: their targets
// first, in study order, because that is what they practise most, then the
// rest of the catalog. Retired exams come last and only when asked for, since
// old practice on them stays valid but nobody starts a timer for one.
func certChoices(svc *planner.Service, withRetired bool) []string {
	var codes []string
	if ts, err := svc.Targets(); err == nil {
		for _, t := range ts {
			codes = append(codes, t.Code)
		}
	}
	for _, e := range svc.Catalog().Filter(catalog.Filter{IncludeRetired: withRetired}) {
		if !slices.Contains(codes, e.Code) {
			codes = append(codes, e.Code)
		}
	}
	if withRetired { // active before retired, keeping catalog order within each
		slices.SortStableFunc(codes, func(a, b string) int {
			return retiredRank(svc, a) - retiredRank(svc, b)
		})
	}
	return codes
}

func retiredRank(svc *planner.Service, code string) int {
	if e, ok := svc.Catalog().Lookup(code); ok && e.Status == catalog.Retired {
		return 1
	}
	return 0
}

// noDomain is the domain choice meaning "not about one domain".
func noDomain() string { return lang.L("(no domain)") }

// domainChoices lists an exam's domains after noDomain.
func domainChoices(svc *planner.Service, code string) []string {
	out := []string{noDomain()}
	if e, ok := svc.Catalog().Lookup(code); ok {
		for _, d := range e.Domains {
			out = append(out, d.Name)
		}
	}
	return out
}

// domainOf reads a domain choice back: noDomain is "".
func domainOf(choice string) string {
	if choice == noDomain() {
		return ""
	}
	return choice
}
