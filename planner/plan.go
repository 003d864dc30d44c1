package planner

// SessionKind is what a planned block is for.
type SessionKind string

const (
	StudySession  SessionKind = "study"
	LabSession    SessionKind = "lab"
	ReviewSession SessionKind = "review" // practice exams and revision just before the exam
)

// Session is one planned block of study on one day for one target.
type Session struct {
	Date   Date        `json:"date"`
	Code   string      `json:"code"`
	Kind   SessionKind `json:"kind"`
	Domain string      `json:"domain"`
	Hours  float64     `json:"hours"`
}

// TargetPlan is where a target landed in the calendar.
type TargetPlan struct {
	Code      string  `json:"code"`
	PrepHours float64 `json:"prep_hours"` // hours this plan schedules (what remains, when re-planning)
	Start     Date    `json:"start"`      // first session
	End       Date    `json:"end"`        // last session
	ExamDate  Date    `json:"exam_date"`
	Feasible  bool    `json:"feasible"`
}

// Warning tells the learner something about the plan they can act on.
type Warning struct {
	Code    string `json:"code"`
	Kind    string `json:"kind"` // e.g. "infeasible"
	Message string `json:"message"`
}

// Plan is a computed study calendar. Sessions are in date order.
type Plan struct {
	Targets  []TargetPlan `json:"targets"`
	Sessions []Session    `json:"sessions"`
	Warnings []Warning    `json:"warnings"`
}
