package app

import (
	"fmt"
	"strings"

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
	list  *fyne.Container
	empty *widget.Label
	box   fyne.CanvasObject
	shown []*targetProgress
}

func newTodayProgress() *todayProgress {
	p := &todayProgress{list: container.NewVBox(), empty: widget.NewLabel(lang.L("No targets yet. Add the certifications you are preparing for on the Plan tab."))}
	p.empty.Wrapping = fyne.TextWrapWord
	p.box = container.NewVBox(p.empty, p.list)
	return p
}

// show rebuilds one block per target; a learner has a handful at most.
func (p *todayProgress) show(targets []planner.TargetStatus) {
	p.list.RemoveAll()
	p.shown = p.shown[:0]
	p.empty.Hidden = len(targets) > 0
	for i, t := range targets {
		if i > 0 {
			p.list.Add(widget.NewSeparator())
		}
		tp := newTargetProgress(t)
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
	tp.box = container.NewVBox(parts...)
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

// examText says when the exam falls: the learner's own date if they set
// one (and when the plan has them ready, if earlier), else the date the plan
// projects, with a warning when the plan cannot make the date.
func examText(t planner.TargetStatus) string {
	var parts []string
	switch {
	case !t.ExamBy.IsZero():
		parts = append(parts, fmt.Sprintf(lang.L("Exam on %s, your date"), t.ExamBy))
		if !t.ExamDate.IsZero() && t.ExamDate < t.ExamBy {
			parts = append(parts, fmt.Sprintf(lang.L("ready by %s at this pace"), t.ExamDate))
		}
	case !t.ExamDate.IsZero():
		parts = append(parts, fmt.Sprintf(lang.L("Exam projected for %s"), t.ExamDate))
	default:
		parts = append(parts, lang.L("No exam date yet"))
	}
	if !t.Feasible {
		parts = append(parts, lang.L("not enough study time before the exam date: add hours or move the date"))
	}
	return strings.Join(parts, " · ")
}

// labShareText reads "Lab 18% of hours (target 30%)".
func labShareText(t planner.TargetStatus) string {
	return fmt.Sprintf(lang.L("Lab %s of hours (target %s)"), fmtPercent(t.LabShare), fmtPercent(t.TargetLabShare))
}
