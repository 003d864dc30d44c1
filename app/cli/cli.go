// Package cli is CertPlan's headless front end: each command prints and
// exits, calling the same planner functions as the desktop app. The
// contract (names, exit statuses, JSON fields) is the "Command line" section of README.md.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// Exit statuses, as the command-line contract fixes them.
const (
	ExitOK      = 0
	ExitFailed  = 1 // could not run: data folder busy, disk error, ...
	ExitInvalid = 2 // invalid input or usage
)

// DataStore is an open data folder: the planner's store plus a way to
// release the folder's lock.
type DataStore interface {
	planner.Store
	Close() error
}

// Env is everything a command may touch. main fills it with the real world;
// tests fill it with buffers, a fixed clock and temporary folders.
type Env struct {
	Stdout, Stderr io.Writer
	Now            func() time.Time
	Platform       Platform
	// OpenStore opens the data folder. Only commands that read or write
	// stored data call it, so `catalog`, `paths` and what-if plans work even
	// while the desktop app holds the folder.
	OpenStore func(dataDir string) (DataStore, error)
}

// Global holds the flags that come before the command.
type Global struct {
	DataDir string // as given by --data-dir; "" when absent
}

// ParseGlobal splits the global flags from the command and its arguments.
func ParseGlobal(args []string) (Global, []string, error) {
	var g Global
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--data-dir" || a == "-data-dir":
			if len(args) < 2 || args[1] == "" {
				return g, nil, usageErrorf("--data-dir needs a folder: certplan --data-dir DIR [command]")
			}
			g.DataDir, args = args[1], args[2:]
		case strings.HasPrefix(a, "--data-dir=") || strings.HasPrefix(a, "-data-dir="):
			g.DataDir = a[strings.Index(a, "=")+1:]
			if g.DataDir == "" {
				return g, nil, usageErrorf("--data-dir needs a folder: certplan --data-dir DIR [command]")
			}
			args = args[1:]
		default:
			return g, args, nil
		}
	}
	return g, args, nil
}

// command is one CLI command; sub-commands dispatch on their own.
type command struct {
	name    string
	summary string
	run     func(c *ctx, args []string) error
}

func commands() []command {
	return []command{
		{"catalog", "list certifications and badges; catalog show CODE", runCatalog},
		{"plan", "show the saved plan, or a what-if plan with --cert", runPlan},
		{"target", "add, list or remove study targets", runTarget},
		{"availability", "set or show study hours, holidays and days off", runAvailability},
		{"log", "add, list or remove logged study and lab hours", runLog},
		{"status", "progress per target against the plan", runStatus},
		{"export", "export ics FILE | csv FILE | portfolio FILE", runExport},
		{"import", "import csv FILE", runImport},
		{"backup", "write everything to a backup file", runBackup},
		{"restore", "replace everything with a backup file", runRestore},
		{"paths", "print the data folder in use", runPaths},
	}
}

// Run executes one command and returns the exit status. On failure it
// prints exactly one line on stderr and nothing on stdout.
func Run(g Global, args []string, env Env) int {
	c := &ctx{env: env, global: g, out: &deferredWriter{}}
	defer c.close()
	err := c.dispatch(args)
	if err != nil {
		if errors.Is(err, errHelp) {
			_, _ = io.WriteString(env.Stdout, c.out.String())
			return ExitOK
		}
		fmt.Fprintln(env.Stderr, "certplan: "+oneLine(err.Error()))
		return exitStatus(err)
	}
	if err := c.close(); err != nil {
		fmt.Fprintln(env.Stderr, "certplan: "+oneLine(err.Error()))
		return ExitFailed
	}
	_, _ = io.WriteString(env.Stdout, c.out.String())
	return ExitOK
}

func (c *ctx) dispatch(args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		c.printUsage()
		return errHelp
	}
	for _, cmd := range commands() {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	return usageErrorf("unknown command %q (accepted: %s; see certplan help)", args[0], commandNames())
}

func commandNames() string {
	var names []string
	for _, cmd := range commands() {
		names = append(names, cmd.name)
	}
	return strings.Join(names, ", ")
}

func (c *ctx) printUsage() {
	fmt.Fprintln(c.out, "Usage: certplan [--data-dir DIR] [command] [flags]")
	fmt.Fprintln(c.out, "With no command, certplan opens the desktop app.")
	fmt.Fprintln(c.out, "\nCommands:")
	for _, cmd := range commands() {
		fmt.Fprintf(c.out, "  %-13s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintln(c.out, "\nRun certplan COMMAND --help for a command's flags.")
}

// ctx carries one command's state: output is held back until the command
// succeeds, so a failure never leaves half a listing on stdout.
type ctx struct {
	env     Env
	global  Global
	out     *deferredWriter
	dataDir string
	store   DataStore
	svc     *planner.Service
}

// DataDir resolves the data folder once per run.
func (c *ctx) DataDir() (string, error) {
	if c.dataDir == "" {
		d, err := ResolveDataDir(c.global.DataDir, c.env.Platform)
		if err != nil {
			return "", err
		}
		c.dataDir = d
	}
	return c.dataDir, nil
}

// catalog is the built-in catalog with the data folder's overlay, if any.
// An invalid overlay is reported on stderr and the built-in catalog is used.
func (c *ctx) catalog(withOverlay bool) (*catalog.Catalog, error) {
	cat, err := catalog.Builtin()
	if err != nil || !withOverlay {
		return cat, err
	}
	dir, err := c.DataDir()
	if err != nil {
		return nil, err
	}
	cat, err = cat.WithOverlay(OverlayPath(dir))
	if err != nil {
		fmt.Fprintln(c.env.Stderr, "certplan: warning: "+oneLine(err.Error())+" (using the built-in catalog)")
	}
	return cat, nil
}

// service opens the data folder on first use.
func (c *ctx) service() (*planner.Service, error) {
	if c.svc != nil {
		return c.svc, nil
	}
	dir, err := c.DataDir()
	if err != nil {
		return nil, err
	}
	// The folder first: if it cannot be used, that is the one thing to say.
	st, err := c.env.OpenStore(dir)
	if err != nil {
		return nil, err
	}
	c.store = st
	cat, err := c.catalog(true)
	if err != nil {
		return nil, err
	}
	c.svc = planner.NewService(st, cat, c.env.Now)
	return c.svc, nil
}

func (c *ctx) close() error {
	if c.store == nil {
		return nil
	}
	st := c.store
	c.store = nil
	return st.Close()
}

// OverlayPath is where a learner's own catalog additions live.
func OverlayPath(dataDir string) string { return dataDir + "/catalog.json" }

// deferredWriter buffers a command's stdout until the command has succeeded.
type deferredWriter struct{ strings.Builder }

// oneLine keeps error output to the single line the contract promises.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\r", "")
	return strings.ReplaceAll(s, "\n", "; ")
}
