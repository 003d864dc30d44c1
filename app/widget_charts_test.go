package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"certplan/planner"
)

func TestChartScaleIsRound(t *testing.T) {
	for _, c := range []struct {
		most, top, step float64
	}{
		{0, 1, 1}, {2, 2, 1}, {10, 10, 5}, {11.75, 15, 5}, {14, 15, 5}, {26, 30, 10}, {7.5, 7.5, 2.5},
	} {
		top, step := weekChartScale([]planner.WeekHours{{Planned: c.most / 2, Study: c.most}})
		if top != c.top || step != c.step {
			t.Errorf("largest %v: scale to %v by %v, want %v by %v", c.most, top, step, c.top, c.step)
		}
	}
}

func TestChartWeekChartWithoutWeeks(t *testing.T) {
	test.NewTempApp(t)
	c := newWeekChart()
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 260))
	if got := strings.Join(textsOf(c), ","); got != "0,1 h,Study,Lab,Planned" {
		t.Errorf("an empty chart draws %s", got)
	}
	c.SetWeeks([]planner.WeekHours{{Start: planner.NewDate(2026, 11, 16), Planned: 4, Study: 1.5, Lab: 0.25}})
	if got := strings.Join(textsOf(c), ","); !strings.Contains(got, "4,1.75,Nov 16") {
		t.Errorf("one week draws %s", got)
	}
}

func TestChartHeatLevels(t *testing.T) {
	for hours, want := range map[float64]int{0: 0, 0.25: 1, 0.99: 1, 1: 2, 1.5: 2, 2.75: 3, 3: 4, 9: 4} {
		if got := heatLevel(hours); got != want {
			t.Errorf("heatLevel(%v) = %d, want %d", hours, got, want)
		}
	}
}

// TestChartHeatmapFollowsTheTheme switches between light and dark and
// checks the shades are re-read, as colours must never be fixed.
func TestChartHeatmapFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantLight})
	h := newHeatmap()
	days := make([]planner.DayHours, 14)
	for i := range days {
		days[i] = planner.DayHours{Date: planner.NewDate(2026, 11, 9).AddDays(i), Hours: float64(i % 5)}
	}
	h.SetDays(days)
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 200))
	r := test.WidgetRenderer(h).(*heatmapRenderer)
	if len(r.cells) != 14 || len(r.months) != 0 {
		t.Fatalf("cells %d, month labels %d", len(r.cells), len(r.months))
	}
	emptyLight, fullLight := r.cells[0].FillColor, r.cells[4].FillColor
	if emptyLight == fullLight {
		t.Fatal("an empty day and a 4 h day look alike")
	}
	a.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantDark})
	h.Refresh()
	if r.cells[0].FillColor == emptyLight {
		t.Error("the empty shade did not follow the dark theme")
	}
	if got := strings.Join(textsOf(h), ","); !strings.HasSuffix(got, "Mon,Wed,Fri,0,<1,<2,<3,3+ h") {
		t.Errorf("labels %s", got)
	}
}

func TestChartHeatmapMonthLabelsAndPicking(t *testing.T) {
	test.NewTempApp(t)
	h := newHeatmap()
	var days []planner.DayHours
	for d := planner.NewDate(2026, 9, 20); d <= planner.NewDate(2026, 11, 22); d++ {
		days = append(days, planner.DayHours{Date: d, Hours: 1})
	}
	h.SetDays(days)
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	r := test.WidgetRenderer(h).(*heatmapRenderer)
	var months []string
	for _, m := range r.months {
		months = append(months, m.Text)
	}
	if strings.Join(months, ",") != "Oct,Nov" {
		t.Errorf("month labels %v", months)
	}
	var picked planner.DayHours
	h.OnPick = func(d planner.DayHours) { picked = d }
	target := r.cells[10] // 30 September
	test.TapAt(h, target.Position().AddXY(1, 1))
	if picked.Date != planner.NewDate(2026, 9, 30) {
		t.Errorf("tapping the 11th square picked %s", picked.Date)
	}
	if h.cellAt(fyne.NewPos(0, 0)) != -1 {
		t.Error("the weekday labels pick a day")
	}
}

