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

// RenewalActivity is a way to renew a certification without sitting an exam.
// ID is what a user's record names; Name is how AWS calls it.
type RenewalActivity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
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
	// PassingScore is the minimum scaled score of a proctored exam, 0 for an
	// entry that passes on PassPercent instead.
	PassingScore int `json:"passing_score"`
	// PassingScale is what PassingScore is out of; 0 means the AWS scaled
	// score (100-1000). Custom exams from other vendors set it, e.g. 100
	// for CKA.
	PassingScale int `json:"passing_scale,omitempty"`
	// PassPercent is the pass mark of a badge assessment: a percentage of
	// correct answers, a different measure from an exam's scaled score, so
	// it has its own field and an entry sets exactly one of the two.
	PassPercent int `json:"pass_percent,omitempty"`

	Experience string   `json:"experience,omitempty"`
	Domains    []Domain `json:"domains"` // always non-nil after load, so JSON output shows [] rather than null

	PrepHours float64 `json:"prep_hours"` // default study hours; a project assumption, not an AWS figure
	PrepRange Range   `json:"prep_range"`

	ValidityYears int      `json:"validity_years"` // 0 = never expires
	RenewedBy     []string `json:"renewed_by"`     // codes whose pass renews this entry; always non-nil after load
	RenewalNote   string   `json:"renewal_note,omitempty"`
	// MaintainYears is the validity a "maintain" activity adds to a still
	// active certification (AWS offers one more year); 0 = not offered.
	MaintainYears int `json:"maintain_years,omitempty"`
	// RenewalActivities are renewal routes without an exam, such as the free
	// "AWS Cloud Quest: Recertify Cloud Practitioner". Completing one counts
	// like a pass of the certification: validity starts again that day.
	RenewalActivities []RenewalActivity `json:"renewal_activities,omitempty"`
	RetakeWaitDays    int               `json:"retake_wait_days"`

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

// PassesByPercent reports whether the pass mark is a percentage of correct
// answers (badge assessments) rather than a scaled score.
func (e Entry) PassesByPercent() bool { return e.PassPercent > 0 }

// awsScaledMin is the lowest score on the AWS 100-1000 scale.
const awsScaledMin = 100

// ScoreScale is the maximum score a result is measured against: 100 for a
// percentage, PassingScale when set, else 1000 (the AWS scaled score).
func (e Entry) ScoreScale() int {
	switch {
	case e.PassesByPercent():
		return 100
	case e.PassingScale > 0:
		return e.PassingScale
	}
	return 1000
}

// ScoreRange is the lowest and highest result a person can report: 0-100
// for a percentage, 100-1000 for the AWS scaled score, 0 to PassingScale
// for other vendors' scales.
func (e Entry) ScoreRange() (lowest, highest int) {
	if e.PassesByPercent() || e.PassingScale > 0 {
		return 0, e.ScoreScale()
	}
	return awsScaledMin, e.ScoreScale()
}

// PassMark is the result needed to pass, on the entry's own measure.
func (e Entry) PassMark() int {
	if e.PassesByPercent() {
		return e.PassPercent
	}
	return e.PassingScore
}

// Passed reports whether a result (percent correct for a badge, the scaled
// score for an exam) meets the pass mark.
func (e Entry) Passed(score int) bool { return score >= e.PassMark() }

// PassingLabel shows the pass mark the way the exam reports it: "720/1000"
// for a scaled score, "80%" for a percentage of correct answers.
func (e Entry) PassingLabel() string {
	if e.ScoreScale() == 100 {
		return fmt.Sprintf("%d%%", e.PassMark())
	}
	return fmt.Sprintf("%d/%d", e.PassMark(), e.ScoreScale())
}

// CanMaintain reports whether a "maintain" activity can extend the entry.
func (e Entry) CanMaintain() bool { return e.MaintainYears > 0 && e.Expires() }

// RenewalActivity finds a renewal route without an exam by its ID,
// ignoring case and surrounding spaces.
func (e Entry) RenewalActivity(id string) (RenewalActivity, bool) {
	for _, a := range e.RenewalActivities {
		if strings.EqualFold(a.ID, strings.TrimSpace(id)) {
			return a, true
		}
	}
	return RenewalActivity{}, false
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
	e.RenewalActivities = slices.Clone(e.RenewalActivities)
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
