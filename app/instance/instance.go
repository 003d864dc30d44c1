// Package instance keeps CertPlan to one running app per data folder and
// lets commands run through it. The app listens on a Unix socket in its data
// folder; a second launch asks it to raise its window, and a command started
// while the app holds the folder's lock is sent to the app, which runs it
// against its open store and returns what the command printed.
//
// The socket is the data folder's: owner-only like the folder, and the app
// also checks the peer's user ID, so only the learner's own processes reach
// it. Where peer credentials cannot be read (Windows and most BSDs), no
// socket is offered and a command says the folder is in use, as before.
package instance

import (
	"errors"
	"path/filepath"
)

// SocketName is the socket's file name inside the data folder.
const SocketName = "certplan.sock"

// SocketPath is where the app serving dataDir listens.
func SocketPath(dataDir string) string { return filepath.Join(dataDir, SocketName) }

// ErrUnsupported means this platform offers no socket: the caller keeps the
// folder-in-use message.
var ErrUnsupported = errors.New("running commands through the open app is not supported on this platform")

// Operations a request asks for.
const (
	opRun   = "run"   // run a command and return its output
	opRaise = "raise" // show and focus the window
)

// request is what a second process sends: one JSON object, then it waits
// for the reply.
type request struct {
	Op      string   `json:"op"`
	Args    []string `json:"args,omitempty"`
	WorkDir string   `json:"work_dir,omitempty"` // relative FILE arguments resolve against it
}

// reply is the app's answer: what the command printed and its exit status.
type reply struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	Code   int    `json:"code"`
}

// maxRequestBytes bounds what the app reads from one connection; a command
// line is far smaller.
const maxRequestBytes = 1 << 20
