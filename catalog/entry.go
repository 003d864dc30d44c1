package catalog

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Domain is one section of an exam guide. Weight is the percentage of scored
// content, which the planner uses to split study time across domains.
type Domain struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
}

// Range is a typical spread of prep hours, shown next to the default so a user
// who changes it can see what is usual.
type Range struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// Entry is one certification exam version or Skill Builder badge. Codes are
// per exam version (SAA-C03, SOA-C02), because retired versions still appear
// on users' earned certifications.
type Entry struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	Vendor     string `json:"vendor"`
	Tier       Tier   `json:"tier"`
	Kind       Kind   `json:"kind"`
	Status     Status `json:"status"`
	StatusDate string `json:"status_date,omitempty"` // YYYY-MM-DD or YYYY-MM: active since / retired on
	Successor  string `json:"successor,omitempty"`   // the exam that replaced a retired one

	Questions       int `json:"questions"`                  // total, scored plus unscored; 0 = unknown
	ScoredQuestions int `json:"scored_questions,omitempty"` // 0 = unknown
	Minutes         int `json:"minutes"`                    // 0 = no time limit or unknown
	PriceUSD        int `json:"price_usd"`
	PassingScore    int `json:"passing_score"`
	// PassingScale is what PassingScore is out of. 0 means the usual scale
	// for the kind: 1000 (AWS scaled score) for certifications, 100 (percent)
	// for badges. Custom exams from other vendors set it, e.g. 100 for CKA.
	PassingScale int `json:"passing_scale,omitempty"`

	Experience string   `json:"experience,omitempty"`
	Domains    []Domain `json:"domains"` // always non-nil after load, so JSON output shows [] rather than null

	PrepHours float64 `json:"prep_hours"` // default study hours; a project assumption, not an AWS figure
	PrepRange Range   `json:"prep_range"`

	ValidityYears  int      `json:"validity_years"` // 0 = never expires
	RenewedBy      []string `json:"renewed_by"`     // codes whose pass renews this entry; always non-nil after load
	RenewalNote    string   `json:"renewal_note,omitempty"`
	RetakeWaitDays int      `json:"retake_wait_days"`

	// Uncertain lists the JSON names of fields whose value sources disagree
	// on, so the UI can flag them and invite the user to override them.
	Uncertain []string `json:"uncertain,omitempty"`
	Notes     string   `json:"notes,omitempty"`
	Custom    bool     `json:"custom,omitempty"` // came from the user's overlay

	// Overridden lists the JSON names of fields the user's overlay changed,
	// so the UI can show which values are the user's own. It is derived
	// state, never read from a file.
	Overridden []string `json:"-"`
}

// Plannable reports whether the entry can still be booked, which is what the
// planner and the "add target" screens require.
func (e Entry) Plannable() bool { return e.Status == Active }

// Expires reports whether an earned entry has an expiry date at all
// (badges do not, unless the user's overlay gives them a validity).
func (e Entry) Expires() bool { return e.ValidityYears > 0 }

// ScoreScale is the maximum score PassingScore is measured against.
func (e Entry) ScoreScale() int {
	if e.PassingScale > 0 {
		return e.PassingScale
	}
	if e.Kind == BadgeKind {
		return 100
	}
	return 1000
}

// Passed reports whether score meets the entry's passing score.
func (e Entry) Passed(score int) bool { return score >= e.PassingScore }

// PassingLabel shows the passing score the way the exam reports it:
// "720/1000" for a scaled score, "80%" for a percentage.
func (e Entry) PassingLabel() string {
	scale := e.ScoreScale()
	if scale == 100 {
		return fmt.Sprintf("%d%%", e.PassingScore)
	}
	return fmt.Sprintf("%d/%d", e.PassingScore, scale)
}

// IsUncertain reports whether the named field (its JSON name, such as
// "minutes") is marked uncertain in the data.
func (e Entry) IsUncertain(field string) bool {
	return slices.Contains(e.Uncertain, field)
}

// clone returns a deep copy, so no caller can reach a catalog's own slices.
// Domains and RenewedBy come back non-nil as promised by the Entry docs.
func (e Entry) clone() Entry {
	e.Domains = append([]Domain{}, e.Domains...)
	e.RenewedBy = append([]string{}, e.RenewedBy...)
	e.Uncertain = slices.Clone(e.Uncertain)
	e.Overridden = slices.Clone(e.Overridden)
	return e
}

func cloneEntries(entries []Entry) []Entry {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		out[i] = e.clone()
	}
	return out
}

// entryFields is the set of JSON field names of Entry; "uncertain" may only
// name these, which catches typos in the data file.
var entryFields = jsonFieldNames(reflect.TypeFor[Entry]())

func jsonFieldNames(t reflect.Type) map[string]bool {
	names := make(map[string]bool)
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names[name] = true
		}
	}
	return names
}
