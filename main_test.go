package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner/store"
)

// TestMain lets the test binary stand in for the certplan binary: with
// CERTPLAN_RUN_MAIN set it runs main() on its arguments. The tests below
// run it as a child process, so exit statuses and output are the real ones.
func TestMain(m *testing.M) {
	if os.Getenv("CERTPLAN_RUN_MAIN") == "1" {
		os.Args = append([]string{"certplan"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

// certplan runs the binary with args and a clean environment.
func certplan(t *testing.T, env []string, args ...string) result {
	t.Helper()
	return certplanIn(t, "", env, args...)
}

// certplanIn runs the binary in the folder workDir ("" for the test's own).
func certplanIn(t *testing.T, workDir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = workDir
	cmd.Env = append([]string{"CERTPLAN_RUN_MAIN=1", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{code, out.String(), errb.String()}
}

// wantFailure checks the contract for a failed command: the status, one
// line on stderr mentioning want, nothing on stdout.
func wantFailure(t *testing.T, r result, code int, want string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d (stderr %q)", r.code, code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
	if n := strings.Count(r.stderr, "\n"); n != 1 {
		t.Errorf("stderr has %d lines, want 1: %q", n, r.stderr)
	}
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q does not mention %q", r.stderr, want)
	}
	if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
		t.Errorf("stderr looks like a crash: %q", r.stderr)
	}
}

func TestPathsPrecedence(t *testing.T) {
	flagDir, envDir, xdg := t.TempDir(), t.TempDir(), t.TempDir()
	cases := []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"flag wins", []string{"CERTPLAN_DATA_DIR=" + envDir, "XDG_DATA_HOME=" + xdg}, []string{"--data-dir", flagDir, "paths"}, flagDir},
		{"flag with =", nil, []string{"--data-dir=" + flagDir, "paths"}, flagDir},
		{"env next", []string{"CERTPLAN_DATA_DIR=" + envDir, "XDG_DATA_HOME=" + xdg}, []string{"paths"}, envDir},
		{"xdg last", []string{"XDG_DATA_HOME=" + xdg}, []string{"paths"}, filepath.Join(xdg, "certplan")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := certplan(t, c.env, c.args...)
			if r.code != 0 || strings.TrimSpace(r.stdout) != c.want {
				t.Fatalf("got exit %d stdout %q stderr %q, want %q", r.code, r.stdout, r.stderr, c.want)
			}
		})
	}
	t.Run("home default", func(t *testing.T) {
		home := t.TempDir()
		cmd := exec.Command(os.Args[0], "paths")
		cmd.Env = []string{"CERTPLAN_RUN_MAIN=1", "HOME=" + home}
		out, err := cmd.Output()
		if err != nil || strings.TrimSpace(string(out)) != filepath.Join(home, ".local", "share", "certplan") {
			t.Fatalf("paths = %q, %v", out, err)
		}
	})
}

func TestBadInputIsOneLineAndExitTwo(t *testing.T) {
	dir := t.TempDir()
	notJSON := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notJSON, []byte("hello, not a backup"), 0o600)
	wrongVersion := filepath.Join(t.TempDir(), "future.json")
	os.WriteFile(wrongVersion, []byte(`{"format":"certplan-backup","version":99}`), 0o600)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"paths extra arg", []string{"paths", "extra"}, `unexpected argument "extra"`},
		{"paths unknown flag", []string{"paths", "--verbose"}, "unknown flag --verbose"},
		{"data-dir without value", []string{"--data-dir"}, "--data-dir needs a folder"},
		{"backup without file", []string{"backup"}, "missing argument"},
		{"restore missing file", []string{"restore", filepath.Join(dir, "nope.json")}, "does not exist"},
		{"restore a folder", []string{"restore", t.TempDir()}, "is a folder"},
		{"restore not JSON", []string{"restore", notJSON}, "not a CertPlan backup"},
		{"restore wrong version", []string{"restore", wrongVersion}, "version"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := certplan(t, nil, append([]string{"--data-dir", dir}, c.args...)...)
			wantFailure(t, r, 2, c.want)
		})
	}
}

func TestUnwritableDataFolderExitsOne(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores folder permissions; use a path under a regular file.
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, nil, 0o600)
		r := certplan(t, nil, "--data-dir", filepath.Join(f, "data"), "target", "list")
		wantFailure(t, r, 1, f)
		return
	}
	dir := filepath.Join(t.TempDir(), "locked")
	os.Mkdir(dir, 0o000)
	r := certplan(t, nil, "--data-dir", filepath.Join(dir, "data"), "target", "list")
	wantFailure(t, r, 1, dir)
}

