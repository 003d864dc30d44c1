package planner

// SessionKind is what a planned block is for.
type SessionKind string

const (
	StudySession  SessionKind = "study"
	LabSession    SessionKind = "lab"
	ReviewSession SessionKind = "review" // revision in the final review, between practice exams
	// PracticeSession is a full-length practice exam in the final review: it
	// names no domain because a practice exam covers them all.
	PracticeSession SessionKind = "practice"
)

// Session is one planned block of study on one day for one target.
type Session struct {
	Date   Date        `json:"date"`
	Code   string      `json:"code"`
	Kind   SessionKind `json:"kind"`
	Domain string      `json:"domain"`
	Hours  float64     `json:"hours"`
	// At is when the session starts ("HH:MM", local time) on a weekday the
	// learner gave a start time; empty otherwise. A second session on the
	// same day starts when the first ends.
	At string `json:"at,omitempty"`
}

// TargetPlan is where a target landed in the calendar.
type TargetPlan struct {
	Code      string  `json:"code"`
	PrepHours float64 `json:"prep_hours"` // hours this plan schedules (what remains, when re-planning)
	Start     Date    `json:"start"`      // first session
	End       Date    `json:"end"`        // last session
	ExamDate  Date    `json:"exam_date"`
	Feasible  bool    `json:"feasible"`
	// FinalReviewStart is the first day of the final review (practice exams
	// and revision); zero when nothing is left to schedule.
	FinalReviewStart Date `json:"final_review_start"`
	// EarliestExam is, for an infeasible target, the first exam date the
	// plan could keep with the same hours; zero otherwise.
	EarliestExam Date `json:"earliest_exam_date,omitzero"`
}

// Warning tells the learner something about the plan they can act on.
type Warning struct {
	Code    string `json:"code"`
	Kind    string `json:"kind"` // "infeasible", "practice-split", ...
	Message string `json:"message"`
}

// Plan is a computed study calendar. Sessions are in date order.
type Plan struct {
	Targets  []TargetPlan `json:"targets"`
	Sessions []Session    `json:"sessions"`
	Warnings []Warning    `json:"warnings"`
}
