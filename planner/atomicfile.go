package planner

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes a file so that path holds either its previous
// contents or the complete new ones, never a partial file, even if the
// process dies or the machine loses power half-way: write reads into a
// temporary file in the same folder, which is synced to disk and then renamed
// over path. The file is readable by its owner only (0600), since backups
// hold a learner's whole history. An error from write is returned as is and
// leaves path untouched.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fileError(path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	// CreateTemp already uses 0600; say so explicitly in case that changes.
	if err := f.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		return fileError(path, err)
	}
	// Buffered: backups and exports are written in many small pieces.
	w := bufio.NewWriter(f)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			return err
		}
		return fileError(path, err)
	}
	if err := f.Sync(); err != nil {
		return fileError(path, err)
	}
	if err := f.Close(); err != nil {
		return fileError(path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fileError(path, err)
	}
	if err := SyncDir(dir); err != nil {
		return fileError(path, err)
	}
	return nil
}

func fileError(path string, err error) error {
	msg := "cannot write " + path
	if errors.Is(err, fs.ErrPermission) {
		msg = "no permission to write " + path
	}
	return &Error{Kind: Other, Msg: msg, Err: err}
}

// SyncDir makes renames and new files in dir durable. Windows cannot open a
// folder for syncing and makes renames durable by itself.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
