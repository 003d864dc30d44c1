package planner

import (
	"strings"

	"certplan/catalog"
)

// WeakDomainFactor multiplies the weight of each domain a failed attempt
// reported "below": half as much study again where the score report says
// the gap is, while the other domains keep enough time not to slip. The
// weights are then scaled back to their original total, so only the
// shares move, never the prep hours.
const WeakDomainFactor = 1.5

// AdjustedDomains returns the exam-guide domains with the weights of the
// domains marked Below multiplied by WeakDomainFactor and all weights
// re-normalised to the original total. Results naming no domain of the
// guide are ignored; with no domain below, the weights come back unchanged.
// domains itself is not modified.
func AdjustedDomains(domains []catalog.Domain, results []DomainResult) []catalog.Domain {
	out := append([]catalog.Domain{}, domains...)
	total, adjusted := 0.0, 0.0
	for i, d := range out {
		total += d.Weight
		if isBelow(d.Name, results) {
			out[i].Weight *= WeakDomainFactor
		}
		adjusted += out[i].Weight
	}
	if adjusted == total || adjusted == 0 {
		return out
	}
	for i := range out {
		out[i].Weight *= total / adjusted
	}
	return out
}

func isBelow(name string, results []DomainResult) bool {
	for _, r := range results {
		if r.Result == Below && strings.EqualFold(strings.TrimSpace(r.Name), name) {
			return true
		}
	}
	return false
}

// LatestFailure returns the most recent attempt at code when it failed:
// its domain results are what a new study plan should lean on. A later
// pass (or no attempt at all) means there is nothing to adjust.
func LatestFailure(cat *catalog.Catalog, attempts []Attempt, code string) (Attempt, bool) {
	e, ok := cat.Lookup(NormalizeCode(code))
	if !ok {
		return Attempt{}, false
	}
	var latest Attempt
	found := false
	for _, a := range attempts {
		if NormalizeCode(a.Code) == e.Code && (!found || a.Date > latest.Date) {
			latest, found = a, true
		}
	}
	if !found || e.Passed(latest.Score) {
		return Attempt{}, false
	}
	return latest, true
}
