package cli

import (
	"flag"
	"fmt"
	"strings"

	"certplan/planner"
)

// flagKind says how a flag's value is read.
type flagKind uint8

const (
	textKind   flagKind = iota // any text, checked by the command
	listKind                   // text, repeatable
	dateKind                   // YYYY-MM-DD, checked while parsing
	switchKind                 // on when given, takes no value
)

// flagSpec declares one flag of a command: its name, the placeholder its
// usage shows for the value, and its help.
type flagSpec struct {
	name     string
	value    string // placeholder, e.g. "CODE"; empty for a switch
	help     string
	kind     flagKind
	required bool
}

func textFlag(name, value, help string) flagSpec {
	return flagSpec{name: name, value: value, help: help, kind: textKind}
}
func listFlag(name, value, help string) flagSpec {
	return flagSpec{name: name, value: value, help: help + "; repeatable", kind: listKind}
}
func dateFlag(name, help string) flagSpec {
	return flagSpec{name: name, value: "DATE", help: help + ", YYYY-MM-DD", kind: dateKind}
}
func switchFlag(name, help string) flagSpec {
	return flagSpec{name: name, help: help, kind: switchKind}
}

// need marks a flag the command cannot run without.
func (f flagSpec) need() flagSpec { f.required = true; return f }

// form is how the flag is typed: "--cert CODE", "--json".
func (f flagSpec) form() string {
	if f.kind == switchKind {
		return "--" + f.name
	}
	return "--" + f.name + " " + f.value
}

// synopsis is the flag in a usage line: optional ones in brackets,
// repeatable ones followed by "...".
func (f flagSpec) synopsis() string {
	s := f.form()
	if f.kind == listKind {
		s += " ..."
	}
	if !f.required {
		s = "[" + s + "]"
	}
	return s
}

// input is a parsed command line: the positional arguments and the values
// of the flags the command declares.
type input struct {
	args  []string
	fs    *flag.FlagSet
	texts map[string]*string
	lists map[string]*stringList
	dates map[string]*dateValue
	flags map[string]*bool
}

func newInput(fs *flag.FlagSet, specs []flagSpec) *input {
	in := &input{fs: fs, texts: map[string]*string{}, lists: map[string]*stringList{},
		dates: map[string]*dateValue{}, flags: map[string]*bool{}}
	for _, f := range specs {
		switch f.kind {
		case textKind:
			in.texts[f.name] = fs.String(f.name, "", f.help)
		case listKind:
			in.lists[f.name] = &stringList{}
			fs.Var(in.lists[f.name], f.name, f.help)
		case dateKind:
			in.dates[f.name] = &dateValue{name: f.name}
			fs.Var(in.dates[f.name], f.name, f.help)
		case switchKind:
			in.flags[f.name] = fs.Bool(f.name, false, f.help)
		}
	}
	return in
}

// The accessors below name flags the command table declares; asking for
// one it does not declare is a bug in this package, so they panic.

func (in *input) text(name string) string       { return *must(in.texts, name) }
func (in *input) list(name string) []string     { return *must(in.lists, name) }
func (in *input) date(name string) planner.Date { return must(in.dates, name).d }
func (in *input) on(name string) bool           { return *must(in.flags, name) }
func (in *input) given(name string) bool        { return in.givenFlags()[name] }

// givenFlags lists the flags given on the command line, for "was it set?".
func (in *input) givenFlags() map[string]bool {
	set := map[string]bool{}
	in.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

func must[V any](m map[string]V, name string) V {
	v, ok := m[name]
	if !ok {
		panic(fmt.Sprintf("cli: flag --%s is not declared for this command", name))
	}
	return v
}

// stringList collects a repeatable flag's values.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// dateValue is a YYYY-MM-DD flag.
type dateValue struct {
	name string
	d    planner.Date
}

func (f *dateValue) String() string { return f.d.String() }
func (f *dateValue) Set(v string) error {
	d, err := planner.ParseDate(v)
	if err != nil {
		return planner.Invalidf(f.name, "--%s: %v", f.name, err)
	}
	f.d = d
	return nil
}

// keyValue splits CODE=VALUE for --prep and --exam-by.
func keyValue(flagName, v string) (string, string, error) {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" || strings.TrimSpace(val) == "" {
		return "", "", planner.Invalidf(flagName, "--%s %q needs the form CODE=VALUE", flagName, v)
	}
	return planner.NormalizeCode(k), strings.TrimSpace(val), nil
}
