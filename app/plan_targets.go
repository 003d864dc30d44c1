package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planTargetsCard lists the certifications in study order, each with its own
// prep hours and exam date, and adds new ones by code.
type planTargetsCard struct {
	s *planScreen

	rows   map[string]*planTargetRow // by code, reused so a field keeps focus across redraws
	order  []*planTargetRow
	list   *fyne.Container
	empty  *fyne.Container
	browse *widget.Button

	addCode   *widget.SelectEntry
	addButton *widget.Button
	addError  *widget.Label
	card      *widget.Card
}

func newPlanTargetsCard(s *planScreen) *planTargetsCard {
	c := &planTargetsCard{s: s, rows: map[string]*planTargetRow{}, list: container.NewVBox()}

	hint := widget.NewLabel(lang.L("Nothing to study yet. Choose certifications in the Catalog, or add one by its exam code below."))
	hint.Wrapping = fyne.TextWrapWord
	c.browse = widget.NewButtonWithIcon(lang.L("Open the Catalog"), theme.ListIcon(), func() { s.ui.selectScreen(catalogTab) })
	c.empty = container.NewVBox(hint, container.NewHBox(c.browse))

	c.addCode = widget.NewSelectEntry(nil)
	c.addCode.PlaceHolder = lang.L("Exam code, such as SAA-C03")
	c.addCode.OnSubmitted = func(string) { c.add() }
	c.addButton = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), c.add)
	c.addError = newPlanFieldMessage()

	addRow := container.NewBorder(nil, nil, nil, c.addButton, c.addCode)
	c.card = widget.NewCard(lang.L("Targets"), "", container.NewVBox(
		planHint(lang.L("Studied in this order, each exam before the next begins.")),
		c.empty, c.list, addRow, c.addError))
	return c
}

// show lays out the saved targets. Rows keep their widgets from one call to
// the next; fields showing an error keep the learner's text unless force.
func (c *planTargetsCard) show(ts []planner.Target, a planner.Availability, force bool) {
	seen := map[string]bool{}
	c.order = c.order[:0]
	c.list.Objects = c.list.Objects[:0]
	for i, t := range ts {
		row, ok := c.rows[t.Code]
		if !ok {
			row = newPlanTargetRow(c, t.Code)
			c.rows[t.Code] = row
		}
		e, _ := c.s.svc().Catalog().Lookup(t.Code)
		row.fill(i, len(ts), t, e, a.Experience, force)
		seen[t.Code] = true
		c.order = append(c.order, row)
		c.list.Objects = append(c.list.Objects, row.box)
	}
	for code := range c.rows {
		if !seen[code] {
			delete(c.rows, code)
		}
	}
	c.empty.Hidden = len(ts) > 0
	c.list.Refresh()
	c.addCode.SetOptions(c.codeOptions(seen))
	if force {
		showPlanFieldError(c.addError, nil)
	}
	c.card.Refresh()
}

// showPlan writes under each target where the plan put it and any warning
// about it.
func (c *planTargetsCard) showPlan(p planner.Plan) {
	for _, row := range c.order {
		row.showPlan(p)
	}
}

// codeOptions offers the plannable certifications not yet targeted, as
// "SAA-C03 — AWS Certified Solutions Architect – Associate".
func (c *planTargetsCard) codeOptions(targeted map[string]bool) []string {
	var opts []string
	for _, e := range c.s.svc().Catalog().All() {
		if e.Plannable() && !targeted[e.Code] {
			opts = append(opts, e.Code+" — "+e.Name)
		}
	}
	return opts
}

// add targets the code typed or picked; the code is the first word, so a
// picked "SAA-C03 — AWS Certified…" works as well as a typed "saa-c03".
func (c *planTargetsCard) add() {
	fields := strings.Fields(c.addCode.Text)
	if len(fields) == 0 {
		showPlanFieldError(c.addError, errors.New(lang.L("type an exam code, such as SAA-C03, or pick one from the list")))
		return
	}
	if _, err := c.s.svc().AddTarget(planner.Target{Code: fields[0]}); err != nil {
		showPlanFieldError(c.addError, err)
		return
	}
	c.addCode.SetText("")
	showPlanFieldError(c.addError, nil)
	c.s.ui.targetsChanged()
}

