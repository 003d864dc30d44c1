package planner

// DomainProgress compares logged hours on one exam domain with its share of
// the prep.
type DomainProgress struct {
	Name        string  `json:"name"`
	Weight      float64 `json:"weight"`
	TargetHours float64 `json:"target_hours"` // the domain's share of study and lab hours (DomainSplit)
	LoggedHours float64 `json:"logged_hours"`
}

// TargetStatus is where a learner stands on one target.
type TargetStatus struct {
	Code               string           `json:"code"`
	Name               string           `json:"name"`
	PrepHours          float64          `json:"prep_hours"`
	LoggedHours        float64          `json:"logged_hours"`
	StudyHours         float64          `json:"study_hours"`
	LabHours           float64          `json:"lab_hours"`
	RemainingHours     float64          `json:"remaining_hours"`
	PlannedToDateHours float64          `json:"planned_to_date_hours"`
	BehindHours        float64          `json:"behind_hours"` // negative when ahead
	ExamDate           Date             `json:"exam_date"`    // projected by the plan of what remains
	ExamBy             Date             `json:"exam_by,omitempty"`
	Feasible           bool             `json:"feasible"`
	LabShare           float64          `json:"lab_share"` // logged lab / logged hours
	TargetLabShare     float64          `json:"target_lab_share"`
	Domains            []DomainProgress `json:"domains"`
}

// Progress is the learner's standing on every target, with the plan of what
// remains that the figures come from.
type Progress struct {
	Today   Date           `json:"today"`
	Targets []TargetStatus `json:"targets"`
	Plan    Plan           `json:"-"` // what remains, from today
	// Baseline is the plan from the day the targets were added (or the
	// chosen start), ignoring the log: what "planned to date" measures.
	Baseline Plan `json:"-"`
}

// Progress compares what was logged with the baseline plan (the plan as it
// stood from the day the targets were added, ignoring the log) and re-plans
// what remains from today.
func (s *Service) Progress() (Progress, error) {
	ts, err := s.store.Targets()
	if err != nil {
		return Progress{}, err
	}
	a, err := s.Availability()
	if err != nil {
		return Progress{}, err
	}
	done, err := s.store.Totals()
	if err != nil {
		return Progress{}, err
	}
	h, err := s.store.History()
	if err != nil {
		return Progress{}, err
	}
	today := s.Today()
	plan, err := s.planRemaining(ts, a, done, h.Attempts)
	if err != nil {
		return Progress{}, err
	}
	baseline, err := s.baselinePlan(ts, a, h.Attempts)
	if err != nil {
		return Progress{}, err
	}
	due := map[string]float64{}
	for _, sess := range baseline.Sessions {
		if sess.Date < today {
			due[sess.Code] += sess.Hours
		}
	}
	byCode := map[string]TargetPlan{}
	for _, tp := range plan.Targets {
		byCode[tp.Code] = tp
	}
	pts, err := ResolveTargets(s.cat, ts, a.Experience, nil, h.Attempts)
	if err != nil {
		return Progress{}, err
	}
	out := Progress{Today: today, Plan: plan, Baseline: baseline, Targets: make([]TargetStatus, 0, len(ts))}
	for i, pt := range pts {
		d := done[pt.Code]
		st := TargetStatus{
			Code: pt.Code, PrepHours: pt.PrepHours,
			StudyHours: d.Study, LabHours: d.Lab, LoggedHours: d.Study + d.Lab,
			PlannedToDateHours: due[pt.Code], ExamBy: ts[i].ExamBy,
			ExamDate: byCode[pt.Code].ExamDate, Feasible: byCode[pt.Code].Feasible,
			TargetLabShare: a.LabShare,
		}
		if e, ok := s.cat.Lookup(pt.Code); ok {
			st.Name = e.Name
		}
		st.RemainingHours = max(0, pt.PrepHours-st.LoggedHours)
		st.BehindHours = st.PlannedToDateHours - st.LoggedHours
		if st.LoggedHours > 0 {
			st.LabShare = d.Lab / st.LoggedHours
		}
		st.Domains = targetDomains(pt, a.LabShare, d.ByDomain)
		out.Targets = append(out.Targets, st)
	}
	return out, nil
}

// targetDomains is each exam domain's target, its share by DomainSplit,
// beside the hours logged on it.
func targetDomains(pt PlanTarget, labShare float64, logged map[string]float64) []DomainProgress {
	out := []DomainProgress{}
	for _, d := range DomainSplit(pt.PrepHours, labShare, pt.ExamMinutes, pt.Domains) {
		out = append(out, DomainProgress{Name: d.Name, Weight: d.Weight, TargetHours: d.Hours, LoggedHours: logged[d.Name]})
	}
	return out
}

// planRemaining is the saved plan: what remains after the logged hours,
// from today. Hours logged today use up today's study time.
func (s *Service) planRemaining(ts []Target, a Availability, done map[string]Done, attempts []Attempt) (Plan, error) {
	today := s.Today()
	start := max(today, a.Start)
	in := PlanInput{Start: start}
	days, err := s.store.DailyTotals(start, start)
	if err != nil {
		return Plan{}, err
	}
	for _, d := range days {
		in.StartUsed += d.Study + d.Lab
	}
	ts, passed := dropPassedExams(ts, start)
	p, err := planFrom(s.cat, ts, a, in, done, attempts)
	if err != nil {
		return p, err
	}
	p.Warnings = append(passed, p.Warnings...)
	return p, nil
}

// baselinePlan is the plan as it stood when the learner began: from the
// chosen start date, or else the day the first target was added, with
// nothing logged. It is empty when that day is today or later.
func (s *Service) baselinePlan(ts []Target, a Availability, attempts []Attempt) (Plan, error) {
	start := a.Start
	if start.IsZero() {
		for _, t := range ts {
			if !t.Added.IsZero() && (start.IsZero() || t.Added < start) {
				start = t.Added
			}
		}
	}
	if start.IsZero() || start >= s.Today() || len(ts) == 0 {
		return Plan{Targets: []TargetPlan{}, Sessions: []Session{}, Warnings: []Warning{}}, nil
	}
	ts, _ = dropPassedExams(ts, start)
	return planFrom(s.cat, ts, a, PlanInput{Start: start}, nil, attempts)
}
