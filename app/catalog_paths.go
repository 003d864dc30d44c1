package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// catalogPaths is the Catalog screen's right pane: pick a job role, see the
// suggested order of exams for it, open any step, and plan the whole path
// in one go.
type catalogPaths struct {
	cat       *catalog.Catalog
	planned   func(code string) bool
	onChoose  func(code string)
	onAddPath func(p catalog.Path) (report string)

	all    []catalog.Path
	path   catalog.Path // the chosen role's path
	chosen string       // code in the details pane, kept selected among the steps

	role   *widget.Select
	steps  *widget.List
	note   *widget.Label
	add    *widget.Button
	status *widget.Label
	box    *fyne.Container
}

func newCatalogPaths(cat *catalog.Catalog, planned func(string) bool, onChoose func(string), onAddPath func(catalog.Path) string) *catalogPaths {
	p := &catalogPaths{cat: cat, planned: planned, onChoose: onChoose, onAddPath: onAddPath, all: cat.Paths()}

	p.steps = widget.NewList(
		func() int { return len(p.path.Steps) },
		newCatalogStepRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { p.setStepRow(o.(*catalogRow), id) })
	p.steps.OnSelected = func(id widget.ListItemID) {
		if code := p.path.Steps[id].Code; code != p.chosen {
			p.onChoose(code)
		}
	}
	p.note = widget.NewLabel("")
	p.note.Wrapping = fyne.TextWrapWord
	p.add = widget.NewButtonWithIcon("", theme.ContentAddIcon(), p.addPath)
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.status.Hide()

	titles := make([]string, len(p.all))
	for i, path := range p.all {
		titles[i] = lang.L(path.Title)
	}
	p.role = widget.NewSelect(titles, func(string) { p.choosePath(p.role.SelectedIndex()) })
	p.role.PlaceHolder = lang.L("Choose a role")

	intro := newCatalogQuietText(lang.L("A suggested order of exams for a job role. AWS sets no prerequisites: this is advice."))
	top := container.NewVBox(catalogSectionLabel(lang.L("Role paths")), intro, p.role)
	bottom := container.NewVBox(p.note, p.add, p.status)
	p.box = container.NewBorder(top, bottom, nil, nil, p.steps)
	if len(p.all) > 0 {
		p.role.SetSelectedIndex(0)
	} else {
		p.choosePath(-1)
	}
	return p
}

// choosePath shows the path at index i of all (-1: none).
func (p *catalogPaths) choosePath(i int) {
	p.path = catalog.Path{}
	if i >= 0 && i < len(p.all) {
		p.path = p.all[i]
	}
	setCatalogOptionalText(p.note, p.path.Note)
	p.status.Hide()
	p.refreshSteps()
	p.reveal(p.chosen)
	p.relayout() // the note may have appeared, gone or changed length
}

// reveal selects code among the steps when the path has it.
func (p *catalogPaths) reveal(code string) {
	p.chosen = code
	for i, s := range p.path.Steps {
		if s.Code == code {
			p.steps.Select(i)
			return
		}
	}
	p.steps.UnselectAll()
}

// refreshSteps redraws the steps and the add button after targets changed.
func (p *catalogPaths) refreshSteps() {
	p.steps.Refresh()
	pending := len(catalogPathPending(p.cat, p.path, p.planned))
	switch {
	case len(p.path.Steps) == 0:
		p.add.SetText(lang.L("Add path to plan"))
		p.add.SetIcon(theme.ContentAddIcon())
		p.add.Disable()
	case pending == 0:
		p.add.SetText(lang.L("Required exams in plan"))
		p.add.SetIcon(theme.ConfirmIcon())
		p.add.Disable()
	default:
		text := fmt.Sprintf(lang.L("Add path to plan (%d exams)"), pending)
		if pending == 1 {
			text = lang.L("Add path to plan (1 exam)")
		}
		p.add.SetText(text)
		p.add.SetIcon(theme.ContentAddIcon())
		p.add.Enable()
	}
}

func (p *catalogPaths) addPath() {
	report := p.onAddPath(p.path)
	p.status.SetText(report)
	p.status.Show()
	p.relayout()
}

// relayout lays the pane out again after wrapped text changed. It takes two
// passes: the first gives the note and status their width, which tells
// them how many lines they need; the second gives them that height.
func (p *catalogPaths) relayout() {
	if p.box == nil {
		return // still being built; the window lays it out when shown
	}
	p.box.Refresh()
	p.box.Refresh()
}

// newCatalogStepRow is the steps list's row template: number and code in
// bold with an "optional" tag, the exam's name and plan state below.
func newCatalogStepRow() fyne.CanvasObject {
	return newCatalogRow(widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder,
		TextStyle: fyne.TextStyle{Italic: true},
		Inline:    true,
	})
}

func (p *catalogPaths) setStepRow(row *catalogRow, id widget.ListItemID) {
	step := p.path.Steps[id]
	detail := step.Code
	if e, ok := p.cat.Lookup(step.Code); ok {
		detail = e.Name
	}
	if p.planned(step.Code) {
		detail += " · " + lang.L("in plan")
	}
	tag := ""
	if step.Optional {
		tag = lang.L("optional")
	}
	row.set(fmt.Sprintf("%d.  %s", id+1, step.Code), tag, detail)
}
