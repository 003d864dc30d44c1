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
	// OpenStoreForReading opens the data folder for a command that only
	// reads (readOnly in the command table), so it writes no file; nil means
	// OpenStore serves both.
	OpenStoreForReading func(dataDir string) (DataStore, error)
	// Repair works on a data folder without opening it, for the folders
	// OpenStore refuses as damaged; nil where none is offered.
	Repair FolderRepair
	// WorkDir is the folder relative FILE arguments name files in, when
	// that is not this process's working folder (a command the open app
	// runs for another terminal); "" means this process's.
	WorkDir string
}

// FolderRepair reaches a data folder's files when its database cannot be
// opened.
type FolderRepair interface {
	// ReplaceDamaged puts snap in place of the database, keeping the old
	// one aside (its path is returned) rather than deleting it.
	ReplaceDamaged(dataDir string, snap planner.Snapshot) (keptAt string, err error)
	// Diagnose reports what the folder holds without changing it, and with
	// salvageTo set copies every readable record into that new folder.
	Diagnose(dataDir, salvageTo string) (report string, healthy bool, err error)
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

// Run executes one command and returns the exit status. On failure it
// prints exactly one line on stderr and nothing on stdout.
func Run(g Global, args []string, env Env) int {
	inv := &invocation{env: env, global: g, out: &deferredWriter{}}
	defer inv.close()
	err := inv.dispatch(args)
	if errors.Is(err, errHelp) {
		_, _ = io.WriteString(env.Stdout, inv.out.String())
		return ExitOK
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "certplan: "+terminalSafe(oneLine(inv.describe(err))))
		return exitStatus(err)
	}
	if err := inv.close(); err != nil {
		fmt.Fprintln(env.Stderr, "certplan: "+terminalSafe(oneLine(err.Error())))
		return ExitFailed
	}
	_, _ = io.WriteString(env.Stdout, terminalSafe(inv.out.String()))
	return ExitOK
}

func (inv *invocation) dispatch(args []string) error {
	top := root()
	if len(args) == 0 || isHelp(args[0]) {
		printUsage(inv.out, top)
		return errHelp
	}
	if cmd := top.find(args[0]); cmd != nil {
		return cmd.dispatch(inv, args[1:])
	}
	return usageErrorf("unknown command %q (accepted: %s; see certplan help)", args[0], strings.Join(top.subNames(), ", "))
}

func printUsage(w io.Writer, top *command) {
	fmt.Fprintln(w, "Usage: certplan [--data-dir DIR] [command] [flags]")
	fmt.Fprintln(w, "With no command, certplan opens the desktop app.")
	fmt.Fprintln(w, "\nCommands:")
	for _, cmd := range top.subs {
		fmt.Fprintf(w, "  %-13s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintln(w, "\nRun certplan COMMAND --help for a command's flags.")
}

// invocation is one run of one command: output is held back until the
// command succeeds, so a failure never leaves half a listing on stdout, and
// the data folder is opened only by commands that need it.
type invocation struct {
	env    Env
	global Global
	out    *deferredWriter
	cmd    *command    // the command being run, once parsed
	folder *DataFolder // nil until a command needs stored data
}

// dataDir is the data folder in use.
func (inv *invocation) dataDir() (string, error) {
	if inv.folder != nil {
		return inv.folder.Dir, nil
	}
	return resolveDataDir(inv.global.DataDir, inv.env.Platform)
}

// catalog is the built-in catalog with the data folder's overlay, if any.
// An invalid overlay is reported on stderr and the built-in catalog is used.
func (inv *invocation) catalog() (*catalog.Catalog, error) {
	dir, err := inv.dataDir()
	if err != nil {
		return nil, err
	}
	cat, overlayErr, err := loadCatalog(dir)
	inv.warnOverlay(overlayErr)
	return cat, err
}

func (inv *invocation) warnOverlay(err error) {
	if err != nil {
		fmt.Fprintln(inv.env.Stderr, "certplan: warning: "+oneLine(err.Error())+" (using the built-in catalog)")
	}
}

// service opens the data folder on first use.
func (inv *invocation) service() (*planner.Service, error) {
	if inv.folder == nil {
		env := inv.env
		if inv.cmd != nil && inv.cmd.readOnly && env.OpenStoreForReading != nil {
			env.OpenStore = env.OpenStoreForReading
		}
		f, err := OpenDataFolder(inv.global, env)
		if err != nil {
			return nil, err
		}
		inv.folder = f
		inv.warnOverlay(f.CatalogWarning)
	}
	return inv.folder.Service, nil
}

func (inv *invocation) close() error {
	if inv.folder == nil {
		return nil
	}
	st := inv.folder.Store
	inv.folder = nil
	return st.Close()
}

// deferredWriter buffers a command's stdout until the command has succeeded.
type deferredWriter struct{ strings.Builder }

// oneLine keeps error output to the single line the contract promises.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\r", "")
	return strings.ReplaceAll(s, "\n", "; ")
}
