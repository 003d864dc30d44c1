package planner

import "slices"

// minRevisionSession is the shortest revision session spaceRevision makes:
// half an hour, a useful evening's review of weak points.
const minRevisionSession quarters = 2

// spaceRevision spreads each revision item that follows a practice exam over
// the days between that exam and the next one (or the exam itself), instead
// of leaving them where a backward pour stacked them: a learner reviews what
// a practice exam showed in the days after it, not all at once a week later.
// The sessions are at least half an hour, evenly spaced, and the last falls
// on the last free day of the span, so the final review still ends just
// before the exam. Revision before the first practice exam stays as it is.
// When the free days cannot hold an item, it keeps its place.
func spaceRevision(tail []tailPiece, items []tailItem, win []day) []tailPiece {
	if len(win) == 0 {
		return tail
	}
	practiceOn := map[int]Date{} // practice item -> its day
	for _, p := range tail {
		if items[p.item].kind == PracticeSession {
			practiceOn[p.item] = p.date
		}
	}
	end := win[len(win)-1].date + 1 // the exam day, or past the window
	for i, it := range items {
		if it.kind != ReviewSession {
			continue
		}
		// The span: after the practice exam before this item (in the
		// order the final review is taken), up to the next one or the end.
		from, to := Date(0), end
		for j := i - 1; j >= 0 && from == 0; j-- {
			from = practiceOn[j]
		}
		for j := i + 1; j < len(items) && to == end; j++ {
			if d, ok := practiceOn[j]; ok {
				to = d
			}
		}
		if from == 0 || from >= to {
			continue // revision before the first practice exam
		}
		var mine, rest []tailPiece
		for _, p := range tail {
			if p.item == i {
				mine = append(mine, p)
			} else {
				rest = append(rest, p)
			}
		}
		if len(mine) == 0 {
			continue
		}
		if spaced, ok := spread1(mine, i, from, to, win, rest); ok {
			tail = append(rest, spaced...)
		}
	}
	slices.SortStableFunc(tail, func(a, b tailPiece) int {
		if a.date != b.date {
			return int(a.date - b.date)
		}
		return a.item - b.item
	})
	return tail
}

// spread1 lays item's quarters over the free days strictly between from and
// to that hold no other piece of the final review.
func spread1(mine []tailPiece, item int, from, to Date, win []day, others []tailPiece) ([]tailPiece, bool) {
	var total quarters
	for _, p := range mine {
		total += p.q
	}
	busy := map[Date]bool{}
	for _, p := range others {
		busy[p.date] = true
	}
	var free []day
	for _, d := range win {
		if d.date > from && d.date < to && !busy[d.date] && d.free > 0 {
			free = append(free, d)
		}
	}
	k := min(len(free), int(max(1, total/minRevisionSession)))
	if k == 0 {
		return nil, false
	}
	// k days evenly spaced, the last one always the last free day.
	chosen := make([]day, k)
	for j := range k {
		chosen[j] = free[len(free)-1-(k-1-j)*(len(free)-1)/max(1, k-1)]
		if k == 1 {
			chosen[j] = free[len(free)-1]
		}
	}
	shares := apportion(total, make1s(k))
	out := make([]tailPiece, 0, k)
	for j, d := range chosen {
		if shares[j] > d.free {
			return nil, false
		}
		if shares[j] > 0 {
			out = append(out, tailPiece{d.date, item, shares[j]})
		}
	}
	return out, true
}
