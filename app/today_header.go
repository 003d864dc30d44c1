package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todayHeader is the row of three figures at the top of the Today screen:
// the countdown to the next exam, the streak, and study against lab hours.
type todayHeader struct {
	ui *UI

	exam, examNote     *widget.Label
	openPlan           *widget.Button
	risk               *fyne.Container // the next exam's risk and its fixes, when it has one
	riskView           *examRiskView
	streak, streakNote *widget.Label
	share              *shareBar
	shareNote          *widget.Label

	examCard, streakCard, shareCard *widget.Card
}

func newTodayHeader(u *UI) *todayHeader {
	h := &todayHeader{ui: u}
	h.exam = bigFigure()
	h.examNote = widget.NewLabel("")
	h.openPlan = widget.NewButtonWithIcon(lang.L("Plan an exam"), theme.CalendarIcon(), func() {
		u.selectScreen(planTab)
	})
	h.streak = bigFigure()
	h.streakNote = widget.NewLabel("")
	h.share = newShareBar()
	h.shareNote = widget.NewLabel("")

	h.risk = container.NewVBox()
	h.examCard = widget.NewCard(lang.L("Next exam"), "", container.NewVBox(h.exam, h.examNote, h.risk, container.NewHBox(h.openPlan)))
	h.streakCard = widget.NewCard(lang.L("Streak"), "", container.NewVBox(h.streak, h.streakNote))
	h.shareCard = widget.NewCard(lang.L("Study and lab"), "", container.NewVBox(container.NewPadded(h.share), h.shareNote))
	return h
}

// bigFigure is a label for the one number a card is about.
func bigFigure() *widget.Label {
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (h *todayHeader) content() fyne.CanvasObject {
	return container.NewGridWithColumns(3, h.examCard, h.streakCard, h.shareCard)
}

// show fills the three cards from the dashboard; risks are the plan's
// warnings about booked exams it cannot make.
func (h *todayHeader) show(d planner.Dashboard, targetLabShare float64, risks map[string]examRisk) {
	h.showExam(d, risks)
	h.showStreak(d)
	h.share.SetHours(d.Study, d.Lab)
	h.shareNote.SetText(fmt.Sprintf(lang.L("All time · your target is %s lab"), fmtPercent(targetLabShare)))
}

// showExam counts down to the next exam: the booked date where the learner
// booked one (the plan never moves it), the plan's projection only where
// none is booked. A booked date the plan cannot make carries the plan's
// warning and its fixes.
func (h *todayHeader) showExam(d planner.Dashboard, risks map[string]examRisk) {
	h.risk.RemoveAll()
	h.risk.Hide() // an empty box would still take a row's padding
	h.riskView = nil
	h.openPlan.Hidden = d.NextExam != nil || len(d.Progress.Targets) > 0
	if d.NextExam == nil {
		h.exam.SetText(lang.L("No exam ahead"))
		if len(d.Progress.Targets) == 0 {
			h.examNote.SetText(lang.L("Add a target to see your countdown."))
		} else {
			h.examNote.SetText(lang.L("Your targets have no exam date yet."))
		}
		h.openPlan.Refresh()
		return
	}
	next := *d.NextExam
	h.exam.SetText(fmt.Sprintf(lang.L("%s exam %s"), next.Code, inDays(planner.DaysUntil(d.Today, next.ExamDate))))
	note := fmt.Sprintf(lang.L("%s · projected from your plan"), next.ExamDate)
	for _, t := range d.Progress.Targets {
		if t.Code == next.Code && t.ExamBy == next.ExamDate {
			note = fmt.Sprintf(lang.L("%s · your exam date"), next.ExamDate)
		}
	}
	if r, ok := risks[next.Code]; ok {
		h.riskView = newExamRiskView(h.ui, r)
		h.risk.Add(h.riskView.box)
		h.risk.Show()
	}
	h.examNote.SetText(note)
	h.openPlan.Refresh()
}

func (h *todayHeader) showStreak(d planner.Dashboard) {
	today := loggedOn(d.Days, d.Today)
	switch d.Streak {
	case 0:
		h.streak.SetText(lang.L("No streak yet"))
	case 1:
		h.streak.SetText(lang.L("1-day streak"))
	default:
		h.streak.SetText(fmt.Sprintf(lang.L("%d-day streak"), d.Streak))
	}
	switch {
	case today > 0:
		h.streakNote.SetText(fmt.Sprintf(lang.L("%s logged today"), fmtHours(today)))
	case d.Streak > 0:
		h.streakNote.SetText(lang.L("Log something today to keep it going."))
	default:
		h.streakNote.SetText(lang.L("Log a session to start one."))
	}
}
