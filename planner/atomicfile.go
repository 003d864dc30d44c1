package planner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// WriteFileAtomic writes a file so that path holds either its previous
// contents or the complete new ones, never a partial file, even if the
// process dies or the machine loses power half-way: write reads into a
// temporary file in the same folder, which is synced to disk and then renamed
// over path. The file is readable by its owner only (0600), since backups
// hold a learner's whole history. An error from write is returned as is and
// leaves path untouched.
//
// When path is a symbolic link, the file it points to is replaced and the
// link kept, as the learner expects from "write to this name". The temporary
// file is removed on every error path; one left behind by a process killed
// half-way (it may hold personal data) is removed by the next successful
// write of the same file, which recognises it by its name.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	target, err := resolveLinks(path)
	if err != nil {
		return fileError(path, err)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, tempPattern(base))
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
	if err := os.Rename(tmp, target); err != nil {
		return fileError(path, err)
	}
	removeStaleTemps(dir, base)
	if err := SyncDir(dir); err != nil {
		return fileError(path, err)
	}
	return nil
}

// tempPattern names the temporary files of base: hidden, and marked as
// CertPlan's so that cleaning up never touches anyone else's files.
func tempPattern(base string) string { return "." + base + ".certplan-tmp-*" }

// removeStaleTemps deletes temporary files of base left by writes that
// never finished. Only called after a successful write, so no write of the
// same file by this process is under way.
func removeStaleTemps(dir, base string) {
	stale, _ := filepath.Glob(filepath.Join(dir, globEscape(tempPattern(base))))
	for _, name := range stale {
		os.Remove(name)
	}
}

// globEscape makes every character of a file name literal in a pattern,
// keeping only the final "*" of tempPattern as a wildcard.
func globEscape(pattern string) string {
	literal, _ := strings.CutSuffix(pattern, "*")
	var b strings.Builder
	for _, r := range literal {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String() + "*"
}

// maxLinkHops bounds how many symbolic links resolveLinks follows, so a
// loop of links ends in an error.
const maxLinkHops = 40

// resolveLinks follows path while it is a symbolic link and returns the file
// it finally names, which may not exist yet (a link to a new file).
func resolveLinks(path string) (string, error) {
	for range maxLinkHops {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", fmt.Errorf("too many symbolic links")
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
