package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// logForm adds a log entry, or edits the one picked in the list. The
// planner checks every field; its first complaint is shown under the field
// it names and nothing is saved until all is well.
type logForm struct {
	ui *UI

	heading  *widget.Label
	kind     *widget.RadioGroup
	cert     *widget.Select
	date     *formEntry
	hours    *formEntry
	domain   *widget.Select
	services *servicesField
	note     *formEntry
	link     *formEntry

	errs    map[string]*widget.Label // keyed by planner.FieldOf names
	general *widget.Label            // a problem no field owns

	save, clear, remove *widget.Button

	editing uint64 // the entry shown, or 0 for a new one
	onDone  func(message string)
	box     fyne.CanvasObject
}

// Fields the planner names in its errors, in the order the form shows them.
var logFormFields = []string{"kind", "cert", "date", "hours", "domain", "services", "note", "link"}

func newLogForm(u *UI, onDone func(message string)) *logForm {
	f := &logForm{ui: u, onDone: onDone, errs: map[string]*widget.Label{}}
	f.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.heading.SizeName = theme.SizeNameSubHeadingText
	f.kind = widget.NewRadioGroup([]string{lang.L("Study"), lang.L("Lab")}, nil)
	f.kind.Horizontal = true
	f.kind.Required = true // every entry is one or the other; Space must not clear it
	f.cert = widget.NewSelect(nil, f.onCertChosen)
	f.cert.PlaceHolder = lang.L("Choose…")
	f.date = newFormEntry(f.cancel)
	f.date.SetPlaceHolder("YYYY-MM-DD")
	f.hours = newFormEntry(f.cancel)
	f.hours.SetPlaceHolder(lang.L("e.g. 1.5"))
	f.domain = widget.NewSelect([]string{noDomain()}, nil)
	f.services = newServicesField()
	f.note = newFormNoteEntry(f.cancel)
	f.note.SetMinRowsVisible(3)
	f.note.SetPlaceHolder(lang.L("What you did, what to revisit"))
	f.link = newFormEntry(f.cancel)
	f.link.SetPlaceHolder("https://…")
	f.watchFields()
	submit := func(string) { f.onSave() }
	for _, e := range []*widget.Entry{&f.date.Entry, &f.hours.Entry, &f.services.entry.Entry, &f.note.Entry, &f.link.Entry} {
		e.OnSubmitted = submit // Enter saves; in the note, Shift+Enter does
	}

	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.clear = widget.NewButtonWithIcon(lang.L("New"), theme.ContentAddIcon(), func() { f.startNew(false) })
	f.remove = widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), f.onDelete)
	f.remove.Importance = widget.DangerImportance

	inputs := map[string]fyne.CanvasObject{
		"kind": f.kind, "cert": f.cert, "date": f.date, "hours": f.hours, "domain": f.domain,
		"services": f.services.entry, "note": f.note, "link": f.link,
	}
	names := map[string]string{
		"kind": lang.L("Kind"), "cert": lang.L("Certification"), "date": lang.L("Date"), "hours": lang.L("Hours"),
		"domain": lang.L("Domain"), "services": lang.L("Services"), "note": lang.L("Note"), "link": lang.L("Link"),
	}
	grid := container.New(layout.NewFormLayout())
	for _, field := range logFormFields {
		msg := widget.NewLabel("")
		msg.Importance = widget.DangerImportance
		msg.Wrapping = fyne.TextWrapWord
		msg.Hide()
		f.errs[field] = msg
		grid.Add(widget.NewLabel(names[field]))
		grid.Add(container.NewVBox(inputs[field], msg))
	}
	f.general = widget.NewLabel("")
	f.general.Importance = widget.DangerImportance
	f.general.Wrapping = fyne.TextWrapWord
	f.general.Hide()

	f.box = container.NewVBox(f.heading, grid, f.general,
		container.NewHBox(f.save, f.clear, layout.NewSpacer(), f.remove))
	return f
}

// setCerts offers codes, keeping the current choice.
func (f *logForm) setCerts(codes []string) {
	f.cert.SetOptions(codes)
	if f.cert.Selected == "" && len(codes) > 0 {
		f.cert.SetSelected(codes[0])
	}
}

// onCertChosen offers that exam's domains, keeping the chosen one if it
// belongs to the new exam too.
func (f *logForm) onCertChosen(code string) {
	choices := domainChoices(f.ui.deps.Service, code)
	keep := f.domain.Selected
	f.domain.SetOptions(choices)
	if !slices.Contains(choices, keep) {
		keep = noDomain()
	}
	f.domain.SetSelected(keep)
	f.recheck()
}

// startNew empties the form for a new entry. After a save the kind,
// certification, date and domain stay, since practice is usually logged in
// runs of similar entries.
func (f *logForm) startNew(keepContext bool) {
	f.editing = 0
	f.heading.SetText(lang.L("New entry"))
	f.save.SetText(lang.L("Add to log"))
	f.remove.Disable()
	if !keepContext {
		f.kind.SetSelected(lang.L("Study"))
		f.date.SetText(f.ui.deps.Service.Today().String())
		f.domain.SetSelected(noDomain())
	}
	f.hours.SetText("")
	f.services.entry.SetText("")
	f.note.SetText("")
	f.link.SetText("")
	f.clearErrors()
}

// cancel is Escape in a field: an edit is abandoned and the form is ready
// for a new entry; a new entry being typed is emptied.
func (f *logForm) cancel() {
	f.startNew(f.editing == 0)
}

