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
	box    fyne.CanvasObject
}

func newCatalogPaths(cat *catalog.Catalog, planned func(string) bool, onChoose func(string), onAddPath func(catalog.Path) string) *catalogPaths {
	p := &catalogPaths{cat: cat, planned: planned, onChoose: onChoose, onAddPath: onAddPath, all: cat.Paths()}

	p.steps = widget.NewList(
		func() int { return len(p.path.Steps) },
		newCatalogStepRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { p.setStepRow(o.(*widget.RichText), id) })
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
	p.status.Importance = widget.SuccessImportance
	p.status.Hide()

	titles := make([]string, len(p.all))
	for i, path := range p.all {
		titles[i] = lang.L(path.Title)
	}
	p.role = widget.NewSelect(titles, func(string) { p.choosePath(p.role.SelectedIndex()) })
	p.role.PlaceHolder = lang.L("Choose a role")

	intro := widget.NewLabel(lang.L("A suggested order of exams for a job role. AWS sets no prerequisites: this is advice."))
	intro.Wrapping = fyne.TextWrapWord
	intro.Importance = widget.LowImportance
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
	p.note.SetText(p.path.Note)
	p.note.Hidden = p.path.Note == ""
	p.status.Hide()
	p.refreshSteps()
	p.reveal(p.chosen)
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
}

// newCatalogStepRow is the steps list's row template: number and code in
// bold with an "optional" tag, the exam's name and plan state below.
func newCatalogStepRow() fyne.CanvasObject {
	row := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder,
			TextStyle: fyne.TextStyle{Italic: true},
		}},
		&widget.TextSegment{Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder,
			SizeName:  theme.SizeNameCaptionText,
			Inline:    true,
		}},
	)
	row.Truncation = fyne.TextTruncateEllipsis
	return row
}

func (p *catalogPaths) setStepRow(row *widget.RichText, id widget.ListItemID) {
	step := p.path.Steps[id]
	name := step.Code
	if e, ok := p.cat.Lookup(step.Code); ok {
		name = e.Name
	}
	tag := ""
	if step.Optional {
		tag = "  " + lang.L("optional")
	}
	detail := name
	if p.planned(step.Code) {
		detail += " · " + lang.L("in plan")
	}
	row.Segments[0].(*widget.TextSegment).Text = fmt.Sprintf("%d.  %s", id+1, step.Code)
	row.Segments[1].(*widget.TextSegment).Text = tag
	row.Segments[2].(*widget.TextSegment).Text = detail
	row.Refresh()
}
