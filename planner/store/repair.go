package store

import (
	"log"

	"certplan/planner"
)

// Repair offers the folder-level operations that work without opening a
// database: restoring over a damaged one, and the doctor.
type Repair struct{ Log *log.Logger }

// ReplaceDamaged is ReplaceDamaged with the repair's logger.
func (r Repair) ReplaceDamaged(dataDir string, snap planner.Snapshot) (string, error) {
	return ReplaceDamaged(dataDir, snap, r.Log)
}

// Diagnose runs Doctor and words what it found.
func (r Repair) Diagnose(dataDir, salvageTo string) (string, bool, error) {
	d, err := Doctor(dataDir, salvageTo)
	if err != nil {
		return "", false, err
	}
	return d.String(), d.Problem == "" && d.Unreadable == "" && d.Unusable == 0, nil
}
