package planner

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorKind classifies failures so each front end can react the same way:
// the CLI maps Invalid to exit status 2 and the others to 1, the app shows an
// Invalid message beside the field that caused it.
type ErrorKind uint8

// Kinds are only ever appended, never renumbered.
const (
	Other        ErrorKind = iota // unclassified failure
	Invalid                       // bad input: nothing was written
	NotFound                      // the named record does not exist
	Exists                        // the record is already there
	Unavailable                   // the data folder is in use by another process
	Incompatible                  // data written by a newer CertPlan, or a foreign file
	Damaged                       // stored data cannot be read in full; nothing was changed
)

// Choices names where the accepted values of a field live when they are too
// many to list in a message. Each front end points there its own way: the
// command line names the command that lists them, the app offers a list to
// pick from.
type Choices uint8

// Choices are only ever appended, never renumbered.
const (
	NoChoices      Choices = iota // the message itself says what is accepted
	PlannableCodes                // the catalog's active certifications
	CatalogCodes                  // every certification in the catalog, retired ones too
	TargetCodes                   // the saved study targets
)

// Error is the planner's error: a kind, the field or value at fault, and a
// message a person can act on. Messages are the same for every front end:
// they name the field and the accepted values in words, never a command or a
// flag of one front end; each front end adds its own hint (a flag name, a
// command that lists the Choices) where it shows the message.
type Error struct {
	Kind    ErrorKind
	Field   string // the input at fault, e.g. "hours", "cert" or "exam-by"; may be empty
	Msg     string
	Err     error   // underlying cause, if any
	Choices Choices // where the accepted values of Field are listed, if not in Msg
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Msg)
	if e.Err != nil {
		if e.Msg != "" {
			b.WriteString(": ")
		}
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Invalidf reports bad input on field.
func Invalidf(field, format string, args ...any) error {
	return &Error{Kind: Invalid, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// E wraps err with a kind, keeping the message of err.
func E(kind ErrorKind, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Kind: kind, Err: err}
}

// KindOf returns the kind of the first planner Error in err's chain, or Other.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		if e.Kind == Other && e.Err != nil {
			return KindOf(e.Err)
		}
		return e.Kind
	}
	return Other
}

// ChoicesOf returns where the accepted values of the first planner Error in
// err's chain are listed, or NoChoices.
func ChoicesOf(err error) Choices {
	var e *Error
	if errors.As(err, &e) {
		if e.Choices == NoChoices && e.Err != nil {
			return ChoicesOf(e.Err)
		}
		return e.Choices
	}
	return NoChoices
}

// FieldOf returns the field named by the first planner Error in err's chain.
func FieldOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
