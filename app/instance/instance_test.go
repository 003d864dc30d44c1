//go:build linux || darwin

package instance

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"certplan/app/cli"
	"certplan/planner/store"
)

var fixedNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)

// testApp stands in for the desktop app: it holds a data folder open with
// the real store and serves its socket.
type testApp struct {
	dir      string
	server   *Server
	changed  atomic.Int32
	raised   atomic.Int32
	commands *Commands
}

func startApp(t *testing.T, dir string) *testApp {
	t.Helper()
	env := cli.Env{Now: func() time.Time { return fixedNow },
		Platform:  cli.Platform{GOOS: "linux", Getenv: func(string) string { return "" }},
		OpenStore: func(d string) (cli.DataStore, error) { return store.Open(d, store.Options{GCInterval: -1}) }}
	folder, err := cli.OpenDataFolder(cli.Global{DataDir: dir}, env)
	if err != nil {
		t.Fatal(err)
	}
	a := &testApp{dir: folder.Dir}
	// As in the real app: commands that only read have their own opener,
	// which must not be used while the app holds the folder.
	env.OpenStoreForReading = func(d string) (cli.DataStore, error) {
		return store.Open(d, store.Options{GCInterval: -1, ReadOnly: true})
	}
	a.commands = &Commands{Folder: folder, Env: env,
		Changed: func() { a.changed.Add(1) }, Show: func() { a.raised.Add(1) }}
	a.server, err = Listen(folder.Dir, a.commands, nil)
	if err != nil {
		folder.Store.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		a.server.Close()
		folder.Store.Close()
	})
	return a
}

// forward runs a command through the app as a second process would.
func forward(t *testing.T, dir, workDir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code, ok := Forward(dir, args, workDir, &out, &errb)
	if !ok {
		t.Fatalf("certplan %s: no app answered", strings.Join(args, " "))
	}
	return code, out.String(), errb.String()
}

