package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"certplan/planner"
)

// fill gives a store one of everything.
func fill(t testing.TB, s *Store, n int) []planner.Entry {
	t.Helper()
	if err := s.SaveTargets([]planner.Target{{Code: "SAA-C03", PrepHours: 90, ExamBy: day("2025-09-01")}, {Code: "DVA-C02"}}); err != nil {
		t.Fatal(err)
	}
	a := planner.DefaultAvailability()
	a.DaysOff = []planner.DateRange{{From: day("2025-07-01"), To: day("2025-07-14")}}
	a.Start = day("2025-01-01")
	if err := s.SaveAvailability(a); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveTimer(planner.Timer{Code: "SAA-C03", Kind: planner.Study, Started: time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC), Banked: time.Minute}); err != nil {
		t.Fatal(err)
	}
	es := make([]planner.Entry, n)
	for i := range es {
		es[i] = sampleEntry(i)
	}
	out, err := s.AddEntries(es)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBackupDocument(t *testing.T) {
	s := openStore(t, "")
	var b bytes.Buffer
	if err := s.Backup(&b); err != nil {
		t.Fatal(err)
	}
	var empty map[string]any
	if err := json.Unmarshal(b.Bytes(), &empty); err != nil {
		t.Fatalf("empty backup is not JSON: %v\n%s", err, b.String())
	}
	if empty["format"] != "certplan-backup" || empty["version"] != 1.0 || empty["schema"] != float64(currentSchema) ||
		empty["availability"] != nil || empty["timer"] != nil {
		t.Fatalf("empty backup header: %v", empty)
	}
	if _, err := time.Parse(time.RFC3339, empty["created"].(string)); err != nil {
		t.Fatalf("created: %v", err)
	}
	if es, ok := empty["entries"].([]any); !ok || len(es) != 0 {
		t.Fatalf("entries of an empty store = %#v, want []", empty["entries"])
	}
	if ts, ok := empty["targets"].([]any); !ok || len(ts) != 0 {
		t.Fatalf("targets of an empty store = %#v, want []", empty["targets"])
	}

	fill(t, s, 3)
	b.Reset()
	if err := s.Backup(&b); err != nil {
		t.Fatal(err)
	}
	var doc backupDoc
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != 3 || doc.Availability == nil || doc.Timer == nil || len(doc.Targets) != 2 {
		t.Fatalf("backup misses records: %+v", doc)
	}
	if doc.Entries[0].Services == nil {
		t.Fatal("services written as null")
	}
}

func TestBackupRestoreIntoAnotherFolder(t *testing.T) {
	a := openStore(t, "")
	entries := fill(t, a, 50)
	if err := a.DeleteEntry(entries[10].ID); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := a.Backup(&b); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	other := openStore(t, dir)
	if _, err := other.AddEntry(sampleEntry(99)); err != nil { // replaced by the restore
		t.Fatal(err)
	}
	if err := other.Restore(bytes.NewReader(b.Bytes())); err != nil {
		t.Fatal(err)
	}
	if got, want := backupText(t, other), backupText(t, a); got != want {
		t.Fatalf("restored store differs:\n got %.400s\nwant %.400s", got, want)
	}
	// IDs are kept, and new ones continue above the highest restored ID.
	for _, e := range []planner.Entry{entries[0], entries[49]} {
		got, err := other.Entry(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, e)
	}
	e, err := other.AddEntry(sampleEntry(1))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID <= entries[49].ID {
		t.Fatalf("new ID %d after restore is not above %d", e.ID, entries[49].ID)
	}
	// The restore survives closing and reopening; nothing is left beside db.
	other.Close()
	other = openStore(t, dir)
	if _, err := other.Entry(e.ID); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{oldDirName, restoreDirName} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Fatalf("%s left behind (%v)", name, err)
		}
	}
}

