package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The app reads every block of the folder's tables while its window opens,
// not before. A byte flipped in the middle of a table is then found with
// the window up: the window says the folder is damaged, a write sent to the
// running app is refused with the same message, and no file of the
// database changes.
func TestDamageFoundWhileTheWindowOpens(t *testing.T) {
	if _, err := exec.LookPath("xvfb-run"); err != nil {
		t.Skip("xvfb-run is not installed (.ci/install-deps installs it)")
	}
	dir, work := filepath.Join(t.TempDir(), "data"), t.TempDir()
	csv := filepath.Join(work, "log.csv")
	var b strings.Builder
	b.WriteString("id,date,kind,code,hours,domain,services,note,link\n")
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 800 {
		fmt.Fprintf(&b, "%d,%s,study,SAA-C03,1.5,,EC2;VPC,reading the whitepaper on page %d,\n", i+1, start.AddDate(0, 0, i/2).Format("2006-01-02"), i)
	}
	if err := os.WriteFile(csv, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := certplan(t, nil, "--data-dir", dir, "import", "csv", csv); r.code != 0 {
		t.Fatalf("import: exit %d %q", r.code, r.stderr)
	}
	tables, _ := filepath.Glob(filepath.Join(dir, "db", "*.sst"))
	if len(tables) != 1 {
		t.Fatalf("want one table file, got %v", tables)
	}
	data, err := os.ReadFile(tables[0])
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/3] ^= 0x5a // a data block in the middle, not the index or the last block
	if err := os.WriteFile(tables[0], data, 0o600); err != nil {
		t.Fatal(err)
	}
	before := dbDigests(t, dir)

	cmd := exec.Command("xvfb-run", "-a", os.Args[0], "--data-dir", dir)
	cmd.Env = []string{"CERTPLAN_RUN_MAIN=1", "HOME=" + work, "PATH=" + os.Getenv("PATH"), "LANG=en_US.UTF-8"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var appOut strings.Builder
	cmd.Stdout, cmd.Stderr = &appOut, &appOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
	}()

	appLog := filepath.Join(work, ".cache", "certplan", appLogName)
	deadline := time.Now().Add(40 * time.Second)
	for {
		logged, _ := os.ReadFile(appLog)
		if strings.Contains(string(logged), "table file "+filepath.Base(tables[0])+" is corrupt") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no damage reported within 40 s.\napp log:\n%s\napp output:\n%s", logged, appOut.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	r := certplan(t, nil, "--data-dir", dir, "log", "add", "--kind", "study", "--cert", "SAA-C03", "--date", "2026-12-01", "--hours", "1")
	wantFailure(t, r, 1, "is damaged")
	if after := dbDigests(t, dir); after != before {
		t.Errorf("the database changed:\nbefore %s\nafter  %s", before, after)
	}
}

// dbDigests is one line per file of the folder's database: its name and
// the SHA-256 of its content.
func dbDigests(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "db", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %x\n", filepath.Base(f), sha256.Sum256(data))
	}
	return b.String()
}
