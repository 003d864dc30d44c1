package planner

import (
	"math"
	"slices"
	"strings"
)

// targetCheck holds what checking one target's part of a plan needs.
type targetCheck struct {
	in       PlanInput
	t        PlanTarget
	tp       TargetPlan
	ss       []Session // the target's sessions, in plan order
	first    Date      // the first day its sessions may fall on (rule 4)
	capacity func(Date) float64
	warnings []Warning
	fail     func(rule, format string, args ...any)
}

const eps = 1e-9

func (c targetCheck) check() {
	t, tp, ss := c.t, c.tp, c.ss
	perDay := map[Date]float64{}
	var total, lab, study, tailHours float64
	lastBody, firstTail := Date(0), Date(0)
	for i, s := range ss {
		perDay[s.Date] += s.Hours
		total += s.Hours
		if s.Date < c.first {
			c.fail("rule 4", "session on %s, before %s", s.Date, c.first)
		}
		switch s.Kind {
		case StudySession, LabSession:
			if s.Kind == LabSession {
				lab += s.Hours
			} else {
				study += s.Hours
			}
			lastBody = s.Date
			if slices.ContainsFunc(ss[:i], isFinalReview) {
				c.fail("rule 9", "%s session on %s after the final review began", s.Kind, s.Date)
			}
		default:
			tailHours += s.Hours
			if firstTail == 0 {
				firstTail = s.Date
			}
			if s.Domain != "" {
				c.fail("rule 9", "%s session on %s names domain %q", s.Kind, s.Date, s.Domain)
			}
		}
	}

	// Rule 3, with the remaining prep of a re-plan.
	remaining := math.Max(0, math.Ceil((t.PrepHours-t.Done.Study-t.Done.Lab)*4-eps)/4)
	if tp.PrepHours != remaining {
		c.fail("rule 3", "prep_hours %v, want %v remaining", tp.PrepHours, remaining)
	}
	if tp.Feasible && math.Abs(total-tp.PrepHours) > eps {
		c.fail("rule 3", "sessions add up to %v h, prep_hours is %v", total, tp.PrepHours)
	}
	if len(ss) == 0 {
		if !tp.Start.IsZero() || !tp.End.IsZero() || !tp.FinalReviewStart.IsZero() {
			c.fail("rule 5", "no sessions but start %s, end %s, final review %s", tp.Start, tp.End, tp.FinalReviewStart)
		}
	} else if tp.Start != ss[0].Date || tp.End != ss[len(ss)-1].Date || tp.FinalReviewStart != firstTail {
		c.fail("rule 5", "start %s end %s final review %s; sessions run %s to %s, final review from %s",
			tp.Start, tp.End, tp.FinalReviewStart, ss[0].Date, ss[len(ss)-1].Date, firstTail)
	}

	if t.ExamBy.IsZero() {
		c.checkUnbooked(perDay, lastBody)
	} else {
		c.checkBooked(perDay, lastBody, total, tailHours)
	}
	c.checkFinalReview(study+tailHours, tailHours)

	// Rule 8: lab hours a lab share of the hours planned (all of prep_hours
	// unless infeasible).
	planned := tp.PrepHours
	if !tp.Feasible {
		planned = total
	}
	if want := c.in.Availability.LabShare * planned; math.Abs(lab-want) > 0.5+eps && !(lab < want && study == 0) {
		c.fail("rule 8", "%v h of lab, want %v within 0.5", lab, want)
	}
	c.checkDomains()
}

func isFinalReview(s Session) bool { return s.Kind == ReviewSession || s.Kind == PracticeSession }

// checkUnbooked is rule 5: study and lab packed from the first allowed day,
// the exam on the first study day after the last session, and no break
// between final review days or before the exam.
func (c targetCheck) checkUnbooked(perDay map[Date]float64, lastBody Date) {
	tp := c.tp
	for d := c.first; d < lastBody; d++ {
		if cp := c.capacity(d); cp > 0 && math.Abs(perDay[d]-cp) > eps {
			c.fail("rule 5", "%s has %v of %v h planned before the last study day %s", d, perDay[d], cp, lastBody)
		}
	}
	exam := c.first
	if len(c.ss) > 0 {
		exam = tp.End.AddDays(1)
	}
	for c.capacity(exam) == 0 && exam < c.in.Start.AddDays(366*21) {
		exam++
	}
	if tp.ExamDate != exam || !tp.Feasible {
		c.fail("rule 5", "exam %s feasible %v, want the first study day after the sessions, %s", tp.ExamDate, tp.Feasible, exam)
	}
	var days []Date
	for _, s := range c.ss {
		if isFinalReview(s) && (len(days) == 0 || days[len(days)-1] != s.Date) {
			days = append(days, s.Date)
		}
	}
	if len(days) > 0 {
		days = append(days, tp.ExamDate)
	}
	for i := 1; i < len(days); i++ {
		if days[i]-days[i-1] >= 7 && c.breakBetween(days[i-1], days[i]) {
			c.fail("rule 5", "final review days %s and %s (or the exam) are a break apart", days[i-1], days[i])
		}
	}
}

