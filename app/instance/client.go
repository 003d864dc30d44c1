package instance

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
)

// Forward runs a command line (without global flags) through the app
// serving dataDir, copying what it printed to stdout and stderr. ok is false
// when no app answers there: the caller runs the command itself. Relative
// FILE arguments resolve against workDir.
func Forward(dataDir string, args []string, workDir string, stdout, stderr io.Writer) (code int, ok bool) {
	c, ok := dial(dataDir)
	if !ok {
		return 0, false
	}
	defer c.Close()
	r, err := exchange(c, request{Op: opRun, Args: args, WorkDir: workDir})
	if err != nil {
		// The command may or may not have run: say so rather than run it twice.
		fmt.Fprintf(stderr, "certplan: the open CertPlan app did not answer (%v); check with certplan log list or the app before running the command again\n", err)
		return exitFailed, true
	}
	_, _ = io.WriteString(stdout, r.Stdout)
	_, _ = io.WriteString(stderr, r.Stderr)
	return r.Code, true
}

// Raise asks the app serving dataDir to show its window; false when no app
// answers there.
func Raise(dataDir string) bool {
	c, ok := dial(dataDir)
	if !ok {
		return false
	}
	defer c.Close()
	_, err := exchange(c, request{Op: opRaise})
	return err == nil
}

// dial connects to dataDir's socket. A socket file nobody listens on was
// left by an app that crashed: it is removed, so it never blocks a start.
func dial(dataDir string) (*net.UnixConn, bool) {
	if !supported {
		return nil, false
	}
	path := SocketPath(dataDir)
	c, err := net.DialUnix("unix", nil, &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		if errors.Is(err, syscall.ECONNREFUSED) {
			_ = os.Remove(path)
		}
		return nil, false
	}
	return c, true
}

// exchange sends req and reads the reply.
func exchange(c *net.UnixConn, req request) (reply, error) {
	var r reply
	// A refusal is sent before the request is read, and may close the
	// connection under the write: the reply says why, so read it anyway.
	writeErr := json.NewEncoder(c).Encode(req)
	if err := json.NewDecoder(c).Decode(&r); err != nil {
		if writeErr != nil {
			return r, writeErr
		}
		if errors.Is(err, io.EOF) {
			err = errors.New("connection closed")
		}
		return r, err
	}
	return r, nil
}
