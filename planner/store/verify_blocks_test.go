package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// badgerRefuses reports whether Badger's own full check (every checksum
// verified on open) refuses the table file at path.
func badgerRefuses(path string) (refused bool) {
	defer func() {
		if recover() != nil {
			refused = true
		}
	}()
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil {
		return true
	}
	defer mf.Close(-1)
	opts := tableOptions()
	opts.ChkMode = options.OnTableAndBlockRead
	_, err = table.OpenTable(mf, opts)
	return err != nil
}

// guardRefuses reports whether the guard's reading of one table refuses it.
func guardRefuses(path string) bool { return !tableReader()(path) }

// TestVerifyBlocksAgreesWithBadger flips bytes all over a real table file:
// wherever Badger's own full verification refuses the file, the guard
// refuses it too, so reading the blocks into one reused buffer lets no
// damage through that Badger would catch. The intact file passes both.
func TestVerifyBlocksAgreesWithBadger(t *testing.T) {
	tables := dbFiles(t, filledFolder(t, 300), tableExt)
	if len(tables) == 0 {
		t.Fatal("no table file")
	}
	good, err := os.ReadFile(tables[0])
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), filepath.Base(tables[0]))
	write := func(b []byte) {
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(good)
	if badgerRefuses(path) || guardRefuses(path) {
		t.Fatalf("the intact table is refused: Badger %v, guard %v", badgerRefuses(path), guardRefuses(path))
	}
	step := max(1, len(good)/3000)
	refused, missed := 0, 0
	for at := 0; at < len(good); at += step {
		bad := append([]byte(nil), good...)
		bad[at] ^= 0x5a
		write(bad)
		if !badgerRefuses(path) {
			continue // a byte Badger's check does not cover either
		}
		refused++
		if !guardRefuses(path) {
			if missed++; missed <= 5 {
				t.Errorf("a flip at byte %d of %d: Badger refuses the table, the guard accepts it", at, len(good))
			}
		}
	}
	if refused < len(good)/step/2 {
		t.Fatalf("Badger refused only %d of %d flips: the test checks too little", refused, len(good)/step)
	}
	t.Logf("%d bytes, %d flips tried, %d refused by Badger, %d of those missed by the guard", len(good), len(good)/step, refused, missed)
}
