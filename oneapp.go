package main

import (
	"os"

	"fyne.io/fyne/v2"

	"certplan/app"
	"certplan/app/cli"
	"certplan/app/instance"
)

// forwardToApp runs a command through the app when one has the data folder
// open, so the command works instead of finding the folder in use. ok is
// false when no app answers: the command runs here.
func forwardToApp(g cli.Global, args []string, env cli.Env) (code int, ok bool) {
	dir, err := cli.DataDir(g, env.Platform)
	if err != nil {
		return 0, false // running it here says what is wrong
	}
	wd, err := os.Getwd()
	if err != nil {
		return 0, false
	}
	return instance.Forward(dir, args, wd, env.Stdout, env.Stderr)
}

// raiseRunningApp asks the app that has the data folder open to show its
// window; true when one did, and this launch has nothing more to do.
func raiseRunningApp(g cli.Global, env cli.Env) bool {
	dir, err := cli.DataDir(g, env.Platform)
	return err == nil && instance.Raise(dir)
}

// serveCommands lets other certplan processes run commands through the app
// and raise its window. Where that cannot work, they keep saying the folder
// is in use, which is only less convenient: the app runs on regardless.
func serveCommands(folder *cli.DataFolder, env cli.Env, ui *app.UI) (stop func()) {
	cmds := &instance.Commands{Folder: folder, Env: env,
		Changed: func() { fyne.Do(ui.Refresh) },
		Show:    func() { fyne.Do(ui.Raise) }}
	srv, err := instance.Listen(folder.Dir, cmds, logger)
	if err != nil {
		logger.Printf("commands cannot run while the app is open: %v", err)
		return func() {}
	}
	return func() { _ = srv.Close() }
}
