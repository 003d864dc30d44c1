package store

import (
	"io/fs"
	"os"
	"path/filepath"
)

// tightenPermissions makes the data folder and everything in it owner-only.
// A folder copied by a sync tool or an archive often arrives with 0755/0644
// modes, which would leave a learner's log readable by every user of the
// machine. Links are not followed: only what the folder itself holds changes.
func tightenPermissions(dataDir string) error {
	return filepath.WalkDir(dataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		mode := info.Mode().Perm()
		if mode&0o077 == 0 {
			return nil
		}
		return os.Chmod(path, mode&0o700)
	})
}
