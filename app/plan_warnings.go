package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// warningArea sits above the calendar and lists what the learner should know
// about the plan (an exam date that cannot be kept, one that has passed),
// each with a button that applies the fix the message suggests. A plan that
// could not be computed at all shows its error here instead.
type warningArea struct {
	// setExamBy changes a target's exam date; zero clears it.
	setExamBy func(code string, d planner.Date)
	box       *fyne.Container
	messages  []*widget.Label // one per banner, for tests and screen readers
}

func newWarningArea(setExamBy func(code string, d planner.Date)) *warningArea {
	return &warningArea{setExamBy: setExamBy, box: container.NewVBox()}
}

// show replaces the banners with those of a newly computed plan.
func (w *warningArea) show(p planner.Plan, planErr error) {
	w.box.Objects = w.box.Objects[:0]
	w.messages = w.messages[:0]
	if planErr != nil {
		w.add(theme.ErrorIcon(), lang.L("The plan cannot be computed:")+" "+planErr.Error(), nil)
	}
	for _, warn := range p.Warnings {
		w.add(theme.WarningIcon(), warn.Message, w.fixFor(warn, p))
	}
	w.box.Refresh()
}

// fixFor is the button that applies a warning's suggested fix, or nil when
// the fix is the learner's own choice (more hours a day, fewer targets).
func (w *warningArea) fixFor(warn planner.Warning, p planner.Plan) *widget.Button {
	switch warn.Kind {
	case "infeasible":
		for _, t := range p.Targets {
			if t.Code == warn.Code && !t.ExamDate.IsZero() {
				code, date := t.Code, t.ExamDate
				return widget.NewButton(fmt.Sprintf(lang.L("Move exam to %s"), longDay(date)),
					func() { w.setExamBy(code, date) })
			}
		}
	case "exam-passed":
		code := warn.Code
		return widget.NewButton(lang.L("Clear exam date"), func() { w.setExamBy(code, 0) })
	}
	return nil
}

func (w *warningArea) add(icon fyne.Resource, message string, fix *widget.Button) {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	w.messages = append(w.messages, text)
	var action fyne.CanvasObject
	if fix != nil {
		action = container.NewCenter(fix)
	}
	background := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	background.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	background.StrokeColor = theme.Color(theme.ColorNameWarning)
	background.StrokeWidth = 1
	row := container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(icon)), action, text)
	w.box.Add(container.NewStack(background, container.NewPadded(row)))
}
