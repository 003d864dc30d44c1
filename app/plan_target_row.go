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

// targetRow is one certification in the Targets card: its place and name,
// the two things a learner sets per target (prep hours, exam date), the
// buttons that reorder or drop it, and where the plan put it.
type targetRow struct {
	code string

	title *widget.Label // "1. SAA-C03"
	name  *widget.Label

	prep      *commitEntry
	prepError *widget.Label
	examBy    *dateField
	examError *widget.Label

	summary *widget.Label // "90 h, 23 Nov – 14 Jan · exam Fri 15 Jan 2027"
	warning *widget.Label // the plan's warning about this target, with its fix

	up, down, remove *widget.Button
	box              *fyne.Container
}

func newTargetRow(c *targetsCard, code string) *targetRow {
	r := &targetRow{code: code}
	r.title = widget.NewLabelWithStyle(code, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.name = widget.NewLabel("")
	r.name.Wrapping = fyne.TextWrapWord
	r.name.SizeName = theme.SizeNameCaptionText

	r.prepError = newFieldMessage()
	r.prep = newCommitEntry("", func(text string) {
		c.update(r, r.prepError, func(t *planner.Target) error { return parsePrep(text, t) })
	})
	r.examError = newFieldMessage()
	r.examBy = newDateField(lang.L("YYYY-MM-DD"), c.s.svc().Today, func(text string) {
		c.update(r, r.examError, func(t *planner.Target) error { return parseExamBy(text, t) })
	})

	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.summary.SizeName = theme.SizeNameCaptionText
	r.warning = widget.NewLabel("")
	r.warning.Wrapping = fyne.TextWrapWord
	r.warning.Importance = widget.WarningImportance
	r.warning.SizeName = theme.SizeNameCaptionText

	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { c.move(r.code, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { c.move(r.code, 1) })
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { c.remove(r.code) })
	for _, b := range []*widget.Button{r.up, r.down, r.remove} {
		b.Importance = widget.LowImportance
	}

	heading := container.NewBorder(nil, nil, nil, container.NewHBox(r.up, r.down, r.remove), r.title)
	fields := container.NewGridWithColumns(2,
		container.NewVBox(caption(lang.L("Prep hours")), r.prep, r.prepError),
		container.NewVBox(caption(lang.L("Exam by")), r.examBy.entry, r.examError),
	)
	r.box = container.NewVBox(heading, r.name, fields, r.summary, r.warning, widget.NewSeparator())
	return r
}

// caption is a small label over an input.
func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// fill shows target t, described by catalog entry e, at place i of n; the
// prep placeholder is the default the plan uses when the field is empty.
func (r *targetRow) fill(i, n int, t planner.Target, e catalog.Entry, x planner.Experience, force bool) {
	r.title.SetText(fmt.Sprintf("%d. %s", i+1, t.Code))
	r.name.SetText(e.Name)
	r.prep.PlaceHolder = fmt.Sprintf(lang.L("%s (default)"), planner.FormatHours(planner.DefaultPrep(e, x)))
	r.prep.Refresh()
	if force {
		showFieldError(r.prepError, nil)
		showFieldError(r.examError, nil)
	}
	if !hasFieldError(r.prepError) {
		prep := ""
		if t.PrepHours != 0 {
			prep = planner.FormatHours(t.PrepHours)
		}
		r.prep.accept(prep)
	}
	if !hasFieldError(r.examError) {
		r.examBy.entry.accept(t.ExamBy.String())
	}
	setEnabled(r.up, i > 0)
	setEnabled(r.down, i < n-1)
}

// showPlan says where the plan put this target, and what is wrong with it.
func (r *targetRow) showPlan(p planner.Plan) {
	r.summary.Hide()
	for _, tp := range p.Targets {
		if tp.Code != r.code {
			continue
		}
		switch {
		case tp.PrepHours == 0:
			r.summary.SetText(fmt.Sprintf(lang.L("All prep logged · exam %s"), longDay(tp.ExamDate)))
		case tp.Start == tp.End:
			r.summary.SetText(fmt.Sprintf(lang.L("%s on %s · exam %s"), hoursText(tp.PrepHours), shortDay(tp.Start), longDay(tp.ExamDate)))
		default:
			r.summary.SetText(fmt.Sprintf(lang.L("%s, %s – %s · exam %s"), hoursText(tp.PrepHours), shortDay(tp.Start), shortDay(tp.End), longDay(tp.ExamDate)))
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
	r.warning.Hidden = len(warnings) == 0
	r.warning.Refresh()
}

// messageFor picks the message line of the field an error names, falling
// back to the field being edited.
func (r *targetRow) messageFor(err error, edited *widget.Label) *widget.Label {
	switch planner.FieldOf(err) {
	case "prep":
		return r.prepError
	case "exam-by":
		return r.examError
	}
	return edited
}

// parsePrep reads the prep hours field: empty means the catalog default
// (scaled by experience); anything typed must be a valid number of hours.
func parsePrep(text string, t *planner.Target) error {
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

// parseExamBy reads the exam date field: empty means "as soon as ready".
func parseExamBy(text string, t *planner.Target) error {
	text = strings.TrimSpace(text)
	if text == "" {
		t.ExamBy = 0
		return nil
	}
	d, err := planner.ParseDate(text)
	if err != nil {
		return planner.E(planner.Invalid, err)
	}
	t.ExamBy = d
	return nil
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
