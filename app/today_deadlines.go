package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todayDeadlines is the Today screen's card of what is pressing: the most
// urgent deadline (the nearest expiry within planner.ExpiringDays, or the
// nearest booked exam) and every reminder due today.
type todayDeadlines struct {
	ui        *UI
	urgent    *widget.Label
	note      *widget.Label
	reminders *fyne.Container
	card      *widget.Card
}

func newTodayDeadlines(u *UI) *todayDeadlines {
	d := &todayDeadlines{ui: u, urgent: bigFigure(), note: widget.NewLabel(""), reminders: container.NewVBox()}
	d.card = widget.NewCard(lang.L("Deadlines"), "", container.NewVBox(d.urgent, d.note, d.reminders))
	return d
}

// refresh re-reads the wallet, the targets and the reminders due today.
// The card hides when nothing is pressing.
func (d *todayDeadlines) refresh() {
	svc := d.ui.deps.Service
	w, err := svc.Wallet()
	if err != nil {
		d.card.Hide()
		return
	}
	targets, _ := svc.Targets()
	due, _ := svc.Remind(svc.Today())
	text, note, ok := urgentDeadline(w, targets)
	d.urgent.SetText(text)
	d.note.SetText(note)
	d.reminders.RemoveAll()
	for _, r := range due {
		l := widget.NewLabel("• " + r.Message)
		l.Wrapping = fyne.TextWrapWord
		d.reminders.Add(l)
	}
	if !ok && len(due) == 0 {
		d.card.Hide()
		return
	}
	if !ok {
		d.urgent.SetText(lang.L("Reminders"))
		d.note.SetText("")
	}
	d.card.Show()
}

// urgentDeadline names the nearest of: an expiry within ExpiringDays and a
// booked exam date still ahead.
func urgentDeadline(w planner.Wallet, targets []planner.Target) (text, note string, ok bool) {
	var best planner.Date
	for _, h := range w.Held {
		if h.Expires.IsZero() || h.DaysLeft < 0 || h.DaysLeft > planner.ExpiringDays || (ok && h.Expires >= best) {
			continue
		}
		best, ok = h.Expires, true
		text = fmt.Sprintf(lang.L("%s expires %s"), h.Code, inDays(h.DaysLeft))
		note = h.Expires.String()
		if h.RenewWith != "" {
			note += " · " + fmt.Sprintf(lang.L("a pass of %s renews it"), h.RenewWith)
		}
	}
	for _, t := range targets {
		if t.ExamBy.IsZero() || t.ExamBy < w.Today || (ok && t.ExamBy >= best) {
			continue
		}
		best, ok = t.ExamBy, true
		text = fmt.Sprintf(lang.L("%s exam %s"), planner.NormalizeCode(t.Code), inDays(planner.DaysUntil(w.Today, t.ExamBy)))
		note = fmt.Sprintf(lang.L("%s · your exam date"), t.ExamBy)
	}
	return text, note, ok
}