// breakBetween reports days off or holidays strictly between a and b on
// weekdays that have hours.
func (c targetCheck) breakBetween(a, b Date) bool {
	for d := a + 1; d < b; d++ {
		if c.in.Availability.Hours[d.Weekday()] > 0 && c.capacity(d) == 0 {
			return true
		}
	}
	return false
}

// checkBooked is rule 6: the booked date is the exam, nothing on or after
// it; steady plans spread the hours, asap plans pack them; an infeasible
// target uses every hour before the exam and says what would fit.
func (c targetCheck) checkBooked(perDay map[Date]float64, lastBody Date, total, tailHours float64) {
	t, tp := c.t, c.tp
	longest := 0.0
	for _, h := range c.in.Availability.Hours {
		longest = math.Max(longest, h)
	}
	if tp.ExamDate != t.ExamBy {
		c.fail("rule 6", "exam %s, booked for %s", tp.ExamDate, t.ExamBy)
	}
	for _, s := range c.ss {
		if s.Date >= t.ExamBy {
			c.fail("rule 6", "session on %s, not before the exam on %s", s.Date, t.ExamBy)
		}
	}
	var available float64
	var days []Date
	for d := c.first; d < t.ExamBy; d++ {
		if cp := c.capacity(d); cp > 0 {
			available += cp
			days = append(days, d)
		}
	}
	if !tp.Feasible {
		if math.Abs(total-available) > eps || total >= tp.PrepHours {
			c.fail("rule 6", "infeasible with %v h planned of %v available, %v needed", total, available, tp.PrepHours)
		}
		if available >= tp.PrepHours+7*longest {
			c.fail("rule 6", "infeasible with %v h available for %v h of prep", available, tp.PrepHours)
		}
		// Study comes first: the final review keeps about its planned share
		// (all of a prep shorter than one practice exam and its revision).
		planned := max(0.35*tp.PrepHours, ReviewHours(tp.PrepHours, c.in.Availability.LabShare, t.ExamMinutes))
		if tailHours > planned+2*longest {
			c.fail("rule 6", "infeasible with %v h of final review in %v h", tailHours, total)
		}
		c.checkInfeasibleWarning(available)
		return
	}
	if pace := c.in.Availability.Pace; pace == ASAP {
		for d := c.first; d < lastBody; d++ {
			if cp := c.capacity(d); cp > 0 && math.Abs(perDay[d]-cp) > eps {
				c.fail("rule 6", "asap: %s has %v of %v h planned before the last study day %s", d, perDay[d], cp, lastBody)
			}
		}
		return
	}
	// Steady: no seven study days in a row without a session up to the final
	// review, once the prep gives at least an hour a week. (Within the final
	// review a practice exam may wait for a day long enough to hold it.)
	if weeks := (len(days) + 6) / 7; tp.PrepHours >= float64(weeks) {
		run := 0
		for _, d := range days {
			if tp.FinalReviewStart != 0 && d > tp.FinalReviewStart {
				break
			}
			if run++; perDay[d] > 0 {
				run = 0
			}
			if run >= 7 {
				c.fail("rule 6", "steady: 7 study days up to %s without a session", d)
				break
			}
		}
	}
	// ... and neither half of the hours up to the exam holds more than 65%
	// of the sessions when there is half as much time again as prep. A day
	// across the middle counts for neither half. A final review of more than
	// 30% of the hours (a tiny prep and a long practice exam) is one block
	// at the end that no spreading can split; so is a prep of a few days.
	// Both rules need the prep to give at least an hour a week: below that,
	// quarter-hour sessions kept a week apart are all a plan can do.
	weekly := tp.PrepHours >= float64((len(days)+6)/7)
	if weekly && available >= 1.5*tp.PrepHours && tp.PrepHours >= 4*longest && tailHours <= 0.3*total {
		var cum, first, second float64
		for _, d := range days {
			before := cum
			cum += c.capacity(d)
			switch {
			case cum <= available/2:
				first += perDay[d]
			case before >= available/2:
				second += perDay[d]
			}
		}
		if first > 0.65*total+eps || second > 0.65*total+eps {
			c.fail("rule 6", "steady: halves hold %v h and %v h of %v", first, second, total)
		}
	}
}

