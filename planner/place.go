package planner

import (
	"math"
	"slices"
)

// day is a study day and the quarters a plan may use on it (or, in a
// layout, the quarters it gives the body on it).
type day struct {
	date Date
	free quarters
}

// tailPiece is part of a final review item on one day.
type tailPiece struct {
	date Date
	item int // index into the layout's items
	q    quarters
}

// layout is where one target's hours go: the body (study and lab, poured in
// segment order over the body days) and then the final review.
type layout struct {
	body  []day
	segs  []segment
	items []tailItem
	tail  []tailPiece // in date order, then item order
	split bool        // a practice exam spread over consecutive days
}

func (l layout) bodyTotal() quarters { return sumDays(l.body) }

func (l layout) total() quarters {
	q := l.bodyTotal()
	for _, p := range l.tail {
		q += p.q
	}
	return q
}

func sumDays(days []day) quarters {
	var q quarters
	for _, d := range days {
		q += d.free
	}
	return q
}

// capacity is the quarters a plan may use on d: the calendar's, less what
// was already spent on the plan's first day.
func (s *scheduler) capacity(d Date) quarters {
	q := s.cal.quartersOn(d)
	if d == s.start {
		q = max(q-s.startUsed, 0)
	}
	return q
}

// window lists the study days from from up to, not including, until.
func (s *scheduler) window(from, until Date) []day {
	var out []day
	for d := from; d < until; d++ {
		if q := s.capacity(d); q > 0 {
			out = append(out, day{d, q})
		}
	}
	return out
}

// longestDay is the most hours any weekday has.
func (s *scheduler) longestDay() quarters { return slices.Max(s.cal.week[:]) }

// isBreak reports whether days off or holidays lie strictly between a and b
// on weekdays that otherwise have hours: a gap the week itself does not make.
func (s *scheduler) isBreak(a, b Date) bool {
	for d := a + 1; d < b; d++ {
		if s.cal.week[d.Weekday()] > 0 && s.cal.quartersOn(d) == 0 {
			return true
		}
	}
	return false
}

// pourTail lays the final review items over the days next yields, taking
// items in the order given (forward, or reversed when filling backward from
// an exam). Unless split, a practice exam needs one day with room for all
// of it and a day of its own: a shorter day goes to the revision that
// follows it in that order, or stays free when none is left. It reports false when the days run out.
func pourTail(items []tailItem, order []int, split bool, next func() (day, bool)) ([]tailPiece, bool) {
	left := make([]quarters, len(items))
	for i, it := range items {
		left[i] = it.q
	}
	var out []tailPiece
	k, practiceDay := 0, Date(0)
	for {
		for k < len(order) && left[order[k]] == 0 {
			k++
		}
		if k == len(order) {
			break
		}
		d, ok := next()
		if !ok {
			return out, false
		}
		for d.free > 0 && k < len(order) {
			i := order[k]
			if items[i].kind == PracticeSession && !split && (d.free < left[i] || d.date == practiceDay) {
				j := slices.IndexFunc(order[k+1:], func(j int) bool { return items[j].kind == ReviewSession && left[j] > 0 })
				if j < 0 {
					break
				}
				j = order[k+1+j]
				take := min(d.free, left[j])
				out = append(out, tailPiece{d.date, j, take})
				left[j] -= take
				d.free -= take
				continue
			}
			take := min(d.free, left[i])
			out = append(out, tailPiece{d.date, i, take})
			left[i] -= take
			d.free -= take
			for k < len(order) && left[order[k]] == 0 {
				k++
			}
			if items[i].kind == PracticeSession {
				practiceDay = d.date // one practice exam a day
			}
		}
	}
	slices.SortStableFunc(out, func(a, b tailPiece) int {
		if a.date != b.date {
			return int(a.date - b.date)
		}
		return a.item - b.item
	})
	return out, true
}

// forwardOrder and backwardOrder list n item indices first to last and last to first.
func forwardOrder(n int) []int {
	o := make([]int, n)
	for i := range o {
		o[i] = i
	}
	return o
}

func backwardOrder(n int) []int {
	o := forwardOrder(n)
	slices.Reverse(o)
	return o
}

// daysFrom yields days in order from a slice, last to first when backward.
func daysFrom(days []day, backward bool) func() (day, bool) {
	i, step := 0, 1
	if backward {
		i, step = len(days)-1, -1
	}
	return func() (day, bool) {
		if i < 0 || i >= len(days) {
			return day{}, false
		}
		d := days[i]
		i += step
		return d, true
	}
}

