package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// shortestLoggable is the least timed practice that rounds to a quarter
// hour; anything shorter is offered for discarding rather than logged.
const shortestLoggable = 7*time.Minute + 30*time.Second

// timerStop is the dialog that Stop opens: it shows how long the timer ran
// and the hours it will log, rounded to the nearest quarter hour and open to
// correction, and logs nothing until the learner saves. The timer keeps
// running behind it, so "Keep timing" loses nothing.
type timerStop struct {
	t       *todayTimer
	hours   *widget.Entry
	problem *widget.Label
	save    *widget.Button
	discard *widget.Button
	dlg     *dialog.CustomDialog
}

func (t *todayTimer) onStop() {
	elapsed := t.timer.Elapsed(t.ui.deps.Service.Now())
	s := &timerStop{t: t, hours: widget.NewEntry(), problem: widget.NewLabel("")}
	s.problem.Importance = widget.DangerImportance
	s.problem.Wrapping = fyne.TextWrapWord
	s.problem.Hide()
	s.hours.OnSubmitted = func(string) { s.onSave() }
	s.hours.OnChanged = func(string) {
		if _, err := s.read(); err == nil {
			s.problem.Hide()
		}
	}

	intro := fmt.Sprintf(lang.L("You practised for %s. Hours to log, to the nearest quarter hour:"), fmtElapsed(elapsed))
	if elapsed < shortestLoggable {
		intro = fmt.Sprintf(lang.L("You practised for %s, under 7.5 minutes: too short to log a quarter hour. Discard it, or enter the hours to log:"), fmtElapsed(elapsed))
	} else {
		s.hours.SetText(planner.FormatHours(planner.TimerHours(elapsed)))
	}
	message := widget.NewLabel(intro)
	message.Wrapping = fyne.TextWrapWord

	s.save = widget.NewButton(lang.L("Save"), s.onSave)
	s.discard = widget.NewButton(lang.L("Discard"), s.onDiscard)
	keep := widget.NewButton(lang.L("Keep timing"), func() { s.dlg.Hide() })
	if elapsed < shortestLoggable {
		s.discard.Importance = widget.HighImportance
	} else {
		s.save.Importance = widget.HighImportance
	}
	content := container.NewVBox(message, s.hours, s.problem)
	s.dlg = dialog.NewCustomWithoutButtons(lang.L("Stop the timer"), content, t.ui.win)
	s.dlg.SetButtons([]fyne.CanvasObject{keep, s.discard, s.save})
	s.dlg.Resize(fyne.NewSize(420, content.MinSize().Height+120))
	s.dlg.Show()
	t.ui.win.Canvas().Focus(s.hours)
}

// read is the hours typed, or an error in the learner's terms.
func (s *timerStop) read() (float64, error) {
	text := strings.TrimSpace(strings.ReplaceAll(s.hours.Text, ",", "."))
	if text == "" {
		return 0, planner.Invalidf("hours", "%s", lang.L("enter the hours to log, e.g. 0.5, or discard"))
	}
	h, err := planner.ParseHours("hours", text)
	if err == nil && (h < planner.MinEntryHours || h > planner.MaxEntryHours) {
		err = planner.Invalidf("hours", "hours must be between %s and %d", planner.FormatHours(planner.MinEntryHours), planner.MaxEntryHours)
	}
	return h, err
}

// onSave logs the hours and updates every screen, since progress changed.
func (s *timerStop) onSave() {
	h, err := s.read()
	if err == nil {
		var e planner.Entry
		if e, err = s.t.ui.deps.Service.StopTimerLogging(h); err == nil {
			s.dlg.Hide()
			t := s.t
			t.timer, t.has = planner.Timer{}, false
			t.ui.refreshAll()
			t.state.SetText(fmt.Sprintf(lang.L("Logged %s of %s for %s."), fmtHours(e.Hours), entryKindName(e.Kind), e.Code))
			return
		}
	}
	if planner.KindOf(err) != planner.Invalid {
		s.dlg.Hide()
		s.t.ui.showError(err)
		return
	}
	s.problem.SetText(err.Error())
	s.problem.Show()
}

// onDiscard drops the timed practice; the dialog was the question already.
func (s *timerStop) onDiscard() {
	s.dlg.Hide()
	s.t.discardNow()
}