// load shows an entry for editing.
func (f *logForm) load(e planner.Entry) {
	f.editing = e.ID
	f.heading.SetText(fmt.Sprintf(lang.L("Entry of %s"), e.Date))
	f.save.SetText(lang.L("Save changes"))
	f.remove.Enable()
	f.kind.SetSelected(entryKindName(e.Kind))
	if !slices.Contains(f.cert.Options, e.Code) { // a code no longer offered, e.g. from an import
		f.cert.SetOptions(append(f.cert.Options, e.Code))
	}
	f.cert.SetSelected(e.Code)
	f.onCertChosen(e.Code)
	f.domain.SetSelected(orNoDomain(e.Domain))
	f.date.SetText(e.Date.String())
	f.hours.SetText(planner.FormatHours(e.Hours))
	f.services.entry.SetText(strings.Join(e.Services, ", "))
	f.note.SetText(e.Note)
	f.link.SetText(e.Link)
	f.clearErrors()
}

// read turns the fields into an entry, or an error naming the field.
func (f *logForm) read() (planner.Entry, error) {
	e := planner.Entry{ID: f.editing, Code: f.cert.Selected, Domain: domainOf(f.domain.Selected),
		Services: f.services.services(), Note: f.note.Text, Link: strings.TrimSpace(f.link.Text)}
	switch f.kind.Selected {
	case lang.L("Study"):
		e.Kind = planner.Study
	case lang.L("Lab"):
		e.Kind = planner.Lab
	default:
		return e, planner.Invalidf("kind", "%s", lang.L("choose study or lab"))
	}
	if e.Code == "" {
		return e, planner.Invalidf("cert", "%s", lang.L("choose a certification"))
	}
	d, err := planner.ParseDate(strings.TrimSpace(f.date.Text))
	if err != nil {
		return e, planner.Invalidf("date", "%v", err)
	}
	e.Date = d
	hours := strings.TrimSpace(strings.ReplaceAll(f.hours.Text, ",", "."))
	if hours == "" {
		return e, planner.Invalidf("hours", "%s", lang.L("enter the hours spent, e.g. 1.5"))
	}
	if e.Hours, err = planner.ParseHours("hours", hours); err != nil {
		return e, err
	}
	return e, nil
}

// onSave adds or updates the entry, then refreshes every screen: progress,
// charts and the plan all depend on the log.
func (f *logForm) onSave() {
	svc := f.ui.deps.Service
	e, err := f.read()
	if err == nil {
		if f.editing == 0 {
			e, err = svc.AddEntry(e)
		} else {
			err = svc.UpdateEntry(e)
		}
	}
	if err != nil {
		f.showError(err)
		return
	}
	msg := fmt.Sprintf(lang.L("Added %s of %s on %s."), fmtHours(e.Hours), e.Code, e.Date)
	if f.editing != 0 {
		msg = fmt.Sprintf(lang.L("Saved the entry of %s."), e.Date)
	}
	f.startNew(true)
	f.ui.refreshAll()
	f.onDone(msg)
}

func (f *logForm) onDelete() {
	if f.editing == 0 {
		return
	}
	id := f.editing
	d := dialog.NewConfirm(lang.L("Delete this entry?"),
		fmt.Sprintf(lang.L("The entry of %s (%s, %s h) will be removed from the log."), f.date.Text, f.cert.Selected, f.hours.Text),
		func(ok bool) {
			if ok {
				f.deleteNow(id)
			}
		}, f.ui.win)
	d.SetConfirmText(lang.L("Delete"))
	d.SetDismissText(lang.L("Cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

func (f *logForm) deleteNow(id uint64) {
	svc := f.ui.deps.Service
	e, err := svc.Entry(id)
	if err == nil {
		err = svc.DeleteEntry(id)
	}
	if err != nil {
		f.ui.showError(err)
		return
	}
	f.startNew(true)
	f.ui.refreshAll()
	f.onDone(lang.L("Entry deleted."))
	f.ui.undo.offer(fmt.Sprintf(lang.L("Deleted the entry of %s (%s, %s)."), e.Date, e.Code, fmtHours(e.Hours)), func() {
		if _, err := svc.RestoreEntry(e); err != nil {
			f.ui.showError(err)
		}
		f.ui.refreshAll()
	})
}

// showError puts the message under the field the planner named.
func (f *logForm) showError(err error) {
	f.clearErrors()
	msg := f.errs[planner.FieldOf(err)]
	if msg == nil {
		msg = f.general
	}
	msg.SetText(err.Error())
	msg.Show()
}

// watchFields re-checks the form on every change while a message shows, so
// a message goes as soon as its field is right (see recheck).
func (f *logForm) watchFields() {
	changed := func(string) { f.recheck() }
	for _, e := range []*widget.Entry{&f.date.Entry, &f.hours.Entry, &f.services.entry.Entry, &f.note.Entry, &f.link.Entry} {
		e.OnChanged = changed
	}
	f.kind.OnChanged = changed
	f.domain.OnChanged = changed
}

// recheck updates the message shown: it goes when the form is valid or the
// problem has moved to another field (that one is named on the next save,
// not while the learner is still typing), and it follows the field's text
// while that field is still wrong.
func (f *logForm) recheck() {
	shown := ""
	for field, msg := range f.errs {
		if msg.Visible() {
			shown = field
		}
	}
	if shown == "" && !f.general.Visible() {
		return
	}
	e, err := f.read()
	if err == nil {
		err = f.ui.deps.Service.CheckEntry(e)
	}
	if err != nil && planner.FieldOf(err) == shown && shown != "" {
		f.errs[shown].SetText(err.Error())
		return
	}
	f.clearErrors()
}

func (f *logForm) clearErrors() {
	for _, msg := range f.errs {
		msg.Hide()
	}
	f.general.Hide()
}
