package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// laterOptions are the desktop app's options with the reading of the
// tables' blocks moved after Open.
var laterOptions = Options{GCInterval: -1, ReadUntilWrite: true, VerifyBlocksAfterOpen: true}

// openLater opens dir with laterOptions and fails the test unless the
// database was opened for reading only with its blocks left to read.
func openLater(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir, laterOptions)
	if err != nil {
		t.Fatalf("Open(%s, VerifyBlocksAfterOpen): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	if !s.reading.Load() {
		t.Fatal("the store was opened for writing at once")
	}
	if s.verifyDone == nil {
		t.Fatal("Open read every block itself")
	}
	return s
}

// syncOpenError is the error Open gives for dir when it reads every block
// before returning.
func syncOpenError(t *testing.T, dir string) error {
	t.Helper()
	s, err := Open(dir, Options{GCInterval: -1})
	if err == nil {
		s.Close()
		t.Fatal("the damaged folder opened without the deferred reading too")
	}
	return err
}

// The whole interface behaves the same on a store that starts read-only,
// reads its blocks after Open and opens for writing at its first write.
func TestVerifyLaterConformance(t *testing.T) {
	plannertest.StoreConformance(t, func(t *testing.T) planner.Store {
		s2, err := Open(createdFolder(t), laterOptions)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s2.Close() })
		if !s2.reading.Load() {
			t.Fatal("the store was opened for writing at once")
		}
		return s2
	})
}

// A flipped byte in a table's data blocks: Open succeeds and reads go on,
// Verified reports the damage with the words Open gives without the option,
// every write fails with them too, and nothing in the folder changes.
func TestVerifyLaterFindsAFlippedByte(t *testing.T) {
	dir := filledFolder(t, 3000)
	tables := dbFiles(t, dir, tableExt)
	if len(tables) == 0 {
		t.Fatal("no table file to damage")
	}
	flipByte(func(size int64) int64 { return size / 3 })(t, tables[0])
	before := snapshot(t, dir)

	s := openLater(t, dir)
	if _, err := s.Entries(planner.EntryQuery{}); err != nil {
		t.Logf("a read before Verified: %v", err)
	}
	verr := s.Verified()
	wantKind(t, verr, planner.Damaged, dir, filepath.Base(tables[0]), "corrupt or cut short", "nothing was changed")
	if err := s.Verified(); err == nil || err.Error() != verr.Error() {
		t.Fatalf("Verified again: %v, want %v", err, verr)
	}
	_, err := s.AddEntry(sampleEntry(1))
	sameError(t, "AddEntry", err, verr)
	_, err = s.AddEntries([]planner.Entry{sampleEntry(2), sampleEntry(3)})
	sameError(t, "AddEntries", err, verr)
	sameError(t, "SaveTargets", s.SaveTargets(nil), verr)
	sameError(t, "ReplaceAll", s.ReplaceAll(planner.Snapshot{}), verr)
	if !s.reading.Load() {
		t.Fatal("the damaged folder was opened for writing")
	}
	sameFiles(t, before, snapshot(t, dir))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, before, snapshot(t, dir))

	sameError(t, "Verified", verr, syncOpenError(t, dir))
	sameFiles(t, before, snapshot(t, dir))
}

func sameError(t *testing.T, what string, got, want error) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: no error, want %v", what, want)
	}
	if got.Error() != want.Error() || planner.KindOf(got) != planner.KindOf(want) {
		t.Fatalf("%s: %v (kind %v), want %v (kind %v)", what, got, planner.KindOf(got), want, planner.KindOf(want))
	}
}

// Every way of damaging a table that the open guard refuses: the store
// with the deferred reading refuses it with the same words, at Open (when
// Badger cannot open it for reading either) or at Verified and every write,
// and changes nothing.
func TestVerifyLaterRefusesWhatTheGuardRefuses(t *testing.T) {
	for _, c := range tableDamage() {
		t.Run(c.name, func(t *testing.T) {
			dir := filledFolder(t, 3000)
			c.damage(t, dbFiles(t, dir, c.suffix)[0])
			before := snapshot(t, dir)

			var got error
			s, err := Open(dir, laterOptions)
			if err != nil {
				t.Logf("refused at Open: %v", err)
				got = err
			} else {
				got = s.Verified()
				if got == nil {
					s.Close()
					t.Fatal("Verified found nothing wrong")
				}
				_, err := s.AddEntry(sampleEntry(1))
				sameError(t, "AddEntry", err, got)
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
			}
			sameFiles(t, before, snapshot(t, dir))
			sameError(t, "deferred reading", got, syncOpenError(t, dir))
		})
	}
}

