// Command gendata writes a data folder for measuring CertPlan: N log entries
// spread over ten years, twelve targets, a dozen held certifications and a
// few failed attempts, the same folder for the same seed and N.
//
//	go run ./tools/gendata -dir /tmp/certplan-20k -n 20000
//
// It writes through store.ReplaceAll, the path a restore takes: one
// snapshot, validated with the rules of single writes, far faster than
// 200,000 separate AddEntry calls.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/store"
)

func main() {
	dir := flag.String("dir", "", "data folder to create (must not exist or be empty)")
	n := flag.Int("n", 20000, "number of log entries")
	seed := flag.Uint64("seed", 1, "random seed: the same seed and -n give the same folder")
	today := flag.String("today", "2026-12-01", "the generated learner's today (YYYY-MM-DD): the last day with entries")
	flag.Parse()
	if err := run(*dir, *n, *seed, *today); err != nil {
		fmt.Fprintln(os.Stderr, "gendata: "+err.Error())
		os.Exit(1)
	}
}

func run(dir string, n int, seed uint64, todayText string) error {
	if dir == "" || n < 0 {
		return fmt.Errorf("usage: gendata -dir DIR [-n ENTRIES] [-seed N] [-today YYYY-MM-DD]")
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	today, err := planner.ParseDate(todayText)
	if err != nil {
		return err
	}
	cat, err := catalog.Builtin()
	if err != nil {
		return err
	}
	snap, err := newGenerator(cat, seed, today).snapshot(n)
	if err != nil {
		return err
	}
	s, err := store.Open(dir, store.Options{GCInterval: -1})
	if err != nil {
		return err
	}
	start := time.Now()
	if err := s.ReplaceAll(snap); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	fmt.Printf("%s: %d entries, %d targets, %d held, %d attempts (%.1fs)\n", dir, len(snap.Entries), len(snap.Targets),
		len(snap.History.Earned), len(snap.History.Attempts), time.Since(start).Seconds())
	return nil
}
