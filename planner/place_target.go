package planner

import (
	"fmt"
	"math"
	"slices"
)

// scheduler places targets one after another into a plan.
type scheduler struct {
	cal       *WorkCalendar
	pace      Pace
	labShare  float64
	start     Date
	startUsed quarters // capacity of start already spent (PlanInput.StartUsed)
	horizon   Date     // no session or exam goes past this day
	plan      Plan
}

// place lays one target out from first on (rules 5, 6 and 9) and returns
// its exam date.
func (s *scheduler) place(t PlanTarget, sh targetShares, first Date) (Date, error) {
	tp := TargetPlan{Code: NormalizeCode(t.Code), PrepHours: sh.total.hours(), Feasible: true}
	p := practiceQuarters(t.ExamMinutes)
	items := finalReviewItems(sh.review, p, practiceExams(toQuarters(t.PrepHours), p))
	split := s.longestDay() < p
	segs := sh.segments(t.Domains)
	body := sh.study + sh.lab

	var l layout
	if t.ExamBy.IsZero() {
		var err error
		if l, tp.ExamDate, err = s.layoutUnbooked(first, segs, body, items, split); err != nil {
			return 0, err
		}
	} else {
		tp.ExamDate = t.ExamBy
		win := s.window(first, t.ExamBy)
		var fits bool
		l, fits = s.layoutBooked(win, segs, body, items, split, s.pace)
		if !fits && !split && sumDays(win) >= sh.total {
			// The hours fit but the long days do not fall where a practice
			// exam could take one: split it rather than miss the date.
			l, fits = s.layoutBooked(win, segs, body, items, true, s.pace)
		}
		if !fits {
			tp.Feasible = false
			l = s.layoutAll(win, p, sh.review, sh.total, split, func(body, all quarters) []segment { return s.reshare(t, sh, body, all) })
			msg, earliest, err := s.infeasibleMessage(t, sh, first, win, l.total())
			if err != nil {
				return 0, err
			}
			tp.EarliestExam = earliest
			s.plan.Warnings = append(s.plan.Warnings, Warning{Code: tp.Code, Kind: "infeasible", Message: msg})
		}
	}
	if l.split && len(l.tail) > 0 {
		s.plan.Warnings = append(s.plan.Warnings, Warning{Code: tp.Code, Kind: "practice-split", Message: fmt.Sprintf(
			"%s: the %s practice exam is split over consecutive study days: no study day before the exam has room for all of it.",
			tp.Code, hoursLabel(p.hours()))})
	}
	s.emit(&tp, l)
	s.plan.Targets = append(s.plan.Targets, tp)
	return tp.ExamDate, nil
}

// emit turns a layout into sessions: the body's segments poured in order over
// its days, then the final review.
func (s *scheduler) emit(tp *TargetPlan, l layout) {
	n := len(s.plan.Sessions)
	k, left := 0, quarters(0)
	if len(l.segs) > 0 {
		left = l.segs[0].q
	}
	for _, d := range l.body {
		for free := d.free; free > 0; {
			for left == 0 && k+1 < len(l.segs) {
				k++
				left = l.segs[k].q
			}
			if left == 0 {
				break
			}
			take := min(free, left)
			s.add(Session{Date: d.date, Code: tp.Code, Kind: l.segs[k].kind, Domain: l.segs[k].domain, Hours: take.hours()})
			free -= take
			left -= take
		}
	}
	// One session per kind a day: revision before and after a practice exam
	// on the same day reads as one block after it.
	for i := 0; i < len(l.tail); {
		j, hours := i, map[SessionKind]quarters{}
		var kinds []SessionKind
		for ; j < len(l.tail) && l.tail[j].date == l.tail[i].date; j++ {
			k := l.items[l.tail[j].item].kind
			if hours[k] == 0 {
				kinds = append(kinds, k)
			}
			hours[k] += l.tail[j].q
		}
		slices.SortStableFunc(kinds, func(a, b SessionKind) int { return kindOrder(a) - kindOrder(b) })
		for _, k := range kinds {
			s.add(Session{Date: l.tail[i].date, Code: tp.Code, Kind: k, Hours: hours[k].hours()})
		}
		i = j
	}
	if l.tail != nil {
		tp.FinalReviewStart = l.tail[0].date
	}
	if mine := s.plan.Sessions[n:]; len(mine) > 0 {
		tp.Start, tp.End = mine[0].Date, mine[len(mine)-1].Date
	}
}

