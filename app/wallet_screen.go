package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// walletScreen shows the certifications held, with their renewal
// deadlines, and records new passes, attempts and extensions: the GUI of
// `certplan earned`, `attempt`, `renewals` and `target add --renewal`.
type walletScreen struct {
	ui *UI

	problem  *widget.Label // a failure to read the data, shown in place
	notice   *widget.Label // what the last action did
	cards    *fyne.Container
	held     []*heldCard
	earned   *earnedForm
	attempt  *attemptForm
	timeline *fyne.Container
	attempts *fyne.Container
	box      fyne.CanvasObject
}

func newWalletScreen(u *UI) *walletScreen {
	s := &walletScreen{ui: u}
	s.problem = errorLabel()
	s.notice = widget.NewLabel("")
	s.notice.Wrapping = fyne.TextWrapWord
	s.notice.Hide()
	s.cards = container.NewGridWithColumns(2)
	s.earned = newEarnedForm(u)
	s.attempt = newAttemptForm(u)
	s.timeline = container.NewVBox()
	s.attempts = container.NewVBox()
	s.box = container.NewVScroll(container.NewVBox(
		s.problem,
		s.notice,
		widget.NewCard(lang.L("Held certifications"), lang.L("Days left until each expires, and what renews it"), s.cards),
		container.NewGridWithColumns(2,
			widget.NewCard(lang.L("Record an earned certification"), "", s.earned.box),
			widget.NewCard(lang.L("Record an exam attempt"), "", s.attempt.box),
		),
		container.NewGridWithColumns(2,
			widget.NewCard(lang.L("Timeline"), lang.L("Earned, expiring and planned exams"), s.timeline),
			widget.NewCard(lang.L("Attempts"), lang.L("Every sitting with its score report"), s.attempts),
		),
	))
	s.refresh()
	return s
}

func (s *walletScreen) content() fyne.CanvasObject { return s.box }

// refresh re-reads the wallet. It is a handful of records, computed in
// microseconds, so it runs inline on the UI goroutine.
func (s *walletScreen) refresh() {
	svc := s.ui.deps.Service
	h, err := svc.History()
	var targets []planner.Target
	var reports []planner.AttemptReport
	if err == nil {
		targets, err = svc.Targets()
	}
	if err == nil {
		reports, err = svc.Attempts()
	}
	if err != nil {
		s.problem.SetText(lang.L("Could not read your data:") + " " + err.Error())
		s.problem.Show()
		return
	}
	s.problem.Hide()
	w := planner.ComputeWallet(svc.Catalog(), h, svc.Today())
	s.showHeld(w)
	s.timeline.RemoveAll()
	for _, item := range walletTimeline(h, w, reports, targets) {
		s.timeline.Add(widget.NewLabel(item.String()))
	}
	if len(s.timeline.Objects) == 0 {
		s.timeline.Add(widget.NewLabel(lang.L("Nothing yet.")))
	}
	s.attempts.RemoveAll()
	for i := len(reports) - 1; i >= 0; i-- { // latest first
		l := widget.NewLabel(attemptText(reports[i]))
		l.Wrapping = fyne.TextWrapWord
		s.attempts.Add(l)
	}
	if len(reports) == 0 {
		s.attempts.Add(widget.NewLabel(lang.L("No attempt recorded.")))
	}
}

func (s *walletScreen) showHeld(w planner.Wallet) {
	s.cards.RemoveAll()
	s.held = nil
	do := cardActions{planRenewal: s.planRenewal, extend: s.confirmExtend, remove: s.confirmRemove}
	for _, h := range w.Held {
		c := newHeldCard(s.ui.deps.Service.Catalog(), h, do)
		s.held = append(s.held, c)
		s.cards.Add(c.box)
	}
	if len(w.Held) == 0 {
		empty := widget.NewLabel(lang.L("No certification recorded yet. Record one you earned below."))
		empty.Wrapping = fyne.TextWrapWord
		s.cards.Add(empty)
	}
}

// say shows what an action did above the cards.
func (s *walletScreen) say(text string) {
	s.notice.SetText(text)
	s.notice.Show()
}

// planRenewal adds the target that renews code and plans it.
func (s *walletScreen) planRenewal(code string) {
	t, warnings, err := s.ui.deps.Service.AddRenewalTarget(code, 0)
	if err != nil {
		s.ui.showError(err)
		return
	}
	text := fmt.Sprintf(lang.L("Planned %s to renew %s, exam by %s."), t.Code, code, t.ExamBy)
	for _, w := range warnings {
		text += " " + w.Message
	}
	s.say(text)
	s.ui.targetsChanged()
}

func (s *walletScreen) confirmExtend(code string) {
	today := s.ui.deps.Service.Today()
	dialog.ShowConfirm(lang.L("Record maintain extension?"),
		fmt.Sprintf(lang.L("Record that you completed the one-year maintain extension of %s today, %s?"), code, today),
		func(ok bool) {
			if ok {
				s.extend(code, today)
			}
		}, s.ui.win)
}

func (s *walletScreen) extend(code string, on planner.Date) {
	if err := s.ui.deps.Service.Extend(code, on); err != nil {
		s.ui.showError(err)
		return
	}
	s.say(fmt.Sprintf(lang.L("Recorded the maintain extension of %s."), code))
	s.ui.refreshAll()
}

// confirmRemove asks before dropping a held record: a removed certification
// is gone from the wallet, with its extensions.
func (s *walletScreen) confirmRemove(code string) {
	dialog.ShowConfirm(lang.L("Remove this certification?"),
		fmt.Sprintf(lang.L("Remove every earned record of %s from your wallet?"), code),
		func(ok bool) {
			if ok {
				s.remove(code)
			}
		}, s.ui.win)
}

func (s *walletScreen) remove(code string) {
	svc := s.ui.deps.Service
	before, err := svc.History()
	if err == nil {
		err = svc.RemoveEarned(code)
	}
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.say(fmt.Sprintf(lang.L("Removed %s."), code))
	s.ui.refreshAll()
	s.ui.undo.offer(fmt.Sprintf(lang.L("Removed %s from your wallet."), code), func() {
		if err := svc.RestoreHistory(before); err != nil {
			s.ui.showError(err)
		}
		s.ui.refreshAll()
	})
}
