package planner

import (
	"errors"
	"io"

	"certplan/planner/inputfile"
)

// ReadInputFile returns the contents of a file the learner named as input,
// without a leading UTF-8 byte-order mark. Anything but a regular file (a
// folder, a named pipe, a device such as /dev/zero) is refused at once,
// without blocking, and so is a file over limit bytes; those refusals are
// Invalid errors of one sentence that name the file. This is the one way
// user-supplied files are read (the catalog overlay uses the same reader).
func ReadInputFile(path string, limit int64) ([]byte, error) {
	data, err := inputfile.Read(path, limit)
	return data, inputError(err)
}

// OpenInputFile opens a file the learner named for reading as a stream, with
// the same refusals as ReadInputFile except the size limit, which the reader
// applies (see ReadCSV). what names the file in messages, e.g. "CSV file".
func OpenInputFile(path, what string) (io.ReadCloser, error) {
	f, _, err := inputfile.Open(path)
	if err != nil {
		return nil, inputError(withWhat(err, what))
	}
	return f, nil
}

// inputError makes a refusal an Invalid error on the "file" field; other
// failures (a disk error half-way) stay Other.
func inputError(err error) error {
	var re *inputfile.RefusedError
	if errors.As(err, &re) {
		return Invalidf("file", "%s", re.Msg)
	}
	if err != nil {
		return &Error{Kind: Other, Field: "file", Err: err}
	}
	return nil
}

// withWhat prefixes a refusal with what the file was meant to be: "CSV file
// log.csv does not exist".
func withWhat(err error, what string) error {
	var re *inputfile.RefusedError
	if what != "" && errors.As(err, &re) {
		return &inputfile.RefusedError{Msg: what + " " + re.Msg}
	}
	return err
}
