package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"certplan/planner/inputfile"
)

// OverlayFileName is the name of the user's overlay file in their data folder.
const OverlayFileName = "catalog.json"

// MaxOverlayBytes bounds the overlay file: thousands of custom exams fit in
// far less, and a larger file is not an overlay a person wrote.
const MaxOverlayBytes = 4 << 20

// overlayDoc is the user's overlay: the catalog layout with every section
// optional, plus overrides that patch single fields of existing entries.
type overlayDoc struct {
	Format    *int              `json:"format"`
	DataAsOf  string            `json:"data_as_of"`
	Entries   []json.RawMessage `json:"entries"`
	Overrides []json.RawMessage `json:"overrides"`
	Paths     []json.RawMessage `json:"paths"`
}

// override patches an existing entry. Pointers tell "absent, keep the
// catalog's value" apart from an explicit zero.
type override struct {
	Code            string    `json:"code"`
	PrepHours       *float64  `json:"prep_hours"`
	PrepRange       *Range    `json:"prep_range"`
	Minutes         *int      `json:"minutes"`
	Questions       *int      `json:"questions"`
	ScoredQuestions *int      `json:"scored_questions"`
	PriceUSD        *int      `json:"price_usd"`
	PassingScore    *int      `json:"passing_score"`
	Status          *Status   `json:"status"`
	StatusDate      *string   `json:"status_date"`
	Domains         *[]Domain `json:"domains"`
	ValidityYears   *int      `json:"validity_years"`
	RetakeWaitDays  *int      `json:"retake_wait_days"`
	Notes           *string   `json:"notes"`
}

// WithOverlay returns a new catalog with the user's overlay file at path
// applied. The overlay exists because prep hours are personal, AWS changes
// facts faster than releases ship, and users study for other vendors' exams
// too. Its layout:
//
//	{"entries":   [ ...full entries: custom exams, or replacements for badges... ],
//	 "overrides": [ {"code": "SAA-C03", "prep_hours": 120}, ... ],
//	 "paths":     [ ...role paths, replacing one with the same role... ]}
//
// Every section is optional. Custom entries need code, name, vendor, tier,
// prep_hours and passing_score; kind defaults from the tier, status to
// active, prep_range to prep_hours alone. A built-in certification cannot be
// replaced (use overrides for it), a badge can. An override's prep_hours
// outside the typical range widens the range, since the user's own estimate
// is what counts.
//
// The file must be a regular file of at most MaxOverlayBytes (a named pipe
// or device in its place is refused at once); a UTF-8 byte-order mark is
// ignored. A missing file is not an error: (c, nil). Any problem returns c itself,
// unchanged and still usable, with an error naming the file and every
// problem, so the app can start with the built-in data and show why the
// overlay was ignored. c is never modified.
func (c *Catalog) WithOverlay(path string) (*Catalog, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	data, err := inputfile.Read(path, MaxOverlayBytes)
	if err != nil {
		return c, fmt.Errorf("catalog overlay %w", err)
	}
	prefix := "catalog overlay " + path
	merged, problems := c.applyOverlay(data)
	if len(problems) > 0 {
		return c, joinProblems(prefix, problems)
	}
	return merged, nil
}

func (c *Catalog) applyOverlay(data []byte) (*Catalog, []error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil // an empty file is an overlay that changes nothing
	}
	var doc overlayDoc
	if err := decodeStrict(data, &doc); err != nil {
		return nil, []error{describeJSONError(data, err)}
	}
	var problems []error
	if doc.Format != nil && *doc.Format != FormatVersion {
		problems = append(problems, fmt.Errorf("format %d is not supported (want %d)", *doc.Format, FormatVersion))
	}
	dataAsOf := c.dataAsOf
	if doc.DataAsOf != "" {
		if err := checkDataAsOf(doc.DataAsOf); err != nil {
			problems = append(problems, err)
		} else if doc.DataAsOf > dataAsOf {
			// Valid YYYY-MM-DD dates compare correctly as strings. The
			// newest check is what the "data as of" label should claim.
			dataAsOf = doc.DataAsOf
		}
	}

	m := newMerger(c)
	m.addEntries(doc.Entries)
	m.addPaths(doc.Paths)
	m.applyOverrides(doc.Overrides)
	problems = append(problems, m.problems...)
	problems = append(problems, validate(m.entries, m.paths)...)
	if len(problems) > 0 {
		return nil, problems
	}
	canonicalize(m.entries, m.paths)
	return newCatalog(dataAsOf, m.entries, m.paths), nil
}

// merger builds the merged entry and path lists on copies of the catalog's.
// Lookups go through maps, so merging n overlay items costs O(n), not O(n²):
// an overlay with tens of thousands of entries loads as fast as it parses.
type merger struct {
	entries  []Entry
	byCode   map[string]int // codeKey -> position in entries
	paths    []Path
	byRole   map[string]int // lower-case role -> position in paths
	problems []error
}

func newMerger(c *Catalog) *merger {
	m := &merger{entries: cloneEntries(c.entries), paths: clonePaths(c.paths)}
	m.byCode = make(map[string]int, len(m.entries))
	for i, e := range m.entries {
		m.byCode[codeKey(e.Code)] = i
	}
	m.byRole = make(map[string]int, len(m.paths))
	for i, p := range m.paths {
		if _, dup := m.byRole[strings.ToLower(p.Role)]; !dup {
			m.byRole[strings.ToLower(p.Role)] = i
		}
	}
	return m
}

func (m *merger) addf(label, format string, args ...any) {
	m.problems = append(m.problems, fmt.Errorf("%s: %s", label, fmt.Sprintf(format, args...)))
}

