package planner

import (
	"fmt"

	"certplan/catalog"
)

// LookupPlannable finds an active catalog entry for code, with an Invalid
// error that says what is wrong and what is accepted.
func LookupPlannable(cat *catalog.Catalog, field, code string) (catalog.Entry, error) {
	e, ok := cat.Lookup(NormalizeCode(code))
	if !ok {
		return e, &Error{Kind: Invalid, Field: field, Choices: PlannableCodes,
			Msg: fmt.Sprintf("certification %q is not in the catalog", code)}
	}
	if !e.Plannable() {
		msg := "certification %s is retired and cannot be planned"
		if e.Successor != "" {
			return e, Invalidf(field, msg+" (its successor is %s)", e.Code, e.Successor)
		}
		return e, Invalidf(field, msg, e.Code)
	}
	return e, nil
}

// DefaultPrep is the catalog's prep estimate scaled by experience, in
// quarter hours.
func DefaultPrep(e catalog.Entry, x Experience) float64 {
	return RoundQuarter(e.PrepHours * x.Factor())
}

// ResolveTargets turns saved targets into scheduler input: catalog domains
// weighed by StudyDomains, prep hours (the learner's own or the scaled
// default) and logged work. attempts is the wallet's exam attempts (nil for
// a plan that ignores them). The saved plan, its baseline and progress all
// come from here, so the domain split they use is the same.
func ResolveTargets(cat *catalog.Catalog, targets []Target, x Experience, done map[string]Done, attempts []Attempt) ([]PlanTarget, error) {
	out := make([]PlanTarget, 0, len(targets))
	for _, t := range targets {
		e, err := LookupPlannable(cat, "cert", t.Code)
		if err != nil {
			return nil, err
		}
		prep := t.PrepHours
		if prep == 0 {
			prep = DefaultPrep(e, x)
		}
		if err := ValidatePrepHours("prep", prep); err != nil {
			return nil, err
		}
		out = append(out, PlanTarget{Code: e.Code, PrepHours: prep, ExamBy: t.ExamBy, Domains: StudyDomains(cat, e, attempts),
			Done: done[e.Code], ExamMinutes: e.Minutes})
	}
	return out, nil
}

// StudyDomains is e's exam-guide domains as a plan weighs them: when the
// latest attempt at e failed, the domains its score report marked below
// weigh WeakDomainFactor more (AdjustedDomains), so the re-plan leans on
// them; otherwise the guide's weights.
func StudyDomains(cat *catalog.Catalog, e catalog.Entry, attempts []Attempt) []DomainWeight {
	guide := e.Domains
	if failed, ok := LatestFailure(cat, attempts, e.Code); ok {
		guide = AdjustedDomains(guide, failed.Domains)
	}
	domains := make([]DomainWeight, len(guide))
	for i, d := range guide {
		domains[i] = DomainWeight{Name: d.Name, Weight: d.Weight}
	}
	return domains
}