func TestCommandsRunThroughTheOpenApp(t *testing.T) {
	a := startApp(t, t.TempDir())
	// The folder really is held: a command of its own could not open it.
	if _, err := store.Open(a.dir, store.Options{}); err == nil || !strings.Contains(err.Error(), "already open") {
		t.Fatalf("the folder should be in use, got %v", err)
	}
	code, out, errs := forward(t, a.dir, "", "target", "add", "saa-c03", "--exam-by", "2026-12-01", "--prep", "10")
	if code != 0 || errs != "" {
		t.Fatalf("target add: exit %d stderr %q", code, errs)
	}
	code, out, errs = forward(t, a.dir, "", "log", "add", "--kind", "study", "--cert", "saa-c03", "--date", "2026-11-20", "--hours", "1.5")
	if code != 0 || errs != "" || strings.TrimSpace(out) == "" {
		t.Fatalf("log add: exit %d stdout %q stderr %q", code, out, errs)
	}
	id := strings.TrimSpace(out)
	code, out, errs = forward(t, a.dir, "", "log", "list", "--json")
	var entries []struct {
		ID    json.RawMessage `json:"id"`
		Hours float64         `json:"hours"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &entries) != nil || len(entries) != 1 || entries[0].Hours != 1.5 ||
		!strings.Contains(string(entries[0].ID), id) {
		t.Fatalf("log list: exit %d stdout %q stderr %q; want the entry %s", code, out, errs, id)
	}
	code, out, errs = forward(t, a.dir, "", "remind", "--json")
	var due []struct {
		Kind     string `json:"kind"`
		DaysLeft int    `json:"days_left"`
	}
	if code != 0 || errs != "" || json.Unmarshal([]byte(out), &due) != nil || len(due) != 1 || due[0].Kind != "exam" || due[0].DaysLeft != 8 {
		t.Fatalf("remind: exit %d stdout %q stderr %q; want the exam in 8 days", code, out, errs)
	}
	if got := a.changed.Load(); got != 4 {
		t.Errorf("screens refreshed %d times, want 4 (once per command that used the folder)", got)
	}
	// Failures keep the contract: status 2, one line on stderr, nothing on
	// stdout, and no refresh.
	code, out, errs = forward(t, a.dir, "", "log", "add", "--kind", "nap", "--cert", "saa-c03", "--date", "2026-11-20", "--hours", "1")
	if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "nap") {
		t.Errorf("bad log add: exit %d stdout %q stderr %q", code, out, errs)
	}
	// A command that does not touch the folder runs too, without a refresh.
	if code, out, _ = forward(t, a.dir, "", "paths"); code != 0 || !strings.Contains(out, a.dir) {
		t.Errorf("paths: exit %d stdout %q", code, out)
	}
	if got := a.changed.Load(); got != 4 {
		t.Errorf("screens refreshed %d times after a failure and paths, want still 4", got)
	}
}

func TestRelativeFilesResolveInTheCallersFolder(t *testing.T) {
	a := startApp(t, t.TempDir())
	caller := t.TempDir()
	forward(t, a.dir, caller, "log", "add", "--kind", "lab", "--cert", "saa-c03", "--date", "2026-11-20", "--hours", "2")
	if code, _, errs := forward(t, a.dir, caller, "export", "csv", "log.csv"); code != 0 {
		t.Fatalf("export: exit %d stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(caller, "log.csv")); err != nil {
		t.Errorf("the export should be in the caller's folder: %v", err)
	}
}

func TestSocketIsOwnerOnly(t *testing.T) {
	a := startApp(t, t.TempDir())
	fi, err := os.Stat(SocketPath(a.dir))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&fs.ModeSocket == 0 || fi.Mode().Perm() != 0o600 {
		t.Errorf("socket mode %v, want a socket with 0600", fi.Mode())
	}
	if fi, _ := os.Stat(a.dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("data folder mode %v, want 0700", fi.Mode().Perm())
	}
}

func TestRaise(t *testing.T) {
	a := startApp(t, t.TempDir())
	if !Raise(a.dir) {
		t.Fatal("Raise found no app")
	}
	if a.raised.Load() != 1 {
		t.Errorf("window raised %d times, want 1", a.raised.Load())
	}
}

func TestNoAppNoForwarding(t *testing.T) {
	dir := t.TempDir()
	if _, ok := Forward(dir, []string{"paths"}, "", &bytes.Buffer{}, &bytes.Buffer{}); ok {
		t.Error("Forward claimed an app answered in an empty folder")
	}
	if Raise(dir) {
		t.Error("Raise claimed an app answered in an empty folder")
	}
}

// An app that crashed leaves its socket file behind; nobody listens on it.
// It must not block: the next process removes it and runs on its own.
func TestStaleSocketIsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := SocketPath(dir)
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	ln.SetUnlinkOnClose(false)
	ln.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the stale socket should exist: %v", err)
	}
	if _, ok := Forward(dir, []string{"paths"}, "", &bytes.Buffer{}, &bytes.Buffer{}); ok {
		t.Error("Forward claimed a dead socket answered")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("stale socket still there: %v", err)
	}
	// And an app starting on the folder replaces one, too.
	ln, _ = net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	ln.SetUnlinkOnClose(false)
	ln.Close()
	a := startApp(t, dir)
	if code, _, _ := forward(t, a.dir, "", "paths"); code != 0 {
		t.Errorf("paths through the restarted app: exit %d", code)
	}
}

func TestClosingRemovesTheSocket(t *testing.T) {
	a := startApp(t, t.TempDir())
	a.server.Close()
	if _, err := os.Stat(SocketPath(a.dir)); !os.IsNotExist(err) {
		t.Errorf("socket still there after Close: %v", err)
	}
}

func TestCheckPeer(t *testing.T) {
	if err := checkPeer(1000, 1000); err != nil {
		t.Errorf("own user refused: %v", err)
	}
	for _, uid := range []int{0, 65534, 1001} {
		if err := checkPeer(uid, 1000); err == nil {
			t.Errorf("user %d let in by an app running as 1000", uid)
		}
	}
	if err := checkPeer(1000, 0); err == nil {
		t.Error("an app running as root let in user 1000")
	}
}