// add appends a session, merging it into the previous one when both are the
// same code, kind and domain on the same day.
func (s *scheduler) add(ss Session) {
	if n := len(s.plan.Sessions); n > 0 {
		last := &s.plan.Sessions[n-1]
		if last.Date == ss.Date && last.Code == ss.Code && last.Kind == ss.Kind && last.Domain == ss.Domain {
			last.Hours += ss.Hours
			return
		}
	}
	s.plan.Sessions = append(s.plan.Sessions, ss)
}

// nextStudyDay is the first day from d on with study hours, and those hours.
func (s *scheduler) nextStudyDay(d Date) (Date, quarters, error) {
	for ; d <= s.horizon; d++ {
		if q := s.capacity(d); q > 0 {
			return d, q, nil
		}
	}
	return 0, 0, Invalidf("hours", "the plan needs study days after %s, %d years from its start: add study hours, shorten days off or plan fewer certifications",
		s.horizon, planHorizonYears)
}

// reshare divides the body quarters an infeasible target gets among its
// domains and kinds as a full plan would: domains by the guide's weights
// steered toward the planned shares (rule 7), lab its share of the hours
// scheduled in all (rule 8).
func (s *scheduler) reshare(t PlanTarget, sh targetShares, body, scheduled quarters) []segment {
	lab := min(quarters(math.Round(s.labShare*float64(scheduled))), body)
	part := targetShares{study: body - lab, lab: lab}
	if len(t.Domains) > 0 {
		wish := make([]int64, len(t.Domains))
		for i := range wish {
			wish[i] = int64(sh.domainStudy[i] + sh.domainLab[i])
		}
		perDomain := steer(body, t.Domains, guideWeights(t.Domains), wish)
		part.domainLab = apportion(lab, asWeights(perDomain))
		part.domainStudy = make([]quarters, len(perDomain))
		for i := range perDomain {
			part.domainStudy[i] = perDomain[i] - part.domainLab[i]
		}
	}
	return part.segments(t.Domains)
}

// infeasibleMessage says what is missing before the exam and what would fit
// it: more hours on each study day, or the first exam date the plan could
// keep, which it returns too. fit is what the plan holds before the exam.
func (s *scheduler) infeasibleMessage(t PlanTarget, sh targetShares, first Date, win []day, fit quarters) (string, Date, error) {
	code, need := NormalizeCode(t.Code), sh.total
	p := practiceQuarters(t.ExamMinutes)
	items := finalReviewItems(sh.review, p, practiceExams(toQuarters(t.PrepHours), p))
	_, earliest, err := s.layoutUnbooked(first, sh.segments(t.Domains), sh.study+sh.lab, items, s.longestDay() < p)
	if err != nil {
		return "", 0, err
	}
	if len(win) == 0 {
		return fmt.Sprintf("%s: no study day is left before %s (%s needed). Move the exam to %s or later.",
			code, t.ExamBy, hoursLabel(need.hours()), earliest), earliest, nil
	}
	msg := fmt.Sprintf("%s: %s do not fit before %s (%s available, %s needed).",
		code, hoursLabel((need - fit).hours()), t.ExamBy, hoursLabel(fit.hours()), hoursLabel(need.hours()))
	days := quarters(len(win))
	perDay := (need + days - 1) / days
	if perDay.hours() <= 24 {
		on := fmt.Sprintf("each of your %d study days", len(win))
		if len(win) == 1 {
			on = "your one study day"
		}
		return msg + fmt.Sprintf(" Study %s on %s, or move the exam to %s or later.", hoursLabel(perDay.hours()), on, earliest), earliest, nil
	}
	return msg + fmt.Sprintf(" Move the exam to %s or later.", earliest), earliest, nil
}

// setStartTimes gives each session on a weekday with a start time its own
// start: the day's start plus the sessions before it that day.
func setStartTimes(ss []Session, times WeekTimes) {
	var day Date
	offset := 0
	for i := range ss {
		if ss[i].Date != day {
			day, offset = ss[i].Date, 0
		}
		start, ok := times.minutes(int(ss[i].Date.Weekday()))
		if !ok {
			continue
		}
		ss[i].At = clockLabel(start + offset)
		offset += int(ss[i].Hours * 60)
	}
}

// kindOrder puts a day's practice exam before its revision.
func kindOrder(k SessionKind) int {
	if k == PracticeSession {
		return 0
	}
	return 1
}
