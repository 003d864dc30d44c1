package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planDaysOffEditor lists the learner's own days off (holidays away, busy
// weeks) and adds one day or an inclusive range at a time. The planner
// merges overlapping and adjacent ranges, so the list reads back tidied.
type planDaysOffEditor struct {
	c       *planAvailabilityCard
	ranges  []planner.DateRange
	list    *fyne.Container
	removes []*widget.Button // one per range, in list order
	entry   *widget.Entry
	add     *widget.Button
	message *widget.Label
	box     *fyne.Container
}

func newPlanDaysOffEditor(c *planAvailabilityCard) *planDaysOffEditor {
	d := &planDaysOffEditor{c: c, list: container.NewVBox(), message: newPlanFieldMessage()}
	d.entry = widget.NewEntry()
	d.entry.PlaceHolder = lang.L("YYYY-MM-DD..YYYY-MM-DD")
	d.entry.OnSubmitted = func(string) { d.addTyped() }
	d.add = widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), d.addTyped)
	d.box = container.NewVBox(d.list, container.NewBorder(nil, nil, nil, d.add, d.entry), d.message,
		planHint(lang.L("One day (2026-12-24) or an inclusive range (2026-12-24..2026-12-31).")))
	return d
}

// show lists the saved days off.
func (d *planDaysOffEditor) show(ranges []planner.DateRange, force bool) {
	d.ranges = ranges
	d.list.Objects = d.list.Objects[:0]
	d.removes = d.removes[:0]
	if len(ranges) == 0 {
		none := widget.NewLabel(lang.L("None"))
		none.Importance = widget.LowImportance
		d.list.Objects = append(d.list.Objects, none)
	}
	for i, r := range ranges {
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { d.removeAt(i) })
		remove.Importance = widget.LowImportance
		d.removes = append(d.removes, remove)
		text := widget.NewLabel(planRangeText(r))
		text.Wrapping = fyne.TextWrapWord
		d.list.Objects = append(d.list.Objects, container.NewBorder(nil, nil, nil, remove, text))
	}
	d.list.Refresh()
	if force {
		showPlanFieldError(d.message, nil)
	}
}

// addTyped adds the day or range typed; a bad date or a range that ends
// before it starts is reported under the entry and nothing is saved.
func (d *planDaysOffEditor) addTyped() {
	text := strings.ReplaceAll(strings.TrimSpace(d.entry.Text), " ", "")
	r, err := planner.ParseDateRange(text)
	if err != nil {
		showPlanFieldError(d.message, err)
		return
	}
	if d.c.save(d.message, func(a *planner.Availability) error {
		a.DaysOff = append(a.DaysOff, r)
		return nil
	}) == nil {
		d.entry.SetText("")
	}
}

func (d *planDaysOffEditor) removeAt(i int) {
	if i >= len(d.ranges) {
		return
	}
	drop := d.ranges[i]
	d.c.save(d.message, func(a *planner.Availability) error {
		kept := a.DaysOff[:0:0]
		for _, r := range a.DaysOff {
			if r != drop {
				kept = append(kept, r)
			}
		}
		a.DaysOff = kept
		return nil
	})
}
