package app

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// firstRunStep is one page of the first-run guide. leave checks the page's
// input before the guide moves on; nil when there is nothing to check.
type firstRunStep struct {
	title string
	body  fyne.CanvasObject
	leave func() error
}

// firstRunGuide walks a brand-new learner through setting up a plan in a
// few pages: role, experience, public holidays, hours, certifications
// already held, then the suggested exams. Nothing is saved until the last
// page, so Skip at any point leaves the data folder as it was. Enter moves
// on and Escape skips, so the whole guide works from the keyboard.
type firstRunGuide struct {
	ui    *UI
	form  *firstRunForm
	steps []firstRunStep
	at    int

	heading *widget.Label
	counter *widget.Label
	message *widget.Label
	page    *fyne.Container
	content *fyne.Container // the whole dialog body, laid out again after a change
	back    *widget.Button
	next    *widget.Button
	skip    *widget.Button
	dlg     *dialog.CustomDialog

	keysBefore func(*fyne.KeyEvent) // the window's key handler, given back on close
}

// ShowFirstRunIfNew opens the first-run guide when the data folder has no
// targets, availability or wallet records, once per session: a learner who
// skips it is not asked again until the next start. Call it on the UI
// goroutine once the window is built.
func (u *UI) ShowFirstRunIfNew() {
	if u.firstRunOffered {
		return
	}
	fresh, err := u.deps.Service.IsNewLearner()
	if err != nil {
		log.Printf("first-run guide: %v", err)
		return
	}
	if fresh {
		u.showFirstRunGuide()
	}
}

// showFirstRunGuide opens the guide whatever the data folder holds, as the
// Settings screen's "Run the first-run guide again" does.
func (u *UI) showFirstRunGuide() {
	u.firstRunOffered = true
	if u.guide != nil {
		return // already open
	}
	g := &firstRunGuide{ui: u}
	g.form = newFirstRunForm(u, g.goNext, g.close)
	g.steps = g.form.steps(g.restoreBackup)
	g.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	g.counter = widget.NewLabel("")
	g.message = widget.NewLabel("")
	g.message.Truncation = fyne.TextTruncateEllipsis // one line: a wrapped label in the footer gets no height until laid out twice
	g.message.Importance = widget.DangerImportance
	g.message.Hide()
	g.page = container.NewStack()
	g.back = widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), g.goBack)
	g.skip = widget.NewButton(lang.L("Skip"), g.close)
	g.next = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), g.goNext)
	g.next.Importance = widget.HighImportance
	g.next.IconPlacement = widget.ButtonIconTrailingText

	hint := widget.NewLabel(lang.L("Enter: next · Escape: skip"))
	hint.Importance = widget.LowImportance
	buttons := container.NewBorder(nil, nil, container.NewHBox(g.skip, hint), container.NewHBox(g.back, g.next))
	top := container.NewBorder(nil, nil, nil, g.counter, g.heading)
	g.content = container.NewBorder(top, container.NewVBox(g.message, buttons), nil, nil, container.NewVScroll(g.page))

	g.dlg = dialog.NewCustomWithoutButtons(lang.L("Welcome to CertPlan"), g.content, u.win)
	g.dlg.Resize(fyne.NewSize(680, 560))
	c := u.win.Canvas()
	g.keysBefore = c.OnTypedKey()
	c.SetOnTypedKey(g.onKey)
	u.guide = g
	g.show(0)
	g.dlg.Show()
}

// show puts page i on screen.
func (g *firstRunGuide) show(i int) {
	g.at = i
	s := g.steps[i]
	g.heading.SetText(s.title)
	g.counter.SetText(fmt.Sprintf(lang.L("Step %d of %d"), i+1, len(g.steps)))
	g.page.Objects = []fyne.CanvasObject{s.body}
	g.page.Refresh()
	g.showMessage(nil)
	if i == 0 {
		g.back.Disable()
	} else {
		g.back.Enable()
	}
	if g.last() {
		g.form.showPath() // the role or held certifications may have changed
		g.next.SetText(g.form.finishLabel())
		g.next.SetIcon(theme.ConfirmIcon())
	} else {
		g.next.SetText(lang.L("Next"))
		g.next.SetIcon(theme.NavigateNextIcon())
	}
	g.ui.win.Canvas().Unfocus() // Enter and Escape reach the guide, not a field left focused
	g.content.Refresh()
}

func (g *firstRunGuide) last() bool { return g.at == len(g.steps)-1 }

// goNext checks the page, then moves on; on the last page it saves
// everything and shows the plan.
func (g *firstRunGuide) goNext() {
	if leave := g.steps[g.at].leave; leave != nil {
		if err := leave(); err != nil {
			g.showMessage(err)
			return
		}
	}
	if !g.last() {
		g.show(g.at + 1)
		return
	}
	err := g.form.apply()
	g.ui.refreshAll()
	if err != nil {
		g.showMessage(err)
		return
	}
	g.close()
	g.ui.selectScreen(planTab)
}

func (g *firstRunGuide) goBack() {
	if g.at > 0 {
		g.show(g.at - 1)
	}
}

func (g *firstRunGuide) showMessage(err error) {
	if err == nil {
		g.message.Hide()
	} else {
		g.message.SetText(err.Error())
		g.message.Show()
	}
	if g.content != nil {
		g.content.Refresh() // the footer grows or shrinks by the message's line
	}
}

// close hides the guide and gives the window its keys back; whatever was
// not saved yet is dropped.
func (g *firstRunGuide) close() {
	if g.ui.guide != g {
		return
	}
	g.ui.guide = nil
	g.ui.win.Canvas().SetOnTypedKey(g.keysBefore)
	g.dlg.Hide()
}

// onKey handles keys typed while no field has the focus.
func (g *firstRunGuide) onKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		g.goNext()
	case fyne.KeyEscape:
		g.close()
	default:
		if g.keysBefore != nil {
			g.keysBefore(k)
		}
	}
}

// restoreBackup brings a backup in instead, for a learner moving to a new
// computer: the guide closes once the restore has succeeded.
func (g *firstRunGuide) restoreBackup() {
	g.ui.settingsScreen().chooseRestoreFileThen(g.close)
}
