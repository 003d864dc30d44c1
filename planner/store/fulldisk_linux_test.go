package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// mountTmpfs mounts a tmpfs of size bytes on a new folder, or reports why it
// cannot (mounting needs root, which CI has).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size+",mode=0700"); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v): the full-disk test needs root", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// fillDisk writes a file on the disk holding dir until at most leave bytes are
// free, and returns it so the test can free the space again.
func fillDisk(t *testing.T, dir string, leave uint64) string {
	t.Helper()
	free, ok := freeSpace(dir)
	if !ok {
		t.Fatal("free space unknown")
	}
	path := filepath.Join(dir, "ballast")
	if free > leave {
		if err := os.WriteFile(path, make([]byte, free-leave), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestRealFullDisk runs the writer on a real tmpfs that fills up while it
// writes. Before the guard, Badger's mapped files raised SIGBUS and the
// process died with a Go trace; now the write fails with one line, the
// process exits on its own, and every acknowledged entry is still there.
func TestRealFullDisk(t *testing.T) {
	mnt := mountTmpfs(t, "80m")
	dir := filepath.Join(mnt, "data")
	ballast := fillDisk(t, mnt, 60<<20)
	acked := killWriterAfter(t, dir, 50)

	// Leave less than the writer needs, then let it write again.
	fill2 := filepath.Join(mnt, "ballast2")
	free, _ := freeSpace(mnt)
	if err := os.WriteFile(fill2, make([]byte, free-(20<<20)), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperWriterEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 4 {
		t.Fatalf("writer on a full disk: %v\n%s", err, out)
	}
	text := string(out)
	if !strings.Contains(text, "add failed: the disk holding "+dir+" is full") || strings.Contains(text, "goroutine") || strings.Contains(text, "SIGBUS") {
		t.Fatalf("writer on a full disk printed:\n%s", text)
	}

	// Reading still works on the full disk.
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		t.Fatalf("open on a full disk: %v", err)
	}
	for _, id := range acked {
		if _, err := s.Entry(id); err != nil {
			t.Fatalf("entry %d after the disk filled: %v", id, err)
		}
	}
	s.Close()

	// Space freed: writes work again.
	os.Remove(fill2)
	os.Remove(ballast)
	s = openStore(t, dir)
	if _, err := s.AddEntry(sampleEntry(1)); err != nil {
		t.Fatalf("after space was freed: %v", err)
	}
}
