package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planAgenda is the plan as a list: one row per day with something planned,
// the date on the left and that day's sessions (and exams) on the right. A
// plan runs for months, so the list is virtualized; rows grow with the
// number of sessions on their day.
type planAgenda struct {
	days  []planner.DayNote
	list  *widget.List
	empty *widget.Label
	box   *fyne.Container

	dateWidth   float32
	lineHeights map[int]float32 // row height by number of lines
}

func newPlanAgenda() *planAgenda {
	a := &planAgenda{lineHeights: map[int]float32{}}
	// The date column is as wide as one of the longest dates, so rows align.
	probe := widget.NewLabelWithStyle(planLongDay(planner.NewDate(2026, time.September, 30)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	a.dateWidth = probe.MinSize().Width
	a.list = widget.NewList(
		func() int { return len(a.days) },
		a.newRow,
		a.updateRow,
	)
	a.empty = widget.NewLabel(lang.L("Nothing planned yet: add a certification to see its sessions here."))
	a.empty.Wrapping = fyne.TextWrapWord
	a.box = container.NewStack(a.list, container.NewVBox(a.empty))
	return a
}

func (a *planAgenda) newRow() fyne.CanvasObject {
	date := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	detail := widget.NewLabel("")
	dateCell := container.NewGridWrap(fyne.NewSize(a.dateWidth, date.MinSize().Height), date)
	return container.NewBorder(nil, nil, dateCell, nil, detail)
}

func (a *planAgenda) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*fyne.Container)
	// A border container lists its centre objects first, then the sides.
	detail := row.Objects[0].(*widget.Label)
	date := row.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	day := a.days[id]
	date.SetText(planLongDay(day.Date))
	detail.SetText(strings.Join(planAgendaRowLines(day), "\n"))
}

// show replaces the days listed.
func (a *planAgenda) show(days []planner.DayNote) {
	a.days = days
	for id, d := range days {
		a.list.SetItemHeight(id, a.rowHeight(len(planAgendaRowLines(d))))
	}
	a.empty.Hidden = len(days) > 0
	a.list.Hidden = len(days) == 0
	a.list.Refresh()
	a.box.Refresh()
}

// scrollTo brings the first row on or after d into view and selects it.
func (a *planAgenda) scrollTo(d planner.Date) {
	for id, day := range a.days {
		if day.Date >= d {
			a.list.ScrollTo(id)
			a.list.Select(id)
			return
		}
	}
}

// rowHeight measures a row of n lines once and remembers it.
func (a *planAgenda) rowHeight(n int) float32 {
	n = max(n, 1)
	if h, ok := a.lineHeights[n]; ok {
		return h
	}
	h := widget.NewLabel(strings.Repeat("\n", n-1)).MinSize().Height
	a.lineHeights[n] = h
	return h
}

// planAgendaRowLines are a day's exams, then its sessions:
// "SAA-C03 · study · 1.5 h · Design Secure Architectures", led by the start
// time on a weekday that has one ("19:00 · SAA-C03 · …").
func planAgendaRowLines(d planner.DayNote) []string {
	lines := make([]string, 0, len(d.Exams)+len(d.Sessions))
	for _, code := range d.Exams {
		lines = append(lines, fmt.Sprintf(lang.L("%s exam"), code))
	}
	for _, s := range d.Sessions {
		line := fmt.Sprintf("%s · %s · %s", s.Code, sessionKindName(s.Kind), fmtHours(s.Hours))
		if s.At != "" {
			line = s.At + " · " + line
		}
		if s.Domain != "" {
			line += " · " + s.Domain
		}
		lines = append(lines, line)
	}
	return lines
}
