package planner

import (
	"bytes"
	"fmt"
	"io"
)

// Backup writes a backup document of everything stored to w.
func (s *Service) Backup(w io.Writer) error {
	snap, err := s.store.Snapshot()
	if err != nil {
		return err
	}
	return WriteSnapshot(w, snap, s.now())
}

// Restore replaces everything stored with the backup document read from r.
// The whole document is read and checked first; any problem leaves the data
// as it was.
func (s *Service) Restore(r io.Reader) error {
	snap, err := ReadSnapshot(r)
	if err != nil {
		return err
	}
	return s.store.ReplaceAll(snap)
}

// BackupToFile writes a backup of everything to path atomically: an
// existing file at path is replaced only once the new one is complete.
func (s *Service) BackupToFile(path string) error {
	if err := WriteFileAtomic(path, s.Backup); err != nil {
		return fmt.Errorf("cannot write backup %s: %w", path, err)
	}
	return nil
}

// RestoreFromFile replaces everything with the backup at path. The whole
// file is checked first; any problem leaves the data as it was. A file that
// is not a backup this version reads is bad input (Invalid).
func (s *Service) RestoreFromFile(path string) error {
	snap, err := ReadSnapshotFile(path)
	if err != nil {
		return err
	}
	if err := s.store.ReplaceAll(snap); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// MaxBackupBytes bounds a backup file: ten years of daily logging is a few
// megabytes, so anything near this is not a CertPlan backup.
const MaxBackupBytes = 256 << 20

// ReadSnapshotFile reads and checks the backup file at path. A file that is
// not a backup this version reads is bad input (Invalid).
func ReadSnapshotFile(path string) (Snapshot, error) {
	data, err := ReadInputFile(path, MaxBackupBytes)
	if err != nil {
		return Snapshot{}, err
	}
	snap, err := ReadSnapshot(bytes.NewReader(data))
	if err == nil {
		snap, err = snap.Validate()
	}
	switch {
	case err == nil:
		return snap, nil
	case KindOf(err) == Incompatible:
		return Snapshot{}, &Error{Kind: Invalid, Field: "file", Msg: path, Err: err}
	}
	return Snapshot{}, fmt.Errorf("%s: %w", path, err)
}
