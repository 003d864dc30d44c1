package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todaySessions lists today's planned sessions, each with one button that
// logs it as done. A day holds a handful of sessions, so plain rows suffice.
type todaySessions struct {
	ui      *UI
	summary *widget.Label
	week    *widget.Label // this week's logged against planned hours
	rows    *fyne.Container
	shown   []sessionRow
	box     fyne.CanvasObject
}

// sessionRow is one planned session and its button.
type sessionRow struct {
	session planner.Session
	done    *widget.Button
	label   *widget.Label
}

func newTodaySessions(u *UI) *todaySessions {
	c := &todaySessions{ui: u, summary: widget.NewLabel(""), week: widget.NewLabel(""), rows: container.NewVBox()}
	c.summary.Wrapping = fyne.TextWrapWord
	c.box = container.NewVBox(c.summary, c.rows, c.week)
	return c
}

// show lists what remains of today's plan. The planner counts hours already
// logged today against today's study time, so a session logged as done
// leaves the list and the day ends with "all done".
func (c *todaySessions) show(sessions []planner.Session, loggedToday float64, week planner.WeekHours) {
	c.week.SetText(fmt.Sprintf(lang.L("This week so far: %s logged of %s planned."), fmtHours(week.Study+week.Lab), fmtHours(week.Planned)))
	c.shown = c.shown[:0]
	c.rows.RemoveAll()
	var planned float64
	for _, s := range sessions {
		planned += s.Hours
		c.shown = append(c.shown, c.addRow(s))
	}
	c.rows.Hidden = len(sessions) == 0 // no gap between the summary and the week
	switch {
	case len(sessions) > 0 && loggedToday > 0:
		c.summary.SetText(fmt.Sprintf(lang.L("%s still planned today, %s logged so far."), fmtHours(planned), fmtHours(loggedToday)))
	case len(sessions) > 0:
		c.summary.SetText(fmt.Sprintf(lang.L("%s planned today."), fmtHours(planned)))
	case loggedToday > 0:
		c.summary.SetText(fmt.Sprintf(lang.L("All done for today: %s logged. Well done!"), fmtHours(loggedToday)))
	default:
		c.summary.SetText(lang.L("Nothing planned today. Rest, or study ahead with the timer."))
	}
}

func (c *todaySessions) addRow(s planner.Session) sessionRow {
	row := sessionRow{session: s, label: widget.NewLabel(sessionText(s))}
	row.label.Truncation = fyne.TextTruncateEllipsis
	row.done = widget.NewButtonWithIcon(lang.L("Done"), theme.ConfirmIcon(), func() { c.logDone(s) })
	row.done.Importance = widget.HighImportance
	c.rows.Add(container.NewBorder(nil, nil, nil, row.done, row.label))
	return row
}

// sessionText reads "SAA-C03 · study · Design Secure Architectures · 2 h".
func sessionText(s planner.Session) string {
	parts := []string{s.Code, sessionKindName(s.Kind)}
	if s.Domain != "" {
		parts = append(parts, s.Domain)
	}
	parts = append(parts, fmtHours(s.Hours))
	return strings.Join(parts, " · ")
}

// logDone logs a session as done; the planner decides what entry that is.
func (c *todaySessions) logDone(s planner.Session) {
	if _, err := c.ui.deps.Service.MarkSessionDone(s); err != nil {
		c.ui.showError(err)
		return
	}
	c.ui.refreshAll()
}
