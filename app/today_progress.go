package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todayProgress shows where the learner stands on each target: hours
// logged against the prep estimate, ahead of or behind the plan, what
// remains, when the exam falls, the lab share and each domain.
type todayProgress struct {
	ui    *UI
	list  *fyne.Container
	empty *widget.Label
	box   fyne.CanvasObject
	shown []*targetProgress
}

func newTodayProgress(u *UI) *todayProgress {
	p := &todayProgress{ui: u, list: container.NewVBox(), empty: widget.NewLabel(lang.L("No targets yet. Add the certifications you are preparing for on the Plan tab."))}
	p.empty.Wrapping = fyne.TextWrapWord
	p.box = container.NewVBox(p.empty, p.list)
	return p
}

// show rebuilds one block per target; a learner has a handful at most.
// risks are the plan's warnings about booked exams it cannot make.
func (p *todayProgress) show(targets []planner.TargetStatus, risks map[string]examRisk) {
	p.list.RemoveAll()
	p.shown = p.shown[:0]
	p.empty.Hidden = len(targets) > 0
	for i, t := range targets {
		if i > 0 {
			p.list.Add(widget.NewSeparator())
		}
		tp := newTargetProgress(t)
		if r, ok := risks[t.Code]; ok {
			tp.risk = newExamRiskView(p.ui, r)
			tp.parts.Add(tp.risk.box)
		}
		p.shown = append(p.shown, tp)
		p.list.Add(tp.box)
	}
	p.empty.Refresh()
}

// targetProgress is one target's block.
type targetProgress struct {
	status  planner.TargetStatus
	title   *widget.Label
	pace    *widget.Label // behind, ahead or on track
	bar     *widget.ProgressBar
	facts   *widget.Label
	exam    *widget.Label
	labs    *widget.Label
	domains *domainChart
	risk    *examRiskView // the plan's warning and fixes when the exam date cannot be made
	parts   *fyne.Container
	box     fyne.CanvasObject
}

func newTargetProgress(t planner.TargetStatus) *targetProgress {
	tp := &targetProgress{status: t}
	title := t.Code
	if t.Name != "" {
		title += " · " + t.Name
	}
	tp.title = widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	tp.title.Truncation = fyne.TextTruncateEllipsis
	tp.pace = widget.NewLabelWithStyle(paceText(t.BehindHours), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	switch {
	case t.BehindHours > 0.005:
		tp.pace.Importance = widget.WarningImportance
	case t.BehindHours < -0.005:
		tp.pace.Importance = widget.SuccessImportance
	}

	tp.bar = widget.NewProgressBar()
	tp.bar.TextFormatter = func() string {
		share := 0.0
		if t.PrepHours > 0 {
			share = t.LoggedHours / t.PrepHours
		}
		return fmt.Sprintf(lang.L("%s of %s logged (%s)"), fmtNumber(t.LoggedHours), fmtHours(t.PrepHours), fmtPercent(share))
	}
	tp.bar.Max = max(t.PrepHours, 0.01)
	tp.bar.SetValue(min(t.LoggedHours, tp.bar.Max))

	tp.facts = widget.NewLabel(fmt.Sprintf(lang.L("Planned to date %s · %s remaining"), fmtHours(t.PlannedToDateHours), fmtHours(t.RemainingHours)))
	tp.exam = widget.NewLabel(examText(t))
	tp.exam.Wrapping = fyne.TextWrapWord
	if !t.Feasible {
		tp.exam.Importance = widget.DangerImportance
	}
	tp.labs = widget.NewLabel(labShareText(t))
	tp.domains = newDomainChart()
	tp.domains.SetDomains(t.Domains)

	head := container.NewBorder(nil, nil, nil, tp.pace, tp.title)
	parts := []fyne.CanvasObject{head, tp.bar, container.NewGridWithColumns(2, tp.facts, tp.labs), tp.exam}
	if len(t.Domains) > 0 {
		parts = append(parts, container.NewPadded(tp.domains))
	}
	tp.parts = container.NewVBox(parts...)
	tp.box = tp.parts
	return tp
}

// paceText reads "3.5 h behind", "2 h ahead" or "on track".
func paceText(behind float64) string {
	switch {
	case behind > 0.005:
		return fmt.Sprintf(lang.L("%s behind"), fmtHours(behind))
	case behind < -0.005:
		return fmt.Sprintf(lang.L("%s ahead"), fmtHours(-behind))
	}
	return lang.L("on track")
}

// examText says when the exam falls: the learner's booked date, which the
// plan never moves, or else the date the plan projects. One date only: what
// is missing before a booked date is the plan's warning, shown under it.
func examText(t planner.TargetStatus) string {
	switch {
	case !t.ExamBy.IsZero():
		return fmt.Sprintf(lang.L("Exam on %s, your date"), t.ExamBy)
	case !t.ExamDate.IsZero():
		return fmt.Sprintf(lang.L("Exam projected for %s"), t.ExamDate)
	}
	return lang.L("No exam date yet")
}

// labShareText reads "Lab 18% of hours (target 30%)".
func labShareText(t planner.TargetStatus) string {
	return fmt.Sprintf(lang.L("Lab %s of hours (target %s)"), fmtPercent(t.LabShare), fmtPercent(t.TargetLabShare))
}
