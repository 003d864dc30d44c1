package planner

import (
	"math"
	"strings"
)

// Done is what the learner has already logged for a target, so that a
// re-plan schedules only what remains.
type Done struct {
	Study, Lab float64
	// ByDomain is the hours of either kind logged against each exam-guide
	// domain; names the guide does not list are ignored.
	ByDomain map[string]float64
}

// DomainWeight is one domain of an exam guide and its share of the exam.
type DomainWeight struct {
	Name   string
	Weight float64
}

// PlanTarget is one certification to schedule, as plain data: the planner
// does not look anything up in the catalog.
type PlanTarget struct {
	Code      string
	PrepHours float64        // total prep for this target: a multiple of 0.25, above 0
	ExamBy    Date           // zero: take the exam as soon as ready
	Domains   []DomainWeight // exam-guide domains in guide order; may be empty (badges)
	Done      Done           // zero: nothing logged yet
	// ExamMinutes is the exam's duration, the length of a practice exam;
	// 0: unknown (DefaultExamMinutes).
	ExamMinutes int
}

// PlanInput is everything a plan is computed from.
type PlanInput struct {
	Targets      []PlanTarget // in study order
	Availability Availability
	Start        Date // first day a session may fall on; required
	// StartUsed is time already spent studying on Start (logged today), which
	// that day no longer has: a re-plan made in the evening must not fill the
	// day again with hours the learner has already done.
	StartUsed float64
}

// planHorizonYears bounds how far ahead a plan may reach, so availability
// with no usable day (everything a day off) ends in an error, not a hang.
const planHorizonYears = 20

// BuildPlan lays the targets out in the calendar, one after the other,
// keeping the rules every plan keeps (days, daily hours, totals, order,
// packing, exam dates, domain and lab shares). The same input always gives
// the same plan, so its JSON is byte for byte the same.
func BuildPlan(in PlanInput) (Plan, error) {
	if in.Start.IsZero() {
		return Plan{}, Invalidf("start", "start date is required (YYYY-MM-DD)")
	}
	cal, err := NewWorkCalendar(in.Availability)
	if err != nil {
		return Plan{}, err
	}
	shares := make([]targetShares, len(in.Targets))
	sessions := 0
	for i, t := range in.Targets {
		if err := validateTarget(t, in.Start, in.Targets[:i]); err != nil {
			return Plan{}, err
		}
		shares[i] = shareTarget(t, in.Availability.LabShare)
		sessions += shares[i].sessionBound(cal.week)
	}
	y, m, d := in.Start.Time().Date()
	pace := Steady
	if in.Availability.Pace != "" {
		pace, _ = ParsePace(string(in.Availability.Pace)) // validated with the calendar
	}
	s := scheduler{
		cal:       cal,
		pace:      pace,
		labShare:  in.Availability.LabShare,
		start:     in.Start,
		startUsed: toQuarters(max(in.StartUsed, 0)),
		horizon:   NewDate(y+planHorizonYears, m, d),
		plan: Plan{
			Targets:  make([]TargetPlan, 0, len(in.Targets)),
			Sessions: make([]Session, 0, sessions),
			Warnings: []Warning{},
		},
	}
	first := in.Start
	for i, t := range in.Targets {
		exam, err := s.place(t, shares[i], first)
		if err != nil {
			return Plan{}, err
		}
		first = max(first, exam.AddDays(1))
	}
	setStartTimes(s.plan.Sessions, in.Availability.StartTimes)
	return s.plan, nil
}

