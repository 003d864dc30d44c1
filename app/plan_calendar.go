package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// planCalendar shows the plan as a month calendar or as an agenda list, with
// month navigation. It only displays: every change comes from the editors.
type planCalendar struct {
	today func() planner.Date
	month planner.Date // first day of the month shown
	plan  planner.Plan
	avail planner.Availability // what the plan was made with: its holidays and days off
	// weekStart is the first day of each week row: the locale's, as in the
	// date picker.
	weekStart time.Weekday

	title      *widget.Label
	prev, next *widget.Button
	toToday    *widget.Button
	showMonth  *widget.Button
	showAgenda *widget.Button
	export     *widget.Button // set up by the screen, which knows where plans come from
	nav        *fyne.Container

	monthView *monthView
	cellNotes []planner.DayNote // what the planner says of the day of each cell of monthView
	agenda    *planAgenda
	box       fyne.CanvasObject
}

func newPlanCalendar(today func() planner.Date) *planCalendar {
	p := &planCalendar{today: today, month: today().MonthStart()}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.setMonth(p.month.AddMonths(-1)) })
	p.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.setMonth(p.month.AddMonths(1)) })
	p.toToday = widget.NewButton(lang.L("Today"), func() { p.setMonth(p.today().MonthStart()) })
	p.showMonth = widget.NewButtonWithIcon(lang.L("Month"), theme.CalendarIcon(), p.selectMonth)
	p.showAgenda = widget.NewButtonWithIcon(lang.L("Agenda"), theme.ListIcon(), p.selectAgenda)
	p.export = widget.NewButtonWithIcon(lang.L("Export…"), theme.DocumentSaveIcon(), nil)

	p.weekStart = weekStartDay()
	var weekdays [7]string
	for i := range weekdays {
		weekdays[i] = weekdayName(time.Weekday((i + int(p.weekStart)) % 7))
	}
	p.monthView = newMonthView(weekdays)
	p.monthView.OnTapped = p.dayTapped
	p.agenda = newPlanAgenda()

	p.nav = container.NewHBox(p.prev, p.toToday, p.next, p.title)
	toolbar := container.NewBorder(nil, nil, p.nav, container.NewHBox(p.showMonth, p.showAgenda, p.export))
	p.box = container.NewBorder(toolbar, nil, nil, nil, container.NewStack(p.monthView, p.agenda.box))
	p.selectMonth()
	return p
}

// show draws a newly computed plan, made with availability a, staying on the
// month the learner was looking at. Availability the planner rejects leaves
// out holidays and days off; the plan's own error already says why.
func (p *planCalendar) show(plan planner.Plan, a planner.Availability) {
	p.plan, p.avail = plan, a
	busy, _ := planner.BusyDays(plan, a)
	p.agenda.show(busy)
	p.drawMonth()
}

func (p *planCalendar) setMonth(first planner.Date) {
	p.month = first
	p.drawMonth()
}

func (p *planCalendar) selectMonth() {
	p.showMonth.Importance = widget.HighImportance
	p.showAgenda.Importance = widget.MediumImportance
	p.nav.Show()
	p.monthView.Show()
	p.agenda.box.Hide()
	p.showMonth.Refresh()
	p.showAgenda.Refresh()
}

func (p *planCalendar) selectAgenda() {
	p.showMonth.Importance = widget.MediumImportance
	p.showAgenda.Importance = widget.HighImportance
	p.nav.Hide()
	p.monthView.Hide()
	p.agenda.box.Show()
	p.showMonth.Refresh()
	p.showAgenda.Refresh()
}

// dayTapped opens the agenda at the day tapped, where its sessions are
// listed in full.
func (p *planCalendar) dayTapped(i int) {
	if i >= len(p.cellNotes) || !p.cellNotes[i].Busy() {
		return
	}
	p.selectAgenda()
	p.agenda.scrollTo(p.cellNotes[i].Date)
}

// drawMonth fills the grid with the weeks that cover the month shown, each
// beginning on the locale's first day of the week, like the date picker.
func (p *planCalendar) drawMonth() {
	p.title.SetText(planMonthTitle(p.month))
	first := p.month
	start := first.WeekStartOn(p.weekStart)
	end := first.MonthEnd().WeekStartOn(p.weekStart).AddDays(6)
	today := p.today()

	p.cellNotes, _ = planner.DayNotes(p.plan, p.avail, start, end) // see show for the error
	cells := make([]monthCell, 0, len(p.cellNotes))
	for _, n := range p.cellNotes {
		cells = append(cells, planDayCell(n, n.Date.Month() == first.Month(), n.Date == today))
	}
	p.monthView.SetCells(cells)
}

// planDayCell turns a planned day into what its calendar cell shows: exams
// first (the day's headline), then a holiday or day off, then each
// certification studied that day in bold with one line per kind of session
// under it ("2h study", "0.5h lab"): a cell is too narrow to repeat the code
// on every line.
func planDayCell(d planner.DayNote, inMonth, today bool) monthCell {
	c := monthCell{
		Day: d.Date.Day(), InMonth: inMonth, Today: today,
		Shaded: d.Holiday != "" || d.DayOff, Exam: len(d.Exams) > 0,
	}
	for _, code := range d.Exams {
		c.Lines = append(c.Lines, monthLine{Text: fmt.Sprintf(lang.L("%s exam"), code), Bold: true})
	}
	if d.Holiday != "" {
		c.Lines = append(c.Lines, monthLine{Text: d.Holiday, Color: theme.ColorNameWarning})
	}
	if d.DayOff {
		c.Lines = append(c.Lines, monthLine{Text: lang.L("Day off"), Color: theme.ColorNameWarning})
	}
	code := ""
	for _, s := range d.Work {
		if s.Code != code {
			code = s.Code
			c.Lines = append(c.Lines, monthLine{Text: code, Bold: true})
		}
		c.Lines = append(c.Lines, monthLine{Text: fmtHoursCompact(s.Hours) + " " + sessionKindName(s.Kind), Indent: true})
	}
	return c
}
