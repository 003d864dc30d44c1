package app

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const (
	prefCalendarSync = "calendar.sync"
	prefCalendarPath = "calendar.path"
)

// calendarFile keeps one .ics file, at a path the learner picks, up to date
// after every change to the plan or the wallet, so a calendar app that
// subscribes to the file always shows the current exams, sessions and
// renewal deadlines. The setting lives in the app's preferences, beside the
// window size.
type calendarFile struct {
	ui      *UI
	enabled *widget.Check
	path    *widget.Entry
	browse  *widget.Button
	status  *widget.Label
	box     fyne.CanvasObject

	writing     sync.Mutex // one write at a time; each reads the data when it starts
	failedShown bool       // a failure is shown once, until a write succeeds or the setting changes
}

func newCalendarFile(u *UI) *calendarFile {
	c := &calendarFile{ui: u}
	p := u.app.Preferences()
	c.path = widget.NewEntry()
	c.path.PlaceHolder = lang.L("Path of the .ics file")
	c.path.SetText(p.String(prefCalendarPath))
	c.path.OnChanged = func(text string) {
		p.SetString(prefCalendarPath, strings.TrimSpace(text))
		c.failedShown = false
	}
	c.path.OnSubmitted = func(string) { c.changed() }
	c.enabled = widget.NewCheck(lang.L("Keep a calendar file up to date after every change"), nil)
	c.enabled.SetChecked(p.Bool(prefCalendarSync))
	c.enabled.OnChanged = func(on bool) {
		p.SetBool(prefCalendarSync, on)
		c.failedShown = false
		c.changed()
	}
	c.browse = widget.NewButtonWithIcon(lang.L("Browse…"), theme.FolderOpenIcon(), func() {
		u.chooseSaveFile("certplan.ics", ".ics", func(path string) {
			c.path.SetText(path)
			c.changed()
		})
	})
	c.status = widget.NewLabel("")
	c.status.Wrapping = fyne.TextWrapWord
	c.box = container.NewVBox(c.enabled, container.NewBorder(nil, nil, nil, c.browse, c.path), c.status)
	return c
}

// changed rewrites the file, when the setting is on, off the UI goroutine.
func (c *calendarFile) changed() {
	path := strings.TrimSpace(c.path.Text)
	if !c.enabled.Checked || path == "" {
		c.status.SetText("")
		return
	}
	var err error
	c.ui.inBackground(func() {
		c.writing.Lock()
		defer c.writing.Unlock()
		_, err = c.ui.deps.Service.ExportCalendar(path)
	}, func() { c.report(path, err) })
}

func (c *calendarFile) report(path string, err error) {
	if err == nil {
		c.failedShown = false
		c.status.SetText(fmt.Sprintf(lang.L("Written to %s at %s."), path, c.ui.deps.Service.Now().Format(time.TimeOnly)))
		return
	}
	c.status.SetText(lang.L("The calendar file could not be written:") + " " + err.Error())
	if !c.failedShown {
		c.failedShown = true
		c.ui.showWarning(lang.L("The calendar file could not be written"), err)
	}
}
