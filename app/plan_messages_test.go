package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// A field's message clears as soon as the text is right, while the learner
// is still typing, and follows the text while it is still wrong.
func TestPlanMessagesClearAsSoonAsTheFieldIsValid(t *testing.T) {
	u, svc, _ := newPlanTestUI(t)
	planThreeTargets(t, svc)
	u.planScreen().refresh()

	c := u.planScreen().avail
	mon := c.hours[time.Monday]
	planEnter(mon, "1.3")
	planWantMessage(t, c.hoursError, "multiple of 0.25")
	test.Type(mon, "5") // 1.35: still wrong, still said
	planWantMessage(t, c.hoursError, "multiple of 0.25")
	mon.SetText("2.5")
	if hasPlanFieldError(c.hoursError) {
		t.Fatalf("the message stayed once the hours were valid: %q", c.hoursError.Text)
	}

	row := u.planScreen().targets.order[0]
	planEnter(row.prep, "lots")
	planWantMessage(t, row.prepError, "not a number")
	row.prep.SetText("4000")
	planWantMessage(t, row.prepError, "2000")
	row.prep.SetText("80")
	if hasPlanFieldError(row.prepError) {
		t.Fatalf("the prep message stayed: %q", row.prepError.Text)
	}

	planEnter(row.examBy.entry, "2026-02-30")
	planWantMessage(t, row.examError, "February 2026 has no 30th day")
	row.examBy.entry.SetText("2026-11-01")
	planWantMessage(t, row.examError, "after today")
	row.examBy.entry.SetText("2027-05-03")
	if hasPlanFieldError(row.examError) {
		t.Fatalf("the exam date message stayed: %q", row.examError.Text)
	}
}
