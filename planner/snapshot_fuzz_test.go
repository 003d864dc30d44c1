package planner

import (
	"bytes"
	"os"
	"reflect"
	"testing"
	"time"
)

// FuzzReadSnapshot feeds any bytes to the backup reader. It must never
// panic; whatever it accepts must pass Validate, and write back to a
// document that reads as the same snapshot.
func FuzzReadSnapshot(f *testing.F) {
	if b, err := os.ReadFile("testdata/backup-v1.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"format":"certplan-backup","version":1}`))
	f.Add([]byte(`{"format":"certplan-backup","version":1,"entries":[{"id":18446744073709551615,"date":"2026-01-01","kind":"study","code":"SAA-C03","hours":1}]}`))
	f.Add([]byte("\xef\xbb\xbf{\"format\":\"certplan-backup\",\"version\":99}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		snap, err := ReadSnapshot(bytes.NewReader(data))
		if err != nil {
			return
		}
		valid, err := snap.Validate()
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteSnapshot(&out, valid, time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)); err != nil {
			t.Fatalf("a valid snapshot does not write: %v", err)
		}
		again, err := ReadSnapshot(&out)
		if err != nil {
			t.Fatalf("a written backup does not read back: %v\n%s", err, out.String())
		}
		again, err = again.Validate()
		if err != nil {
			t.Fatalf("a written backup does not validate: %v", err)
		}
		again.Schema = valid.Schema
		if !reflect.DeepEqual(normalizeForCompare(again), normalizeForCompare(valid)) {
			t.Fatalf("round trip changed the snapshot:\n%+v\n%+v", valid, again)
		}
	})
}

// normalizeForCompare treats nil and empty slices alike.
func normalizeForCompare(s Snapshot) Snapshot {
	if len(s.Targets) == 0 {
		s.Targets = nil
	}
	if len(s.Entries) == 0 {
		s.Entries = nil
	}
	return s
}
