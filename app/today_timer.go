package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// todayTimer is the stopwatch card: pick what to practise, start, pause and
// resume, then stop to log the time or discard it. The timer lives in the
// store, not here, so a block of practice survives closing the app; this
// card only shows it and redraws the reading every second while it runs.
type todayTimer struct {
	ui *UI

	cert    *widget.Select
	kind    *widget.RadioGroup
	domain  *widget.Select
	reading *widget.Label // h:mm:ss
	state   *widget.Label // what is timed, or what just happened

	start, pause, stop, discard *widget.Button

	timer   planner.Timer // the stored timer, valid while has is true
	has     bool
	ticking *ticker
	box     fyne.CanvasObject
}

func newTodayTimer(u *UI) *todayTimer {
	t := &todayTimer{ui: u}
	t.cert = widget.NewSelect(nil, t.onCertChosen)
	t.cert.PlaceHolder = lang.L("Certification")
	t.kind = widget.NewRadioGroup([]string{lang.L("Study"), lang.L("Lab")}, nil)
	t.kind.Horizontal = true
	t.kind.Required = true
	t.kind.SetSelected(lang.L("Study"))
	t.domain = widget.NewSelect([]string{noDomain()}, nil)
	t.domain.SetSelectedIndex(0)

	t.reading = widget.NewLabelWithStyle(fmtElapsed(0), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	t.reading.SizeName = theme.SizeNameHeadingText
	t.state = widget.NewLabel("")
	t.state.Wrapping = fyne.TextWrapWord

	t.start = widget.NewButtonWithIcon(lang.L("Start"), theme.MediaPlayIcon(), t.onStart)
	t.start.Importance = widget.HighImportance
	t.pause = widget.NewButtonWithIcon(lang.L("Pause"), theme.MediaPauseIcon(), t.onPause)
	t.stop = widget.NewButtonWithIcon(lang.L("Stop…"), theme.MediaStopIcon(), t.onStop)
	t.discard = widget.NewButtonWithIcon(lang.L("Discard"), theme.DeleteIcon(), t.onDiscard)

	pick := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Certification")), t.cert,
		widget.NewLabel(lang.L("Kind")), t.kind,
		widget.NewLabel(lang.L("Domain")), t.domain,
	)
	buttons := container.NewHBox(t.start, t.pause, t.stop, t.discard)
	t.box = container.NewVBox(pick, t.reading, t.state, buttons)
	return t
}

// load reads the stored timer and the choices, and shows them.
func (t *todayTimer) load() {
	svc := t.ui.deps.Service
	codes := certChoices(svc, false)
	t.cert.SetOptions(codes)
	stored, ok, err := svc.Timer()
	if err != nil {
		t.state.SetText(lang.L("Could not read the timer:") + " " + err.Error())
	}
	t.timer, t.has = stored, ok && err == nil
	switch {
	case t.has:
		t.cert.SetSelected(stored.Code)
		t.kind.SetSelected(entryKindName(stored.Kind))
		t.domain.SetSelected(orNoDomain(stored.Domain))
	case t.cert.Selected == "" && len(codes) > 0:
		t.cert.SetSelected(codes[0])
	}
	t.show()
}

func orNoDomain(d string) string {
	if d == "" {
		return noDomain()
	}
	return d
}

// onCertChosen offers the chosen exam's domains.
func (t *todayTimer) onCertChosen(code string) {
	choices := domainChoices(t.ui.deps.Service, code)
	t.domain.SetOptions(choices)
	if !slices.Contains(choices, t.domain.Selected) {
		t.domain.SetSelectedIndex(0)
	}
	if !t.has {
		t.start.Enable()
	}
}

// show sets the buttons, the reading and the ticker from the timer's state.
func (t *todayTimer) show() {
	running := t.has && t.timer.Running()
	setEnabled(t.cert, !t.has)
	setEnabled(t.kind, !t.has)
	setEnabled(t.domain, !t.has)
	setEnabled(t.start, !running && t.cert.Selected != "")
	setEnabled(t.pause, running)
	setEnabled(t.stop, t.has)
	setEnabled(t.discard, t.has)
	if t.has && !running {
		t.start.SetText(lang.L("Resume"))
	} else {
		t.start.SetText(lang.L("Start"))
	}
	if !t.has && t.state.Text == "" {
		t.state.SetText(lang.L("Pick what you practise, then start the clock."))
	}
	if t.has {
		what := t.timer.Code + " · " + entryKindName(t.timer.Kind)
		if t.timer.Domain != "" {
			what += " · " + t.timer.Domain
		}
		if running {
			t.state.SetText(lang.L("Running:") + " " + what)
		} else {
			t.state.SetText(lang.L("Paused:") + " " + what)
		}
	}
	t.showReading()
	if running {
		t.startTicking()
	} else {
		t.stopTicking()
	}
}

// showReading redraws the elapsed time; the ticker calls it every second.
func (t *todayTimer) showReading() {
	var d time.Duration
	if t.has {
		d = t.timer.Elapsed(t.ui.deps.Service.Now())
	}
	t.reading.SetText(fmtElapsed(d))
}

func (t *todayTimer) startTicking() {
	if t.ticking == nil {
		t.ticking = startTicker(timerTickEvery, t.showReading)
	}
}

// stopTicking ends the ticker's goroutine, if one runs.
func (t *todayTimer) stopTicking() {
	if t.ticking != nil {
		t.ticking.Stop()
		t.ticking = nil
	}
}

func (t *todayTimer) onStart() {
	kind := planner.Study
	if t.kind.Selected == lang.L("Lab") {
		kind = planner.Lab
	}
	stored, err := t.ui.deps.Service.StartTimer(t.cert.Selected, kind, domainOf(t.domain.Selected))
	if err != nil {
		t.ui.showError(err)
		return
	}
	t.timer, t.has = stored, true
	t.show()
}

func (t *todayTimer) onPause() {
	stored, err := t.ui.deps.Service.PauseTimer()
	if err != nil {
		t.ui.showError(err)
		return
	}
	t.timer = stored
	t.show()
}

func (t *todayTimer) onDiscard() {
	elapsed := fmtElapsed(t.timer.Elapsed(t.ui.deps.Service.Now()))
	dialog.ShowConfirm(lang.L("Discard the timer?"),
		fmt.Sprintf(lang.L("%s of timed practice will not be logged."), elapsed),
		func(ok bool) {
			if ok {
				t.discardNow()
			}
		}, t.ui.win)
}

func (t *todayTimer) discardNow() {
	if err := t.ui.deps.Service.DiscardTimer(); err != nil {
		t.ui.showError(err)
		return
	}
	t.timer, t.has = planner.Timer{}, false
	t.state.SetText(lang.L("Timer discarded; nothing was logged."))
	t.show()
}