// update saves one target after change; a problem shows under the field it
// concerns and nothing is saved.
func (c *planTargetsCard) update(row *planTargetRow, at *widget.Label, change func(t *planner.Target) error) {
	t, err := c.target(row.code)
	if err == nil {
		err = change(&t)
	}
	if err == nil {
		err = c.s.svc().UpdateTarget(t)
	}
	if err != nil {
		showPlanFieldError(row.messageFor(err, at), err)
		return
	}
	showPlanFieldError(at, nil)
	c.s.reload(false)
}

// setExamBy is the fix offered by a warning: a new exam date, or none.
func (c *planTargetsCard) setExamBy(code string, d planner.Date) {
	row, ok := c.rows[code]
	if !ok {
		return
	}
	c.update(row, row.examError, func(t *planner.Target) error {
		t.ExamBy = d
		return nil
	})
}

func (c *planTargetsCard) move(code string, delta int) {
	if err := c.s.svc().MoveTarget(code, delta); err != nil {
		c.s.ui.showError(err)
		return
	}
	c.s.ui.targetsChanged()
}

// remove takes a target off the plan. It asks first when that throws away
// something the learner set or earned (an exam date, logged hours), and
// offers an Undo either way.
func (c *planTargetsCard) remove(code string) {
	t, err := c.target(code)
	if err != nil {
		c.s.ui.showError(err)
		return
	}
	logged := c.loggedHours(t.Code)
	if t.ExamBy.IsZero() && logged == 0 {
		c.removeNow(t.Code)
		return
	}
	var what string
	switch {
	case !t.ExamBy.IsZero() && logged > 0:
		what = fmt.Sprintf(lang.L("Its exam date (%s) goes with it. The %s logged for it stay in your log."), planLongDay(t.ExamBy), fmtHours(logged))
	case !t.ExamBy.IsZero():
		what = fmt.Sprintf(lang.L("Its exam date (%s) goes with it."), planLongDay(t.ExamBy))
	default:
		what = fmt.Sprintf(lang.L("The %s logged for it stay in your log, but no longer count towards a plan."), fmtHours(logged))
	}
	d := dialog.NewConfirm(fmt.Sprintf(lang.L("Remove %s from your targets?"), t.Code), what, func(ok bool) {
		if ok {
			c.removeNow(t.Code)
		}
	}, c.s.ui.win)
	d.SetConfirmText(lang.L("Remove"))
	d.SetDismissText(lang.L("Keep"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

func (c *planTargetsCard) removeNow(code string) {
	removed, err := c.s.svc().RemoveTargetForUndo(code)
	if err != nil {
		c.s.ui.showError(err)
		return
	}
	c.s.ui.targetsChanged()
	c.s.ui.undo.offer(fmt.Sprintf(lang.L("Removed %s from your targets."), code), func() {
		if err := c.s.svc().RestoreTarget(removed); err != nil {
			c.s.ui.showError(err)
		}
		c.s.ui.targetsChanged()
	})
}

// loggedHours is what the learner logged for code, 0 when it cannot be read.
func (c *planTargetsCard) loggedHours(code string) float64 {
	p, err := c.s.svc().Progress()
	if err != nil {
		return 0
	}
	for _, st := range p.Targets {
		if st.Code == code {
			return st.LoggedHours
		}
	}
	return 0
}

func (c *planTargetsCard) target(code string) (planner.Target, error) {
	ts, err := c.s.svc().Targets()
	if err != nil {
		return planner.Target{}, err
	}
	for _, t := range ts {
		if t.Code == code {
			return t, nil
		}
	}
	return planner.Target{}, fmt.Errorf(lang.L("%s is no longer a target"), code)
}
