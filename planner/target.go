package planner

import "strings"

// Target is a certification the learner plans to take, in study order.
type Target struct {
	Code string `json:"code"`
	// PrepHours is the learner's own estimate; 0 means the catalog default
	// scaled by experience.
	PrepHours float64 `json:"prep_hours,omitempty"`
	// ExamBy is a booked or wished exam date; zero means "as soon as ready".
	ExamBy Date `json:"exam_by,omitempty"`
	// Added is the day the target was first planned: the baseline plan that
	// "planned to date" and "behind" are measured against starts there.
	Added Date `json:"added,omitempty"`
}

// NormalizeCode upper-cases and trims a certification code, the form every
// stored record and lookup uses.
func NormalizeCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }
