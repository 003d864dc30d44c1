package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todayScreen is the first thing a learner sees: the next exam, the streak,
// today's sessions with a one-tap "done", the timer, progress on every
// target, and charts of the last twelve weeks (and the next four) and the last year.
type todayScreen struct {
	ui *UI

	problem   *widget.Label // a failure to read the data, shown in place
	header    *todayHeader
	deadlines *todayDeadlines
	sessions  *todaySessions
	timer     *todayTimer
	progress  *todayProgress
	weeks     *weekChart
	heat      *heatmap
	heatNote  *widget.Label
	yearNote  string // the heatmap's caption when no day is pointed at

	box fyne.CanvasObject
}

func newTodayScreen(u *UI) *todayScreen {
	s := &todayScreen{ui: u}
	s.problem = widget.NewLabel("")
	s.problem.Importance = widget.DangerImportance
	s.problem.Wrapping = fyne.TextWrapWord
	s.problem.Hide()
	s.header = newTodayHeader(u)
	s.deadlines = newTodayDeadlines(u)
	s.sessions = newTodaySessions(u)
	s.timer = newTodayTimer(u)
	s.progress = newTodayProgress(u)
	s.weeks = newWeekChart()
	s.heat = newHeatmap()
	s.heatNote = widget.NewLabel("")
	s.heat.OnPick = s.showDay

	s.box = container.NewVScroll(container.NewVBox(
		s.problem,
		s.header.content(),
		s.deadlines.card,
		container.NewGridWithColumns(2,
			widget.NewCard(lang.L("Today's sessions"), "", s.sessions.box),
			widget.NewCard(lang.L("Timer"), "", s.timer.box),
		),
		widget.NewCard(lang.L("Progress"), "", s.progress.box),
		widget.NewCard(lang.L("Hours per week"), lang.L("Planned against logged: the last twelve weeks and the next four"), s.weeks),
		widget.NewCard(lang.L("Last year"), "", container.NewVBox(s.heat, s.heatNote)),
	))
	s.refresh()
	return s
}

func (s *todayScreen) content() fyne.CanvasObject { return s.box }

// refresh recomputes the dashboard and the timer. The dashboard comes from
// the store's running totals (under a millisecond with years of entries),
// quick enough to run inline, which keeps the screen's state on the UI
// goroutine only.
func (s *todayScreen) refresh() {
	svc := s.ui.deps.Service
	s.timer.load()
	d, err := svc.Dashboard()
	if err != nil {
		s.problem.SetText(lang.L("Could not read your data:") + " " + err.Error())
		s.problem.Show()
		return
	}
	s.problem.Hide()
	var week planner.WeekHours
	if len(d.Weeks) > 0 {
		week = d.Weeks[len(d.Weeks)-1]
	}
	s.sessions.show(d.Sessions, loggedOn(d.Days, d.Today), week)
	a, _ := svc.Availability()
	risks := examRisks(d.Progress.Plan)
	s.header.show(d, a.LabShare, risks)
	s.deadlines.refresh()
	s.progress.show(d.Progress.Targets, risks)
	s.weeks.SetWeeks(append(slices.Clone(d.Weeks), d.Ahead...))
	s.heat.SetDays(d.Days)
	s.yearNote = yearText(d.Days)
	s.heatNote.SetText(s.yearNote)
}

// showDay captions the heatmap with the day pointed at, or the year's total
// when none is.
func (s *todayScreen) showDay(d planner.DayHours) {
	if d.Date.IsZero() {
		s.heatNote.SetText(s.yearNote)
		return
	}
	s.heatNote.SetText(fmt.Sprintf(lang.L("%s %s: %s logged"), weekdayName(d.Date.Weekday()), d.Date, fmtHours(d.Hours)))
}

// yearText sums the heatmap: "212 h logged in the last year, on 96 days".
func yearText(days []planner.DayHours) string {
	var total float64
	active := 0
	for _, d := range days {
		total += d.Hours
		if d.Hours > 0 {
			active++
		}
	}
	return fmt.Sprintf(lang.L("%s logged in the last year, on %s. Point at a day to see its hours."), fmtHours(total),
		planner.Plural(active, lang.L("day"), lang.L("days")))
}

// loggedOn is the hours logged on day, from the heatmap's days.
func loggedOn(days []planner.DayHours, day planner.Date) float64 {
	if n := len(days); n > 0 && days[n-1].Date == day {
		return days[n-1].Hours
	}
	return 0
}
