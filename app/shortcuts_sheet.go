package app

import (
	"runtime"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// actionShortcut is a window-wide Ctrl (Cmd on macOS) key for a frequent
// action, listed in the shortcuts sheet with what it does.
type actionShortcut struct {
	key  fyne.KeyName
	what string
	run  func()
}

// actionShortcuts are the keys for what a learner does most.
func (u *UI) actionShortcuts() []actionShortcut {
	return []actionShortcut{
		{fyne.KeyL, lang.L("Log time: open the log form at the hours"), u.startLogging},
		{fyne.KeyT, lang.L("Start the timer, or stop it"), u.toggleTimer},
		{fyne.KeyN, lang.L("New target: type its code, then Enter"), u.startNewTarget},
		{fyne.KeyE, lang.L("Export the log as CSV"), func() { u.selectScreen(logTab); u.logScreen().chooseExportCSV() }},
		{fyne.KeySlash, lang.L("Show these shortcuts (also F1)"), u.showShortcuts},
	}
}

// startLogging opens the Log screen with the cursor in a new entry's hours.
func (u *UI) startLogging() {
	u.selectScreen(logTab)
	f := u.logScreen().form
	if f.editing != 0 {
		f.startNew(false)
	}
	u.win.Canvas().Focus(f.hours)
}

// startNewTarget opens the Plan screen with the cursor in the row that adds
// a target.
func (u *UI) startNewTarget() {
	u.selectScreen(planTab)
	u.win.Canvas().Focus(u.planScreen().targets.addCode)
}

// toggleTimer starts the Today timer, or resumes it, or opens its stop dialog.
func (u *UI) toggleTimer() {
	u.selectScreen(todayTab)
	t := u.today.timer
	switch {
	case t.has && t.timer.Running():
		t.onStop()
	case !t.start.Disabled():
		t.onStart()
	}
}

// onKeyWithoutFocus opens the sheet on F1 when no field has the focus (a
// focused field receives plain keys itself), and Escape closes the dialog
// on top, the way Cancel does: Fyne's dialogs do not listen for Escape.
// Every dialog of the app makes its change only on its confirming button,
// so closing one changes nothing.
func (u *UI) onKeyWithoutFocus(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyF1:
		u.showShortcuts()
	case fyne.KeyEscape:
		if top := u.win.Canvas().Overlays().Top(); top != nil {
			top.Hide()
			u.win.Canvas().Overlays().Remove(top)
		}
	}
}

// shortcutSheet lists every shortcut as key and action pairs.
func (u *UI) shortcutSheet() [][2]string {
	mod := "Ctrl+"
	if runtime.GOOS == "darwin" {
		mod = "Cmd+"
	}
	var rows [][2]string
	for i := range u.screens[:min(len(u.screens), len(screenKeys))] {
		rows = append(rows, [2]string{mod + strconv.Itoa(i+1), lang.L("Show") + " " + u.tabTitle(tabID(i))})
	}
	for _, a := range u.actionShortcuts() {
		rows = append(rows, [2]string{mod + keyLabel(a.key), a.what})
	}
	return append(rows,
		[2]string{"F1", lang.L("Show these shortcuts")},
		[2]string{mod + "Q", lang.L("Quit")},
		[2]string{"Tab / Shift+Tab", lang.L("Next / previous field")},
		[2]string{"Enter", lang.L("Save the log entry (in a one-line field)")},
		[2]string{"Escape", lang.L("Close a pop-up or dialog; abandon a log entry's edit")},
	)
}

func keyLabel(k fyne.KeyName) string {
	if k == fyne.KeySlash {
		return "/"
	}
	return string(k)
}

// showShortcuts opens the sheet.
func (u *UI) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, r := range u.shortcutSheet() {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), grid, u.win)
}