func TestDataFolderInUseExitsOne(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := certplan(t, nil, "--data-dir", dir, "target", "list")
	wantFailure(t, r, 1, "CertPlan is already open with data folder "+dir)
	// Commands that do not need stored data still work.
	if r := certplan(t, nil, "--data-dir", dir, "paths"); r.code != 0 {
		t.Errorf("paths while in use: exit %d %q", r.code, r.stderr)
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	backup := filepath.Join(t.TempDir(), "b.json")
	steps := [][]string{
		{"--data-dir", dir, "target", "add", "saa-c03", "--prep", "100"},
		{"--data-dir", dir, "availability", "set", "--hours", "mon=2,sat=4", "--country", "us"},
		{"--data-dir", dir, "backup", backup},
		{"--data-dir", other, "restore", backup},
	}
	for _, s := range steps {
		if r := certplan(t, nil, s...); r.code != 0 {
			t.Fatalf("%v: exit %d %q", s, r.code, r.stderr)
		}
	}
	a := certplan(t, nil, "--data-dir", dir, "target", "list", "--json")
	b := certplan(t, nil, "--data-dir", other, "target", "list", "--json")
	if a.stdout != b.stdout || !strings.Contains(a.stdout, `"SAA-C03"`) {
		t.Fatalf("restored targets differ:\n%s\n%s", a.stdout, b.stdout)
	}
	info, err := os.Stat(backup)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("backup file mode %v, %v; want 0600", info.Mode().Perm(), err)
	}
}

func TestCatalogOverlayFromDataFolder(t *testing.T) {
	dir := t.TempDir()
	overlay := filepath.Join(dir, "catalog.json")
	os.WriteFile(overlay, []byte(`{"entries": [{"code": "CKA", "name": "Certified Kubernetes Administrator", "vendor": "CNCF",
	  "tier": "professional", "minutes": 120, "price_usd": 445, "passing_score": 66, "passing_scale": 100, "prep_hours": 80}],
	  "overrides": [{"code": "SAA-C03", "prep_hours": 120}]}`), 0o600)
	r := certplan(t, nil, "--data-dir", dir, "catalog", "show", "cka")
	if r.code != 0 || !strings.Contains(r.stdout, "Certified Kubernetes Administrator") || r.stderr != "" {
		t.Fatalf("custom exam: exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := certplan(t, nil, "--data-dir", dir, "catalog", "show", "SAA-C03"); !strings.Contains(r.stdout, "Prep hours:  120") {
		t.Errorf("override not applied:\n%s", r.stdout)
	}

	// A broken overlay: a readable warning naming file and entry, and the
	// built-in catalog still answers.
	os.WriteFile(overlay, []byte(`{"entries": [{"code": "CKA", "name": "CKA", "vendor": "CNCF", "tier": "professional", "prep_hours": 0}]}`), 0o600)
	r = certplan(t, nil, "--data-dir", dir, "catalog", "show", "SAA-C03")
	if r.code != 0 || !strings.Contains(r.stdout, "Solutions Architect - Associate") {
		t.Fatalf("built-in catalog unavailable with a broken overlay: exit %d %q", r.code, r.stderr)
	}
	for _, want := range []string{overlay, `"CKA"`, "prep_hours", "using the built-in catalog"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("warning %q does not mention %q", r.stderr, want)
		}
	}
}

// Without a display server Fyne's driver panics with a Go trace; the app
// says so in one line instead and exits 1.
func TestNoDisplayIsOneLine(t *testing.T) {
	r := certplan(t, []string{"CERTPLAN_DATA_DIR=" + t.TempDir()})
	wantFailure(t, r, 1, "no display to open the window on")
	if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
		t.Fatalf("stderr: %s", r.stderr)
	}
}

func TestCheckDisplay(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	for _, tt := range []struct {
		goos string
		env  map[string]string
		ok   bool
	}{
		{"linux", nil, false},
		{"linux", map[string]string{"DISPLAY": ":0"}, true},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, true},
		{"freebsd", nil, false},
		{"darwin", nil, true},
		{"windows", nil, true},
	} {
		if err := checkDisplay(tt.goos, env(tt.env)); (err == nil) != tt.ok {
			t.Errorf("checkDisplay(%s, %v) = %v", tt.goos, tt.env, err)
		}
	}
}