// pack gives body quarters to days in order, each day filled before the next.
func pack(days []day, body quarters) []day {
	var out []day
	for _, d := range days {
		if body == 0 {
			break
		}
		take := min(d.free, body)
		out = append(out, day{d.date, take})
		body -= take
	}
	return out
}

// layoutUnbooked is rule 5: the body packed from first, then the final
// review; when a break would part two final review days, or the last one
// from the exam, by a week or more, the final review starts after the break.
// It returns the layout and the exam date: the next study day after it.
func (s *scheduler) layoutUnbooked(first Date, segs []segment, body quarters, items []tailItem, split bool) (layout, Date, error) {
	l := layout{segs: segs, items: items, split: split}
	from, fromFree := first, quarters(-1) // -1: the day's whole capacity
	for d := first; body > 0; {
		dd, free, err := s.nextStudyDay(d)
		if err != nil {
			return l, 0, err
		}
		take := min(free, body)
		l.body = append(l.body, day{dd, take})
		body -= take
		from, fromFree, d = dd, free-take, dd+1
	}
	if fromFree == 0 {
		from, fromFree = from+1, -1
	}
	for {
		var err error
		d, free := from, fromFree
		next := func() (day, bool) {
			if free < 0 {
				var f quarters
				if d, f, err = s.nextStudyDay(d); err != nil {
					return day{}, false
				}
				free = f
			}
			out := day{d, free}
			d, free = d+1, -1
			return out, true
		}
		tail, ok := pourTail(items, forwardOrder(len(items)), split, next)
		if !ok {
			return l, 0, err
		}
		after := from
		if len(tail) > 0 {
			after = tail[len(tail)-1].date + 1
		} else if len(l.body) > 0 {
			after = l.body[len(l.body)-1].date + 1
		}
		exam, _, err := s.nextStudyDay(after)
		if err != nil {
			return l, 0, err
		}
		days := tailDays(tail)
		if len(tail) > 0 {
			days = append(days, exam)
		}
		moved := false
		for i := 1; i < len(days); i++ {
			if days[i]-days[i-1] >= 7 && s.isBreak(days[i-1], days[i]) {
				from, fromFree, moved = days[i], -1, true
				break
			}
		}
		if !moved {
			l.tail = tail
			return l, exam, nil
		}
	}
}

// tailDays lists the distinct days of a final review, in order.
func tailDays(tail []tailPiece) []Date {
	var out []Date
	for _, p := range tail {
		if len(out) == 0 || out[len(out)-1] != p.date {
			out = append(out, p.date)
		}
	}
	return out
}

// layoutBooked is rule 6: everything before the exam, the final review in
// the study days just before it, the body before that: spread evenly
// (Steady) or packed from first (ASAP). It reports false when the hours do
// not fit; the layout is then empty.
func (s *scheduler) layoutBooked(win []day, segs []segment, body quarters, items []tailItem, split bool, pace Pace) (layout, bool) {
	l := layout{segs: segs, items: items, split: split}
	tail, ok := pourTail(items, backwardOrder(len(items)), split, daysFrom(win, true))
	if ok {
		cut := len(win) // the body's days are win[:cut], the last one perhaps shared
		room := slices.Clone(win)
		if len(tail) > 0 {
			cut = slices.IndexFunc(win, func(d day) bool { return d.date == tail[0].date })
			for _, p := range tail {
				if p.date == win[cut].date {
					room[cut].free -= p.q
				}
			}
			if room[cut].free > 0 {
				cut++
			}
		}
		bodyDays := room[:cut]
		if sumDays(bodyDays) >= body {
			if pace == ASAP {
				l.body = pack(bodyDays, body)
			} else {
				l.body = s.spreadEvenly(win, bodyDays, body, tail)
			}
			l.tail = tail
			if !split {
				l.tail = spaceRevision(tail, items, win)
			}
			return l, true
		}
	}
	// The final review could not keep to the last days: pack everything.
	l.body = pack(win, body)
	rest := slices.Clone(win[len(l.body):])
	if n := len(l.body); n > 0 && l.body[n-1].free < win[n-1].free {
		rest = append([]day{{win[n-1].date, win[n-1].free - l.body[n-1].free}}, rest...)
	}
	if sumDays(l.body) < body {
		return layout{}, false
	}
	if l.tail, ok = pourTail(items, forwardOrder(len(items)), split, daysFrom(rest, false)); !ok {
		return layout{}, false
	}
	return l, true
}

