package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// catalogDetails is the Catalog screen's middle pane: everything a learner
// weighs before committing to an exam, and the button that commits.
type catalogDetails struct {
	cat      *catalog.Catalog
	planned  func(code string) bool
	onAdd    func(code string)
	onChoose func(code string)

	entry catalog.Entry
	shown bool // whether entry is set; false until the learner picks one

	placeholder fyne.CanvasObject
	facts       *fyne.Container // everything about the entry, inside body
	body        *container.Scroll
	box         fyne.CanvasObject

	name      *widget.Label
	headline  *widget.RichText
	add       *widget.Button
	retired   *warningNotice
	successor *widget.Button

	questions  *widget.Label
	duration   *widget.Label
	price      *widget.Label
	passing    *widget.Label
	validity   *widget.Label
	experience *widget.Label
	prep       *widget.Label
	retake     *widget.Label

	domains   *weightBars
	noDomains *widget.RichText

	renewedBy   *widget.Label
	renews      *widget.Label
	renewalNote *widget.Label
	notes       *widget.Label
}

func newCatalogDetails(cat *catalog.Catalog, planned func(string) bool, onAdd, onChoose func(string)) *catalogDetails {
	d := &catalogDetails{cat: cat, planned: planned, onAdd: onAdd, onChoose: onChoose}

	d.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.name.SizeName = theme.SizeNameHeadingText
	d.name.Wrapping = fyne.TextWrapWord
	d.headline = newCatalogQuietText("")
	d.add = widget.NewButtonWithIcon(lang.L("Add to plan"), theme.ContentAddIcon(), func() { d.onAdd(d.entry.Code) })
	d.add.Importance = widget.HighImportance
	d.retired = newWarningNotice()
	d.successor = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { d.onChoose(d.entry.Successor) })
	d.successor.Alignment = widget.ButtonAlignLeading
	d.successor.Importance = widget.LowImportance

	d.questions, d.duration, d.price, d.passing = catalogValueLabel(), catalogValueLabel(), catalogValueLabel(), catalogValueLabel()
	d.validity, d.experience, d.prep, d.retake = catalogValueLabel(), catalogValueLabel(), catalogValueLabel(), catalogValueLabel()
	d.domains = newWeightBars()
	d.noDomains = newCatalogQuietText(lang.L("AWS publishes no domain breakdown for this exam."))
	d.renewedBy, d.renews = catalogValueLabel(), catalogValueLabel()
	d.renewalNote = catalogValueLabel()
	d.notes = catalogValueLabel()

	header := container.NewBorder(nil, nil, nil, container.NewVBox(d.add), container.NewVBox(d.name, d.headline))
	exam := container.New(layout.NewFormLayout(),
		catalogKeyLabel(lang.L("Questions")), d.questions,
		catalogKeyLabel(lang.L("Duration")), d.duration,
		catalogKeyLabel(lang.L("Price")), d.price,
		catalogKeyLabel(lang.L("Passing score")), d.passing,
		catalogKeyLabel(lang.L("Validity")), d.validity,
		catalogKeyLabel(lang.L("Recommended experience")), d.experience,
		catalogKeyLabel(lang.L("Prep time")), d.prep,
		catalogKeyLabel(lang.L("Retake wait")), d.retake,
	)
	renewal := container.New(layout.NewFormLayout(),
		catalogKeyLabel(lang.L("Renewed by")), d.renewedBy,
		catalogKeyLabel(lang.L("Passing it renews")), d.renews,
	)
	d.facts = container.NewPadded(container.NewVBox(
		header,
		d.retired,
		d.successor,
		widget.NewSeparator(),
		catalogSectionLabel(lang.L("Exam")), exam,
		widget.NewSeparator(),
		catalogSectionLabel(lang.L("Domains and weights")), d.domains, d.noDomains,
		widget.NewSeparator(),
		catalogSectionLabel(lang.L("Renewal")), renewal, d.renewalNote,
		d.notes,
	))
	d.body = container.NewVScroll(d.facts)
	d.body.Hide()

	// Centred by its own alignment, not by a Center container: that would
	// shrink the wrapping text to its narrowest, and the words would run
	// out of the pane and under the dividers.
	hint := newCatalogQuietText(lang.L("Choose a certification to see its details."))
	hint.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignCenter
	d.placeholder = container.NewVBox(layout.NewSpacer(), hint, layout.NewSpacer())
	d.box = container.NewStack(d.placeholder, d.body)
	return d
}

// show fills the pane with e.
func (d *catalogDetails) show(e catalog.Entry) {
	another := e.Code != d.entry.Code
	d.entry, d.shown = e, true
	f := catalogFacts{e}
	d.name.SetText(e.Name)
	setCatalogQuietText(d.headline, f.headline())

	retired := e.Status == catalog.Retired
	d.retired.SetText(f.retiredNotice())
	setCatalogVisible(d.retired, retired)
	d.successor.SetText(fmt.Sprintf(lang.L("Show %s"), e.Successor))
	setCatalogVisible(d.successor, retired && e.Successor != "")

	d.questions.SetText(f.questions())
	d.duration.SetText(f.duration())
	d.price.SetText(f.price())
	d.passing.SetText(f.passing())
	d.validity.SetText(f.validity())
	d.experience.SetText(f.experience())
	d.prep.SetText(f.prep())
	d.retake.SetText(f.retake())

	d.domains.SetDomains(e.Domains)
	setCatalogVisible(d.domains, len(e.Domains) > 0)
	setCatalogVisible(d.noDomains, len(e.Domains) == 0)

	d.renewedBy.SetText(f.renewedBy())
	d.renews.SetText(catalogCodeList(catalogEntryCodes(d.cat.Renews(e.Code))))
	setCatalogOptionalText(d.renewalNote, e.RenewalNote)
	setCatalogOptionalText(d.notes, e.Notes)

	d.updateAddButton()
	d.placeholder.Hide()
	d.body.Show()
	d.facts.Refresh() // lay out again: sections appeared or vanished, bars changed in number
	d.body.Refresh()
	if another {
		d.body.ScrollToTop() // a new exam is read from its name down
	}
}

// updateAddButton says whether the shown entry can still be added: retired
// exams cannot be booked, and an exam is planned only once.
func (d *catalogDetails) updateAddButton() {
	switch {
	case !d.shown:
		return
	case d.planned(d.entry.Code):
		d.add.SetText(lang.L("In plan"))
		d.add.SetIcon(theme.ConfirmIcon())
		d.add.Disable()
	default:
		d.add.SetText(lang.L("Add to plan"))
		d.add.SetIcon(theme.ContentAddIcon())
		setEnabled(d.add, d.entry.Plannable())
	}
}
