package cli

import (
	"errors"
	"fmt"

	"certplan/planner"
)

// errHelp ends a command that printed its help: exit 0.
var errHelp = errors.New("help requested")

// usageError is a malformed command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// exitStatus maps an error to the contract's exit statuses: anything the
// user can fix by changing what they typed is 2, anything else is 1.
func exitStatus(err error) int {
	var u *usageError
	if errors.As(err, &u) {
		return ExitInvalid
	}
	switch planner.KindOf(err) {
	case planner.Invalid, planner.NotFound, planner.Exists:
		return ExitInvalid
	}
	return ExitFailed
}
