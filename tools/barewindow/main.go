// Command barewindow is the reference the start-up benchmark compares
// CertPlan with: a label in a window, on the same Fyne version and the
// same first-frame measurement (app/firstframe), at the app's default
// window size.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"certplan/app/firstframe"
)

func main() {
	firstframe.Start()
	a := fyneapp.NewWithID("io.certplan.barewindow")
	w := a.NewWindow("Bare window")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1100, 740))
	firstframe.Watch(a, w)
	w.ShowAndRun()
}
