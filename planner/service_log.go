package planner

import (
	"fmt"
	"strings"
)

// checkEntry normalises an entry and checks it against the catalog: the
// code must exist (retired codes too: past practice stays valid), the domain
// must be one of that exam's domains, and the date may not be in the future.
func (s *Service) checkEntry(e Entry) (Entry, error) {
	e = e.Normalized()
	if err := e.Validate(); err != nil {
		return e, err
	}
	if e.Hours < MinEntryHours {
		return e, Invalidf("hours", "hours must be between %s and %d, got %s",
			FormatHours(MinEntryHours), MaxEntryHours, FormatHours(e.Hours))
	}
	c, ok := s.cat.Lookup(e.Code)
	if !ok {
		return e, &Error{Kind: Invalid, Field: "cert", Choices: CatalogCodes,
			Msg: fmt.Sprintf("certification %q is not in the catalog", e.Code)}
	}
	e.Code = c.Code
	if e.Date > s.Today() {
		return e, Invalidf("date", "date %s is in the future; log practice on or before today (%s)", e.Date, s.Today())
	}
	if e.Domain != "" && len(c.Domains) > 0 {
		found := false
		names := make([]string, len(c.Domains))
		for i, d := range c.Domains {
			names[i] = d.Name
			if strings.EqualFold(d.Name, e.Domain) {
				e.Domain, found = d.Name, true
			}
		}
		if !found {
			return e, Invalidf("domain", "domain %q is not one of %s's domains (accepted: %s)", e.Domain, c.Code, strings.Join(names, "; "))
		}
	}
	return e, nil
}

// CheckEntry reports what AddEntry would refuse in e, without storing it,
// so a form can clear a message as soon as its field is put right.
func (s *Service) CheckEntry(e Entry) error {
	_, err := s.checkEntry(e)
	return err
}

// AddEntry validates and stores a new log entry, returning it with its ID.
func (s *Service) AddEntry(e Entry) (Entry, error) {
	e, err := s.checkEntry(e)
	if err != nil {
		return e, err
	}
	e.ID = 0
	return s.store.AddEntry(e)
}

// UpdateEntry validates and replaces an existing entry.
func (s *Service) UpdateEntry(e Entry) error {
	if e.ID == 0 {
		return Invalidf("id", "entry has no ID")
	}
	e, err := s.checkEntry(e)
	if err != nil {
		return err
	}
	return s.store.UpdateEntry(e)
}

// DeleteEntry removes one entry.
func (s *Service) DeleteEntry(id uint64) error { return s.store.DeleteEntry(id) }

// Entry returns one entry.
func (s *Service) Entry(id uint64) (Entry, error) { return s.store.Entry(id) }

// Entries returns the entries q selects, in date order.
func (s *Service) Entries(q EntryQuery) ([]Entry, error) {
	if !q.From.IsZero() && !q.To.IsZero() && q.To < q.From {
		return nil, Invalidf("to", "the end date %s is before the start date %s", q.To, q.From)
	}
	return s.store.Entries(q)
}

// ImportRow is one entry read from a file, with the line it came from so
// errors can point at it.
type ImportRow struct {
	Line  int
	Entry Entry
}

// ImportResult says what an import did.
type ImportResult struct {
	Added, Skipped int
}

// ImportEntries adds entries read from a file, all or nothing. Entries that
// match one already logged (same day, kind, code, hours, domain, services,
// note and link) are skipped one for one, so importing the same file twice
// adds nothing the second time.
func (s *Service) ImportEntries(rows []ImportRow) (ImportResult, error) {
	var res ImportResult
	checked := make([]Entry, 0, len(rows))
	for _, r := range rows {
		e, err := s.checkEntry(r.Entry)
		if err != nil {
			return res, &Error{Kind: KindOf(err), Field: FieldOf(err), Msg: fmt.Sprintf("line %d", r.Line), Err: err}
		}
		checked = append(checked, e)
	}
	// Group existing entries per day, and let each one absorb at most one
	// identical imported row.
	existing := map[Date][]Entry{}
	if len(checked) > 0 {
		from, to := checked[0].Date, checked[0].Date
		for _, e := range checked {
			from, to = min(from, e.Date), max(to, e.Date)
		}
		have, err := s.store.Entries(EntryQuery{From: from, To: to})
		if err != nil {
			return res, err
		}
		for _, e := range have {
			existing[e.Date] = append(existing[e.Date], e)
		}
	}
	var add []Entry
	for _, e := range checked {
		day := existing[e.Date]
		match := -1
		for j, have := range day {
			if have.SameContent(e) {
				match = j
				break
			}
		}
		if match >= 0 {
			existing[e.Date] = append(day[:match], day[match+1:]...)
			res.Skipped++
			continue
		}
		e.ID = 0
		add = append(add, e)
	}
	if len(add) > 0 {
		if _, err := s.store.AddEntries(add); err != nil {
			return res, err
		}
	}
	res.Added = len(add)
	return res, nil
}
