package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damagedFolder logs three entries with the real binary, backs them up,
// then removes the database's MANIFEST, the way a sync tool or a partial copy
// loses it.
func damagedFolder(t *testing.T) (dir, backup string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "data")
	env := []string{"CERTPLAN_DATA_DIR=" + dir}
	for _, d := range []string{"2026-11-01", "2026-11-02", "2026-11-03"} {
		if r := certplan(t, env, "log", "add", "--kind", "study", "--cert", "SAA-C03", "--date", d, "--hours", "1"); r.code != 0 {
			t.Fatalf("log add: %+v", r)
		}
	}
	backup = filepath.Join(t.TempDir(), "good.json")
	if r := certplan(t, env, "backup", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if err := os.Remove(filepath.Join(dir, "db", "MANIFEST")); err != nil {
		t.Fatal(err)
	}
	return dir, backup
}

// A damaged folder is refused in one line that says how to get the data
// back; a backup of it cannot overwrite a good backup with less.
func TestDamagedFolderIsRefusedAndKeepsTheGoodBackup(t *testing.T) {
	dir, backup := damagedFolder(t)
	env := []string{"CERTPLAN_DATA_DIR=" + dir}
	good, _ := os.ReadFile(backup)

	wantFailure(t, certplan(t, env, "log", "list"), 1, "is damaged")
	r := certplan(t, env, "backup", backup)
	wantFailure(t, r, 1, "certplan doctor --salvage")
	if now, _ := os.ReadFile(backup); string(now) != string(good) {
		t.Fatal("a backup of the damaged folder replaced the good backup")
	}
}

func TestRestoreMendsADamagedFolder(t *testing.T) {
	dir, backup := damagedFolder(t)
	env := []string{"CERTPLAN_DATA_DIR=" + dir}
	r := certplan(t, env, "restore", backup)
	if r.code != 0 || !strings.Contains(r.stdout, "the damaged database was kept in") {
		t.Fatalf("restore over a damaged folder: %+v", r)
	}
	r = certplan(t, env, "log", "list", "--json")
	if r.code != 0 || strings.Count(r.stdout, `"id"`) != 3 {
		t.Fatalf("after the restore: %+v", r)
	}
}

func TestDoctorSalvagesIntoANewFolder(t *testing.T) {
	dir, _ := damagedFolder(t)
	env := []string{"CERTPLAN_DATA_DIR=" + dir}
	r := certplan(t, env, "doctor")
	if r.code != 0 || !strings.Contains(r.stdout, "no MANIFEST") || !strings.Contains(r.stdout, "3 log entries") {
		t.Fatalf("doctor: %+v", r)
	}
	saved := filepath.Join(t.TempDir(), "saved")
	if r := certplan(t, env, "doctor", "--salvage", saved); r.code != 0 || !strings.Contains(r.stdout, "salvaged into "+saved) {
		t.Fatalf("doctor --salvage: %+v", r)
	}
	r = certplan(t, []string{"CERTPLAN_DATA_DIR=" + saved}, "log", "list", "--json")
	if r.code != 0 || strings.Count(r.stdout, `"id"`) != 3 {
		t.Fatalf("salvaged folder: %+v", r)
	}
	// The salvage target must be new: a second salvage into it is refused.
	wantFailure(t, certplan(t, env, "doctor", "--salvage", saved), 2, "already holds a CertPlan database")
}
