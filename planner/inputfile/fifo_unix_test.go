//go:build unix

package inputfile

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe with no writer would block an open for reading forever.
func TestReadRefusesNamedPipeWithoutBlocking(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "catalog.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- readErr(fifo) }()
	select {
	case err := <-done:
		wantRefused(t, err, "is not a regular file (it is a named pipe)")
	case <-time.After(5 * time.Second):
		t.Fatal("Read blocked on a named pipe")
	}
}
