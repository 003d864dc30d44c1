//go:build unix

package planner

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Opening a named pipe for reading waits for a writer; an input file must
// be refused at once instead.
func TestInputFilesRefuseNamedPipesWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := ReadCSVFile(fifo); done <- err }()
	go func() { _, err := OpenInputFile(fifo, "CSV file"); done <- err }()
	for range 2 {
		select {
		case err := <-done:
			wantInvalid(t, err, "pipe.csv is not a regular file (it is a named pipe)")
		case <-time.After(5 * time.Second):
			t.Fatal("reading a named pipe blocked")
		}
	}
}
