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

const helperBatchEnv = "CERTPLAN_STORE_TEST_BATCH"

// Sizes of the all-or-nothing writes: both past one Badger transaction, so
// the multi-transaction paths (pending marker, swap of folders) are what a
// kill interrupts.
const (
	importBatch  = 6000
	restoreSizeA = 6000
	restoreSizeB = 7000
)

// restoreSnapshot is one of two distinct snapshots the restorer alternates
// between; every entry's note names the snapshot, so a mix shows.
func restoreSnapshot(which string, n int) planner.Snapshot {
	snap := planner.Snapshot{Targets: []planner.Target{{Code: "SAA-C03"}}}
	for i := 0; i < n; i++ {
		e := sampleEntry(i)
		e.ID = uint64(i + 1)
		e.Note = "snapshot " + which
		snap.Entries = append(snap.Entries, e)
	}
	return snap
}

// TestHelperBatchWriter is not a test: the kill tests below run the test
// binary again with it selected. Mode "import" adds batches of importBatch
// entries; mode "restore" replaces everything with snapshot A, then B, then
// A... Each write is acknowledged on stdout only after it returned.
func TestHelperBatchWriter(t *testing.T) {
	mode, dir, ok := strings.Cut(os.Getenv(helperBatchEnv), ":")
	if !ok {
		t.Skip("helper process for the all-or-nothing kill tests")
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	snaps := map[string]planner.Snapshot{"A": restoreSnapshot("A", restoreSizeA), "B": restoreSnapshot("B", restoreSizeB)}
	for i := 0; ; i++ {
		switch mode {
		case "import":
			es := make([]planner.Entry, importBatch)
			for j := range es {
				es[j] = sampleEntry(j)
			}
			if _, err := s.AddEntries(es); err != nil {
				fmt.Println("import failed:", err)
				os.Exit(4)
			}
			fmt.Println("ack batch")
		case "restore":
			which := "AB"[i%2 : i%2+1]
			if err := s.ReplaceAll(snaps[which]); err != nil {
				fmt.Println("restore failed:", err)
				os.Exit(4)
			}
			fmt.Println("ack " + which)
		}
	}
}

// killBatchWriter runs the batch writer in mode on dir, kills it after a
// random delay and returns the acknowledgements it printed.
func killBatchWriter(t *testing.T, mode, dir string, after time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperBatchWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperBatchEnv+"="+mode+":"+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acks []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		r := bufio.NewReader(stdout)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				io.Copy(io.Discard, r)
				return
			}
			acks = append(acks, strings.TrimSuffix(line, "\n"))
		}
	}()
	time.Sleep(after)
	cmd.Process.Kill()
	<-done
	cmd.Wait()
	for _, a := range acks {
		if !strings.HasPrefix(a, "ack ") {
			t.Fatalf("writer printed %q", a)
		}
	}
	return acks
}

func killRounds(def int) int {
	if n, err := strconv.Atoi(os.Getenv("CERTPLAN_KILL_ROUNDS")); err == nil && n > 0 {
		return max(1, n/4)
	}
	return def
}

// A large import killed part-way is undone whole: the log holds every
// acknowledged batch, and at most one more batch complete, never part of one.
func TestKilledImportIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	acked := 0
	for round := 0; round < killRounds(3); round++ {
		acked += len(killBatchWriter(t, "import", dir, time.Duration(300+rng.IntN(1500))*time.Millisecond))
		s, err := Open(dir, Options{GCInterval: -1})
		if err != nil {
			t.Fatalf("round %d: first open after the kill: %v", round, err)
		}
		es, err := s.Entries(planner.EntryQuery{})
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch len(es) {
		case acked * importBatch:
		case (acked + 1) * importBatch: // done, killed before it printed
			acked++
		default:
			t.Fatalf("round %d: %d entries after %d acknowledged batches of %d: part of a batch survived",
				round, len(es), acked, importBatch)
		}
	}
	t.Logf("%d batches of %d acknowledged and present", acked, importBatch)
}

// A restore killed part-way leaves the data exactly as one complete
// snapshot, the one acknowledged last or the one being written.
func TestKilledRestoreIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	restores := 0
	defer func() { t.Logf("%d restores acknowledged; after every kill the data was one whole snapshot", restores) }()
	for round := 0; round < killRounds(3); round++ {
		acks := killBatchWriter(t, "restore", dir, time.Duration(300+rng.IntN(2000))*time.Millisecond)
		restores += len(acks)
		s, err := Open(dir, Options{GCInterval: -1})
		if err != nil {
			t.Fatalf("round %d: first open after the kill: %v", round, err)
		}
		es, err := s.Entries(planner.EntryQuery{})
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		notes := map[string]int{}
		for _, e := range es {
			notes[e.Note]++
		}
		okA := len(es) == restoreSizeA && notes["snapshot A"] == restoreSizeA
		okB := len(es) == restoreSizeB && notes["snapshot B"] == restoreSizeB
		okNone := len(es) == 0 && len(acks) == 0
		if !okA && !okB && !okNone {
			t.Fatalf("round %d: after %d restores the log holds %d entries %v: not one complete snapshot", round, len(acks), len(es), notes)
		}
		if n := len(acks); n > 0 {
			last := strings.TrimPrefix(acks[n-1], "ack ")
			next := map[string]string{"A": "B", "B": "A"}[last]
			if got := map[bool]string{okA: "A", okB: "B"}[true]; got != last && got != next {
				t.Fatalf("round %d: last acknowledged restore was %s, the data is %s", round, last, got)
			}
		}
	}
}
