package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// codeField is a certification code with completion from the whole
// catalog, retired codes included: a wallet records what was earned years
// ago, under the code of the time.
type codeField struct {
	entry *widget.SelectEntry
	all   []string
}

func newCodeField(cat *catalog.Catalog, placeholder string) *codeField {
	f := &codeField{}
	for _, e := range cat.All() {
		f.all = append(f.all, e.Code)
	}
	f.entry = widget.NewSelectEntry(f.all)
	f.entry.PlaceHolder = placeholder
	f.entry.OnChanged = func(string) { f.entry.SetOptions(f.matching()) }
	return f
}

// matching lists the codes that contain what was typed, all of them when
// nothing was.
func (f *codeField) matching() []string {
	typed := strings.ToUpper(strings.TrimSpace(f.entry.Text))
	if typed == "" {
		return f.all
	}
	var out []string
	for _, c := range f.all {
		if strings.Contains(c, typed) {
			out = append(out, c)
		}
	}
	return out
}

func (f *codeField) code() string { return strings.TrimSpace(f.entry.Text) }

// fieldErrors shows the planner's one-sentence message next to the input
// it names, or under the form when it names none the form has.
type fieldErrors struct {
	labels  map[string]*widget.Label // keyed by planner.FieldOf names
	general *widget.Label
}

func newFieldErrors(fields ...string) *fieldErrors {
	e := &fieldErrors{labels: map[string]*widget.Label{}, general: errorLabel()}
	for _, f := range fields {
		e.labels[f] = errorLabel()
	}
	return e
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// under stacks an input with its error line.
func (e *fieldErrors) under(field string, input fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(input, e.labels[field])
}

func (e *fieldErrors) show(err error) {
	e.clear()
	l := e.labels[planner.FieldOf(err)]
	if l == nil {
		l = e.general
	}
	l.SetText(err.Error())
	l.Show()
}

func (e *fieldErrors) clear() {
	for _, l := range e.labels {
		l.Hide()
	}
	e.general.Hide()
}

// shown is the message on display, "" if none.
func (e *fieldErrors) shown() string {
	for _, l := range e.labels {
		if l.Visible() {
			return l.Text
		}
	}
	if e.general.Visible() {
		return e.general.Text
	}
	return ""
}

// submitOnEnter makes Enter in any of a form's entries do what its button
// does, as in the Log form, after whatever Enter already did there (a date
// field applies its text first).
func submitOnEnter(submit func(), entries ...*widget.Entry) {
	for _, e := range entries {
		before := e.OnSubmitted
		e.OnSubmitted = func(text string) {
			if before != nil {
				before(text)
			}
			submit()
		}
	}
}
