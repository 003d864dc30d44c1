package catalog

// JSON decoding helpers shared by Parse and WithOverlay. The catalog file and
// the user's overlay are both edited by hand, so errors must point a person
// at the spot to fix.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// decodeStrict decodes exactly one JSON value into v, refusing unknown fields
// (almost always a misspelt field name a person expects to take effect) and
// anything after the value.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected data after the end of the JSON document")
	}
	return nil
}

var codeField = regexp.MustCompile(`"code"\s*:\s*"([^"]*)"`)

// describeJSONError turns encoding/json errors into messages a person editing
// the file can act on: line and column instead of a byte offset, the nearest
// entry code before a syntax error, and no "json:" jargon. data may be nil
// when positions would not be meaningful (an element decoded on its own).
func describeJSONError(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("the file is empty; want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		near := ""
		if data != nil {
			near = nearEntry(data, int64(len(data)))
		}
		return fmt.Errorf("not valid JSON: the file ends early%s; is a bracket, brace or quote left open?", near)
	case errors.As(err, &syntax):
		if data == nil {
			return fmt.Errorf("not valid JSON: %s", syntax.Error())
		}
		return fmt.Errorf("not valid JSON at %s%s: %s", position(data, syntax.Offset), nearEntry(data, syntax.Offset), syntax.Error())
	case errors.As(err, &typeErr):
		where := ""
		if data != nil {
			where = " at " + position(data, typeErr.Offset)
		}
		want := "another type"
		if typeErr.Type != nil {
			want = jsonKind(typeErr.Type.Kind().String())
		}
		if typeErr.Field == "" {
			return fmt.Errorf("got a JSON %s%s, want %s", typeErr.Value, where, want)
		}
		return fmt.Errorf("field %q%s: got a JSON %s, want %s", typeErr.Field, where, typeErr.Value, want)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

// jsonKind names a Go kind the way the JSON file spells the value.
func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64", "float64":
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "a list [...]"
	case "struct", "map":
		return "an object {...}"
	}
	return goKind
}

// position converts a byte offset reported by encoding/json into "line L,
// column C" (1-based) pointing at the offending byte.
func position(data []byte, offset int64) string {
	pos := int(offset) - 1
	pos = max(0, min(pos, len(data)))
	before := data[:pos]
	line := bytes.Count(before, []byte("\n")) + 1
	col := pos - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

// nearEntry names the last entry code that appears before offset: when JSON
// is broken there is no structure to ask, but the error is almost always in
// or just after that entry.
func nearEntry(data []byte, offset int64) string {
	end := max(0, min(int(offset), len(data)))
	matches := codeField.FindAllSubmatch(data[:end], -1)
	if len(matches) == 0 {
		return ""
	}
	return fmt.Sprintf(" (in or after entry %q)", matches[len(matches)-1][1])
}
