package cli

import (
	"errors"
	"fmt"
	"strings"

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

// choicesHint points to the command that lists a field's accepted values.
var choicesHint = map[planner.Choices]string{
	planner.PlannableCodes: "see `certplan catalog`",
	planner.CatalogCodes:   "see `certplan catalog --all`",
	planner.TargetCodes:    "see `certplan target list`",
}

// describe words an error for the command line. The planner's messages are
// shared with the app and name no flag, so the field at fault becomes the
// flag of the running command that set it: a message that opens with the
// field's name reads as a sentence about the flag ("--hours must be ..."),
// any other is prefixed by it ("--to: the end date ..."). Then the command
// that lists the accepted values, if the message cannot.
func (inv *invocation) describe(err error) string {
	msg := err.Error()
	var u *usageError
	if errors.As(err, &u) {
		return msg
	}
	if field := planner.FieldOf(err); inv.cmd != nil && inv.cmd.flag(field) != nil {
		flagName := "--" + field
		switch {
		case strings.Contains(msg, flagName):
		case strings.HasPrefix(msg, field+" "):
			msg = flagName + msg[len(field):]
		default:
			msg = flagName + ": " + msg
		}
	}
	if hint := choicesHint[planner.ChoicesOf(err)]; hint != "" {
		msg += " (" + hint + ")"
	}
	if planner.KindOf(err) == planner.Damaged {
		msg += "; restore a backup with `certplan restore FILE`, or save what is readable with `certplan doctor --salvage NEW-FOLDER`"
	}
	return msg
}
