package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"certplan/planner"
)

const helperOpenEnv = "CERTPLAN_STORE_TEST_OPEN_DIR"

func TestSecondOpenSameProcess(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	_, err := Open(dir, Options{GCInterval: -1})
	wantKind(t, err, planner.Unavailable, "CertPlan is already open with data folder "+dir)
	// The first store is unaffected.
	if _, err := s.AddEntry(sampleEntry(0)); err != nil {
		t.Fatalf("first store after a refused second Open: %v", err)
	}
	// Once closed, the folder opens again.
	s.Close()
	s2 := openStore(t, dir)
	if es, _ := s2.Entries(planner.EntryQuery{}); len(es) != 1 {
		t.Fatalf("reopened store lists %d entries, want 1", len(es))
	}
}

// TestHelperOpener is not a test: TestSecondOpenOtherProcess runs the test
// binary again with this test selected, as a second CertPlan process.
func TestHelperOpener(t *testing.T) {
	dir := os.Getenv(helperOpenEnv)
	if dir == "" {
		t.Skip("helper process for TestSecondOpenOtherProcess")
	}
	s, err := Open(dir, Options{GCInterval: -1})
	if err == nil {
		s.Close()
		fmt.Println("opened")
		os.Exit(0)
	}
	fmt.Printf("kind=%d msg=%s\n", planner.KindOf(err), err)
	os.Exit(0)
}

func TestSecondOpenOtherProcess(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	out, err := helperOpener(dir).CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	want := fmt.Sprintf("kind=%d msg=CertPlan is already open with data folder %s\n", planner.Unavailable, dir)
	if !strings.HasPrefix(string(out), want) {
		t.Fatalf("second process printed %q, want %q", out, want)
	}
	if strings.Contains(string(out), "panic") {
		t.Fatalf("second process panicked:\n%s", out)
	}
	s.Close()
	// With the folder free, the other process opens it.
	out, err = helperOpener(dir).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "opened") {
		t.Fatalf("helper after Close: %v %q", err, out)
	}
}

// helperOpener runs TestHelperOpener in a new process on dir.
func helperOpener(dir string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperOpener$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperOpenEnv+"="+dir)
	return cmd
}

// TestDatabaseLockedByBadger covers the message when the database folder
// itself is locked by Badger (any process holding it outside a Store).
func TestDatabaseLockedByBadger(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	s.Close()
	raw := openRaw(t, filepath.Join(dir, dbDirName))
	defer raw.Close()
	_, err := Open(dir, Options{GCInterval: -1})
	wantKind(t, err, planner.Unavailable, "CertPlan is already open with data folder "+dir)
}

func TestNewerSchemaIsRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	if _, err := s.AddEntry(sampleEntry(0)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw := openRaw(t, filepath.Join(dir, dbDirName))
	rawSet(t, raw, map[string][]byte{keySchema: []byte("99")})
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}

	before := snapshot(t, dir)
	for i := 0; i < 2; i++ {
		_, err := Open(dir, Options{GCInterval: 0})
		wantKind(t, err, planner.Incompatible, "data folder "+dir+" was written by a newer CertPlan (schema 99, this version reads up to "+fmt.Sprint(currentSchema)+"); update CertPlan")
	}
	after := snapshot(t, dir)
	if !reflect.DeepEqual(before, after) {
		for k := range after {
			if _, ok := before[k]; !ok {
				t.Errorf("new file %s", k)
			} else if before[k] != after[k] {
				t.Errorf("file %s changed", k)
			}
		}
		for k := range before {
			if _, ok := after[k]; !ok {
				t.Errorf("file %s removed", k)
			}
		}
		t.Fatal("the refused folder changed")
	}
}

