//go:build linux || darwin

package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"certplan/app/cli"
	"certplan/app/instance"
	"certplan/planner/store"
)

// openApp holds dir the way the desktop app does (the store open, the
// socket served) and counts refreshes and raises.
func openApp(t *testing.T, dir string) (refreshed, raised *atomic.Int32) {
	t.Helper()
	env := cli.Env{Now: time.Now, Platform: platform(), OpenStore: openStoreForCommand}
	folder, err := cli.OpenDataFolder(cli.Global{DataDir: dir}, env)
	if err != nil {
		t.Fatal(err)
	}
	refreshed, raised = &atomic.Int32{}, &atomic.Int32{}
	srv, err := instance.Listen(folder.Dir, &instance.Commands{Folder: folder, Env: env,
		Changed: func() { refreshed.Add(1) }, Show: func() { raised.Add(1) }}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		srv.Close()
		folder.Store.Close()
	})
	return refreshed, raised
}

// While the app is open, the certplan binary runs its commands through it
// (exit statuses and output as if run alone), and a bare launch raises the
// window and exits 0.
func TestCommandsWhileTheAppIsOpen(t *testing.T) {
	dir := t.TempDir()
	refreshed, raised := openApp(t, dir)
	in := func(args ...string) result { return certplan(t, nil, append([]string{"--data-dir", dir}, args...)...) }

	exam := time.Now().AddDate(0, 0, 10).Format("2006-01-02")
	if r := in("target", "add", "saa-c03", "--exam-by", exam); r.code != 0 {
		t.Fatalf("target add: exit %d %q", r.code, r.stderr)
	}
	r := in("log", "add", "--kind", "study", "--cert", "saa-c03", "--date", time.Now().Format("2006-01-02"), "--hours", "2")
	if r.code != 0 || strings.TrimSpace(r.stdout) != "1" || r.stderr != "" {
		t.Fatalf("log add: exit %d stdout %q stderr %q; want the ID 1", r.code, r.stdout, r.stderr)
	}
	r = in("remind")
	if r.code != 0 || !strings.Contains(r.stdout, "SAA-C03") || !strings.Contains(r.stdout, exam) {
		t.Fatalf("remind: exit %d stdout %q stderr %q; want the exam on %s", r.code, r.stdout, r.stderr, exam)
	}
	wantFailure(t, in("log", "rm", "99"), 2, "99")
	if got := refreshed.Load(); got != 3 {
		t.Errorf("the app refreshed %d times, want 3 (once per successful command on its data)", got)
	}

	// A relative file lands in the caller's folder, not the app's.
	caller := t.TempDir()
	cmd := certplanIn(t, caller, nil, "--data-dir", dir, "export", "csv", "log.csv")
	if cmd.code != 0 {
		t.Fatalf("export: exit %d %q", cmd.code, cmd.stderr)
	}
	if _, err := os.Stat(filepath.Join(caller, "log.csv")); err != nil {
		t.Errorf("export through the app: %v", err)
	}

	if r := in(); r.code != 0 || r.stderr != "" || raised.Load() != 1 {
		t.Errorf("second launch: exit %d stderr %q, raised %d times; want exit 0 and one raise", r.code, r.stderr, raised.Load())
	}
	// The folder is still the app's alone.
	if _, err := store.Open(dir, store.Options{}); err == nil {
		t.Error("the data folder should still be held by the app")
	}
}
