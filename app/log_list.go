package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// logList is the log as a virtualized table of rows, newest first, under a
// header and over a line of totals. Only the rows in view exist as widgets,
// so twenty thousand entries scroll as smoothly as twenty.
type logList struct {
	entries  []planner.Entry // newest first
	list     *widget.List
	totals   *widget.Label
	onSelect func(planner.Entry)
	box      fyne.CanvasObject
}

// Column widths of the date, kind, certification and hours columns; domain,
// services and note share what is left.
var logFixedColumns = [4]float32{96, 60, 82, 60}

// logFlexShares split the remaining width between domain, services and note.
var logFlexShares = [3]float32{0.46, 0.24, 0.30}

func newLogList(onSelect func(planner.Entry)) *logList {
	l := &logList{onSelect: onSelect, totals: widget.NewLabel("")}
	l.list = widget.NewList(
		func() int { return len(l.entries) },
		newLogRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { setLogRow(o.(*fyne.Container), l.entries[id]) },
	)
	l.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(l.entries) && l.onSelect != nil {
			l.onSelect(l.entries[id])
		}
	}
	header := newLogRow().(*fyne.Container)
	for i, name := range []string{lang.L("Date"), lang.L("Kind"), lang.L("Cert"), lang.L("Hours"), lang.L("Domain"), lang.L("Services"), lang.L("Note")} {
		label := header.Objects[i].(*widget.Label)
		label.SetText(name)
		label.TextStyle = fyne.TextStyle{Bold: true}
	}
	l.box = container.NewBorder(container.NewVBox(header, widget.NewSeparator()), l.totals, nil, nil, l.list)
	return l
}

// show replaces the entries, given oldest first as the planner returns them.
func (l *logList) show(oldestFirst []planner.Entry) {
	n := len(oldestFirst)
	l.entries = make([]planner.Entry, n)
	var hours float64
	for i, e := range oldestFirst {
		l.entries[n-1-i] = e
		hours += e.Hours
	}
	l.list.UnselectAll()
	l.list.Refresh()
	if n == 1 {
		l.totals.SetText(fmt.Sprintf(lang.L("1 entry · %s"), fmtHours(hours)))
	} else {
		l.totals.SetText(fmt.Sprintf(lang.L("%d entries · %s"), n, fmtHours(hours)))
	}
}

func newLogRow() fyne.CanvasObject {
	labels := make([]fyne.CanvasObject, 7)
	for i := range labels {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		labels[i] = l
	}
	labels[3].(*widget.Label).Alignment = fyne.TextAlignTrailing
	return container.New(logColumns{}, labels...)
}

func setLogRow(row *fyne.Container, e planner.Entry) {
	texts := []string{e.Date.String(), entryKindName(e.Kind), e.Code, fmtNumber(e.Hours), e.Domain,
		strings.Join(e.Services, ", "), strings.Join(strings.Fields(e.Note), " ")}
	for i, t := range texts {
		row.Objects[i].(*widget.Label).SetText(t)
	}
}

// logColumns lays seven cells out as the log's columns, so the header and
// every row line up.
type logColumns struct{}

func (logColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, c := range logFixedColumns {
		w += c
	}
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w+3*60, h)
}

func (logColumns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	flex := size.Width
	for _, c := range logFixedColumns {
		flex -= c
	}
	flex = max(flex, 0)
	for i, o := range objects {
		var w float32
		if i < len(logFixedColumns) {
			w = logFixedColumns[i]
		} else if j := i - len(logFixedColumns); j < len(logFlexShares) {
			w = flex * logFlexShares[j]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}
