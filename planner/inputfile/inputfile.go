// Package inputfile reads files a person names as input (a CSV log, the
// catalog overlay, a backup) without letting an odd path hurt the program:
// a named pipe or device would block or never end, a huge file would exhaust
// memory. It has no dependencies inside the module, so both the catalog and
// the planner can use it; the planner wraps its errors as planner.Error.
package inputfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// RefusedError is a file refused as input: missing, not a regular file, or
// too large. Msg is one sentence naming the file.
type RefusedError struct {
	Msg string
}

func (e *RefusedError) Error() string { return e.Msg }

func refused(format string, args ...any) error {
	return &RefusedError{Msg: fmt.Sprintf(format, args...)}
}

// bom is the UTF-8 byte-order mark some Windows editors put before the text.
var bom = []byte{0xEF, 0xBB, 0xBF}

// Open opens path for reading if it is a regular file, and refuses anything
// else at once. The path is checked before opening, so a named pipe is never
// opened (opening one blocks until a writer appears), and the opened file is
// checked again, in case the path was swapped in between; the open itself
// does not block where the system allows asking for that.
func Open(path string) (*os.File, fs.FileInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, statError(path, err)
	}
	if err := checkRegular(path, fi); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlocking, 0)
	if err != nil {
		return nil, nil, statError(path, err)
	}
	fi, err = f.Stat()
	if err == nil {
		err = checkRegular(path, fi)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// Read returns the contents of the regular file at path, without a leading
// UTF-8 byte-order mark. A file over limit bytes is refused; the limit is
// enforced while reading too, since a file may grow after it was checked.
func Read(path string, limit int64) ([]byte, error) {
	f, fi, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() > limit {
		return nil, tooLarge(path, limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(path, limit)
	}
	return bytes.TrimPrefix(data, bom), nil
}

// LimitReader returns a reader of r that fails with a RefusedError naming
// what once more than limit bytes come through, for streams read piece by
// piece rather than whole.
func LimitReader(r io.Reader, what string, limit int64) io.Reader {
	return &limitedReader{r: r, what: what, limit: limit, left: limit}
}

type limitedReader struct {
	r           io.Reader
	what        string
	limit, left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, tooLarge(l.what, l.limit)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, tooLarge(l.what, l.limit)
	}
	return n, err
}

// SkipBOM returns r without a leading UTF-8 byte-order mark.
func SkipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if head, err := br.Peek(len(bom)); err == nil && bytes.Equal(head, bom) {
		br.Discard(len(bom))
	}
	return br
}

func tooLarge(what string, limit int64) error {
	return refused("%s is larger than %s", what, FormatSize(limit))
}

// FormatSize prints a byte limit the way messages quote it: 4 MB, 512 KB.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func checkRegular(path string, fi fs.FileInfo) error {
	switch m := fi.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return refused("%s is a folder, not a file", path)
	case m&fs.ModeNamedPipe != 0:
		return refused("%s is not a regular file (it is a named pipe)", path)
	case m&fs.ModeDevice != 0:
		return refused("%s is not a regular file (it is a device)", path)
	case m&fs.ModeSocket != 0:
		return refused("%s is not a regular file (it is a socket)", path)
	}
	return refused("%s is not a regular file", path)
}

func statError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return refused("%s does not exist", path)
	case errors.Is(err, fs.ErrPermission):
		return refused("%s cannot be read: permission denied", path)
	}
	return fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
}

// unwrapPath drops the "open /path:" prefix an *fs.PathError adds, since
// every message here names the path already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