func TestUnusableFolders(t *testing.T) {
	parent := t.TempDir()
	file := filepath.Join(parent, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(file, Options{})
	wantKind(t, err, planner.Other, "data folder "+file)

	_, err = Open("", Options{})
	wantKind(t, err, planner.Invalid)

	// The messages Open gives for each kind of folder failure, including
	// ones a test run as root cannot provoke through the file system.
	for _, c := range []struct {
		err  error
		kind planner.ErrorKind
		want string
	}{
		{&fs.PathError{Op: "mkdir", Path: "/x", Err: fs.ErrPermission}, planner.Other, "no permission to use data folder /x"},
		{errors.New("Cannot acquire directory lock on \"/x/db\". Another process is using this Badger database."), planner.Unavailable, "CertPlan is already open with data folder /x"},
		{errors.New("disk on fire"), planner.Other, "data folder /x"},
	} {
		wantKind(t, folderError("/x", c.err), c.kind, c.want)
	}

	if os.Geteuid() == 0 {
		return // root may write anywhere: the mapping above covers this case
	}
	locked := filepath.Join(parent, "locked")
	if err := os.Mkdir(locked, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o700) })
	dir := filepath.Join(locked, "data")
	_, err = Open(dir, Options{})
	wantKind(t, err, planner.Other, "no permission to use data folder "+dir)
}

// TestInterruptedRestoreIsRepaired covers the states a crash during the
// folder swap of Restore can leave, and what Open makes of them.
func TestInterruptedRestoreIsRepaired(t *testing.T) {
	// Crash after db was moved aside, before the new database took its
	// place: the previous data comes back and the half-done one goes.
	dir := t.TempDir()
	s := openStore(t, dir)
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Rename(filepath.Join(dir, dbDirName), filepath.Join(dir, oldDirName)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, restoreDirName), 0o700); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, restoreDirName, "000001.vlog"), []byte("partial"), 0o600)
	s = openStore(t, dir)
	if got, err := s.Entry(e.ID); err != nil {
		t.Fatalf("previous data lost: %v", err)
	} else {
		sameEntry(t, got, e)
	}
	for _, name := range []string{oldDirName, restoreDirName} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Fatalf("%s left behind (%v)", name, err)
		}
	}
	s.Close()

	// Crash after the new database took its place, before the old one was
	// removed: the restore stands, the old one goes.
	other := t.TempDir()
	o := openStore(t, other)
	restored, err := o.AddEntry(sampleEntry(7))
	if err != nil {
		t.Fatal(err)
	}
	o.Close()
	if err := os.Rename(filepath.Join(dir, dbDirName), filepath.Join(dir, oldDirName)); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(other, dbDirName), filepath.Join(dir, dbDirName)); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, dir)
	all, err := s.Entries(planner.EntryQuery{})
	if err != nil || len(all) != 1 {
		t.Fatalf("entries after completed swap: %v, %v", all, err)
	}
	sameEntry(t, all[0], restored)
	if _, err := os.Stat(filepath.Join(dir, oldDirName)); !os.IsNotExist(err) {
		t.Fatalf("%s left behind (%v)", oldDirName, err)
	}
}

// TestReadingLeavesTheFolderAsItWas: a command that only reads (status,
// plan, log list) writes nothing, so running it a thousand times from cron
// neither grows the folder nor slows the next open.
func TestReadingLeavesTheFolderAsItWas(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	for i := 0; i < 3; i++ {
		if _, err := s.AddEntry(sampleEntry(i)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	before := snapshot(t, dir)
	for i := 0; i < 12; i++ {
		s, err := Open(dir, Options{GCInterval: -1})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Totals(); err != nil {
			t.Fatal(err)
		}
		if es, err := s.Entries(planner.EntryQuery{}); err != nil || len(es) != 3 {
			t.Fatalf("entries %d, %v", len(es), err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// Badger starts a fresh, empty value-log file on every open and drops
	// the previous empty one; everything else must be byte for byte the same.
	after := snapshot(t, dir)
	withoutVlogs := func(m map[string]string) (map[string]string, int) {
		out, n := map[string]string{}, 0
		for k, v := range m {
			if strings.HasSuffix(k, ".vlog") {
				n++
				continue
			}
			out[k] = v
		}
		return out, n
	}
	b, _ := withoutVlogs(before)
	a, vlogs := withoutVlogs(after)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("reading changed the folder:\nbefore %v\nafter  %v", keysOf(before), keysOf(after))
	}
	if vlogs > 2 {
		t.Errorf("%d value-log files after 12 read-only opens: %v", vlogs, keysOf(after))
	}
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
