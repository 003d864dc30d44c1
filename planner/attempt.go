package planner

import (
	"cmp"
	"slices"

	"certplan/catalog"
)

// PassBlockYears is how long after a pass AWS refuses another sitting of
// the same exam code (a new version, with a new code, may be taken).
const PassBlockYears = 2

// AttemptReport is an attempt with what follows from it: whether it passed
// and, after a fail, the first day a retake may be booked.
type AttemptReport struct {
	Attempt
	Passed     bool `json:"passed"`
	RetakeFrom Date `json:"retake_from,omitempty"`
}

// Report works out the attempt's outcome from the catalog's pass mark: the
// scaled score for an exam, the percentage of correct answers for a badge.
// After a fail the retake waits the entry's retake_wait_days (14 days for
// an exam, one for a badge assessment).
func (a Attempt) Report(e catalog.Entry) AttemptReport {
	r := AttemptReport{Attempt: a, Passed: e.Passed(a.Score)}
	r.Domains = append([]DomainResult{}, a.Domains...) // [] rather than null in JSON
	if !r.Passed {
		r.RetakeFrom = a.Date.AddDays(e.RetakeWaitDays)
	}
	return r
}

// ReportAttempts reports every attempt whose code is in the catalog, in
// date order.
func ReportAttempts(cat *catalog.Catalog, attempts []Attempt) []AttemptReport {
	out := make([]AttemptReport, 0, len(attempts))
	for _, a := range attempts {
		if e, ok := cat.Lookup(NormalizeCode(a.Code)); ok {
			out = append(out, a.Report(e))
		}
	}
	slices.SortStableFunc(out, func(a, b AttemptReport) int { return cmp.Compare(a.Date, b.Date) })
	return out
}

// sitting is a pass or an attempt of one exam code, for the rules on when
// it may be taken again.
type sitting struct {
	date   Date
	passed bool
}

// checkSittings applies AWS's rules on sitting the same exam again: no
// sooner than the retake wait after a fail, and not within two years after
// a pass. Earned records count as passes. Badges are only held to the
// retake wait: passing one again is pointless but allowed.
func checkSittings(cat *catalog.Catalog, h History) error {
	byCode := map[string][]sitting{}
	for _, a := range h.Attempts {
		if e, ok := cat.Lookup(NormalizeCode(a.Code)); ok {
			byCode[e.Code] = append(byCode[e.Code], sitting{a.Date, e.Passed(a.Score)})
		}
	}
	for _, rec := range h.Earned {
		if e, ok := cat.Lookup(NormalizeCode(rec.Code)); ok {
			byCode[e.Code] = append(byCode[e.Code], sitting{rec.Date, true})
		}
	}
	for _, e := range cat.All() {
		list := byCode[e.Code]
		slices.SortStableFunc(list, func(a, b sitting) int { return cmp.Compare(a.date, b.date) })
		for i := 1; i < len(list); i++ {
			prev, cur := list[i-1], list[i]
			if prev.date == cur.date {
				continue // the same result recorded twice; History.Validate names it
			}
			if prev.passed && e.Kind == catalog.Certification {
				if until := AddYears(prev.date, PassBlockYears); cur.date < until {
					return Invalidf("date", "%s was passed on %s, so the same exam cannot be taken again before %s", e.Code, prev.date, until)
				}
			}
			if retake := prev.date.AddDays(e.RetakeWaitDays); !prev.passed && cur.date < retake {
				return Invalidf("date", "%s was failed on %s, so the earliest retake is %s", e.Code, prev.date, retake)
			}
		}
	}
	return nil
}

// Vouchers lists the discount vouchers from passes, soonest expiry first.
func Vouchers(attempts []Attempt) []Attempt {
	var out []Attempt
	for _, a := range attempts {
		if !a.VoucherExpires.IsZero() {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Attempt) int { return cmp.Compare(a.VoucherExpires, b.VoucherExpires) })
	return out
}
