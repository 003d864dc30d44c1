// Command certplan is a study planner for AWS certifications. With no
// command it opens the desktop app; with one it runs headless (see
// the "Command line" section of README.md).
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"certplan/app"
	"certplan/app/cli"
	"certplan/app/firstframe"
	"certplan/planner"
	"certplan/planner/store"
)

// appID must match ID in FyneApp.toml.
const appID = "io.certplan.app"

func main() {
	firstframe.Start()
	g, args, err := cli.ParseGlobal(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "certplan: "+err.Error())
		os.Exit(cli.ExitInvalid)
	}
	env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Now: time.Now, Platform: platform(), OpenStore: openStoreForCommand,
		OpenStoreForReading: openStoreForReading, Repair: store.Repair{Log: logger}}
	if len(args) > 0 {
		if code, ok := forwardToApp(g, args, env); ok {
			os.Exit(code)
		}
		os.Exit(cli.Run(g, args, env))
	}
	if raiseRunningApp(g, env) {
		os.Exit(cli.ExitOK)
	}
	if err := checkDisplay(runtime.GOOS, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "certplan: "+err.Error())
		os.Exit(cli.ExitFailed)
	}
	os.Exit(runGUI(g, env))
}

func platform() cli.Platform {
	home, _ := os.UserHomeDir()
	return cli.Platform{GOOS: runtime.GOOS, Home: home, Getenv: os.Getenv}
}

// logger carries Badger's warnings and the app's own: stderr, prefixed, so
// they are told apart from a command's output.
var logger = log.New(os.Stderr, "certplan: ", log.LstdFlags)

// openStore opens the data folder for the app: read-only until the first
// write, since opening for writing costs a memtable of about 10 MB and its
// clearing at every start, and many sessions only look. Every block of the
// folder's tables is read and checked once the window is up rather than
// before (reportLateDamage); the first write waits for that check. Once
// writing, the app reclaims value-log space every few minutes.
func openStore(dir string) (cli.DataStore, error) {
	return store.Open(dir, store.Options{Logger: logger, ReadUntilWrite: true, VerifyBlocksAfterOpen: true})
}

// reportLateDamage has the store check every table block, off the UI
// goroutine, and waits for the answer. If it finds damage,
// the window shows why the app cannot go on, as it does for damage found
// at start-up: the store already refuses every write, and what the screens
// show may be missing what the damaged part holds.
func reportLateDamage(st cli.DataStore, ui *app.UI) {
	checked, ok := st.(interface{ Verified() error })
	if !ok {
		return
	}
	go func() {
		err := checked.Verified()
		if planner.KindOf(err) != planner.Damaged {
			return // intact, or the app closed first
		}
		logger.Print(err)
		fyne.Do(func() { ui.ShowDamage(err) })
	}()
}

// openStoreForCommand opens the data folder for one command. A command
// lives for milliseconds, so it leaves space reclaiming to the app.
func openStoreForCommand(dir string) (cli.DataStore, error) {
	return store.Open(dir, store.Options{Logger: logger, GCInterval: -1})
}

// openStoreForReading opens the data folder for a command that only reads:
// no file in it changes, and the open and close cost less.
func openStoreForReading(dir string) (cli.DataStore, error) {
	return store.Open(dir, store.Options{Logger: logger, GCInterval: -1, ReadOnly: true})
}

// runGUI opens the desktop app on the data folder. A folder that cannot be
// opened (busy, newer schema) still gets a window that says why, then exits.
func runGUI(g cli.Global, env cli.Env) int {
	prepareDesktop(os.Getenv)
	closeLog := logToFile()
	defer closeLog()
	env.OpenStore = openStore
	opening := openInBackground(g, env)
	a := fyneapp.NewWithID(appID)
	fontsLoaded := app.LoadFonts()
	w := a.NewWindow("CertPlan")
	opened := <-opening
	<-fontsLoaded
	folder, err := opened.folder, opened.err
	if err != nil {
		return showFatal(w, err)
	}
	defer folder.Store.Close()
	ui := app.New(a, w, app.Deps{Service: folder.Service, DataDir: folder.Dir, CatalogWarning: folder.CatalogWarning})
	stop := serveCommands(folder, env, ui)
	defer stop()
	// Once the window is up, not while it is drawn: the reminders, and
	// reading the tables' blocks.
	a.Lifecycle().SetOnStarted(func() {
		ui.Started()
		reportLateDamage(folder.Store, ui)
	})
	ui.ShowFirstRunIfNew()
	firstframe.Watch(a, w)
	w.ShowAndRun()
	return 0
}

// openedFolder is the outcome of opening the data folder.
type openedFolder struct {
	folder *cli.DataFolder
	err    error
}

// openInBackground opens the data folder on another core while the window
// system starts on this one (GLFW needs the main thread): the two are
// independent, and a large log's checks no longer wait for the window.
func openInBackground(g cli.Global, env cli.Env) <-chan openedFolder {
	opening := make(chan openedFolder, 1)
	go func() {
		folder, err := cli.OpenDataFolder(g, env)
		opening <- openedFolder{folder, err}
	}()
	return opening
}

func showFatal(w fyne.Window, err error) int {
	fmt.Fprintln(os.Stderr, "certplan: "+err.Error())
	app.ShowFatal(w, err)
	w.ShowAndRun()
	if planner.KindOf(err) == planner.Invalid {
		return cli.ExitInvalid
	}
	return cli.ExitFailed
}
