package app

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// planEntry is a single-line entry that hands its text over when the
// learner is done with it: on Enter, or when focus moves on (Tab, a click
// elsewhere). It commits only text that differs from the value last loaded or
// accepted, so tabbing through a form saves nothing and recomputes nothing.
type planEntry struct {
	widget.Entry
	accepted string
	onCommit func(text string)
	// recheck, when set, tells whether the text typed so far is valid. It
	// runs on every keystroke while the field has a problem showing, so the
	// message goes as soon as the text is right (and is kept up to date
	// while it is still wrong), not only when the field is applied.
	recheck func(text string) error
	// problemShowing reports whether this field's own problem is on its
	// message line (several fields may share a line).
	problemShowing func() bool
	onRecheck      func(err error)
}

func newPlanEntry(placeholder string, onCommit func(text string)) *planEntry {
	e := &planEntry{onCommit: onCommit}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = placeholder
	e.OnSubmitted = func(string) { e.commit() }
	e.OnChanged = func(text string) { e.live(text) }
	return e
}

// checkAsTyped makes the entry re-check its text while a problem shows:
// check says what is wrong (nil when valid) and show puts the result on the
// field's message line.
func (e *planEntry) checkAsTyped(check func(text string) error, showing func() bool, show func(err error)) {
	e.recheck, e.problemShowing, e.onRecheck = check, showing, show
}

func (e *planEntry) live(text string) {
	if e.recheck == nil || !e.problemShowing() {
		return
	}
	e.onRecheck(e.recheck(text))
}

// FocusLost commits what was typed, the way desktop forms apply a field when
// the learner tabs or clicks away from it.
func (e *planEntry) FocusLost() {
	e.Entry.FocusLost()
	e.commit()
}

func (e *planEntry) commit() {
	if e.Text == e.accepted || e.onCommit == nil {
		return
	}
	e.onCommit(e.Text)
}

// accept records text as the saved value and shows it, normalised (a typed
// "2.50" reads back as "2.5").
func (e *planEntry) accept(text string) {
	e.accepted = text
	if e.Text != text {
		e.SetText(text)
	}
}

// reject forgets the accepted value after the learner's text was refused, so
// that typing the saved value back commits too and clears the problem.
func (e *planEntry) reject() { e.accepted = "\x00" }

// newPlanFieldMessage is the small line under an input that says what is wrong
// with it; it takes no room while there is nothing to say.
func newPlanFieldMessage() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

// showPlanFieldError puts err's message under its field, or clears the line.
func showPlanFieldError(l *widget.Label, err error) {
	if err == nil {
		l.SetText("")
		l.Hide()
		return
	}
	l.SetText(planSentence(err.Error()))
	l.Show()
}

// hasPlanFieldError reports whether a field's message line is showing a problem.
func hasPlanFieldError(l *widget.Label) bool { return l.Visible() && l.Text != "" }

// planSentence capitalises a planner message for display on its own line
// ("tue must be…" reads "Tue must be…").
func planSentence(msg string) string {
	r, n := utf8.DecodeRuneInString(msg)
	if n == 0 {
		return msg
	}
	return string(unicode.ToUpper(r)) + msg[n:]
}