// validateTarget checks t; earlier holds the targets before it, to catch a
// certification planned twice.
func validateTarget(t PlanTarget, start Date, earlier []PlanTarget) error {
	code := NormalizeCode(t.Code)
	if code == "" {
		return Invalidf("cert", "certification code is required")
	}
	for _, e := range earlier {
		if NormalizeCode(e.Code) == code {
			return Invalidf("cert", "%s is planned twice: plan each certification once", code)
		}
	}
	if err := ValidatePrepHours("prep hours", t.PrepHours); err != nil {
		return Invalidf("prep", "%s: %v", code, err)
	}
	if !t.ExamBy.IsZero() && t.ExamBy < start {
		return Invalidf("exam-by", "%s: exam date %s is before the plan starts on %s", code, t.ExamBy, start)
	}
	if t.ExamMinutes < 0 {
		return Invalidf("exam-minutes", "%s: exam duration must be 0 (unknown) or more minutes, got %d", code, t.ExamMinutes)
	}
	for i, d := range t.Domains {
		if strings.TrimSpace(d.Name) == "" {
			return Invalidf("domains", "%s: domain %d has no name", code, i+1)
		}
		if !(d.Weight > 0) || math.IsInf(d.Weight, 0) {
			return Invalidf("domains", "%s: domain %q needs a weight above 0, got %v", code, d.Name, d.Weight)
		}
		for _, o := range t.Domains[:i] {
			if o.Name == d.Name {
				return Invalidf("domains", "%s: domain %q is listed twice", code, d.Name)
			}
		}
	}
	logged := []float64{t.Done.Study, t.Done.Lab}
	for _, h := range t.Done.ByDomain {
		logged = append(logged, h)
	}
	for _, h := range logged {
		if !(h >= 0) || math.IsInf(h, 0) {
			return Invalidf("done", "%s: logged hours must be 0 or more, got %v", code, h)
		}
	}
	return nil
}

// targetShares is how the hours a plan schedules for one target divide into
// kinds and domains, in quarter hours.
type targetShares struct {
	total, study, lab, review quarters
	// Per exam-guide domain, when the guide has domains; study and lab then
	// always name a domain.
	domainStudy, domainLab []quarters
}

// shareTarget splits a target's hours.
//
// A first plan takes lab = LabShare of prep (rule 8), review = ReviewHours
// (the final review: practice exams and revision), study = the rest; study
// and lab hours are shared among the domains by DomainSplit (rule 7), and
// each domain's share splits into study and lab in the same proportion as
// the target's.
//
// A re-plan schedules what remains: prep less everything logged, rounded up
// to a quarter. Logged time never counts as review, so the review stays as
// first planned (capped by what remains). Logged lab is taken off the lab
// first, and hours logged against a domain off that domain's share, so the
// remaining plan leans toward what is still short. That lean is held within
// the tolerances of rules 7 and 8 measured on the remaining plan, because the
// remaining plan must keep those rules as any plan does.
func shareTarget(t PlanTarget, labShare float64) targetShares {
	firstLab := toQuarters(labShare * t.PrepHours)
	firstReview := toQuarters(ReviewHours(t.PrepHours, labShare, t.ExamMinutes))

	total := ceilQuarters(t.PrepHours - t.Done.Study - t.Done.Lab)
	lo, hi := within(labShare*float64(total), labToleranceQuarters, total)
	sh := targetShares{total: total, lab: clamp(ceilQuarters(firstLab.hours()-t.Done.Lab), lo, hi)}
	sh.review = min(firstReview, total-sh.lab)
	sh.study = total - sh.lab - sh.review
	if len(t.Domains) == 0 {
		return sh
	}

	weights := guideWeights(t.Domains)
	firstShares := domainQuarters(t.PrepHours, labShare, t.ExamMinutes, t.Domains)
	wish := make([]int64, len(t.Domains))
	for i, d := range t.Domains {
		wish[i] = int64(ceilQuarters(firstShares[i].hours() - t.Done.ByDomain[d.Name]))
	}
	perDomain := steer(sh.study+sh.lab, t.Domains, weights, wish)
	sh.domainLab = apportion(sh.lab, asWeights(perDomain))
	sh.domainStudy = make([]quarters, len(perDomain))
	for i := range perDomain {
		sh.domainStudy[i] = perDomain[i] - sh.domainLab[i]
	}
	return sh
}

// Tolerances of rules 7 and 8 in quarter hours, kept a little inside the
// contract's limits so that a checker comparing floats never sees a plan on
// the edge.
const (
	toleranceMargin      = 0.05
	labToleranceQuarters = 0.5*quartersPerHour - toleranceMargin
	domainMinTolerance   = 0.5*quartersPerHour - toleranceMargin
	domainShareTolerance = 0.03
)