// checkInfeasibleWarning wants one warning saying what is missing before
// the exam and what exam date would work.
func (c targetCheck) checkInfeasibleWarning(available float64) {
	code := c.tp.Code
	i := slices.IndexFunc(c.warnings, func(w Warning) bool { return w.Code == code && w.Kind == "infeasible" })
	if i < 0 {
		c.fail("rule 6", "does not fit before %s and has no infeasible warning", c.t.ExamBy)
		return
	}
	msg := strings.ToLower(c.warnings[i].Message)
	wants := []string{c.t.ExamBy.String(), "move the exam to "}
	if available > 0 {
		wants = append(wants, FormatHours(c.tp.PrepHours-available)+" h do not fit", FormatHours(available)+" h available")
	}
	for _, want := range wants {
		if !strings.Contains(msg, want) {
			c.fail("rule 6", "warning %q does not say %q", msg, want)
		}
	}
	for _, word := range []string{"certplan", "--"} {
		if strings.Contains(msg, word) {
			c.fail("rule 6", "warning %q names %q", msg, word)
		}
	}
}

// checkFinalReview is rule 9: a final review with practice exams as long as
// the exam, close to it. nonLab is the hours of study and final review.
func (c targetCheck) checkFinalReview(nonLab, tailHours float64) {
	t, tp, ss := c.t, c.tp, c.ss
	minutes := t.ExamMinutes
	if minutes == 0 {
		minutes = DefaultExamMinutes
	}
	p := math.Ceil(float64(minutes)/15-eps) / 4
	var practices []Session
	for _, s := range ss {
		if s.Kind == PracticeSession {
			practices = append(practices, s)
		}
	}
	if nonLab > 0 && len(practices) == 0 {
		c.fail("rule 9", "no practice exam")
		return
	}
	// A plan with no hours for a final review (a re-plan whose labs take all
	// that is left) has nothing to keep close to the exam.
	// Without revision hours, a day too short for the practice exam has
	// nothing it could hold.
	revision := slices.ContainsFunc(ss, func(s Session) bool { return s.Kind == ReviewSession })
	if tailHours > 0 && tp.End < tp.ExamDate {
		for d := tp.End + 1; d < tp.ExamDate && tp.ExamDate-tp.End >= 7; d++ {
			if cp := c.capacity(d); cp > 0 && (revision || cp >= p) {
				c.fail("rule 9", "last session %s, a week or more before the exam %s with %s free between", tp.End, tp.ExamDate, d)
				break
			}
		}
	}
	var longest float64
	for _, h := range c.in.Availability.Hours {
		longest = math.Max(longest, h)
	}
	split := slices.ContainsFunc(c.warnings, func(w Warning) bool { return w.Code == tp.Code && w.Kind == "practice-split" })
	if split && longest >= p && t.ExamBy.IsZero() {
		c.fail("rule 9", "practice exam split though a weekday has %v h", longest)
	}
	if !tp.Feasible || len(practices) == 0 {
		return
	}
	var practice float64
	for _, s := range practices {
		practice += s.Hours
		if !split && s.Hours != p && tailHours >= p {
			c.fail("rule 9", "practice session of %v h on %s, the exam lasts %v h", s.Hours, s.Date, p)
		}
	}
	if tailHours < p {
		return // a re-plan with less left than one practice exam
	}
	exams := practice / p
	if exams != math.Trunc(exams) {
		c.fail("rule 9", "%v h of practice exams of %v h", practice, p)
	}
	fresh := t.Done.Study+t.Done.Lab == 0
	if twoFit := 2*p <= 0.15*t.PrepHours+eps; fresh && (exams == 2) != (twoFit && tailHours >= 2*p) {
		c.fail("rule 9", "%v practice exams of %v h for %v h of prep", exams, p, t.PrepHours)
	}
}

// checkDomains is rule 7: study and lab hours shared by the guide's weights.
func (c targetCheck) checkDomains() {
	weights := map[string]float64{}
	var totalWeight float64
	for _, d := range c.t.Domains {
		weights[d.Name] = d.Weight
		totalWeight += d.Weight
	}
	byDomain := map[string]float64{}
	var named float64
	for _, s := range c.ss {
		if isFinalReview(s) {
			continue
		}
		if s.Domain == "" {
			if len(c.t.Domains) > 0 {
				c.fail("rule 7", "%s session on %s names no domain", s.Kind, s.Date)
			}
			continue
		}
		if _, ok := weights[s.Domain]; !ok {
			c.fail("rule 7", "session on %s names %q, not a domain of its guide", s.Date, s.Domain)
		}
		byDomain[s.Domain] += s.Hours
		named += s.Hours
	}
	tolerance := math.Max(0.5, 0.03*named)
	for _, d := range c.t.Domains {
		if want := named * d.Weight / totalWeight; math.Abs(byDomain[d.Name]-want) > tolerance+eps {
			c.fail("rule 7", "%q has %v h, %v h by weight (tolerance %v)", d.Name, byDomain[d.Name], want, tolerance)
		}
	}
}
