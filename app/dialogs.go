package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// showWarning tells the learner about a problem that did not stop the app.
func (u *UI) showWarning(title string, err error) {
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.L("OK"), container.NewGridWrap(fyne.NewSize(460, 120), msg), u.win)
	d.Show()
}

// chooseSaveFile asks where to save a file, suggesting name, then calls
// write with the chosen path. The dialog's own file is closed first: every
// export is written beside it and renamed over it.
func (u *UI) chooseSaveFile(name, ext string, write func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		write(path)
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

// chooseOpenFile asks for a file to read, then calls read with its path.
func (u *UI) chooseOpenFile(ext string, read func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		read(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

// showError reports a failed action.
func (u *UI) showError(err error) { dialog.ShowError(err, u.win) }

// ShowFatal fills w with a message explaining why the app cannot start (the
// data folder is in use, was written by a newer version, or is damaged) and
// a button that quits, in a window sized for it. It never panics and writes
// nothing.
func ShowFatal(w fyne.Window, err error) {
	showFatalContent(w, err)
	w.Resize(fyne.NewSize(520, 180))
}

// showFatalContent puts ShowFatal's message and Quit button in w.
func showFatalContent(w fyne.Window, err error) {
	w.SetTitle("CertPlan")
	w.SetIcon(appIcon)
	text := err.Error()
	if planner.KindOf(err) == planner.Damaged {
		text += "\n\n" + lang.L("To get your data back: restore a backup with certplan restore FILE, or save what is readable with certplan doctor --salvage NEW-FOLDER.")
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton(lang.L("Quit"), func() { w.Close() })
	quit.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(lang.L("CertPlan cannot open"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.SetContent(container.NewPadded(container.NewBorder(title, container.NewHBox(quit), nil, nil, msg)))
	// Enter or Escape dismisses it, as a message box does.
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter || k.Name == fyne.KeyEscape {
			w.Close()
		}
	})
}
