package store

import (
	"fmt"

	"certplan/planner"
)

// minFreeBytes is the free space a write needs before Badger is allowed to
// start it. Badger maps its memtable (2 x 8 MB) and value-log (16 MB) files
// into memory and creates them sparse; writing a page the disk cannot hold
// raises SIGBUS inside one of Badger's goroutines, which kills the process.
// So CertPlan never lets Badger write unless a fresh memtable file, a value
// log file and one flushed table fit on the disk, with a little to spare.
const minFreeBytes = 48 << 20

// minOpenBytes is the least free space with which a database that needs
// crash recovery is opened at all (for reading only): recovery trims the
// memtable log and Badger writes the header of a fresh one.
const minOpenBytes = 4 << 20

// freeSpaceFn reports the bytes available to this user on the disk holding
// dir; tests replace it to simulate a full disk.
var freeSpaceFn = freeSpace

// checkFreeSpace fails with a clear error when the disk holding dataDir has
// too little room for a write to complete safely. A disk whose free space
// cannot be read is assumed to have room: the check is a guard, not a gate.
func checkFreeSpace(dataDir string) error {
	free, ok := freeSpaceFn(dataDir)
	if !ok || free >= minFreeBytes {
		return nil
	}
	return diskFull(dataDir, free)
}

// hasFreeSpace reports whether the disk holding dir has at least n bytes
// free, or its free space is unknown.
func hasFreeSpace(dir string, n uint64) bool {
	free, ok := freeSpaceFn(dir)
	return !ok || free >= n
}

func diskFull(dataDir string, free uint64) error {
	return &planner.Error{Kind: planner.Other, Msg: fmt.Sprintf(
		"the disk holding %s is full: %s free, CertPlan needs %s to save safely; nothing was changed",
		dataDir, megabytes(free), megabytes(minFreeBytes))}
}

func megabytes(b uint64) string {
	return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
}
