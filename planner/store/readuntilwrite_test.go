package store

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// openUntilWrite opens dir with Options.ReadUntilWrite and fails the test
// unless the database was opened for reading only.
func openUntilWrite(t testing.TB, dir string, gc time.Duration) *Store {
	t.Helper()
	s, err := Open(dir, Options{GCInterval: gc, ReadUntilWrite: true})
	if err != nil {
		t.Fatalf("Open(%s, ReadUntilWrite): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	if !s.reading.Load() {
		t.Fatal("the store was opened for writing at once")
	}
	return s
}

// createdFolder is an empty data folder, opened once for writing and
// closed, so that the next open can be read-only.
func createdFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The whole interface behaves the same on a store that starts read-only and
// opens for writing at its first write.
func TestReadUntilWriteConformance(t *testing.T) {
	plannertest.StoreConformance(t, func(t *testing.T) planner.Store {
		return openUntilWrite(t, createdFolder(t), -1)
	})
}

// readAll uses every read of the store.
func readAll(t *testing.T, s *Store, want int) {
	t.Helper()
	es, err := s.Entries(planner.EntryQuery{})
	if err != nil || len(es) != want {
		t.Fatalf("read %d entries, %v; want %d", len(es), err, want)
	}
	if _, err := s.Entry(es[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Targets(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Availability(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Timer(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Totals(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DailyTotals(es[0].Date, es[len(es)-1].Date); err != nil {
		t.Fatal(err)
	}
	if _, err := s.History(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ShownReminders(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Snapshot(); err != nil {
		t.Fatal(err)
	}
}

// Opened for reading until the first write, the store leaves every file of
// the folder byte for byte as it was, and creates none, while only reading
// (with the value-log collection running) and after closing. The first write
// then opens it for writing, and the write is there after a reopen.
func TestReadUntilWriteChangesNoFileUntilTheFirstWrite(t *testing.T) {
	dir := filledFolder(t, 30)
	before := snapshot(t, dir)

	s := openUntilWrite(t, dir, time.Millisecond)
	readAll(t, s, 30)
	time.Sleep(20 * time.Millisecond) // a few value-log collections
	sameFiles(t, before, snapshot(t, dir))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, before, snapshot(t, dir))

	s = openUntilWrite(t, dir, time.Millisecond)
	readAll(t, s, 30)
	sameFiles(t, before, snapshot(t, dir))
	e, err := s.AddEntry(sampleEntry(7))
	if err != nil {
		t.Fatalf("first write: %v", err)
	}
	if s.reading.Load() {
		t.Fatal("still open for reading only after a write")
	}
	readAll(t, s, 31)
	time.Sleep(20 * time.Millisecond)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, dir)
	got, err := s.Entry(e.ID)
	if err != nil {
		t.Fatalf("the write is not there after a reopen: %v", err)
	}
	sameEntry(t, got, e)
	readAll(t, s, 31)
}

// Readers run while several writers race to open the database for
// writing: no reader sees a closed database or an error, every write lands
// once (run with -race).
func TestReadUntilWriteUpgradeWithReaders(t *testing.T) {
	const n, writers = 200, 4
	dir := filledFolder(t, n)
	s := openUntilWrite(t, dir, time.Millisecond)

	stop := make(chan struct{})
	errs := make(chan error, 64)
	var readers sync.WaitGroup
	for range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				es, err := s.Entries(planner.EntryQuery{})
				if err == nil && len(es) < n {
					t.Errorf("a reader saw %d entries, want at least %d", len(es), n)
					return
				}
				if err == nil {
					_, err = s.Totals()
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	time.Sleep(5 * time.Millisecond)
	var wg sync.WaitGroup
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if i%2 == 0 {
				_, err = s.AddEntry(sampleEntry(i))
			} else {
				err = s.SaveShownReminders([]string{"r"})
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	time.Sleep(5 * time.Millisecond)
	close(stop)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("during the upgrade: %v", err)
	}
	readAll(t, s, n+writers/2)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	readAll(t, openStore(t, dir), n+writers/2)
}

// wantReadingAfterAFailedWrite checks that a write failed with a one-line
// error of the store's kinds, nothing was written and reading goes on.
func wantReadingAfterAFailedWrite(t *testing.T, s *Store, err error, parts ...string) {
	t.Helper()
	wantKind(t, err, planner.Other, parts...)
	if !s.reading.Load() {
		t.Fatal("the store left reading-only state on a failed upgrade")
	}
	readAll(t, s, 30)
}

// A disk too full to write on: the write fails as it does on any store,
// reading goes on, and once space is freed the next write succeeds.
func TestReadUntilWriteOnAFullDisk(t *testing.T) {
	dir := filledFolder(t, 30)
	before := snapshot(t, dir)
	s := openUntilWrite(t, dir, -1)
	freeSpaceFn = func(string) (uint64, bool) { return 1 << 20, true }
	t.Cleanup(func() { freeSpaceFn = freeSpace })

	_, err := s.AddEntry(sampleEntry(1))
	wantReadingAfterAFailedWrite(t, s, err, "is full", dir)
	err = s.ReplaceAll(planner.Snapshot{})
	wantReadingAfterAFailedWrite(t, s, err, "is full", dir)
	sameFiles(t, before, snapshot(t, dir))

	freeSpaceFn = freeSpace
	if _, err := s.AddEntry(sampleEntry(1)); err != nil {
		t.Fatalf("after space was freed: %v", err)
	}
	readAll(t, s, 31)
}

// The database folder moved away while the store was reading: the write
// fails with the folder named, reading goes on from the files still open,
// and once the folder is back the next write succeeds.
func TestReadUntilWriteWhenTheDatabaseIsGone(t *testing.T) {
	dir := filledFolder(t, 30)
	s := openUntilWrite(t, dir, -1)
	db, moved := filepath.Join(dir, dbDirName), filepath.Join(t.TempDir(), "moved")
	if err := os.Rename(db, moved); err != nil {
		t.Fatal(err)
	}
	err := s.SaveTargets(nil)
	wantReadingAfterAFailedWrite(t, s, err, "data folder "+dir)
	if _, err := os.Stat(db); err == nil {
		t.Fatal("a new database was created in place of the one that is gone")
	}
	if err := os.Rename(moved, db); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTargets(nil); err != nil {
		t.Fatalf("after the folder came back: %v", err)
	}
}

// The database on a disk that became read-only (a read-only bind mount,
// which needs root): reopening for writing fails with the store's message
// for a read-only disk, the database is opened for reading again, and
// reading goes on; once the disk is writable the next write succeeds.
func TestReadUntilWriteOnAReadOnlyDisk(t *testing.T) {
	dir := filledFolder(t, 30)
	s := openUntilWrite(t, dir, -1)
	db := filepath.Join(dir, dbDirName)
	if err := syscall.Mount(db, db, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount here (%v): the read-only test needs root", err)
	}
	mounted := true
	unmount := func() {
		if mounted {
			syscall.Unmount(db, syscall.MNT_DETACH)
			mounted = false
		}
	}
	t.Cleanup(unmount)
	if err := syscall.Mount("", db, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only here: %v", err)
	}
	before := snapshot(t, dir)
	_, err := s.AddEntries([]planner.Entry{sampleEntry(1), sampleEntry(2)})
	wantReadingAfterAFailedWrite(t, s, err, "is on a read-only disk", dir)
	sameFiles(t, before, snapshot(t, dir))

	unmount()
	if _, err := s.AddEntries([]planner.Entry{sampleEntry(1), sampleEntry(2)}); err != nil {
		t.Fatalf("after the disk became writable: %v", err)
	}
	readAll(t, s, 32)
}

// ReadOnly takes precedence: a store opened with both never writes.
func TestReadOnlyTakesPrecedenceOverReadUntilWrite(t *testing.T) {
	dir := filledFolder(t, 30)
	before := snapshot(t, dir)
	s, err := Open(dir, Options{GCInterval: -1, ReadOnly: true, ReadUntilWrite: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEntry(sampleEntry(1)); err == nil {
		t.Fatal("a read-only store took a write")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, before, snapshot(t, dir))
}

// A new folder, or one that needs crash recovery, is opened for writing at
// once, as with ReadOnly.
func TestReadUntilWriteOpensANewFolderForWriting(t *testing.T) {
	s, err := Open(t.TempDir(), Options{GCInterval: -1, ReadUntilWrite: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.reading.Load() {
		t.Fatal("a new folder was opened for reading only")
	}
	if _, err := s.AddEntry(sampleEntry(1)); err != nil {
		t.Fatal(err)
	}
}

// Close works before the first write, twice, and a write after Close
// reports the store closed.
func TestReadUntilWriteCloseBeforeAnyWrite(t *testing.T) {
	dir := filledFolder(t, 30)
	s := openUntilWrite(t, dir, time.Millisecond)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := s.AddEntry(sampleEntry(1))
	wantKind(t, err, planner.Other, "is closed")
	if _, err := s.Entries(planner.EntryQuery{}); err == nil {
		t.Fatal("read from a closed store")
	}
}
