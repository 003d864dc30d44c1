package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// catalogBrowser is the Catalog screen's left pane: a search box, a tier
// choice and a "Show retired" switch narrowing a list of entries, which come
// in tier order (easiest first) because that is how AWS presents them.
type catalogBrowser struct {
	cat      *catalog.Catalog
	planned  func(code string) bool
	onChoose func(code string)

	search  *widget.Entry
	tier    *widget.Select
	retired *widget.Check
	list    *widget.List
	empty   *widget.Label
	emptyAt *fyne.Container // holds empty at the top of the list's area
	box     fyne.CanvasObject

	entries []catalog.Entry // what the list shows, after filtering
	chosen  string          // code of the entry in the details pane, kept across filters
}

func newCatalogBrowser(cat *catalog.Catalog, planned func(string) bool, onChoose func(string)) *catalogBrowser {
	b := &catalogBrowser{cat: cat, planned: planned, onChoose: onChoose}

	b.search = widget.NewEntry()
	b.search.SetPlaceHolder(lang.L("Search by code or name"))
	b.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	b.search.OnChanged = func(string) { b.applyFilter() }
	b.search.OnSubmitted = func(string) { b.chooseFirst() }

	options := []string{lang.L("All tiers")}
	for _, t := range catalog.Tiers() {
		options = append(options, catalogTierTitle(t))
	}
	b.tier = widget.NewSelect(options, func(string) { b.applyFilter() })
	b.tier.SetSelectedIndex(0)

	b.retired = widget.NewCheck(lang.L("Show retired"), func(bool) { b.applyFilter() })

	b.list = widget.NewList(
		func() int { return len(b.entries) },
		newCatalogListRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			e := b.entries[id]
			setCatalogListRow(o.(*catalogRow), e, b.planned(e.Code))
		})
	b.list.OnSelected = func(id widget.ListItemID) {
		if code := b.entries[id].Code; code != b.chosen {
			b.onChoose(code)
		}
	}

	b.empty = widget.NewLabel("")
	b.empty.Wrapping = fyne.TextWrapWord
	b.empty.Alignment = fyne.TextAlignCenter
	b.empty.Hide()

	controls := container.NewVBox(b.search, container.NewBorder(nil, nil, nil, b.retired, b.tier))
	b.emptyAt = container.NewVBox(b.empty)
	b.box = container.NewBorder(controls, nil, nil, nil, container.NewStack(b.list, b.emptyAt))
	b.applyFilter()
	return b
}

// filter is what the controls currently ask for.
func (b *catalogBrowser) filter() catalog.Filter {
	f := catalog.Filter{IncludeRetired: b.retired.Checked, Query: b.search.Text}
	if i := b.tier.SelectedIndex(); i > 0 {
		f.Tier = catalog.Tiers()[i-1]
	}
	return f
}

// applyFilter re-reads the catalog through the controls, as the learner
// types or clicks, and keeps the chosen entry selected if it still shows.
func (b *catalogBrowser) applyFilter() {
	if b.list == nil {
		return // a control fired while the pane is still being built
	}
	b.entries = b.cat.Filter(b.filter())
	b.list.UnselectAll()
	b.list.Refresh()
	b.updateEmptyMessage()
	b.reveal(b.chosen)
}

func (b *catalogBrowser) updateEmptyMessage() {
	if len(b.entries) > 0 {
		b.empty.Hide()
		return
	}
	if q := strings.TrimSpace(b.search.Text); q != "" {
		b.empty.SetText(fmt.Sprintf(lang.L("No certification matches “%s”"), q))
	} else {
		b.empty.SetText(lang.L("No certification in this tier"))
	}
	b.empty.Show()
	b.emptyAt.Refresh()
}

// reveal selects code in the list when it is shown, and clears the
// selection otherwise, so the list never highlights a different exam than
// the details pane describes.
func (b *catalogBrowser) reveal(code string) {
	b.chosen = code
	for i, e := range b.entries {
		if e.Code == code {
			b.list.Select(i)
			return
		}
	}
	b.list.UnselectAll()
}

// chooseFirst opens the first match and moves the keyboard into the list,
// so typing a code and pressing Enter, then arrowing, feels natural.
func (b *catalogBrowser) chooseFirst() {
	if len(b.entries) == 0 {
		return
	}
	b.onChoose(b.entries[0].Code)
	if c := fyne.CurrentApp().Driver().CanvasForObject(b.list); c != nil {
		c.Focus(b.list)
	}
}

// refreshRows redraws the rows, whose "in plan" marks may have changed.
func (b *catalogBrowser) refreshRows() { b.list.Refresh() }

// newCatalogListRow is the list's row template: the code in bold and the
// name on the first line, tier and status below.
func newCatalogListRow() fyne.CanvasObject { return newCatalogRow(widget.RichTextStyleInline) }

func setCatalogListRow(row *catalogRow, e catalog.Entry, planned bool) {
	row.set(e.Code, e.Name, catalogFacts{e}.listDetail(planned))
}
