package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// newTestUI builds the real window on an in-memory store with a fixed clock.
func newTestUI(t *testing.T, st planner.Store, now time.Time) (*UI, *planner.Service) {
	t.Helper()
	svc := planner.NewService(st, builtinCatalog(t), func() time.Time { return now })
	u, _ := openTestUI(t, test.NewTempApp(t), svc)
	return u, svc
}

func TestSettingsBackupThenRestore(t *testing.T) {
	st := plannertest.NewMemStore()
	u, svc := newTestUI(t, st, time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local))
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	s := u.settingsScreen()
	file := filepath.Join(t.TempDir(), "backup.json")
	s.runBackup(file)
	if !strings.HasPrefix(s.status.Text, "Backup written") {
		t.Fatalf("status after backup: %q", s.status.Text)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no backup file: %v", err)
	}

	svc.RemoveTarget("SAA-C03")
	s.runRestore(file)
	if !strings.HasPrefix(s.status.Text, "Restored") {
		t.Fatalf("status after restore: %q", s.status.Text)
	}
	if ts, _ := svc.Targets(); len(ts) != 1 || ts[0].Code != "SAA-C03" {
		t.Fatalf("targets after restore = %+v", ts)
	}
	if s.backup.Disabled() || s.restore.Disabled() {
		t.Error("buttons stay disabled after restore")
	}

	// A bad file changes nothing and says so.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("not json"), 0o600)
	s.runRestore(bad)
	if !strings.HasPrefix(s.status.Text, "Nothing was changed") {
		t.Fatalf("status after a bad restore: %q", s.status.Text)
	}
	if ts, _ := svc.Targets(); len(ts) != 1 {
		t.Fatalf("targets after failed restore = %+v", ts)
	}
}

func TestShowFatalExplainsAndQuits(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	ShowFatal(w, errors.New("CertPlan is already open with data folder /tmp/x"))
	var found bool
	var quit *widget.Button
	walkObjects(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "already open with data folder /tmp/x") {
			found = true
		}
		if b, ok := o.(*widget.Button); ok && b.Text == "Quit" {
			quit = b
		}
	})
	if !found || quit == nil {
		t.Fatalf("fatal window lacks the message or the Quit button")
	}
}
