package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// The table files are read by several workers at once, yet the file
// reported is always the one reading them in order would report: the first
// damaged one in sorted order, however the reads interleave.
func TestFirstDamagedTableIsTheFirstInOrder(t *testing.T) {
	dir := filledFolder(t, 3000)
	src := dbFiles(t, dir, tableExt)
	if len(src) == 0 {
		t.Fatal("no table file to copy")
	}
	good, err := os.ReadFile(src[0])
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	cases := []struct {
		name    string
		damaged []int
		damage  func(t *testing.T, path string)
		want    int // -1: none
	}{
		{"none", nil, nil, -1},
		{"first", []int{0}, flipByte(func(size int64) int64 { return size / 3 }), 0},
		{"last", []int{9}, truncateTo(0.5), 9},
		{"two", []int{3, 7}, flipByte(func(size int64) int64 { return size / 2 }), 3},
		{"many", []int{2, 4, 5, 8, 9}, truncateTo(0), 2},
		{"index", []int{6, 1}, flipByte(func(size int64) int64 { return size - 20 }), 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tdir := t.TempDir()
			var paths []string
			for i := range 10 {
				p := filepath.Join(tdir, fmt.Sprintf("%06d%s", 100+i, tableExt))
				if err := os.WriteFile(p, good, 0o600); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
			}
			for _, i := range c.damaged {
				c.damage(t, paths[i])
			}
			for range 20 {
				got := firstDamagedTable(paths)
				want := ""
				if c.want >= 0 {
					want = paths[c.want]
				}
				if got != want {
					t.Fatalf("first damaged table %q, want %q", got, want)
				}
			}
		})
	}
}
