package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"certplan/planner"
)

// newFlags makes a flag set that reports problems as one-line usage errors
// instead of printing the flag package's own text.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse reads flags and exactly n positional arguments, in any order (the
// flag package alone stops at the first positional), and returns the
// positionals.
func (c *ctx) parse(fs *flag.FlagSet, args []string, usage string, n int) ([]string, error) {
	pos, err := c.parseAny(fs, args, usage)
	if err != nil {
		return nil, err
	}
	return pos, needArgs(pos, n, usage)
}

// parseAny is parse for any number of positionals.
func (c *ctx) parseAny(fs *flag.FlagSet, args []string, usage string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(c.out, "Usage: certplan %s\n", usage)
				fs.SetOutput(c.out)
				fs.PrintDefaults()
				return nil, errHelp
			}
			return nil, usageErrorf("%s: %s (usage: certplan %s)", fs.Name(), flagMessage(err), usage)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagMessage turns the flag package's wording into the CLI's (--name).
func flagMessage(err error) string {
	msg := err.Error()
	if strings.HasPrefix(msg, "invalid value ") {
		// "invalid value "x" for flag -start: <why>": the why already names the flag.
		if _, why, ok := strings.Cut(msg, ": "); ok {
			return why
		}
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return fmt.Sprintf("unknown flag --%s", strings.TrimPrefix(name, "-"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return fmt.Sprintf("--%s needs a value", strings.TrimPrefix(name, "-"))
	}
	return msg
}

// needArgs checks the count of positional arguments.
func needArgs(pos []string, n int, usage string) error {
	if len(pos) != n {
		if len(pos) < n {
			return usageErrorf("missing argument (usage: certplan %s)", usage)
		}
		return usageErrorf("unexpected argument %q (usage: certplan %s)", pos[n], usage)
	}
	return nil
}

// listFlag collects a repeatable flag's values.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// dateFlag is a YYYY-MM-DD flag.
type dateFlag struct {
	name string
	d    planner.Date
}

func (f *dateFlag) String() string { return f.d.String() }
func (f *dateFlag) Set(v string) error {
	d, err := planner.ParseDate(v)
	if err != nil {
		return planner.Invalidf(f.name, "--%s: %v", f.name, err)
	}
	f.d = d
	return nil
}

// setFlags lists the flags given on the command line, for "was it set?".
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// keyValue splits CODE=VALUE for --prep and --exam-by.
func keyValue(flagName, v string) (string, string, error) {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" || strings.TrimSpace(val) == "" {
		return "", "", planner.Invalidf(flagName, "--%s %q needs the form CODE=VALUE", flagName, v)
	}
	return planner.NormalizeCode(k), strings.TrimSpace(val), nil
}
