package cli

import (
	"encoding/json"
	"io"
)

// listing is the action of a command that reads, then prints: JSON with
// --json, else read's result as text for people.
func listing[T any](read func(inv *invocation, in *input) (T, error), text func(w io.Writer, v T) error) action {
	return func(inv *invocation, in *input) error {
		v, err := read(inv, in)
		if err != nil {
			return err
		}
		if in.on("json") {
			return writeJSON(inv.out, v)
		}
		return text(inv.out, v)
	}
}

// writeJSON prints v as indented JSON, the form scripts and people both read.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
