//go:build unix

package catalog

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe in place of the overlay used to hang every command.
func TestOverlayRefusesNamedPipe(t *testing.T) {
	c := builtinForTest(t)
	fifo := filepath.Join(t.TempDir(), OverlayFileName)
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := c.WithOverlay(fifo); done <- err }()
	select {
	case err := <-done:
		if want := "catalog overlay " + fifo + " is not a regular file (it is a named pipe)"; err == nil || err.Error() != want {
			t.Fatalf("error = %v, want %q", err, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WithOverlay blocked on a named pipe")
	}
}
