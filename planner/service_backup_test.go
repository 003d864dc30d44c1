package planner_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

const v1Backup = "testdata/backup-v1.json"

// TestRestoreVersion1BackupFile restores a file that an earlier CertPlan
// wrote and backs it up again: apart from the creation time, the database
// schema and the wallet fields added since, the new file is the same byte
// for byte.
func TestRestoreVersion1BackupFile(t *testing.T) {
	svc, st, _ := newService(t, "2025-05-10 12:00")
	if err := svc.RestoreFromFile(v1Backup); err != nil {
		t.Fatal(err)
	}
	es, err := svc.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 4 || es[0].ID != 5 || es[0].Code != "CLF-C02" || es[3].Link != "https://github.com/example/failover" {
		t.Fatalf("restored entries %+v", es)
	}
	a, err := svc.Availability()
	if err != nil || a.Country != "GB" || a.Region != "ENG" || a.Experience != planner.Daily || len(a.DaysOff) != 2 {
		t.Fatalf("restored availability %+v, %v", a, err)
	}
	if tm, ok, err := svc.Timer(); err != nil || !ok || tm.Kind != planner.Lab || tm.Banked != 25*time.Minute || tm.Running() {
		t.Fatalf("restored timer %+v ok=%v err=%v", tm, ok, err)
	}
	if e, err := st.AddEntry(es[0]); err != nil || e.ID != 6 {
		t.Fatalf("first new entry: ID %d, %v; want 6", e.ID, err)
	}
	if err := st.DeleteEntry(6); err != nil {
		t.Fatal(err)
	}

	var again bytes.Buffer
	if err := svc.Backup(&again); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile(v1Backup)
	if err != nil {
		t.Fatal(err)
	}
	// The file predates the wallet: the new backup holds the same records
	// and adds an empty wallet history and no shown reminders.
	want := strings.TrimSuffix(withoutHead(t, orig), "}\n") +
		",\n\"history\":{\"earned\":[],\"extensions\":[],\"attempts\":[]},\n\"shown_reminders\":[]}\n"
	if got := withoutHead(t, again.Bytes()); got != want {
		t.Fatalf("backup of the restored file differs:\n got %s\nwant %s", got, want)
	}
}

// withoutHead is a backup document without its first line, which holds
// the creation time and the schema.
func withoutHead(t *testing.T, doc []byte) string {
	t.Helper()
	_, rest, ok := strings.Cut(string(doc), "\n")
	if !ok || !strings.HasPrefix(rest, `"targets":`) {
		t.Fatalf("backup does not start with a head line:\n%s", doc)
	}
	return rest
}

func TestBackupDocumentOfAnEmptyStore(t *testing.T) {
	svc, _, _ := newService(t, "2025-05-10 12:00")
	var b bytes.Buffer
	if err := svc.Backup(&b); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("empty backup is not JSON: %v\n%s", err, b.String())
	}
	if doc["format"] != "certplan-backup" || doc["version"] != 1.0 || doc["created"] != at("2025-05-10 12:00").UTC().Format(time.RFC3339) ||
		doc["availability"] != nil || doc["timer"] != nil {
		t.Fatalf("empty backup head: %v", doc)
	}
	for _, list := range []string{"entries", "targets"} {
		if l, ok := doc[list].([]any); !ok || len(l) != 0 {
			t.Fatalf("%s of an empty store = %#v, want []", list, doc[list])
		}
	}
}