// spreadEvenly shares body quarters over bodyDays in proportion to their
// hours, so that no week goes without study, and keeps either half of the
// window's hours (win) between 45% and 55% of the target's hours when the
// window has half as much time again as the target needs.
func (s *scheduler) spreadEvenly(win, bodyDays []day, body quarters, tail []tailPiece) []day {
	available := sumDays(win)
	var tailQ, tailFirst quarters
	halfEnd := Date(0) // first day of the second half
	var cum quarters
	for _, d := range win {
		cum += d.free
		if 2*cum > available {
			halfEnd = d.date
			break
		}
	}
	for _, p := range tail {
		tailQ += p.q
		if p.date < halfEnd {
			tailFirst += p.q
		}
	}
	cut := 0
	var bodyCap, firstCap quarters
	for _, d := range bodyDays {
		bodyCap += d.free
		if d.date < halfEnd {
			cut++
			firstCap += d.free
		}
	}
	h1 := float64(body) * float64(firstCap) / float64(bodyCap)
	if total := float64(body + tailQ); 2*available >= 3*(body+tailQ) {
		h1 = math.Max(0.45*total, math.Min(0.55*total, h1+float64(tailFirst))) - float64(tailFirst)
	}
	h1 = math.Max(float64(body-(bodyCap-firstCap)), math.Min(float64(firstCap), h1))
	return spread(bodyDays, body, cut, h1)
}

// spread gives body quarters to days so that days[:cut] get about h1 of
// them, each part evenly by the days' hours. Sessions are at least an hour
// (less only for a small body over many weeks), in half hours where they
// can be, and no seven study days in a row go without one.
func spread(days []day, body quarters, cut int, h1 float64) []day {
	n := len(days)
	cum := make([]float64, n+1)
	for i, d := range days {
		cum[i+1] = cum[i] + float64(d.free)
	}
	ideal := func(i int) float64 { // quarters due by the end of days[i]
		c := cum[i+1]
		if c <= cum[cut] {
			return h1 * c / cum[cut]
		}
		return h1 + (float64(body)-h1)*(c-cum[cut])/(cum[n]-cum[cut])
	}
	minSession := clamp(body/quarters(max(1, (n+6)/7)), 1, quartersPerHour)
	out := make([]day, 0, n)
	var placed quarters
	idle := 0
	capAfter := quarters(cum[n])
	for i, d := range days {
		capAfter -= d.free
		left := body - placed
		if left == 0 {
			break
		}
		reserve := min(quarters((n-1-i)/7), left)
		take := quarters(0)
		if owed := ideal(i) - float64(placed); owed >= float64(minSession) {
			take = 2 * quarters(math.Round(owed/2))
		} else if idle >= 6 {
			take = minSession
		}
		take = min(max(min(take, d.free, left-reserve), left-capAfter, 0), left)
		if take == 0 {
			idle++
			continue
		}
		out = append(out, day{d.date, take})
		placed += take
		idle = 0
	}
	return out
}

// layoutAll is an infeasible booked exam: every study hour before it is
// used, the last days for a final review (one practice exam and revision)
// of the target's total quarters,
// the days before them for study and lab shared as reshare says.
func (s *scheduler) layoutAll(win []day, p, review, total quarters, split bool, reshare func(body, all quarters) []segment) layout {
	// The final review shrinks with the time: one practice exam at least,
	// and the planned review's share of what fits.
	available := sumDays(win)
	want := min(available, review, max(p, review*available/max(total, 1)))
	r := len(win)
	var region quarters
	if want > 0 {
		r = 0
		for i := len(win) - 1; i >= 0; i-- {
			region += win[i].free
			if region >= want && (split || win[i].free >= p) {
				r = i
				break
			}
		}
		region = sumDays(win[r:])
	}
	l := layout{body: slices.Clone(win[:r]), segs: reshare(available-region, available)}
	if region == 0 {
		return l
	}
	practice := min(p, region)
	l.split = split || win[r].free < practice
	l.items = []tailItem{{PracticeSession, practice}}
	if region > practice {
		l.items = append(l.items, tailItem{ReviewSession, region - practice})
	}
	l.tail, _ = pourTail(l.items, backwardOrder(len(l.items)), l.split, daysFrom(win[r:], true))
	return l
}
