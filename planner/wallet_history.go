package planner

import "certplan/catalog"

// Validate checks every record and the rules that tie records together:
// no record twice, no sitting of an exam too soon after the last one, and
// renewals without an exam only while the certification is active. To
// check a new record, append it to a copy of the history and validate
// that; the first problem is returned, naming the record at fault.
func (h History) Validate(cat *catalog.Catalog, today Date) error {
	for _, e := range h.Earned {
		if err := e.Validate(cat, today); err != nil {
			return err
		}
	}
	for _, x := range h.Extensions {
		if err := x.Validate(cat, today); err != nil {
			return err
		}
	}
	for _, a := range h.Attempts {
		if err := a.Validate(cat, today); err != nil {
			return err
		}
	}
	if err := h.checkDuplicates(cat); err != nil {
		return err
	}
	if err := checkSittings(cat, h); err != nil {
		return err
	}
	if problems := replay(cat, h).problems; len(problems) > 0 {
		return problems[0]
	}
	return nil
}

// checkDuplicates refuses the same fact recorded twice. A passed attempt is
// an earned record too, so an earned record on the day of a pass of the
// same code is a duplicate.
func (h History) checkDuplicates(cat *catalog.Catalog) error {
	key := func(code string, d Date) string { return canonicalCode(cat, code) + "|" + d.String() }
	passes := map[string]bool{}
	attempts := map[string]bool{}
	for _, a := range h.Attempts {
		k := key(a.Code, a.Date)
		if attempts[k] {
			return Invalidf("date", "an attempt at %s on %s is already recorded", canonicalCode(cat, a.Code), a.Date)
		}
		attempts[k] = true
		if e, ok := cat.Lookup(NormalizeCode(a.Code)); ok && e.Passed(a.Score) {
			passes[k] = true
		}
	}
	earned := map[string]bool{}
	for _, e := range h.Earned {
		k := key(e.Code, e.Date)
		switch {
		case earned[k]:
			return Invalidf("date", "%s is already recorded as earned on %s", canonicalCode(cat, e.Code), e.Date)
		case passes[k]:
			return Invalidf("date", "%s is already recorded as earned on %s by the passed attempt of that day", canonicalCode(cat, e.Code), e.Date)
		}
		earned[k] = true
	}
	renewals := map[string]bool{}
	for _, x := range h.Extensions {
		k := key(x.Code, x.Date)
		if renewals[k] {
			return Invalidf("date", "a renewal of %s on %s is already recorded", canonicalCode(cat, x.Code), x.Date)
		}
		renewals[k] = true
	}
	return nil
}

// canonicalCode is the catalog's spelling of code, or code normalised
// when the catalog does not know it.
func canonicalCode(cat *catalog.Catalog, code string) string {
	if e, ok := cat.Lookup(NormalizeCode(code)); ok {
		return e.Code
	}
	return NormalizeCode(code)
}
