package planner

import (
	"fmt"
)

// BackupToFile writes a backup of everything to path atomically: an
// existing file at path is replaced only once the new one is complete.
func (s *Service) BackupToFile(path string) error {
	if err := WriteFileAtomic(path, s.store.Backup); err != nil {
		return fmt.Errorf("cannot write backup %s: %w", path, err)
	}
	return nil
}

// RestoreFromFile replaces everything with the backup at path. The whole
// file is checked first; any problem leaves the data as it was. A file that
// is not a backup this version reads is bad input (Invalid).
func (s *Service) RestoreFromFile(path string) error {
	f, err := OpenInputFile(path, "backup file")
	if err != nil {
		return err
	}
	defer f.Close()
	if err := s.store.Restore(f); err != nil {
		if KindOf(err) == Incompatible {
			return &Error{Kind: Invalid, Field: "file", Msg: path, Err: err}
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
