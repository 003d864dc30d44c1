package store

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"certplan/planner"
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

const helperFsizeEnv = "CERTPLAN_STORE_TEST_FSIZE_DIR"

// TestHelperFileSizeLimit is not a test: TestFileSizeLimit runs it with a
// small RLIMIT_FSIZE, the way a quota or ulimit stops a file from growing.
func TestHelperFileSizeLimit(t *testing.T) {
	dir := os.Getenv(helperFsizeEnv)
	if dir == "" {
		t.Skip("helper process for TestFileSizeLimit")
	}
	lim := syscall.Rlimit{Cur: 1 << 20, Max: 1 << 20}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		fmt.Println("setrlimit:", err)
		os.Exit(5)
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	if _, err := s.AddEntry(sampleEntry(1)); err != nil {
		fmt.Println("add failed:", err)
		os.Exit(4)
	}
	s.Close()
	fmt.Println("ack")
}

// A process whose files may not grow past 1 MB (RLIMIT_FSIZE) cannot let
// Badger size its 16 MB files: it must fail in one line, not die of SIGXFSZ
// or SIGBUS, and lose nothing: the folder still opens with every entry.
func TestFileSizeLimit(t *testing.T) {
	dir := filledFolder(t, 10)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFileSizeLimit$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperFsizeEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	text := string(out)
	if ee, ok := err.(*exec.ExitError); !ok || (ee.ExitCode() != 3 && ee.ExitCode() != 4) {
		t.Fatalf("writer under a 1 MB file size limit: %v\n%s", err, text)
	}
	if strings.Contains(text, "goroutine ") || strings.Contains(text, "SIG") || strings.Count(strings.TrimSpace(text), "\n") > 3 {
		t.Fatalf("writer crashed:\n%s", text)
	}
	t.Logf("under a 1 MB file size limit: %s", strings.SplitN(text, "\n", 2)[0])
	s := openStore(t, dir)
	es, err := s.Entries(planner.EntryQuery{})
	if err != nil || len(es) != 10 {
		t.Fatalf("after the failed write: %d entries, %v", len(es), err)
	}
	if !strings.Contains(text, "the file size limit of this session (ulimit -f)") {
		t.Fatalf("writer under a file size limit said:\n%s", text)
	}
}

// A data folder on a read-only mount (a backup drive, a locked-down
// profile) is refused in one line, and nothing in it changes.
func TestReadOnlyFolder(t *testing.T) {
	dir := filledFolder(t, 10)
	if err := syscall.Mount(dir, dir, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount here (%v): the read-only test needs root", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only here: %v", err)
	}
	before := snapshot(t, dir)
	_, err := Open(dir, Options{GCInterval: -1})
	if err == nil {
		t.Fatal("opened a read-only folder for writing")
	}
	if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "is on a read-only disk") {
		t.Fatalf("read-only folder: %q", err)
	}
	sameFiles(t, before, snapshot(t, dir))
}