func TestRestoreRefusalsChangeNothing(t *testing.T) {
	s := openStore(t, "")
	fill(t, s, 20)
	var b bytes.Buffer
	if err := s.Backup(&b); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	edit := func(mod func(doc map[string]any)) string {
		var doc map[string]any
		if err := json.Unmarshal([]byte(good), &doc); err != nil {
			t.Fatal(err)
		}
		mod(doc)
		out, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	lastEntry := func(doc map[string]any) map[string]any {
		es := doc["entries"].([]any)
		return es[len(es)-1].(map[string]any)
	}
	var lastID uint64
	{
		var doc backupDoc
		json.Unmarshal([]byte(good), &doc)
		lastID = doc.Entries[len(doc.Entries)-1].ID
	}

	cases := []struct {
		name  string
		doc   string
		kind  planner.ErrorKind
		parts []string
	}{
		{"last entry invalid", edit(func(d map[string]any) { lastEntry(d)["hours"] = 25 }), planner.Invalid,
			[]string{"backup entry 20 (id " + itoa(lastID) + ")", "hours"}},
		{"last entry bad kind", edit(func(d map[string]any) { lastEntry(d)["kind"] = "nap" }), planner.Invalid,
			[]string{"backup entry 20"}},
		{"last entry bad date", edit(func(d map[string]any) { lastEntry(d)["date"] = "2025-02-30" }), planner.Invalid,
			[]string{"backup entry 20"}},
		{"duplicate id", edit(func(d map[string]any) { lastEntry(d)["id"] = d["entries"].([]any)[0].(map[string]any)["id"] }),
			planner.Invalid, []string{"appears twice"}},
		{"missing id", edit(func(d map[string]any) { delete(lastEntry(d), "id") }), planner.Invalid, []string{"has no id"}},
		{"bad availability", edit(func(d map[string]any) { d["availability"].(map[string]any)["lab_share"] = 3 }),
			planner.Invalid, []string{"backup availability"}},
		{"bad target", edit(func(d map[string]any) { d["targets"].([]any)[1].(map[string]any)["code"] = "" }),
			planner.Invalid, []string{"backup targets"}},
		{"bad timer", edit(func(d map[string]any) { d["timer"].(map[string]any)["kind"] = "nap" }),
			planner.Invalid, []string{"backup timer"}},
		{"unknown field", edit(func(d map[string]any) { lastEntry(d)["mood"] = "happy" }), planner.Invalid,
			[]string{"backup is damaged", "mood"}},
		{"trailing data", good + `{"more":1}`, planner.Invalid, []string{"not a CertPlan backup"}},
		{"not JSON", "hello, this is a shopping list", planner.Invalid, []string{"not a CertPlan backup"}},
		{"truncated", good[:len(good)/2], planner.Invalid, []string{"not a CertPlan backup"}},
		{"JSON array", `[1,2,3]`, planner.Invalid, []string{"not a CertPlan backup"}},
		{"no format", `{"version":1}`, planner.Invalid, []string{`no "format"`}},
		{"wrong format", edit(func(d map[string]any) { d["format"] = "todo-list" }), planner.Incompatible,
			[]string{`"todo-list"`, `accepted: "certplan-backup"`}},
		{"newer version", edit(func(d map[string]any) { d["version"] = 2; d["mood"] = "new field" }), planner.Incompatible,
			[]string{"backup version 2", "accepted: certplan-backup version 1", "update CertPlan"}},
		{"version 0", edit(func(d map[string]any) { d["version"] = 0 }), planner.Incompatible, []string{"backup version 0"}},
	}
	before := dump(t, s)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantKind(t, s.Restore(strings.NewReader(c.doc)), c.kind, c.parts...)
			sameDump(t, before, dump(t, s))
			if _, err := os.Stat(filepath.Join(s.dataDir, restoreDirName)); !os.IsNotExist(err) {
				t.Fatalf("a refused restore left %s (%v)", restoreDirName, err)
			}
		})
	}
	// The unedited document restores, so the refusals were about the edits.
	if err := s.Restore(strings.NewReader(good)); err != nil {
		t.Fatalf("unedited backup: %v", err)
	}
}