// find returns the position of the entry with code, or -1.
func (m *merger) find(code string) int {
	if i, ok := m.byCode[codeKey(code)]; ok {
		return i
	}
	return -1
}

func (m *merger) addEntries(raws []json.RawMessage) {
	entries, errs := decodeEntries(raws)
	m.problems = append(m.problems, errs...)
	added := make(map[string]bool, len(entries))
	for i, e := range entries {
		label := entryLabel(i, e)
		if e.Code == "" {
			m.addf(label, "code is empty")
			continue
		}
		if added[codeKey(e.Code)] {
			m.addf(label, "listed twice in the overlay's entries")
			continue
		}
		added[codeKey(e.Code)] = true
		applyCustomDefaults(&e)
		e.Custom = true
		switch at := m.find(e.Code); {
		case at < 0:
			m.byCode[codeKey(e.Code)] = len(m.entries)
			m.entries = append(m.entries, e)
		case m.entries[at].Kind == BadgeKind || m.entries[at].Custom:
			m.entries[at] = e
		default:
			m.addf(label, "is a built-in certification and cannot be replaced; change its fields under \"overrides\" instead")
		}
	}
}

// applyCustomDefaults fills what a person adding their own exam would
// otherwise have to spell out although it follows from the rest.
func applyCustomDefaults(e *Entry) {
	if e.Kind == "" {
		e.Kind = Certification
		if e.Tier == Badge {
			e.Kind = BadgeKind
		}
	}
	if e.Status == "" {
		e.Status = Active
	}
	if e.PrepRange == (Range{}) {
		e.PrepRange = Range{Min: e.PrepHours, Max: e.PrepHours}
	}
}

func (m *merger) addPaths(raws []json.RawMessage) {
	paths, errs := decodePaths(raws)
	m.problems = append(m.problems, errs...)
	for _, p := range paths {
		role := strings.ToLower(p.Role)
		if at, ok := m.byRole[role]; ok && p.Role != "" {
			m.paths[at] = p
			continue
		}
		if _, dup := m.byRole[role]; !dup {
			m.byRole[role] = len(m.paths)
		}
		m.paths = append(m.paths, p)
	}
}

func (m *merger) applyOverrides(raws []json.RawMessage) {
	seen := make(map[string]bool, len(raws))
	for i, raw := range raws {
		var o override
		err := decodeStrict(raw, &o)
		if err != nil {
			o = override{}
			_ = json.Unmarshal(raw, &o)
		}
		o.Code = strings.TrimSpace(o.Code)
		label := fmt.Sprintf("override #%d", i+1)
		if o.Code != "" {
			label = fmt.Sprintf("override for entry %q", o.Code)
		}
		if err != nil {
			m.addf(label, "%v", describeJSONError(nil, err))
			continue
		}
		if o.Code == "" {
			m.addf(label, "code is empty")
			continue
		}
		if seen[codeKey(o.Code)] {
			m.addf(label, "listed twice in the overlay's overrides")
			continue
		}
		seen[codeKey(o.Code)] = true
		at := m.find(o.Code)
		if at < 0 {
			m.addf(label, "no entry has this code")
			continue
		}
		o.apply(&m.entries[at])
	}
}

// apply patches e with the fields present in o. Fields the user sets are no
// longer uncertain (the user has decided) and are recorded in Overridden.
func (o override) apply(e *Entry) {
	var changed []string
	set := func(field string) { changed = append(changed, field) }
	if o.PrepHours != nil {
		e.PrepHours = *o.PrepHours
		if o.PrepRange == nil {
			e.PrepRange.Min = min(e.PrepRange.Min, e.PrepHours)
			e.PrepRange.Max = max(e.PrepRange.Max, e.PrepHours)
		}
		set("prep_hours")
	}
	if o.PrepRange != nil {
		e.PrepRange = *o.PrepRange
		set("prep_range")
	}
	setInt := func(field string, dst *int, src *int) {
		if src != nil {
			*dst = *src
			set(field)
		}
	}
	setInt("minutes", &e.Minutes, o.Minutes)
	setInt("questions", &e.Questions, o.Questions)
	setInt("scored_questions", &e.ScoredQuestions, o.ScoredQuestions)
	setInt("price_usd", &e.PriceUSD, o.PriceUSD)
	setInt("passing_score", &e.PassingScore, o.PassingScore)
	setInt("validity_years", &e.ValidityYears, o.ValidityYears)
	setInt("retake_wait_days", &e.RetakeWaitDays, o.RetakeWaitDays)
	if o.Status != nil {
		e.Status = Status(strings.ToLower(strings.TrimSpace(string(*o.Status))))
		set("status")
	}
	if o.StatusDate != nil {
		e.StatusDate = strings.TrimSpace(*o.StatusDate)
		set("status_date")
	}
	if o.Domains != nil {
		e.Domains = append([]Domain{}, *o.Domains...)
		for i := range e.Domains {
			e.Domains[i].Name = strings.TrimSpace(e.Domains[i].Name)
		}
		set("domains")
	}
	if o.Notes != nil {
		e.Notes = *o.Notes
		set("notes")
	}
	for _, field := range changed {
		if !slices.Contains(e.Overridden, field) {
			e.Overridden = append(e.Overridden, field)
		}
	}
	e.Uncertain = slices.DeleteFunc(e.Uncertain, func(f string) bool { return slices.Contains(changed, f) })
	if len(e.Uncertain) == 0 {
		e.Uncertain = nil
	}
}
