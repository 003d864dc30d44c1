package catalog

import (
	"slices"
	"strings"
	"sync"

	"certplan/assets"
)

// Catalog is a validated, read-only set of entries and role paths. Build one
// with Builtin, Parse or WithOverlay; the zero value is an empty catalog.
type Catalog struct {
	dataAsOf string
	entries  []Entry        // tiers in Tiers() order, file order within a tier
	index    map[string]int // codeKey(code) -> position in entries
	paths    []Path
}

// newCatalog takes ownership of entries and paths, which must already be
// validated, and puts the entries in display order. The sort is stable, so
// custom entries appended by an overlay land at the end of their tier.
func newCatalog(dataAsOf string, entries []Entry, paths []Path) *Catalog {
	slices.SortStableFunc(entries, func(a, b Entry) int {
		return tierRank(a.Tier) - tierRank(b.Tier)
	})
	index := make(map[string]int, len(entries))
	for i, e := range entries {
		index[codeKey(e.Code)] = i
	}
	return &Catalog{dataAsOf: dataAsOf, entries: entries, index: index, paths: paths}
}

// codeKey is how codes are compared: users type "saa-c03" as often as "SAA-C03".
func codeKey(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

var builtin struct {
	once sync.Once
	cat  *Catalog
	err  error
}

// Builtin returns the catalog embedded in the binary. It is parsed once and
// shared; sharing is safe because a Catalog never changes and its accessors
// return copies. An error here means assets/catalog.json was edited into an
// invalid state, which the package tests catch before a release.
func Builtin() (*Catalog, error) {
	builtin.once.Do(func() {
		builtin.cat, builtin.err = Parse(assets.CatalogJSON)
	})
	return builtin.cat, builtin.err
}

// DataAsOf is the date (YYYY-MM-DD) the catalog's facts were last checked,
// shown to users because AWS changes exams every year.
func (c *Catalog) DataAsOf() string { return c.dataAsOf }

// Len is the number of entries, retired ones included.
func (c *Catalog) Len() int { return len(c.entries) }

// Lookup finds an entry by code, ignoring case and surrounding spaces.
func (c *Catalog) Lookup(code string) (Entry, bool) {
	i, ok := c.index[codeKey(code)]
	if !ok {
		return Entry{}, false
	}
	return c.entries[i].clone(), true
}

// All returns every entry, retired ones included, tiers in Tiers() order and
// file order within a tier.
func (c *Catalog) All() []Entry { return cloneEntries(c.entries) }

// Filter selects entries for list screens and the CLI. The zero Filter
// selects every active entry: retired exams cannot be planned, so lists hide
// them unless asked.
type Filter struct {
	Tier           Tier   // "" = any tier
	IncludeRetired bool   // also return retired entries
	Query          string // case-insensitive substring of code or name; "" = any
}

// Filter returns the entries matching f, in the same order as All.
func (c *Catalog) Filter(f Filter) []Entry {
	query := strings.ToLower(strings.TrimSpace(f.Query))
	var out []Entry
	for _, e := range c.entries {
		if f.Tier != "" && e.Tier != f.Tier {
			continue
		}
		if !f.IncludeRetired && e.Status == Retired {
			continue
		}
		if query != "" &&
			!strings.Contains(strings.ToLower(e.Code), query) &&
			!strings.Contains(strings.ToLower(e.Name), query) {
			continue
		}
		out = append(out, e.clone())
	}
	return out
}

// Renews returns the entries that a pass of the exam code renews (every
// entry whose RenewedBy names it), in the same order as All. AWS counts one
// pass towards several certifications, e.g. SAP-C02 renews SAA-C03 and
// CLF-C02 as well as itself.
func (c *Catalog) Renews(code string) []Entry {
	key := codeKey(code)
	var out []Entry
	for _, e := range c.entries {
		if slices.ContainsFunc(e.RenewedBy, func(r string) bool { return codeKey(r) == key }) {
			out = append(out, e.clone())
		}
	}
	return out
}