func TestRestoreReadError(t *testing.T) {
	s := openStore(t, "")
	fill(t, s, 2)
	before := dump(t, s)
	wantKind(t, s.Restore(failingReader{}), planner.Other, "reading the backup")
	sameDump(t, before, dump(t, s))
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk unplugged") }

// TestRestoreLargerThanOneTransaction restores a log several times what one
// Badger transaction holds, which the swap through a fresh database makes
// all-or-nothing.
func TestRestoreLargerThanOneTransaction(t *testing.T) {
	const n = 15000
	doc := backupDoc{Format: backupFormat, Version: backupVersion, Schema: currentSchema, Created: time.Now().Format(time.RFC3339),
		Targets: []targetRecord{}}
	entries := make([]planner.Entry, n)
	for i := range entries {
		e := sampleEntry(i).Normalized()
		e.ID = uint64(i + 1)
		entries[i] = e
		doc.Entries = append(doc.Entries, toEntryRecord(e))
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}

	s := openStore(t, "")
	requireTooBigForOneTxn(t, s, entries)
	// First the same document with its last entry broken: nothing changes.
	keep, err := s.AddEntry(sampleEntry(5))
	if err != nil {
		t.Fatal(err)
	}
	doc.Entries[n-1].Hours = -1
	bad, _ := json.Marshal(doc)
	wantKind(t, s.Restore(bytes.NewReader(bad)), planner.Invalid, "backup entry 15000 (id 15000)")
	if all, _ := s.Entries(planner.EntryQuery{}); len(all) != 1 || all[0].ID != keep.ID {
		t.Fatalf("refused restore changed the log: %d entries", len(all))
	}

	start := time.Now()
	if err := s.Restore(bytes.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	t.Logf("restored %d entries (%d bytes) in %v", n, len(raw), time.Since(start).Round(time.Millisecond))
	all, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != n {
		t.Fatalf("%d entries after restore, want %d", len(all), n)
	}
	for _, i := range []int{0, n / 2, n - 1} {
		got, err := s.Entry(entries[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		sameEntry(t, got, entries[i])
	}
	if _, err := s.Entry(keep.ID); err == nil && keep.ID > n {
		t.Fatalf("entry %d from before the restore survived it", keep.ID)
	}
	e, err := s.AddEntry(sampleEntry(1))
	if err != nil || e.ID != n+1 {
		t.Fatalf("first entry after restore: ID %d, %v; want %d", e.ID, err, n+1)
	}
}

// TestRestoreWhileInUse: callers working during a restore never meet a
// closed database, and the store keeps working afterwards.
func TestRestoreWhileInUse(t *testing.T) {
	src := openStore(t, "")
	fill(t, src, 200)
	var b bytes.Buffer
	if err := src.Backup(&b); err != nil {
		t.Fatal(err)
	}

	s := openStore(t, "")
	fill(t, s, 5)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.AddEntry(sampleEntry(i)); err != nil {
					t.Errorf("AddEntry during restore: %v", err)
					return
				}
				if _, err := s.Entries(planner.EntryQuery{From: day("2025-02-01"), To: day("2025-02-28")}); err != nil {
					t.Errorf("Entries during restore: %v", err)
					return
				}
			}
		}(g)
	}
	for i := 0; i < 3; i++ {
		if err := s.Restore(bytes.NewReader(b.Bytes())); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if err := s.Restore(bytes.NewReader(b.Bytes())); err != nil {
		t.Fatal(err)
	}
	if got, want := backupText(t, s), backupText(t, src); got != want {
		t.Fatal("store differs from the backup after the last restore")
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "backup.json")
	s := openStore(t, "")
	fill(t, s, 3)
	if err := planner.WriteFileAtomic(path, s.Backup); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup file mode %v, want 0600", fi.Mode().Perm())
	}
	first, _ := os.ReadFile(path)

	// A failing writer leaves the previous file whole and no temp file.
	boom := errors.New("boom")
	err = planner.WriteFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error = %v, want the writer's", err)
	}
	wantKind(t, planner.WriteFileAtomic(path, func(io.Writer) error { return planner.Invalidf("x", "bad") }), planner.Invalid, "bad")
	now, _ := os.ReadFile(path)
	if !bytes.Equal(first, now) {
		t.Fatal("a failed write changed the file")
	}
	names, _ := os.ReadDir(dir)
	if len(names) != 1 {
		t.Fatalf("folder holds %d files, want only the backup", len(names))
	}
	// The file restores.
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := openStore(t, "").Restore(f); err != nil {
		t.Fatal(err)
	}

	wantKind(t, planner.WriteFileAtomic(filepath.Join(dir, "missing", "b.json"), s.Backup), planner.Other, "missing")
}
