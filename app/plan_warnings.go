package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planWarnings sits above the calendar and lists what the learner should know
// about the plan (an exam date that cannot be kept, one that has passed),
// each with a button that applies the fix the message suggests. A plan that
// could not be computed at all shows its error here instead.
type planWarnings struct {
	// setExamBy changes a target's exam date; zero clears it.
	setExamBy func(code string, d planner.Date)
	box       *fyne.Container
	notices   []*warningNotice // one per warning, in plan order
	fixes     []*widget.Button // the fix buttons shown, in the same order
}

func newPlanWarnings(setExamBy func(code string, d planner.Date)) *planWarnings {
	return &planWarnings{setExamBy: setExamBy, box: container.NewVBox()}
}

// show replaces the banners with those of a newly computed plan.
func (w *planWarnings) show(p planner.Plan, planErr error) {
	w.box.Objects = w.box.Objects[:0]
	w.notices = w.notices[:0]
	w.fixes = w.fixes[:0]
	if planErr != nil {
		w.add(lang.L("The plan cannot be computed:")+" "+planErr.Error(), nil)
	}
	for _, warn := range p.Warnings {
		w.add(warn.Message, w.fixFor(warn, p))
	}
	w.box.Refresh()
}

// fixFor is the button that applies a warning's suggested fix, or nil when
// the fix is the learner's own choice (more hours a day, fewer targets).
func (w *planWarnings) fixFor(warn planner.Warning, p planner.Plan) *widget.Button {
	switch warn.Kind {
	case "infeasible":
		for _, t := range p.Targets {
			if t.Code == warn.Code && !t.EarliestExam.IsZero() {
				code, date := t.Code, t.EarliestExam
				return widget.NewButton(fmt.Sprintf(lang.L("Move exam to %s"), planLongDay(date)),
					func() { w.setExamBy(code, date) })
			}
		}
	case "exam-passed":
		code := warn.Code
		return widget.NewButton(lang.L("Clear exam date"), func() { w.setExamBy(code, 0) })
	}
	return nil
}

func (w *planWarnings) add(message string, fix *widget.Button) {
	notice := newWarningNotice()
	notice.SetText(message)
	w.notices = append(w.notices, notice)
	if fix == nil {
		w.box.Add(notice)
		return
	}
	w.fixes = append(w.fixes, fix)
	w.box.Add(container.NewBorder(nil, nil, nil, container.NewCenter(fix), notice))
}
