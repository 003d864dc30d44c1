package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// examRisk is a booked exam the plan cannot prepare for in time: the
// planner's own warning, word for word as the Plan screen and the command
// line give it, and the earliest date the same hours would make.
type examRisk struct {
	Code     string
	Message  string
	Earliest planner.Date
}

// examRisks are the infeasible targets of p, by code.
func examRisks(p planner.Plan) map[string]examRisk {
	out := map[string]examRisk{}
	for _, w := range p.Warnings {
		if w.Kind == "infeasible" {
			out[w.Code] = examRisk{Code: w.Code, Message: w.Message}
		}
	}
	for _, t := range p.Targets {
		if r, ok := out[t.Code]; ok {
			r.Earliest = t.EarliestExam
			out[t.Code] = r
		}
	}
	return out
}

// examRiskView shows a risk's message with its one-click fixes: move the
// exam to the earliest date that fits, or open the Plan screen to add hours.
type examRiskView struct {
	message *widget.Label
	move    *widget.Button // nil when the planner found no date that fits
	addTime *widget.Button
	box     *fyne.Container
}

func newExamRiskView(u *UI, r examRisk) *examRiskView {
	v := &examRiskView{message: widget.NewLabel(r.Message)}
	v.message.Importance = widget.DangerImportance
	v.message.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox()
	if !r.Earliest.IsZero() {
		code, date := r.Code, r.Earliest
		v.move = widget.NewButton(fmt.Sprintf(lang.L("Move exam to %s"), planLongDay(date)), func() { u.moveExam(code, date) })
		buttons.Add(v.move)
	}
	v.addTime = widget.NewButton(lang.L("Add study hours…"), func() {
		u.selectScreen(planTab)
	})
	buttons.Add(v.addTime)
	v.box = container.NewVBox(v.message, buttons)
	return v
}

// moveExam books code's exam on d and redraws every screen.
func (u *UI) moveExam(code string, d planner.Date) {
	svc := u.deps.Service
	ts, err := svc.Targets()
	if err != nil {
		u.showError(err)
		return
	}
	for _, t := range ts {
		if t.Code == code {
			t.ExamBy = d
			if err := svc.UpdateTarget(t); err != nil {
				u.showError(err)
				return
			}
		}
	}
	u.targetsChanged()
}