// The same folder intact: Verified finds nothing, and a write works and is
// there after a reopen.
func TestVerifyLaterIntactFolderTakesWrites(t *testing.T) {
	dir := filledFolder(t, 3000)
	s := openLater(t, dir)
	if err := s.Verified(); err != nil {
		t.Fatalf("Verified on an intact folder: %v", err)
	}
	e, err := s.AddEntry(sampleEntry(7))
	if err != nil {
		t.Fatalf("first write: %v", err)
	}
	if s.reading.Load() {
		t.Fatal("still open for reading only after a write")
	}
	if err := s.Verified(); err != nil {
		t.Fatalf("Verified after a write: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openLater(t, dir)
	if err := s.Verified(); err != nil {
		t.Fatalf("Verified after a reopen: %v", err)
	}
	got, err := s.Entry(e.ID)
	if err != nil {
		t.Fatalf("the write is not there after a reopen: %v", err)
	}
	sameEntry(t, got, e)
	readAll(t, s, 3001)
}

// A write that comes while the blocks are still being read waits for the
// reading, and reads meanwhile work (run with -race).
func TestVerifyLaterReadsAndWritesDuringTheReading(t *testing.T) {
	dir := filledFolder(t, 3000)
	s := openLater(t, dir)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			es, err := s.Entries(planner.EntryQuery{})
			if err == nil && len(es) < 3000 {
				t.Errorf("a reader saw %d entries, want 3000", len(es))
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := s.AddEntry(sampleEntry(1)); err != nil {
			errs <- err
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	select {
	case <-s.verifyDone:
	default:
		t.Fatal("a write went through before the blocks were read")
	}
	readAll(t, s, 3001)
}

// Close right after Open, while the blocks are being read, returns without
// error, stops or waits for the reading, and changes nothing (run with
// -race).
func TestVerifyLaterCloseDuringTheReading(t *testing.T) {
	dir := filledFolder(t, 3000)
	before := snapshot(t, dir)
	for range 10 {
		s, err := Open(dir, laterOptions)
		if err != nil {
			t.Fatal(err)
		}
		if s.verifyDone == nil {
			t.Fatal("Open read every block itself")
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close during the reading: %v", err)
		}
		select {
		case <-s.verifyDone:
		default:
			t.Fatal("the reading goes on after Close")
		}
		if err := s.Verified(); err != nil {
			wantKind(t, err, planner.Other, "is closed")
		}
		_, err = s.AddEntry(sampleEntry(1))
		wantKind(t, err, planner.Other, "is closed")
	}
	sameFiles(t, before, snapshot(t, dir))
}

// Without ReadUntilWrite, or with ReadOnly, the option is ignored: Open
// reads every block and refuses a damaged folder itself.
func TestVerifyLaterNeedsReadUntilWrite(t *testing.T) {
	dir := filledFolder(t, 3000)
	flipByte(func(size int64) int64 { return size / 3 })(t, dbFiles(t, dir, tableExt)[0])
	before := snapshot(t, dir)
	want := syncOpenError(t, dir)
	for _, o := range []Options{
		{GCInterval: -1, VerifyBlocksAfterOpen: true},
		{GCInterval: -1, VerifyBlocksAfterOpen: true, ReadOnly: true},
		{GCInterval: -1, VerifyBlocksAfterOpen: true, ReadOnly: true, ReadUntilWrite: true},
		{GCInterval: -1, ReadUntilWrite: true},
	} {
		s, err := Open(dir, o)
		if err == nil {
			s.Close()
			t.Fatalf("Open(%+v) took the damaged folder", o)
		}
		sameError(t, "Open", err, want)
	}
	sameFiles(t, before, snapshot(t, dir))

	// On an intact folder such a store has nothing left to verify.
	dir = filledFolder(t, 30)
	s, err := Open(dir, Options{GCInterval: -1, VerifyBlocksAfterOpen: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.verifyDone != nil {
		t.Fatal("the reading was left for after Open")
	}
	if err := s.Verified(); err != nil {
		t.Fatal(err)
	}
}

// A folder that must be opened for writing at once (here one whose schema
// needs an upgrade) has its blocks read before Open returns, as without
// the option: a damaged one is refused there and left as it was.
func TestVerifyLaterReadsAtOnceWhenOpeningForWriting(t *testing.T) {
	dir := filledFolder(t, 3000)
	raw := openRaw(t, filepath.Join(dir, dbDirName))
	rawSet(t, raw, map[string][]byte{keySchema: []byte(fmt.Sprint(currentSchema - 1))})
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	flipByte(func(size int64) int64 { return size / 3 })(t, dbFiles(t, dir, tableExt)[0])
	before := snapshot(t, dir)

	_, err := Open(dir, laterOptions)
	wantKind(t, err, planner.Damaged, "corrupt or cut short", "nothing was changed")
	sameFiles(t, before, snapshot(t, dir))
	sameError(t, "Open", err, syncOpenError(t, dir))

	// A new folder: nothing to read, nothing left for later.
	s, err := Open(t.TempDir(), laterOptions)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.reading.Load() || s.verifyDone != nil {
		t.Fatal("a new folder was opened for reading only")
	}
	if err := s.Verified(); err != nil {
		t.Fatal(err)
	}
}

// The blocks are read only when first needed: reads alone never start the
// reading (the app draws its window meanwhile), Verified does.
func TestVerifyLaterWaitsUntilNeeded(t *testing.T) {
	dir := filledFolder(t, 3000)
	s := openLater(t, dir)
	for range 3 {
		if _, err := s.Entries(planner.EntryQuery{}); err != nil {
			t.Fatal(err)
		}
	}
	if s.verifyStart != (sync.Once{}) {
		t.Fatal("reads started the reading of every block")
	}
	if err := s.Verified(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.verifyDone:
	default:
		t.Fatal("Verified returned before the reading ended")
	}
}
