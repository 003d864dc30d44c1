package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// Damage found after the window opened replaces everything in it (the
// screens and the first-run guide on top of them) with the message that
// says how to get the data back.
func TestShowDamageReplacesTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	svc := planner.NewService(plannertest.NewMemStore(), builtinCatalog(t), func() time.Time { return todayNow })
	u, w := openTestUI(t, a, svc)
	u.ShowFirstRunIfNew()
	if len(w.Canvas().Overlays().List()) == 0 {
		t.Fatal("the first-run guide is not open: the test would check nothing")
	}
	damage := &planner.Error{Kind: planner.Damaged, Msg: "data folder /tmp/d is damaged: table file 000002.sst is corrupt or cut short; nothing was changed"}
	u.ShowDamage(damage)

	if n := len(w.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs or guides still over the message", n)
	}
	var texts []string
	walkObjects(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	})
	if got := strings.Join(texts, " | "); !strings.Contains(got, "000002.sst is corrupt") || !strings.Contains(got, "CertPlan cannot open") ||
		!strings.Contains(got, "certplan doctor --salvage NEW-FOLDER") {
		t.Errorf("the window shows %q, want the damage message and how to get the data back", got)
	}
}
