package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// pickerWeekStart is the first weekday heading of Fyne's date picker.
func pickerWeekStart(t *testing.T) time.Weekday {
	t.Helper()
	cal := widget.NewCalendar(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), nil)
	var first string
	var walk func(objs []fyne.CanvasObject)
	walk = func(objs []fyne.CanvasObject) {
		for _, o := range objs {
			if first != "" {
				return
			}
			switch o := o.(type) {
			case *widget.Label:
				if len(o.Text) == 3 {
					first = o.Text
				}
			case *fyne.Container:
				walk(o.Objects)
			}
		}
	}
	walk(test.WidgetRenderer(cal).Objects())
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if strings.EqualFold(first, wd.String()[:3]) {
			return wd
		}
	}
	t.Fatalf("no weekday heading in the date picker (first label %q)", first)
	return 0
}

// The month calendar starts its weeks where the date picker does, in every
// locale: Sunday in the United States, Monday in Germany.
func TestWeekStartFollowsTheLocaleLikeTheDatePicker(t *testing.T) {
	for _, tc := range []struct {
		locale string
		want   time.Weekday
	}{
		{"en_US.UTF-8", time.Sunday},
		{"de_DE.UTF-8", time.Monday},
		{"en_GB.UTF-8", time.Monday},
		{"pt_BR.UTF-8", time.Sunday},
	} {
		t.Run(tc.locale, func(t *testing.T) {
			t.Setenv("LANGUAGE", "")
			t.Setenv("LC_ALL", tc.locale)
			test.NewTempApp(t)
			if got := pickerWeekStart(t); got != tc.want {
				t.Fatalf("the date picker starts weeks on %s, the test expects %s", got, tc.want)
			}
			if got := weekStartDay(); got != tc.want {
				t.Fatalf("weekStartDay() = %s, the date picker starts on %s", got, tc.want)
			}
			u, svc, _ := newPlanTestUI(t)
			planThreeTargets(t, svc)
			u.planScreen().refresh()
			cal := u.planScreen().calendar
			if d := cal.cellNotes[0].Date; d.Weekday() != tc.want {
				t.Fatalf("the month calendar's first cell is a %s", d.Weekday())
			}
			if h := cal.monthView.weekdays[0]; h != weekdayName(tc.want) {
				t.Fatalf("the month calendar's first heading is %q", h)
			}
		})
	}
}
