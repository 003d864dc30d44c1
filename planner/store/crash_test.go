package store

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"certplan/planner"
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
		// Single adds and small batches, the two ways entries are written.
		var added []planner.Entry
		if i%7 == 6 {
			added, err = s.AddEntries([]planner.Entry{sampleEntry(i), sampleEntry(i + 1), sampleEntry(i + 2)})
		} else {
			var e planner.Entry
			e, err = s.AddEntry(sampleEntry(i))
			added = []planner.Entry{e}
		}
		if err != nil {
			fmt.Println("add failed:", err)
			os.Exit(4)
		}
		for _, e := range added {
			fmt.Printf("ack %d\n", e.ID)
		}
	}
}

// TestKillMidWriteLosesNoAcknowledgedEntry kills a writer at random moments,
// round after round on the same folder. After every kill the folder must open
// on the first try and hold every entry the writer acknowledged. Rounds:
// CERTPLAN_KILL_ROUNDS (make fuzz runs many), 6 by default.
func TestKillMidWriteLosesNoAcknowledgedEntry(t *testing.T) {
	rounds := 6
	if n, err := strconv.Atoi(os.Getenv("CERTPLAN_KILL_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var all []uint64
	for round := 0; round < rounds; round++ {
		acked := killWriterAfter(t, dir, 5+rng.IntN(300))
		all = append(all, acked...)

		s, err := Open(dir, Options{GCInterval: -1})
		if err != nil {
			t.Fatalf("round %d: first open after the kill failed: %v", round, err)
		}
		for _, id := range all {
			e, err := s.Entry(id)
			if err != nil {
				s.Close()
				t.Fatalf("round %d: acknowledged entry %d lost after the kill: %v", round, id, err)
			}
			if e.ID != id {
				s.Close()
				t.Fatalf("Entry(%d) returned ID %d", id, e.ID)
			}
		}
		// New IDs continue above everything handed out before the crash.
		e, err := s.AddEntry(sampleEntry(1))
		if err != nil {
			s.Close()
			t.Fatal(err)
		}
		if last := acked[len(acked)-1]; e.ID <= last {
			s.Close()
			t.Fatalf("new ID %d is not above the last acknowledged ID %d", e.ID, last)
		}
		all = append(all, e.ID)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d kills, %d acknowledged entries, all present after every kill", rounds, len(all))
}

// killWriterAfter runs the writer on dir and SIGKILLs it once it has
// acknowledged at least n entries (or after 10 s), and returns every ID it
// acknowledged.
func killWriterAfter(t *testing.T, dir string, n int) []uint64 {
	t.Helper()
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
	for len(acked) < n {
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
	if len(acked) == 0 {
		t.Fatalf("writer acknowledged nothing before it was killed")
	}
	return acked
}
