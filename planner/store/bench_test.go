package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"certplan/planner"
)

// BenchmarkAddEntry measures one logged entry as the app stores it: one
// transaction, synced to disk before AddEntry returns.
func BenchmarkAddEntry(b *testing.B) {
	s := openStore(b, "")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.AddEntry(sampleEntry(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEntriesMonthAt20k queries one month of a 20,000-entry log
// spread over about two years, as the log screen does.
func BenchmarkEntriesMonthAt20k(b *testing.B) {
	s := openStore(b, "")
	es := make([]planner.Entry, 20000)
	start := planner.NewDate(2024, time.January, 1)
	for i := range es {
		es[i] = sampleEntry(i)
		es[i].Date = start.AddDays(i % 730)
	}
	if _, err := s.AddEntries(es); err != nil {
		b.Fatal(err)
	}
	q := planner.EntryQuery{From: planner.NewDate(2025, time.March, 1), To: planner.NewDate(2025, time.March, 31)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := s.Entries(q)
		if err != nil {
			b.Fatal(err)
		}
		if len(got) == 0 || got[0].Date < q.From || got[len(got)-1].Date > q.To {
			b.Fatalf("month query returned %d entries", len(got))
		}
	}
}

// BenchmarkVerifyDatabase measures the guard that reads and checksums every
// table file before each open (verifyDatabase), on a folder of 100,000
// entries spread over several table files.
func BenchmarkVerifyDatabase(b *testing.B) {
	dir := filledFolder(b, 100000)
	dbDir := filepath.Join(dir, dbDirName)
	tables, err := filepath.Glob(filepath.Join(dbDir, "*"+tableExt))
	if err != nil || len(tables) < 2 {
		b.Fatalf("%d table files (%v); the benchmark needs several", len(tables), err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := verifyDatabase(dbDir); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(tables)), "tables")
}

// BenchmarkOpenUntilWrite measures Open as the desktop app opens its folder
// (ReadUntilWrite), with every table block read before Open returns and
// with that reading left for after it (VerifyBlocksAfterOpen), and the
// latter followed by Verified. The folder holds 100,000 entries, or is a
// copy of the folder CERTPLAN_BENCH_FOLDER names (which is left as it is).
func BenchmarkOpenUntilWrite(b *testing.B) {
	var dir string
	if src := os.Getenv("CERTPLAN_BENCH_FOLDER"); src != "" {
		dir = b.TempDir()
		if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
			b.Fatal(err)
		}
	} else {
		dir = filledFolder(b, 100000)
	}
	for _, c := range []struct {
		name   string
		opts   Options
		verify bool
	}{
		{"blocks-at-open", Options{GCInterval: -1, ReadUntilWrite: true}, false},
		{"blocks-after-open", Options{GCInterval: -1, ReadUntilWrite: true, VerifyBlocksAfterOpen: true}, false},
		{"blocks-after-open+Verified", Options{GCInterval: -1, ReadUntilWrite: true, VerifyBlocksAfterOpen: true}, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s, err := Open(dir, c.opts)
				if err != nil {
					b.Fatal(err)
				}
				if c.verify {
					if err := s.Verified(); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				if !s.reading.Load() {
					b.Fatal("the folder was opened for writing")
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}
