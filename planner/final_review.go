package planner

// The final review is the last part of every target's plan: revision, then
// full-length practice exams, each followed by revision of what it showed,
// after all study and labs and just before the exam.
//
// Its hours are ReviewShare of prep, but never less than the practice exams
// and half as long again for going over their answers: a practice exam taken
// without reviewing the answers teaches little. Two practice exams are
// planned when both fit in PracticeShare of prep, else one. Labs come first:
// the final review never takes hours the lab share needs.

// ReviewShare of a target's prep is the least the final review gets: exam
// guides and community plans advise a final week or two of practice tests
// and revision, about a tenth of the preparation.
const ReviewShare = 0.10

// PracticeShare of prep is what two practice exams may take at most; above
// it a second practice exam would crowd out study.
const PracticeShare = 0.15

// DefaultExamMinutes is the practice exam length for an exam whose duration
// is unknown (badges): the shortest AWS certification exam.
const DefaultExamMinutes = 90

// ReviewHours is the part of prep the plan keeps for the final review of an
// exam lasting examMinutes (0: unknown): practice exams and revision.
func ReviewHours(prep, labShare float64, examMinutes int) float64 {
	q := toQuarters(prep)
	p := practiceQuarters(examMinutes)
	n := quarters(practiceExams(q, p))
	want := max(toQuarters(ReviewShare*prep), (3*n*p+1)/2)
	return max(0, min(want, q-toQuarters(labShare*prep))).hours()
}

// PracticeHours is the length of one full-length practice exam: the exam's
// duration rounded up to a quarter hour.
func PracticeHours(examMinutes int) float64 { return practiceQuarters(examMinutes).hours() }

func practiceQuarters(examMinutes int) quarters {
	if examMinutes <= 0 {
		examMinutes = DefaultExamMinutes
	}
	return quarters((examMinutes*quartersPerHour + 59) / 60)
}

// practiceExams is how many practice exams of p quarters a prep of q
// quarters holds: two when they fit in PracticeShare of it.
func practiceExams(q, p quarters) int {
	if float64(2*p) <= PracticeShare*float64(q)+1e-9 {
		return 2
	}
	return 1
}

// tailItem is one part of a final review, in the order it is taken.
type tailItem struct {
	kind SessionKind
	q    quarters
}

// finalReviewItems divides review quarters into practice exams of p quarters
// and revision: some revision first, then each practice exam followed by
// its share of the rest. The revision around the practice exams fills the
// days too short for one. When the review cannot hold the planned count (a
// re-plan with little left) it holds fewer; when it cannot hold one, the one
// practice session is all of it.
func finalReviewItems(review, p quarters, planned int) []tailItem {
	if review <= 0 {
		return nil
	}
	n := min(quarters(planned), review/p)
	if n == 0 {
		return []tailItem{{PracticeSession, review}}
	}
	revision := apportion(review-n*p, make1s(int(n)+1))
	items := make([]tailItem, 0, 2*n+1)
	for i, r := range revision {
		if i > 0 {
			items = append(items, tailItem{PracticeSession, p})
		}
		if r > 0 {
			items = append(items, tailItem{ReviewSession, r})
		}
	}
	return items
}

func make1s(n int) []int64 {
	w := make([]int64, n)
	for i := range w {
		w[i] = 1
	}
	return w
}
