package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// logScreen is the practice log: filters and a list of every entry on the
// left, the add/edit form on the right, and the log's files on top.
type logScreen struct {
	ui *UI

	filters     *logFilters
	list        *logList
	form        *logForm
	status      *widget.Label
	fileButtons []*widget.Button
	reads       int // reloads started; only the latest one's entries are shown

	box fyne.CanvasObject
}

func newLogScreen(u *UI) *logScreen {
	s := &logScreen{ui: u}
	s.status = widget.NewLabel("")
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.filters = newLogFilters(s.reload)
	s.list = newLogList(func(e planner.Entry) { s.form.load(e) })
	s.form = newLogForm(u, func(msg string) { s.report(nil, msg) })

	exportCSV := widget.NewButtonWithIcon(lang.L("Export CSV…"), theme.DocumentSaveIcon(), s.chooseExportCSV)
	importCSV := widget.NewButtonWithIcon(lang.L("Import CSV…"), theme.UploadIcon(), s.chooseImportCSV)
	portfolio := widget.NewButtonWithIcon(lang.L("Export portfolio…"), theme.FileTextIcon(), s.chooseExportPortfolio)
	s.fileButtons = []*widget.Button{exportCSV, importCSV, portfolio}
	toolbar := container.NewBorder(nil, nil, container.NewHBox(exportCSV, importCSV, portfolio), nil, s.status)

	left := topThenRest(s.filters.box, s.list.box)
	right := container.NewVScroll(container.NewPadded(s.form.box))
	split := container.NewHSplit(left, right)
	split.Offset = 0.66
	s.box = topThenRest(container.NewVBox(toolbar, widget.NewSeparator()), split)

	s.form.startNew(false)
	// The entries are read when the tab is first shown (UI.New): start-up
	// draws only the Today screen.
	return s
}

// topThenRest lays top above rest like a border layout, but keeps top first
// among the children: Tab follows the children's order, and
// container.NewBorder puts the centre first, which sends the focus from the
// end of the form back up to the toolbar and filters out of visual order.
func topThenRest(top, rest fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewBorderLayout(top, nil, nil, nil), top, rest)
}

func (s *logScreen) content() fyne.CanvasObject { return s.box }

// refresh reloads the certification choices and the list.
func (s *logScreen) refresh() {
	svc := s.ui.deps.Service
	codes := certChoices(svc, true)
	s.filters.setCerts(codes)
	s.form.setCerts(codes)
	s.reload()
}

// reload re-reads the entries the filters select, off the UI goroutine:
// reading a long log takes a while (about a second for 200,000 entries)
// and the window must not freeze meanwhile. The list says it is reading;
// a newer reload (another filter) supersedes one still under way.
func (s *logScreen) reload() {
	q, err := s.filters.query()
	if err != nil {
		s.showEntries(nil, err)
		return
	}
	s.reads++
	read, shown := s.reads, s.list.totals.Text
	s.list.totals.SetText(lang.L("Reading the log…"))
	var es []planner.Entry
	s.ui.inBackground(func() { es, err = s.ui.deps.Service.Entries(q) }, func() {
		if read != s.reads {
			return
		}
		if !s.showEntries(es, err) {
			s.list.totals.SetText(shown)
		}
	})
}

// showEntries puts what a reload read in the list and reports whether it
// did. A filter the planner refuses (an end before the start) is named
// under the filters, and the list keeps the last selection that made sense.
func (s *logScreen) showEntries(es []planner.Entry, err error) bool {
	if err != nil && planner.KindOf(err) != planner.Invalid {
		s.report(err, lang.L("Could not read the log:"))
		return false
	}
	s.filters.showProblem(err)
	if err != nil {
		return false
	}
	s.list.show(es)
	return true
}

// report shows the outcome of an action in the toolbar: the message, or
// the error after prefix.
func (s *logScreen) report(err error, msg string) {
	if err == nil {
		s.status.Importance = widget.MediumImportance
		s.status.SetText(msg)
		return
	}
	s.status.Importance = widget.DangerImportance
	if msg != "" {
		msg += " "
	}
	s.status.SetText(msg + err.Error())
}
