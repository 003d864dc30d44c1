package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

const helperWriterEnv = "CERTPLAN_STORE_TEST_WRITER_DIR"

// TestHelperWriter is not a test: TestKillMidWriteLosesNoAcknowledgedEntry
// runs the test binary again with this test selected. It adds entries until
// it is killed, printing each ID only after AddEntry has returned it.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(helperWriterEnv)
	if dir == "" {
		t.Skip("helper process for TestKillMidWriteLosesNoAcknowledgedEntry")
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	for i := 0; ; i++ {
		e, err := s.AddEntry(sampleEntry(i))
		if err != nil {
			fmt.Println("add failed:", err)
			os.Exit(4)
		}
		fmt.Printf("ack %d\n", e.ID)
	}
}

func TestKillMidWriteLosesNoAcknowledgedEntry(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperWriterEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}

	lines := make(chan string)
	go func() {
		defer close(lines)
		r := bufio.NewReader(stdout)
		for {
			// Only complete lines count: a fragment cut by the kill was
			// never fully acknowledged.
			line, err := r.ReadString('\n')
			if err != nil {
				io.Copy(io.Discard, r)
				return
			}
			lines <- strings.TrimSuffix(line, "\n")
		}
	}()

	var acked []uint64
	parse := func(line string) {
		id, err := strconv.ParseUint(strings.TrimPrefix(line, "ack "), 10, 64)
		if !strings.HasPrefix(line, "ack ") || err != nil {
			t.Errorf("writer printed %q", line)
			return
		}
		acked = append(acked, id)
	}
	deadline := time.After(10 * time.Second)
collect:
	for len(acked) < 300 {
		select {
		case line, ok := <-lines:
			if !ok {
				break collect
			}
			parse(line)
		case <-deadline:
			break collect
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	// Lines printed before the kill were acknowledged too.
	for line := range lines {
		parse(line)
	}
	cmd.Wait()
	if len(acked) < 20 {
		t.Fatalf("writer acknowledged only %d entries before it was killed", len(acked))
	}

	s := openStore(t, dir)
	for _, id := range acked {
		e, err := s.Entry(id)
		if err != nil {
			t.Fatalf("acknowledged entry %d lost after the kill: %v", id, err)
		}
		if e.ID != id {
			t.Fatalf("Entry(%d) returned ID %d", id, e.ID)
		}
	}
	// New IDs continue above everything handed out before the crash.
	e, err := s.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	if last := acked[len(acked)-1]; e.ID <= last {
		t.Fatalf("new ID %d is not above the last acknowledged ID %d", e.ID, last)
	}
	t.Logf("%d acknowledged entries survived SIGKILL", len(acked))
}
