package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

// command is one row of the command table (commands.go): a command or a
// group of subcommands, with everything its help, its usage errors and its
// parser need. Nothing about a command's syntax is written anywhere else.
type command struct {
	name    string
	aliases []string
	summary string
	args    []string   // positional arguments, all required, e.g. {"CODE"}
	flags   []flagSpec // in the order the usage lists them
	run     action     // nil for a group that only dispatches
	// readOnly marks a command that only reads the data folder: it opens the
	// folder read-only and leaves every file as it was (a cron job can run it
	// any number of times). Unmarked commands may write.
	readOnly bool
	subs     []*command
	path     string // "log add": filled in by the table
}

// action runs a command on its parsed command line.
type action func(inv *invocation, in *input) error

// find returns the subcommand called name, or nil.
func (c *command) find(name string) *command {
	for _, s := range c.subs {
		if s.name == name || slices.Contains(s.aliases, name) {
			return s
		}
	}
	return nil
}

// flag returns the flag called name, or nil.
func (c *command) flag(name string) *flagSpec {
	for i := range c.flags {
		if c.flags[i].name == name {
			return &c.flags[i]
		}
	}
	return nil
}

func (c *command) subNames() []string {
	names := make([]string, len(c.subs))
	for i, s := range c.subs {
		names[i] = s.name
	}
	return names
}

// usage is the one-line synopsis, without "certplan": for a group, the
// synopses of its own form and of every subcommand, joined by " | ".
func (c *command) usage() string {
	var forms []string
	if c.run != nil {
		forms = append(forms, c.synopsis())
	}
	for _, s := range c.subs {
		forms = append(forms, s.usage())
	}
	return strings.Join(forms, " | ")
}

// synopsis is the usage of the command's own form: path, arguments,
// required flags, then optional ones in brackets.
func (c *command) synopsis() string {
	parts := append([]string{c.path}, c.args...)
	for _, f := range c.flags {
		parts = append(parts, f.synopsis())
	}
	return strings.Join(parts, " ")
}

// isHelp tells a request for help from a subcommand name.
func isHelp(arg string) bool {
	return arg == "help" || arg == "-h" || arg == "--help" || arg == "-help"
}

// dispatch finds the subcommand args name, parses its command line and runs it.
func (c *command) dispatch(inv *invocation, args []string) error {
	if len(args) > 0 && len(c.subs) > 0 {
		if sub := c.find(args[0]); sub != nil {
			return sub.dispatch(inv, args[1:])
		}
		if isHelp(args[0]) {
			c.printHelp(inv.out)
			return errHelp
		}
	}
	if c.run == nil {
		if len(args) == 0 {
			return usageErrorf("%s needs %s (usage: certplan %s)", c.path, orList(c.subNames()), c.usage())
		}
		return usageErrorf("unknown %s command %q (accepted: %s)", c.path, args[0], strings.Join(c.subNames(), ", "))
	}
	in, err := c.parse(args)
	if errors.Is(err, flag.ErrHelp) {
		c.printHelp(inv.out)
		return errHelp
	}
	if err != nil {
		return err
	}
	c.resolveFiles(in, inv.env.WorkDir)
	inv.cmd = c
	return c.run(inv, in)
}

// parse reads the flags, in any order with the positional arguments, and
// checks the count of positionals and the required flags.
func (c *command) parse(args []string) (*input, error) {
	fs := flag.NewFlagSet(c.path, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	in := newInput(fs, c.flags)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageErrorf("%s: %s (usage: certplan %s)", c.path, flagMessage(err), c.synopsis())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			in.args = append(in.args, rest[1:]...)
			break
		}
		in.args = append(in.args, rest[0])
		args = rest[1:]
	}
	if n := len(c.args); len(in.args) != n {
		if len(in.args) < n {
			return nil, usageErrorf("missing argument (usage: certplan %s)", c.synopsis())
		}
		return nil, usageErrorf("unexpected argument %q (usage: certplan %s)", in.args[n], c.synopsis())
	}
	for _, f := range c.flags {
		if f.required && !in.given(f.name) {
			return nil, usageErrorf("%s needs --%s (usage: certplan %s)", c.path, f.name, c.synopsis())
		}
	}
	return in, nil
}

// printHelp writes a command's help: its synopsis and flags, or for a group
// the synopsis and summary of each subcommand.
func (c *command) printHelp(w io.Writer) {
	if c.run != nil {
		fmt.Fprintf(w, "Usage: certplan %s\n", c.synopsis())
		fmt.Fprintf(w, "%s\n", capitalize(c.summary))
		if len(c.flags) > 0 {
			fmt.Fprintln(w, "\nFlags:")
			for _, f := range c.flags {
				fmt.Fprintf(w, "  %-24s %s\n", f.form(), f.help)
			}
		}
	} else {
		fmt.Fprintf(w, "Usage: certplan %s COMMAND\n", c.path)
		fmt.Fprintf(w, "%s\n", capitalize(c.summary))
	}
	if len(c.subs) > 0 {
		fmt.Fprintln(w, "\nCommands:")
		for _, s := range c.subs {
			fmt.Fprintf(w, "  certplan %s\n      %s\n", s.usage(), s.summary)
		}
		fmt.Fprintf(w, "\nRun certplan %s COMMAND --help for a command's flags.\n", c.path)
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

// orList words names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