func TestRestoreRefusalsChangeNothing(t *testing.T) {
	svc, st, _ := newService(t, "2025-05-10 12:00")
	if err := svc.RestoreFromFile(v1Backup); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(v1Backup)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(mod func(doc map[string]any)) string {
		var doc map[string]any
		if err := json.Unmarshal(good, &doc); err != nil {
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
	cases := []struct {
		name  string
		doc   string
		kind  planner.ErrorKind
		parts []string
	}{
		{"last entry invalid", edit(func(d map[string]any) { lastEntry(d)["hours"] = 25 }), planner.Invalid,
			[]string{"backup entry 4 (id 2)", "hours"}},
		{"last entry bad kind", edit(func(d map[string]any) { lastEntry(d)["kind"] = "nap" }), planner.Invalid,
			[]string{"backup entry 4"}},
		{"last entry bad date", edit(func(d map[string]any) { lastEntry(d)["date"] = "2025-02-30" }), planner.Invalid,
			[]string{"backup entry 4"}},
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
		{"trailing data", string(good) + `{"more":1}`, planner.Invalid, []string{"not a CertPlan backup"}},
		{"not JSON", "hello, this is a shopping list", planner.Invalid, []string{"not a CertPlan backup"}},
		{"truncated", string(good[:len(good)/2]), planner.Invalid, []string{"not a CertPlan backup"}},
		{"JSON array", `[1,2,3]`, planner.Invalid, []string{"not a CertPlan backup"}},
		{"no format", `{"version":1}`, planner.Invalid, []string{`no "format"`}},
		{"no version", `{"format":"certplan-backup"}`, planner.Invalid, []string{`no "version"`}},
		{"wrong format", edit(func(d map[string]any) { d["format"] = "todo-list" }), planner.Incompatible,
			[]string{`"todo-list"`, `accepted: "certplan-backup"`}},
		{"newer version", edit(func(d map[string]any) { d["version"] = 2; d["mood"] = "new field" }), planner.Incompatible,
			[]string{"backup version 2", "accepted: certplan-backup version 1", "update CertPlan"}},
		{"version 0", edit(func(d map[string]any) { d["version"] = 0 }), planner.Incompatible, []string{"backup version 0"}},
	}
	before, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantKind(t, svc.Restore(strings.NewReader(c.doc)), c.kind, c.parts...)
			after, err := st.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(after, before) {
				t.Fatalf("a refused restore changed the store:\n got %+v\nwant %+v", after, before)
			}
		})
	}
	// The unedited document restores, so the refusals were about the edits.
	if err := svc.Restore(bytes.NewReader(good)); err != nil {
		t.Fatalf("unedited backup: %v", err)
	}
}

// TestRestoreFromFileErrors: every problem with the named file is bad
// input, and names the file.
func TestRestoreFromFileErrors(t *testing.T) {
	svc, _, _ := newService(t, "2025-05-10 12:00")
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.json")
	if err := os.WriteFile(newer, []byte(`{"format":"certplan-backup","version":9}`), 0o600); err != nil {
		t.Fatal(err)
	}
	wantKind(t, svc.RestoreFromFile(newer), planner.Invalid, newer, "backup version 9")
	wantKind(t, svc.RestoreFromFile(filepath.Join(dir, "missing.json")), planner.Invalid, "does not exist")
	wantKind(t, svc.RestoreFromFile(dir), planner.Invalid, "is a folder")
	wantKind(t, svc.Restore(failingReader{}), planner.Other, "reading the backup")
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk unplugged") }

func TestBackupToFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "backup.json")
	svc, _, _ := newService(t, "2025-05-10 12:00")
	if err := svc.RestoreFromFile(v1Backup); err != nil {
		t.Fatal(err)
	}
	if err := svc.BackupToFile(path); err != nil {
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
	if now, _ := os.ReadFile(path); !bytes.Equal(first, now) {
		t.Fatal("a failed write changed the file")
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Fatalf("folder holds %d files, want only the backup", len(names))
	}
	// The file restores into another store.
	other, _, _ := newService(t, "2025-05-10 12:00")
	if err := other.RestoreFromFile(path); err != nil {
		t.Fatal(err)
	}
	wantKind(t, svc.BackupToFile(filepath.Join(dir, "missing", "b.json")), planner.Other, "missing")
}

// wantKind fails unless err is a planner error of kind k whose message
// contains every one of parts.
func wantKind(t *testing.T, err error, k planner.ErrorKind, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want kind %d", k)
	}
	if got := planner.KindOf(err); got != k {
		t.Fatalf("error %q has kind %d, want %d", err, got, k)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("error %q does not mention %q", err, p)
		}
	}
}

// TestBackupKeepsPaceAndStartTimes backs up and restores into a fresh
// folder: the pace and the study start times come back.
func TestBackupKeepsPaceAndStartTimes(t *testing.T) {
	svc, _, _ := newService(t, "2026-12-06 12:00")
	a := planner.DefaultAvailability()
	a.Pace = planner.ASAP
	a.StartTimes[time.Wednesday] = "18:45"
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := svc.Backup(&b); err != nil {
		t.Fatal(err)
	}
	fresh, _, _ := newService(t, "2026-12-06 12:00")
	if err := fresh.Restore(&b); err != nil {
		t.Fatal(err)
	}
	got, err := fresh.Availability()
	if err != nil {
		t.Fatal(err)
	}
	if got.Pace != planner.ASAP || got.StartTimes != a.StartTimes {
		t.Fatalf("restored pace %q, times %v; backed up %q, %v", got.Pace, got.StartTimes, a.Pace, a.StartTimes)
	}
}
