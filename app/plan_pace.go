package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planPaceEditor edits how a plan with a booked exam uses the time up to it
// (the pace) and when study starts on each weekday. The start times sit in
// the hours grid, one entry under each weekday's hours.
type planPaceEditor struct {
	c *planAvailabilityCard

	pace        *widget.RadioGroup
	paceHint    *widget.Label
	paceError   *widget.Label
	times       [7]*planEntry // indexed by time.Weekday
	timesErrs   [7]error
	timesError  *widget.Label
	timesStated *widget.Label // the saved times in words, under the grid
}

func newPlanPaceEditor(c *planAvailabilityCard) *planPaceEditor {
	e := &planPaceEditor{c: c}
	e.pace = widget.NewRadioGroup(planPaceLabels(), e.choosePace)
	e.pace.Required = true
	e.paceHint = planHint("")
	e.paceError = newPlanFieldMessage()
	for wd := range e.times {
		e.times[wd] = newPlanEntry("HH:MM", func(text string) { e.commitTime(time.Weekday(wd), text) })
	}
	e.timesError = newPlanFieldMessage()
	e.timesStated = planCaption("")
	return e
}

// paceBox is the pace picker with the line that explains the chosen pace.
func (e *planPaceEditor) paceBox() fyne.CanvasObject {
	return container.NewVBox(e.pace, e.paceHint, e.paceError)
}

// show fills the editors from saved availability; a time field showing an
// error keeps the learner's text unless force.
func (e *planPaceEditor) show(a planner.Availability, force bool) {
	pace := planPaceOf(a)
	if force {
		showPlanFieldError(e.paceError, nil)
	}
	if label := planPaceLabel(pace); e.pace.Selected != label {
		e.pace.SetSelected(label)
	}
	e.paceHint.SetText(planPaceExplanation(pace))
	for wd, entry := range e.times {
		if force {
			e.timesErrs[wd] = nil
		}
		if e.timesErrs[wd] == nil {
			entry.accept(a.StartTimes[wd])
		}
	}
	e.showTimeErrors()
	e.timesStated.SetText(planStartTimesText(a.StartTimes))
}

func (e *planPaceEditor) choosePace(label string) {
	pace := planPaceFromLabel(label)
	if pace == "" {
		return
	}
	if a, err := e.c.s.svc().Availability(); err == nil && planPaceOf(a) == pace {
		return // the group is showing the saved value, not a change
	}
	e.c.save(e.paceError, func(a *planner.Availability) error {
		a.Pace = pace
		return nil
	})
}

// commitTime saves one weekday's start time; empty means no time that day.
// Each weekday keeps its own problem, as the hours do.
func (e *planPaceEditor) commitTime(wd time.Weekday, text string) {
	text = strings.TrimSpace(text)
	a, err := e.c.s.svc().Availability()
	if err == nil {
		a.StartTimes[wd] = text
		if err = a.StartTimes.Validate(); err == nil {
			err = e.c.s.svc().SetAvailability(a)
		}
	}
	e.timesErrs[wd] = err
	e.showTimeErrors()
	if err != nil {
		e.times[wd].reject()
		return
	}
	e.c.s.reload(false)
}

func (e *planPaceEditor) showTimeErrors() {
	var msgs []string
	for _, wd := range planWeekOrder {
		if err := e.timesErrs[wd]; err != nil {
			msgs = append(msgs, planSentence(err.Error()))
		}
	}
	if len(msgs) == 0 {
		showPlanFieldError(e.timesError, nil)
		return
	}
	e.timesError.SetText(strings.Join(msgs, "\n"))
	e.timesError.Show()
}

// planPaceOf is the saved pace, Steady when none was ever chosen.
func planPaceOf(a planner.Availability) planner.Pace {
	if a.Pace == "" {
		return planner.Steady
	}
	return a.Pace
}

// planPaceLabels name planner.Paces() in the same order.
func planPaceLabels() []string {
	out := make([]string, 0, len(planner.Paces()))
	for _, p := range planner.Paces() {
		out = append(out, planPaceLabel(p))
	}
	return out
}

func planPaceLabel(p planner.Pace) string {
	if p == planner.ASAP {
		return lang.L("As soon as possible")
	}
	return lang.L("Steady")
}

func planPaceFromLabel(label string) planner.Pace {
	for _, p := range planner.Paces() {
		if planPaceLabel(p) == label {
			return p
		}
	}
	return ""
}

// planPaceExplanation is the one line under the picker that says what the
// chosen pace does with a booked exam.
func planPaceExplanation(p planner.Pace) string {
	if p == planner.ASAP {
		return lang.L("With a booked exam: study as early as possible, final review just before the exam.")
	}
	return lang.L("With a booked exam: study spread evenly over the days up to it.")
}

// planStartTimesText reads "Study starts Mon 19:00 · Sat 09:00", or says
// sessions are all-day when no weekday has a time.
func planStartTimesText(w planner.WeekTimes) string {
	var parts []string
	for _, wd := range planWeekOrder {
		if w[wd] != "" {
			parts = append(parts, weekdayName(wd)+" "+w[wd])
		}
	}
	if len(parts) == 0 {
		return lang.L("No start times: sessions are all-day events in an exported calendar.")
	}
	return lang.L("Study starts") + " " + strings.Join(parts, " · ")
}
