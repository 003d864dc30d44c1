package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestPlanMonthCellsWrapAndSayWhatIsLeftOut(t *testing.T) {
	test.NewTempApp(t)
	size := theme.CaptionTextSize()
	narrow := fyne.MeasureText("Christmas", size, fyne.TextStyle{}).Width + 4

	cell := monthCell{Lines: []monthLine{{Text: "Christmas Day"}}}
	rows := monthRows(cell, narrow, 4, size, 0)
	if len(rows) != 2 || rows[0].text != "Christmas" || rows[1].text != "Day" {
		t.Fatalf("a long holiday name should wrap onto two rows, got %+v", rows)
	}

	many := monthCell{Lines: []monthLine{{Text: "A"}, {Text: "B"}, {Text: "C"}, {Text: "D"}}}
	rows = monthRows(many, 200, 3, size, 0)
	if len(rows) != 3 || rows[0].text != "A" || rows[1].text != "B" || !strings.HasPrefix(rows[2].text, "+2 more") {
		t.Fatalf("four lines in three rows = %+v, want A, B, +2 more", rows)
	}
	if rows := monthRows(many, 200, 4, size, 0); len(rows) != 4 || rows[3].text != "D" {
		t.Fatalf("four lines that fit = %+v", rows)
	}
	if got := monthFitText("SAA-C03 exam", narrow/2, size, fyne.TextStyle{}); !strings.HasSuffix(got, "…") {
		t.Fatalf("text too wide for its cell = %q, want it cut with an ellipsis", got)
	}
}

func TestPlanMonthTapReportsTheDay(t *testing.T) {
	test.NewTempApp(t)
	m := newMonthView([7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})
	cells := make([]monthCell, 35)
	for i := range cells {
		cells[i] = monthCell{Day: i + 1, InMonth: true}
	}
	m.SetCells(cells)
	w := test.NewWindow(m)
	defer w.Close()
	w.Resize(fyne.NewSize(700, 500))

	tapped := -1
	m.OnTapped = func(i int) { tapped = i }
	g := newMonthGeometry(m.Size(), 5, m.Theme())
	test.TapAt(m, g.cellPos(9).AddXY(g.cellSize.Width/2, g.cellSize.Height/2))
	if tapped != 9 {
		t.Fatalf("tapping the tenth cell reported %d", tapped)
	}
	tapped = -1
	test.TapAt(m, fyne.NewPos(10, 2)) // the weekday header
	if tapped != -1 {
		t.Fatalf("tapping the header reported day %d", tapped)
	}
}
