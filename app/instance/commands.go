package instance

import (
	"io"

	"certplan/app/cli"
)

// Commands runs command lines for other processes against the app's open
// data folder, with the same cli.Run a terminal uses.
type Commands struct {
	Folder *cli.DataFolder
	// Env supplies the clock, platform and repair; its output, store and
	// working folder are set for each command.
	Env cli.Env
	// Changed runs after a command that used the data folder succeeded, so
	// the screens show what it may have changed.
	Changed func()
	// Show raises the app's window.
	Show func()
}

// Run runs args (a command line without global flags) on the app's folder.
func (c *Commands) Run(args []string, workDir string, stdout, stderr io.Writer) int {
	env := c.Env
	env.Stdout, env.Stderr, env.WorkDir = stdout, stderr, workDir
	usedFolder := false
	env.OpenStore = func(string) (cli.DataStore, error) {
		usedFolder = true
		return keepOpen{c.Folder.Store}, nil
	}
	// The app's store serves every command, reading or writing: the folder
	// is already open, and a second open would find it locked.
	env.OpenStoreForReading = nil
	code := cli.Run(cli.Global{DataDir: c.Folder.Dir}, args, env)
	if code == cli.ExitOK && usedFolder && c.Changed != nil {
		c.Changed()
	}
	return code
}

// Raise shows the window.
func (c *Commands) Raise() {
	if c.Show != nil {
		c.Show()
	}
}

// keepOpen is the app's store lent to one command: the command's Close
// must not close the store the app keeps using.
type keepOpen struct{ cli.DataStore }

func (keepOpen) Close() error { return nil }
