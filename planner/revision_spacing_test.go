package planner

import "testing"

// Between two practice exams a learner reviews what the first one showed:
// the days between them are not left empty, and after the last one the
// revision runs up to the exam.
func TestRevisionFollowsEachPracticeExam(t *testing.T) {
	p, err := BuildPlan(goldenInputs(t)["booked-steady-dva"])
	if err != nil {
		t.Fatal(err)
	}
	var practice []Date
	for _, s := range p.Sessions {
		if s.Kind == PracticeSession {
			practice = append(practice, s.Date)
		}
	}
	if len(practice) != 2 {
		t.Fatalf("practice exams on %v, want two", practice)
	}
	reviewsBetween, reviewsAfter := 0, 0
	var last Date
	for _, s := range p.Sessions {
		if s.Kind != ReviewSession {
			continue
		}
		switch {
		case s.Date > practice[0] && s.Date < practice[1]:
			reviewsBetween++
		case s.Date > practice[1]:
			reviewsAfter++
		}
		last = max(last, s.Date)
	}
	if reviewsBetween == 0 || reviewsAfter == 0 {
		t.Fatalf("review sessions: %d between the practice exams (%v), %d after the second", reviewsBetween, practice, reviewsAfter)
	}
	if exam := p.Targets[0].ExamDate; last != exam-1 {
		t.Fatalf("last review on %s, the exam is on %s", last, exam)
	}
}
