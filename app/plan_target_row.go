package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// planTargetRow is one certification in the Targets card: its place and name,
// the two things a learner sets per target (prep hours, exam date), the
// buttons that reorder or drop it, and where the plan put it.
type planTargetRow struct {
	code string

	title *widget.RichText // "1. SAA-C03  Solutions Architect - Associate"

	prep      *planEntry
	prepError *widget.Label
	examBy    *dateField
	examError *widget.Label

	summary    *widget.Label // "90 h, 23 Nov – 14 Jan · exam Fri 15 Jan 2027"
	warning    *widget.Label // the plan's warning about this target, with its fix
	warningRow *fyne.Container

	up, down, remove *widget.Button
	box              *fyne.Container
}

func newPlanTargetRow(c *planTargetsCard, code string) *planTargetRow {
	r := &planTargetRow{code: code}
	r.title = widget.NewRichText()
	r.title.Truncation = fyne.TextTruncateEllipsis

	r.prepError = newPlanFieldMessage()
	r.prep = newPlanEntry("", func(text string) {
		c.update(r, r.prepError, func(t *planner.Target) error { return parsePlanPrep(text, t) })
	})
	r.examError = newPlanFieldMessage()
	r.examBy = newDateField(lang.L("YYYY-MM-DD"), c.s.svc().Today, func(text string) {
		c.update(r, r.examError, func(t *planner.Target) error { return parsePlanExamBy(text, t) })
	})
	r.prep.checkAsTyped(func(text string) error { return parsePlanPrep(text, &planner.Target{}) },
		func() bool { return hasPlanFieldError(r.prepError) }, func(err error) { showPlanFieldError(r.prepError, err) })
	r.examBy.entry.checkAsTyped(func(text string) error { return checkPlanExamBy(text, c.s.svc().Today()) },
		func() bool { return hasPlanFieldError(r.examError) }, func(err error) { showPlanFieldError(r.examError, err) })

	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.summary.SizeName = theme.SizeNameCaptionText
	r.warning = widget.NewLabel("")
	r.warning.Wrapping = fyne.TextWrapWord
	r.warning.SizeName = theme.SizeNameCaptionText

	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { c.move(r.code, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { c.move(r.code, 1) })
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { c.remove(r.code) })
	for _, b := range []*widget.Button{r.up, r.down, r.remove} {
		b.Importance = widget.LowImportance
	}

	heading := container.NewBorder(nil, nil, nil, container.NewHBox(r.up, r.down, r.remove), r.title)
	fields := container.NewGridWithColumns(2,
		container.NewVBox(planCaption(lang.L("Prep hours")), r.prep, r.prepError),
		container.NewVBox(planCaption(lang.L("Exam by")), r.examBy.entry, r.examError),
	)
	r.warningRow = container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))), nil, r.warning)
	r.box = container.NewVBox(heading, fields, r.summary, r.warningRow, widget.NewSeparator())
	return r
}

// planCaption is a small label over an input.
func planCaption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// planHint is a small, wrapped explanation that never widens its column.
func planHint(text string) *widget.Label {
	l := planCaption(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fill shows target t, described by catalog entry e, at place i of n; the
// prep placeholder is the default the plan uses when the field is empty.
func (r *planTargetRow) fill(i, n int, t planner.Target, e catalog.Entry, x planner.Experience, force bool) {
	r.title.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: fmt.Sprintf("%d. %s  ", i+1, t.Code), Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: e.Name, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}},
	}
	r.title.Refresh()
	r.prep.PlaceHolder = fmt.Sprintf(lang.L("%s (default)"), planner.FormatHours(planner.DefaultPrep(e, x)))
	r.prep.Refresh()
	if force {
		showPlanFieldError(r.prepError, nil)
		showPlanFieldError(r.examError, nil)
	}
	if !hasPlanFieldError(r.prepError) {
		prep := ""
		if t.PrepHours != 0 {
			prep = planner.FormatHours(t.PrepHours)
		}
		r.prep.accept(prep)
	}
	if !hasPlanFieldError(r.examError) {
		r.examBy.entry.accept(t.ExamBy.String())
	}
	setEnabled(r.up, i > 0)
	setEnabled(r.down, i < n-1)
}

// showPlan says where the plan put this target, and what is wrong with it.
func (r *planTargetRow) showPlan(p planner.Plan) {
	r.summary.Hide()
	for _, tp := range p.Targets {
		if tp.Code != r.code {
			continue
		}
		switch {
		case tp.PrepHours == 0:
			r.summary.SetText(fmt.Sprintf(lang.L("All prep logged · exam %s"), planLongDay(tp.ExamDate)))
		case tp.Start == tp.End:
			r.summary.SetText(fmt.Sprintf(lang.L("%s on %s · exam %s"), fmtHours(tp.PrepHours), planShortDay(tp.Start), planLongDay(tp.ExamDate)))
		default:
			r.summary.SetText(fmt.Sprintf(lang.L("%s, %s – %s · exam %s"), fmtHours(tp.PrepHours), planShortDay(tp.Start), planShortDay(tp.End), planLongDay(tp.ExamDate)))
		}
		r.summary.Show()
	}
	var warnings []string
	for _, w := range p.Warnings {
		if w.Code == r.code {
			warnings = append(warnings, w.Message)
		}
	}
	r.warning.SetText(strings.Join(warnings, "\n"))
	r.warningRow.Hidden = len(warnings) == 0
	r.warningRow.Refresh()
}

// messageFor picks the message line of the field an error names, falling
// back to the field being edited.
func (r *planTargetRow) messageFor(err error, edited *widget.Label) *widget.Label {
	switch planner.FieldOf(err) {
	case "prep":
		return r.prepError
	case "exam-by":
		return r.examError
	}
	return edited
}

// parsePlanPrep reads the prep hours field: empty means the catalog default
// (scaled by experience); anything typed must be a valid number of hours.
func parsePlanPrep(text string, t *planner.Target) error {
	text = strings.TrimSpace(text)
	if text == "" {
		t.PrepHours = 0
		return nil
	}
	h, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return planner.Invalidf("prep", lang.L("prep hours %q is not a number: type hours such as 80 or 42.5, or leave empty for the default"), text)
	}
	if err := planner.ValidatePrepHours("prep", h); err != nil {
		return err
	}
	t.PrepHours = h
	return nil
}

// checkPlanExamBy is what saving an exam date checks: a date, or empty, and
// after today.
func checkPlanExamBy(text string, today planner.Date) error {
	var t planner.Target
	if err := parsePlanExamBy(text, &t); err != nil {
		return err
	}
	if !t.ExamBy.IsZero() && t.ExamBy <= today {
		return planner.Invalidf("exam-by", lang.L("the exam date %s must be after today (%s)"), t.ExamBy, today)
	}
	return nil
}

// parsePlanExamBy reads the exam date field: empty means "as soon as ready".
func parsePlanExamBy(text string, t *planner.Target) error {
	d, err := parseOptionalDate("exam-by", text)
	t.ExamBy = d
	return err
}
