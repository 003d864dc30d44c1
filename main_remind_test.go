package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRemindWritesNothing: cron may run `certplan remind` any number of
// times, so it must leave the data folder as it was. Badger starts a fresh,
// empty value-log file on every open; every other file must stay byte for
// byte the same.
func TestRemindWritesNothing(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"earned", "add", "SAA-C03", "--date", "2024-02-29"},
		{"attempt", "add", "DVA-C02", "--date", "2025-01-10", "--score", "600", "--domain", "Security=below"},
		{"target", "add", "CLF-C02"},
	} {
		if r := certplan(t, nil, append([]string{"--data-dir", dir}, args...)...); r.code != 0 {
			t.Fatalf("%v: exit %d %q", args, r.code, r.stderr)
		}
	}
	before := folderDigest(t, dir)
	if len(before) == 0 {
		t.Fatal("the data folder holds no files to compare")
	}
	var first string
	for i := range 5 {
		r := certplan(t, nil, "--data-dir", dir, "remind", "--json")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "[") {
			t.Fatalf("remind: exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
		}
		if i == 0 {
			first = r.stdout
		} else if r.stdout != first {
			t.Fatalf("remind printed something else on run %d:\n%s\nfirst:\n%s", i+1, r.stdout, first)
		}
	}
	if after := folderDigest(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("remind changed the data folder:\nbefore %v\nafter  %v", before, after)
	}
}

// folderDigest hashes every file under dir except Badger's value logs.
func folderDigest(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".vlog") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		rel, _ := filepath.Rel(dir, path)
		out[rel] = hex.EncodeToString(sum[:8])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