// steer shares pool among the domains as close to wish as rule 7 allows: each
// domain within the larger of 0.5 h and 3% of pool from its weighted share.
// With no wish left (every domain covered), the guide's weights decide.
func steer(pool quarters, domains []DomainWeight, weights, wish []int64) []quarters {
	aim := wish
	if sum(wish) == 0 {
		aim = weights
	}
	alloc := apportion(pool, aim)
	tolerance := max(domainMinTolerance, domainShareTolerance*float64(pool)-toleranceMargin)
	var totalWeight float64
	for _, d := range domains {
		totalWeight += d.Weight
	}
	lo := make([]quarters, len(domains))
	hi := make([]quarters, len(domains))
	var placed quarters
	for i, d := range domains {
		lo[i], hi[i] = within(float64(pool)*d.Weight/totalWeight, tolerance, pool)
		alloc[i] = clamp(alloc[i], lo[i], hi[i])
		placed += alloc[i]
	}
	// Clamping may leave the sum off pool. Add each missing quarter where the
	// aim per quarter held is highest, or take each extra one where it is
	// lowest, among the domains with room: the rest then still follows the aim
	// in proportion. The weighted largest-remainder shares lie inside every
	// bound, so room always exists.
	for ; placed < pool; placed++ {
		best := -1
		for i := range alloc {
			if alloc[i] < hi[i] && (best < 0 || aim[i]*int64(alloc[best]+1) > aim[best]*int64(alloc[i]+1)) {
				best = i
			}
		}
		alloc[best]++
	}
	for ; placed > pool; placed-- {
		best := -1
		for i := range alloc {
			if alloc[i] > lo[i] && (best < 0 || aim[i]*int64(alloc[best]) < aim[best]*int64(alloc[i])) {
				best = i
			}
		}
		alloc[best]--
	}
	return alloc
}

// within returns the whole quarters no further than tolerance from exact,
// limited to 0..limit.
func within(exact, tolerance float64, limit quarters) (lo, hi quarters) {
	lo = max(0, quarters(math.Ceil(exact-tolerance)))
	hi = min(limit, quarters(math.Floor(exact+tolerance)))
	return lo, hi
}

func clamp(q, lo, hi quarters) quarters { return max(lo, min(hi, q)) }

// ceilQuarters rounds h up to a quarter hour (0 for h <= 0). Logged hours
// need not be quarters; rounding up never plans less than remains.
func ceilQuarters(h float64) quarters {
	if h <= 0 {
		return 0
	}
	return quarters(math.Ceil(h*quartersPerHour - 1e-9))
}

// guideWeights turns exam-guide weights into integer parts per billion of
// their total, so apportioning is exact integer arithmetic.
func guideWeights(domains []DomainWeight) []int64 {
	var total float64
	for _, d := range domains {
		total += d.Weight
	}
	parts := make([]int64, len(domains))
	for i, d := range domains {
		parts[i] = int64(math.Round(d.Weight / total * 1e9))
	}
	return parts
}

func asWeights(qs []quarters) []int64 {
	w := make([]int64, len(qs))
	for i, q := range qs {
		w[i] = int64(q)
	}
	return w
}

func sum(ws []int64) int64 {
	var s int64
	for _, w := range ws {
		s += w
	}
	return s
}

// apportion shares total among weights by largest remainders: each part gets
// the whole quarters of its exact share, and the quarters left over go to the
// largest remainders, the earlier part first on ties.
func apportion(total quarters, weights []int64) []quarters {
	out := make([]quarters, len(weights))
	w := sum(weights)
	if w == 0 {
		return out
	}
	rem := make([]int64, len(weights))
	left := total
	for i, wi := range weights {
		share := int64(total) * wi
		out[i], rem[i] = quarters(share/w), share%w
		left -= out[i]
	}
	for ; left > 0; left-- {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1 // at most one extra quarter each
	}
	return out
}

// segment is a run of one kind of session for one domain, placed in order.
type segment struct {
	kind   SessionKind
	domain string
	q      quarters
}

// segments orders a target's study and lab: domains in guide order, each
// its study then its lab. The final review follows them (finalReviewItems).
func (sh targetShares) segments(domains []DomainWeight) []segment {
	out := make([]segment, 0, 2*len(domains)+2)
	if len(domains) == 0 {
		out = append(out, segment{StudySession, "", sh.study}, segment{LabSession, "", sh.lab})
	}
	for i, d := range domains {
		out = append(out, segment{StudySession, d.Name, sh.domainStudy[i]}, segment{LabSession, d.Name, sh.domainLab[i]})
	}
	return out
}

// sessionBound is at most how many sessions the target needs: one a day even
// if every day were the week's shortest, plus one per segment starting mid-day.
func (sh targetShares) sessionBound(week [7]quarters) int {
	shortest := quarters(0)
	for _, q := range week {
		if q > 0 && (shortest == 0 || q < shortest) {
			shortest = q
		}
	}
	return int((sh.total+shortest-1)/shortest) + 2*len(sh.domainStudy) + 3
}
