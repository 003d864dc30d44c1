package app

import "fyne.io/fyne/v2"

// setEnabled switches a widget on or off by a condition, so callers state
// when it is usable instead of branching between Enable and Disable.
func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}
