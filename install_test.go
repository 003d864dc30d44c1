package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// installed is every file `make install` puts under PREFIX, relative to it.
var installed = []string{
	"bin/certplan",
	"share/applications/io.certplan.app.desktop",
	"share/icons/hicolor/128x128/apps/io.certplan.app.png",
	"share/icons/hicolor/16x16/apps/io.certplan.app.png",
	"share/icons/hicolor/256x256/apps/io.certplan.app.png",
	"share/icons/hicolor/32x32/apps/io.certplan.app.png",
	"share/icons/hicolor/48x48/apps/io.certplan.app.png",
	"share/icons/hicolor/512x512/apps/io.certplan.app.png",
	"share/icons/hicolor/64x64/apps/io.certplan.app.png",
	"share/metainfo/io.certplan.app.metainfo.xml",
}

// TestInstallAndUninstall installs into a temporary PREFIX, validates the
// desktop entry, and checks that uninstall removes exactly what install put
// there: an empty PREFIX ends empty, and others' files stay.
func TestInstallAndUninstall(t *testing.T) {
	validate, err := exec.LookPath("desktop-file-validate")
	if err != nil {
		t.Skip("desktop-file-validate is not installed (.ci/install-deps installs it)")
	}
	prefix := t.TempDir()
	runMake(t, "install", prefix)
	if got := filesUnder(t, prefix); !slices.Equal(got, installed) {
		t.Fatalf("installed files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(installed, "\n"))
	}
	entry := filepath.Join(prefix, "share/applications/io.certplan.app.desktop")
	if out, err := exec.Command(validate, entry).CombinedOutput(); err != nil || len(out) != 0 {
		t.Errorf("desktop-file-validate: %v\n%s", err, out)
	}
	text, _ := os.ReadFile(entry)
	if !strings.Contains(string(text), "\nExec="+filepath.Join(prefix, "bin/certplan")+"\n") {
		t.Errorf("the desktop entry should start the installed binary:\n%s", text)
	}
	if fi, _ := os.Stat(filepath.Join(prefix, "bin/certplan")); fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("bin/certplan is not executable: %v", fi.Mode())
	}
	runMake(t, "uninstall", prefix)
	if got := filesUnder(t, prefix); len(got) != 0 {
		t.Errorf("after uninstall PREFIX still holds %v", got)
	}
	if entries, _ := os.ReadDir(prefix); len(entries) != 0 {
		t.Errorf("after uninstall PREFIX still holds folders: %v", entries)
	}

	// Files of other applications next to ours survive an uninstall.
	others := []string{"bin/other", "share/applications/other.desktop", "share/icons/hicolor/48x48/apps/other.png"}
	for _, f := range others {
		p := filepath.Join(prefix, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("not ours"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runMake(t, "install", prefix)
	runMake(t, "uninstall", prefix)
	slices.Sort(others)
	if got := filesUnder(t, prefix); !slices.Equal(got, others) {
		t.Errorf("after uninstall next to other files PREFIX holds %v, want only %v", got, others)
	}
}

func runMake(t *testing.T, target, prefix string) {
	t.Helper()
	cmd := exec.Command("make", "-s", target, "PREFIX="+prefix)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make %s: %v\n%s", target, err, out)
	}
}

// filesUnder lists the regular files under root, relative and sorted.
func filesUnder(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	return files
}
