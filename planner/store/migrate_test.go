package store

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

// loadFixture writes the raw keys of a fixture file into a new Badger
// database at dataDir/db, as an older CertPlan left it.
func loadFixture(t *testing.T, dataDir, name string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var fx struct {
		Keys []struct {
			Key   string  `json:"key"`
			Value *string `json:"value"`
			Hex   string  `json:"hex"`
		} `json:"keys"`
	}
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	kv := map[string][]byte{}
	for _, k := range fx.Keys {
		if k.Value != nil {
			kv[k.Key] = []byte(*k.Value)
			continue
		}
		b, err := hex.DecodeString(k.Hex)
		if err != nil {
			t.Fatalf("fixture key %s: %v", k.Key, err)
		}
		kv[k.Key] = b
	}
	db := openRaw(t, filepath.Join(dataDir, dbDirName))
	rawSet(t, db, kv)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestMigrateFromSchema1Fixture(t *testing.T) {
	dir := t.TempDir()
	loadFixture(t, dir, "schema1.json")
	s := openStore(t, dir)

	want := []planner.Entry{
		{ID: 12, Date: day("2024-12-30"), Kind: planner.Study, Code: "CLF-C02", Hours: 3, Domain: "Cloud Concepts", Services: []string{"EC2", "S3"}, Note: "review"},
		{ID: 1, Date: day("2025-01-06"), Kind: planner.Study, Code: "SAA-C03", Hours: 1.5, Domain: "Design Secure Architectures", Services: []string{"IAM", "KMS"}, Note: "policies and keys"},
		{ID: 5, Date: day("2025-01-06"), Kind: planner.Lab, Code: "SAA-C03", Hours: 1, Domain: "Design High-Performing Architectures", Services: []string{"CloudFront"}},
		{ID: 3, Date: day("2025-01-07"), Kind: planner.Study, Code: "DVA-C02", Hours: 0.75, Services: []string{}, Note: "SDK basics"},
		{ID: 2, Date: day("2025-02-03"), Kind: planner.Lab, Code: "SAA-C03", Hours: 2, Domain: "Design Resilient Architectures", Services: []string{}},
	}
	got, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("after migration %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		sameEntry(t, got[i], want[i])
		one, err := s.Entry(want[i].ID)
		if err != nil {
			t.Fatalf("Entry(%d) after migration: %v", want[i].ID, err)
		}
		sameEntry(t, one, want[i])
	}
	// Schema 3's running totals were computed from the migrated entries.
	totals, err := s.Totals()
	if err != nil {
		t.Fatal(err)
	}
	wantTotals := map[string]planner.Done{
		"SAA-C03": {Study: 1.5, Lab: 3, ByDomain: map[string]float64{"Design Secure Architectures": 1.5,
			"Design High-Performing Architectures": 1, "Design Resilient Architectures": 2}},
		"DVA-C02": {Study: 0.75},
		"CLF-C02": {Study: 3, ByDomain: map[string]float64{"Cloud Concepts": 3}},
	}
	if !reflect.DeepEqual(totals, wantTotals) {
		t.Fatalf("totals after migration = %+v, want %+v", totals, wantTotals)
	}
	days, _ := s.DailyTotals(day("2025-01-01"), day("2025-01-31"))
	if len(days) != 2 || days[0] != (planner.DayTotal{Date: day("2025-01-06"), Study: 1.5, Lab: 1}) {
		t.Fatalf("January daily totals = %+v", days)
	}
	jan, _ := s.Entries(planner.EntryQuery{From: day("2025-01-01"), To: day("2025-01-31")})
	if len(jan) != 3 {
		t.Fatalf("January lists %d entries, want 3", len(jan))
	}

	targets, err := s.Targets()
	if err != nil {
		t.Fatal(err)
	}
	if wantT := []planner.Target{{Code: "SAA-C03", PrepHours: 80, ExamBy: day("2025-06-30")}, {Code: "DVA-C02"}}; !reflect.DeepEqual(targets, wantT) {
		t.Fatalf("targets = %+v, want %+v", targets, wantT)
	}
	a, ok, err := s.Availability()
	if err != nil || !ok || a.Hours[6] != 3 || len(a.DaysOff) != 1 || a.Start != day("2025-01-06") {
		t.Fatalf("availability = %+v ok=%v err=%v", a, ok, err)
	}
	tm, ok, err := s.Timer()
	if err != nil || !ok || tm.Banked != 30*time.Minute || tm.Running() {
		t.Fatalf("timer = %+v ok=%v err=%v", tm, ok, err)
	}

	// The old keys are gone, the version is current, and new IDs do not
	// collide with migrated ones.
	d := dump(t, s)
	for k := range d {
		if strings.HasPrefix(k, prefixLog) {
			if _, _, ok := splitLogKey([]byte(k)); !ok {
				t.Errorf("schema 1 key %q left behind", k)
			}
		}
	}
	if d[keySchema] != fmt.Sprint(currentSchema) {
		t.Fatalf("schema after migration = %q, want %d", d[keySchema], currentSchema)
	}
	e, err := s.AddEntry(sampleEntry(0))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID <= 12 {
		t.Fatalf("new ID %d collides with migrated IDs", e.ID)
	}
}

// TestMigrateMoreThanOneTransaction migrates a schema 1 log too large for
// one Badger transaction.
func TestMigrateMoreThanOneTransaction(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	db := openRaw(t, filepath.Join(dir, dbDirName))
	rawSet(t, db, map[string][]byte{keySchema: []byte("1")})
	wb := db.NewWriteBatch()
	for i := 1; i <= n; i++ {
		e := sampleEntry(i)
		e.ID = uint64(i)
		if err := wb.Set([]byte(prefixLog+idHex(e.ID)), mustEncode(t, toEntryRecord(e))); err != nil {
			t.Fatal(err)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	// The whole migration would not fit in one transaction.
	txn := db.NewTransaction(true)
	tooBig := false
	for i := 1; i <= n && !tooBig; i++ {
		e := sampleEntry(i)
		err := setOps(txn, append([]op{{key: []byte(prefixLog + idHex(uint64(i))), del: true}}, entryOps(e.Date, uint64(i), mustEncode(t, toEntryRecord(e)))...))
		tooBig = err != nil
	}
	txn.Discard()
	if !tooBig {
		t.Fatal("migration fits in one transaction; the test needs more entries")
	}
	db.Close()

	s := openStore(t, dir)
	all, err := s.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != n {
		t.Fatalf("%d entries after migration, want %d", len(all), n)
	}
	for _, id := range []uint64{1, n / 2, n} {
		e, err := s.Entry(id)
		if err != nil {
			t.Fatal(err)
		}
		want := sampleEntry(int(id))
		want.ID = id
		sameEntry(t, e, want)
	}
	if e, err := s.AddEntry(sampleEntry(0)); err != nil || e.ID <= n {
		t.Fatalf("new entry after migration: %+v, %v", e, err)
	}
}

func mustEncode(t testing.TB, v any) []byte {
	t.Helper()
	b, err := encode(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFolderWithoutSchemaIsRefused: a Badger database CertPlan did not write
// is not taken over.
func TestFolderWithoutSchemaIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := openRaw(t, filepath.Join(dir, dbDirName))
	rawSet(t, db, map[string][]byte{"someone/else": []byte("x")})
	db.Close()
	_, err := Open(dir, Options{GCInterval: -1})
	wantKind(t, err, planner.Incompatible, "did not write")
}
