package inputfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func wantRefused(t *testing.T, err error, fragment string) {
	t.Helper()
	var re *RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("error = %v, want a RefusedError", err)
	}
	if !strings.Contains(err.Error(), fragment) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error = %q, want one line containing %q", err, fragment)
	}
}

func TestReadStripsByteOrderMark(t *testing.T) {
	path := write(t, "a.json", "\ufeff{}")
	got, err := Read(path, 100)
	if err != nil || string(got) != "{}" {
		t.Fatalf("Read = %q, %v; want {}", got, err)
	}
}

func TestReadRefusesLargeFiles(t *testing.T) {
	path := write(t, "big.csv", strings.Repeat("x", 2048))
	_, err := Read(path, 1024)
	wantRefused(t, err, path+" is larger than 1 KB")
	if got, err := Read(path, 2048); err != nil || len(got) != 2048 {
		t.Fatalf("a file at the limit: %d bytes, %v", len(got), err)
	}
}

func TestReadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	wantRefused(t, readErr(dir), "is a folder")
	wantRefused(t, readErr(filepath.Join(dir, "missing.csv")), "does not exist")
	if _, err := os.Stat("/dev/zero"); err == nil {
		wantRefused(t, readErr("/dev/zero"), "/dev/zero is not a regular file (it is a device)")
	}
}

func readErr(path string) error {
	_, err := Read(path, 1<<20)
	return err
}

func TestLimitReaderStopsEndlessStreams(t *testing.T) {
	f, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip("no /dev/zero")
	}
	defer f.Close()
	n, err := io.Copy(io.Discard, LimitReader(f, "log.csv", 1<<20))
	wantRefused(t, err, "log.csv is larger than 1 MB")
	if n > 1<<20 {
		t.Fatalf("read %d bytes past a 1 MB limit", n)
	}
	got, err := io.ReadAll(LimitReader(strings.NewReader("abc"), "x", 3))
	if err != nil || string(got) != "abc" {
		t.Fatalf("at the limit: %q, %v", got, err)
	}
}

func TestSkipBOM(t *testing.T) {
	for in, want := range map[string]string{"\ufeffid,date": "id,date", "id": "id", "": "", "\xef\xbb": "\xef\xbb"} {
		got, err := io.ReadAll(SkipBOM(strings.NewReader(in)))
		if err != nil || string(got) != want {
			t.Errorf("SkipBOM(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{4 << 20: "4 MB", 512 << 10: "512 KB", 1000: "1000 bytes"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
