package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A command typed in another folder than the one running it writes and
// reads its files where the caller meant, for positional FILE arguments and
// --ics FILE alike; absolute paths stay as given.
func TestWorkDirResolvesRelativeFiles(t *testing.T) {
	h := newHarness(t)
	caller, elsewhere := t.TempDir(), t.TempDir()
	absolute := filepath.Join(elsewhere, "abs.csv")
	h.ok("target", "add", "saa-c03", "--prep", "20")
	h.ok("log", "add", "--kind", "study", "--cert", "saa-c03", "--date", "2026-11-20", "--hours", "1.5")
	for _, args := range [][]string{
		{"export", "csv", "log.csv"},
		{"export", "csv", absolute},
		{"plan", "--cert", "saa-c03", "--ics", "plan.ics"},
		{"backup", "sub/../backup.json"},
	} {
		var out, errb bytes.Buffer
		env := h.env(&out, &errb)
		env.WorkDir = caller
		if code := Run(Global{DataDir: t.TempDir()}, args, env); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
	for _, want := range []string{filepath.Join(caller, "log.csv"), absolute, filepath.Join(caller, "plan.ics"), filepath.Join(caller, "backup.json")} {
		if _, err := os.Stat(want); err != nil {
			t.Errorf("expected %s: %v", want, err)
		}
	}
	// Reading resolves the same way: import the file just exported.
	var out, errb bytes.Buffer
	env := h.env(&out, &errb)
	env.WorkDir = caller
	if code := Run(Global{DataDir: t.TempDir()}, []string{"import", "csv", "log.csv"}, env); code != 0 {
		t.Fatalf("import: exit %d, stderr %q", code, errb.String())
	}
}