func TestChartShareBarTexts(t *testing.T) {
	test.NewTempApp(t)
	b := newShareBar()
	if b.studyText() != "Study 0 h" || b.labText() != "Lab 0 h (0%)" {
		t.Errorf("nothing logged: %q / %q", b.studyText(), b.labText())
	}
	b.SetHours(30, 10)
	if b.studyText() != "Study 30 h" || b.labText() != "Lab 10 h (25%)" {
		t.Errorf("30 and 10: %q / %q", b.studyText(), b.labText())
	}
	w := test.NewWindow(b)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 60))
	r := test.WidgetRenderer(b).(*shareBarRenderer)
	if sw, lw := r.studyBar.Size().Width, r.labBar.Size().Width; sw < 2.9*lw || sw > 3.1*lw {
		t.Errorf("study %v and lab %v are not 3 to 1", sw, lw)
	}
}

func TestChartDomainRows(t *testing.T) {
	test.NewTempApp(t)
	c := newDomainChart()
	c.SetDomains([]planner.DomainProgress{
		{Name: "Monitoring, Logging, Analysis, Remediation, and Performance Optimization", TargetHours: 20, LoggedHours: 5},
		{Name: "Security", TargetHours: 4, LoggedHours: 6},
	})
	w := test.NewWindow(c)
	defer w.Close()
	w.Resize(fyne.NewSize(420, 80))
	r := test.WidgetRenderer(c).(*domainChartRenderer)
	if got := r.rows[0].value.Text + " | " + r.rows[1].value.Text; got != "5 of 20 h | 6 of 4 h" {
		t.Errorf("values %s", got)
	}
	if name := r.rows[0].name.Text; !strings.HasSuffix(name, "…") || len(name) >= 60 {
		t.Errorf("a long name is not shortened: %q", name)
	}
	if r.rows[1].fill.Size().Width != r.rows[1].track.Size().Width {
		t.Error("a domain past its target is not shown full")
	}
	if got := r.rows[0].fill.Size().Width / r.rows[0].track.Size().Width; got < 0.24 || got > 0.26 {
		t.Errorf("5 of 20 h fills %v of the bar", got)
	}
}

func TestWeekLabel(t *testing.T) {
	if weekLabel(planner.NewDate(2026, 11, 16)) != "Nov 16" {
		t.Error("week label")
	}
}

// A month that begins in the grid's last column (1 December 2026 is a
// Tuesday, and the year ends on Sunday 6 December) has its label over that
// column, inside the grid, not past its right edge.
func TestChartHeatmapLastMonthLabelStaysOverTheGrid(t *testing.T) {
	test.NewTempApp(t)
	h := newHeatmap()
	var days []planner.DayHours
	for d := planner.NewDate(2026, 10, 5); d <= planner.NewDate(2026, 12, 6); d++ {
		days = append(days, planner.DayHours{Date: d, Hours: 1})
	}
	h.SetDays(days)
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 200))
	r := test.WidgetRenderer(h).(*heatmapRenderer)
	last := r.cells[len(r.cells)-1]
	gridRight := last.Position().X + last.Size().Width
	dec := r.months[len(r.months)-1]
	if dec.Text != "Dec" {
		t.Fatalf("last month label %q", dec.Text)
	}
	if right := dec.Position().X + dec.Size().Width; right > gridRight+0.5 {
		t.Fatalf("the Dec label ends at %v, past the grid's right edge at %v", right, gridRight)
	}
	first := r.cells[len(r.cells)-6] // 1 December, in the last column
	if dec.Position().X > first.Position().X+0.5 {
		t.Fatalf("the Dec label starts at %v, right of December's column at %v", dec.Position().X, first.Position().X)
	}
}
