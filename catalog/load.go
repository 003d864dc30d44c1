package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// FormatVersion is the "format" value this package reads. Bump it only when
// the file layout changes in a way older code would misread.
const FormatVersion = 1

// document is the layout of assets/catalog.json. Entries and paths are kept
// raw so each one is decoded on its own: a typo then produces an error that
// names the entry it is in, not just "unknown field" somewhere in the file.
type document struct {
	Format   int               `json:"format"`
	DataAsOf string            `json:"data_as_of"`
	Entries  []json.RawMessage `json:"entries"`
	Paths    []json.RawMessage `json:"paths"`
}

// Parse reads and validates a catalog document. It reports every problem it
// finds at once (joined with errors.Join, one per line) so a person editing
// the file can fix them all in one pass.
func Parse(data []byte) (*Catalog, error) {
	var doc document
	if err := decodeStrict(data, &doc); err != nil {
		return nil, fmt.Errorf("catalog: %w", describeJSONError(data, err))
	}
	var problems []error
	if doc.Format != FormatVersion {
		problems = append(problems, fmt.Errorf("format %d is not supported (want %d)", doc.Format, FormatVersion))
	}
	if err := checkDataAsOf(doc.DataAsOf); err != nil {
		problems = append(problems, err)
	}
	if len(doc.Entries) == 0 {
		problems = append(problems, errors.New("no entries"))
	}
	entries, errs := decodeEntries(doc.Entries)
	problems = append(problems, errs...)
	paths, errs := decodePaths(doc.Paths)
	problems = append(problems, errs...)
	problems = append(problems, validate(entries, paths)...)
	if len(problems) > 0 {
		return nil, joinProblems("catalog", problems)
	}
	canonicalize(entries, paths)
	return newCatalog(doc.DataAsOf, entries, paths), nil
}

// joinProblems prefixes each problem with where it came from (the built-in
// catalog or an overlay file) and joins them one per line.
func joinProblems(prefix string, problems []error) error {
	wrapped := make([]error, len(problems))
	for i, p := range problems {
		wrapped[i] = fmt.Errorf("%s: %w", prefix, p)
	}
	return errors.Join(wrapped...)
}

func checkDataAsOf(s string) error {
	if s == "" {
		return errors.New("data_as_of is missing; want the date the data was checked, as YYYY-MM-DD")
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("data_as_of %q must be a date as YYYY-MM-DD", s)
	}
	return nil
}

// decodeEntries decodes each raw entry strictly. An entry with a decoding
// problem is still returned (decoded leniently) so validation can go on and
// report the rest of the file, instead of flagging every reference to it.
func decodeEntries(raws []json.RawMessage) ([]Entry, []error) {
	entries := make([]Entry, 0, len(raws))
	var problems []error
	for i, raw := range raws {
		var e Entry
		if err := decodeStrict(raw, &e); err != nil {
			e = Entry{}
			_ = json.Unmarshal(raw, &e) // best effort, only to keep checking the rest
			problems = append(problems, fmt.Errorf("%s: %w", entryLabel(i, e), describeJSONError(nil, err)))
		}
		normalizeEntry(&e)
		entries = append(entries, e)
	}
	return entries, problems
}

// decodePaths decodes each raw path strictly, like decodeEntries.
func decodePaths(raws []json.RawMessage) ([]Path, []error) {
	paths := make([]Path, 0, len(raws))
	var problems []error
	for i, raw := range raws {
		var p Path
		if err := decodeStrict(raw, &p); err != nil {
			p = Path{}
			_ = json.Unmarshal(raw, &p)
			problems = append(problems, fmt.Errorf("%s: %w", pathLabel(i, p), describeJSONError(nil, err)))
		}
		normalizePath(&p)
		paths = append(paths, p)
	}
	return paths, problems
}

// normalizeEntry forgives what a person editing JSON by hand easily gets
// wrong without changing meaning: stray spaces and capitalised enum values.
// It also makes Domains and RenewedBy non-nil so JSON output shows [].
func normalizeEntry(e *Entry) {
	e.Code = strings.TrimSpace(e.Code)
	e.Name = strings.TrimSpace(e.Name)
	e.Vendor = strings.TrimSpace(e.Vendor)
	e.Tier = Tier(strings.ToLower(strings.TrimSpace(string(e.Tier))))
	e.Kind = Kind(strings.ToLower(strings.TrimSpace(string(e.Kind))))
	e.Status = Status(strings.ToLower(strings.TrimSpace(string(e.Status))))
	e.StatusDate = strings.TrimSpace(e.StatusDate)
	e.Successor = strings.TrimSpace(e.Successor)
	if e.Domains == nil {
		e.Domains = []Domain{}
	}
	for i := range e.Domains {
		e.Domains[i].Name = strings.TrimSpace(e.Domains[i].Name)
	}
	if e.RenewedBy == nil {
		e.RenewedBy = []string{}
	}
	for i := range e.RenewedBy {
		e.RenewedBy[i] = strings.TrimSpace(e.RenewedBy[i])
	}
	// Files written before pass_percent existed gave a badge's percentage
	// as passing_score; read them the way they were meant.
	isBadge := e.Kind == BadgeKind || (e.Kind == "" && e.Tier == Badge)
	if isBadge && e.PassPercent == 0 && e.PassingScale == 0 {
		e.PassPercent, e.PassingScore = e.PassingScore, 0
	}
	for i := range e.RenewalActivities {
		a := &e.RenewalActivities[i]
		a.ID, a.Name = strings.TrimSpace(a.ID), strings.TrimSpace(a.Name)
	}
	e.Overridden = nil // derived state; never taken from a file
}

func normalizePath(p *Path) {
	p.Role = strings.TrimSpace(p.Role)
	p.Title = strings.TrimSpace(p.Title)
	if p.Steps == nil {
		p.Steps = []Step{}
	}
	for i := range p.Steps {
		p.Steps[i].Code = strings.TrimSpace(p.Steps[i].Code)
	}
}

// canonicalize rewrites every code reference to the spelling of the entry it
// points at, so callers can compare codes with == after a lookup.
func canonicalize(entries []Entry, paths []Path) {
	spelling := make(map[string]string, len(entries))
	for _, e := range entries {
		spelling[codeKey(e.Code)] = e.Code
	}
	fix := func(code string) string {
		if s, ok := spelling[codeKey(code)]; ok {
			return s
		}
		return code
	}
	for i := range entries {
		e := &entries[i]
		if e.Successor != "" {
			e.Successor = fix(e.Successor)
		}
		for j := range e.RenewedBy {
			e.RenewedBy[j] = fix(e.RenewedBy[j])
		}
	}
	for i := range paths {
		for j := range paths[i].Steps {
			paths[i].Steps[j].Code = fix(paths[i].Steps[j].Code)
		}
	}
}

// entryLabel names an entry in error messages: by code when it has one,
// otherwise by its 1-based position in the list it came from.
func entryLabel(i int, e Entry) string {
	if e.Code != "" {
		return fmt.Sprintf("entry %q", strings.TrimSpace(e.Code))
	}
	if e.Name != "" {
		return fmt.Sprintf("entry #%d (%q)", i+1, strings.TrimSpace(e.Name))
	}
	return fmt.Sprintf("entry #%d", i+1)
}

func pathLabel(i int, p Path) string {
	if p.Role != "" {
		return fmt.Sprintf("path %q", strings.TrimSpace(p.Role))
	}
	return fmt.Sprintf("path #%d", i+1)
}
