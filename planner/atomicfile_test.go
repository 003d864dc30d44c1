package planner

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func writeText(path, text string) error {
	return WriteFileAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	})
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFileAtomicWritesThroughSymlinks(t *testing.T) {
	dir := t.TempDir()
	targetDir := filepath.Join(dir, "synced")
	if err := os.Mkdir(targetDir, 0o700); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(targetDir, "plan.ics")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "plan.ics")
	if err := os.Symlink(filepath.Join("synced", "plan.ics"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	chain := filepath.Join(dir, "latest.ics")
	if err := os.Symlink(link, chain); err != nil {
		t.Fatal(err)
	}
	if err := writeText(chain, "new"); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{link, chain} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("%s is no longer a symbolic link (%v)", l, err)
		}
	}
	if got := mustRead(t, target); got != "new" {
		t.Errorf("link target holds %q, want new", got)
	}

	// A link to a file that does not exist yet creates that file.
	dangling := filepath.Join(dir, "export.csv")
	if err := os.Symlink(filepath.Join(targetDir, "export.csv"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := writeText(dangling, "rows"); err != nil {
		t.Fatal(err)
	}
	if got := mustRead(t, filepath.Join(targetDir, "export.csv")); got != "rows" {
		t.Errorf("new link target holds %q", got)
	}

	loop := filepath.Join(dir, "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	if err := writeText(loop, "x"); err == nil {
		t.Error("writing through a loop of links succeeded")
	}
}

func TestWriteFileAtomicLeavesNoTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "backup[1].json")
	if err := writeText(path, "v1"); err != nil {
		t.Fatal(err)
	}
	failed := errors.New("disk full")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "personal data")
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("error = %v, want the writer's", err)
	}
	if got := mustRead(t, path); got != "v1" {
		t.Errorf("a failed write changed the file to %q", got)
	}
	assertOnly(t, dir, "backup[1].json")

	// A temp file left by a write that was killed is cleaned up by the next
	// successful write of the same file, and nothing else is touched.
	stale := filepath.Join(dir, ".backup[1].json.certplan-tmp-123")
	other := filepath.Join(dir, ".other.json.certplan-tmp-456")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("personal data"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeText(path, "v2"); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".other.json.certplan-tmp-456", "backup[1].json")
}

func assertOnly(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(want) {
		t.Fatalf("folder holds %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("folder holds %q, want %q", got, want)
		}
	}
}
