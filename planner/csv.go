package planner

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"certplan/planner/inputfile"
)

// csvHeader is the log's CSV layout: one header row, ISO dates, services
// separated by semicolons.
var csvHeader = []string{"id", "date", "kind", "code", "hours", "domain", "services", "note", "link"}

// formulaStarts are the first characters that make spreadsheets treat a
// cell as a formula. A learner's note such as "=HYPERLINK(...)" must stay
// text when someone opens the export, so such cells get a leading quote.
const formulaStarts = "=+-@\t\r"

func neutralise(s string) string {
	if s != "" && strings.ContainsRune(formulaStarts, rune(s[0])) {
		return "'" + s
	}
	return s
}

// restoreCell undoes neutralise, so an export imports back to the same text.
func restoreCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStarts, rune(s[1])) {
		return s[1:]
	}
	return s
}

// WriteCSV writes entries as CSV with a header row.
func WriteCSV(w io.Writer, es []Entry) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range es {
		rec := []string{
			strconv.FormatUint(e.ID, 10), e.Date.String(), string(e.Kind), neutralise(e.Code),
			FormatHours(e.Hours), neutralise(e.Domain), neutralise(strings.Join(e.Services, ";")),
			neutralise(e.Note), neutralise(e.Link),
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Bounds on a CSV import. Ten years of daily practice with long notes is
// a few megabytes and a few thousand rows; anything far beyond is not a log,
// and reading it whole would only exhaust memory.
const (
	MaxCSVBytes = 16 << 20
	MaxCSVRows  = 100_000
)

// ReadCSVFile reads the log CSV at path (see ReadCSV). Only a regular file is
// read: a folder, named pipe or device is refused at once.
func ReadCSVFile(path string) ([]ImportRow, error) {
	data, err := ReadInputFile(path, MaxCSVBytes)
	if err != nil {
		return nil, err
	}
	return ReadCSV(bytes.NewReader(data))
}

// ReadCSV reads a log CSV written by WriteCSV (or by hand in the same
// layout: the id column may be empty or absent, columns in any order, a
// leading byte-order mark allowed). Every row is checked; the first problem
// is returned with its line number and no rows at all, so an import is all
// or nothing. At most MaxCSVBytes and MaxCSVRows are read, so an endless
// stream ends in an error instead of exhausting memory.
func ReadCSV(r io.Reader) ([]ImportRow, error) {
	cr := csv.NewReader(inputfile.SkipBOM(inputfile.LimitReader(r, "the file", MaxCSVBytes)))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, Invalidf("file", "the file is empty; expected a header row: %s", strings.Join(csvHeader, ","))
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[name]; dup {
			return nil, Invalidf("file", "line 1: column %s appears twice", quoteInput(name))
		}
		col[name] = i
	}
	for _, need := range []string{"date", "kind", "code", "hours"} {
		if _, ok := col[need]; !ok {
			return nil, Invalidf("file", "line 1: the header has no %q column (expected: %s)", need, strings.Join(csvHeader, ","))
		}
	}
	var rows []ImportRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rows) == MaxCSVRows {
			return nil, Invalidf("file", "line %d: the file has more than %d rows; import it in parts", line, MaxCSVRows)
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return restoreCell(strings.TrimSpace(rec[i]))
			}
			return ""
		}
		e, err := entryFromCells(get)
		if err != nil {
			return nil, &Error{Kind: Invalid, Field: FieldOf(err), Msg: fmt.Sprintf("line %d", line), Err: err}
		}
		rows = append(rows, ImportRow{Line: line, Entry: e})
	}
}

func entryFromCells(get func(string) string) (Entry, error) {
	var e Entry
	d, err := ParseDate(get("date"))
	if err != nil {
		return e, Invalidf("date", "%v", err)
	}
	e.Date = d
	if e.Kind, err = ParseEntryKind(get("kind")); err != nil {
		return e, err
	}
	e.Code = get("code")
	if e.Hours, err = ParseHours("hours", get("hours")); err != nil {
		return e, err
	}
	e.Domain, e.Note, e.Link = get("domain"), get("note"), get("link")
	if s := get("services"); s != "" {
		e.Services = strings.Split(s, ";")
	}
	e = e.Normalized()
	return e, e.Validate()
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return Invalidf("file", "line %d: %v", pe.Line, pe.Err)
	}
	return inputError(err)
}
