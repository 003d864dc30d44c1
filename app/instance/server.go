package instance

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

// Handler is what the app does for a request.
type Handler interface {
	// Run runs one command line (without global flags) as if it had been
	// typed in workDir, writes what it prints to stdout and stderr and
	// returns its exit status.
	Run(args []string, workDir string, stdout, stderr io.Writer) int
	// Raise shows and focuses the app's window.
	Raise()
}

// Server answers requests on a data folder's socket until Close.
type Server struct {
	ln     *net.UnixListener
	h      Handler
	log    *log.Logger
	ownUID int
	runMu  sync.Mutex // one command at a time, as with separate processes and the folder lock
	wg     sync.WaitGroup
	closed chan struct{}
	once   sync.Once
	err    error // of the first Close
}

// How long a peer may take to send its request, and to read the reply.
const (
	requestTimeout = 10 * time.Second
	replyTimeout   = 30 * time.Second
)

// Listen serves dataDir's socket with h. The caller holds the data folder's
// lock, so no other app can be serving it and a socket file found there was
// left by one that crashed: it is replaced.
func Listen(dataDir string, h Handler, logger *log.Logger) (*Server, error) {
	if !supported {
		return nil, ErrUnsupported
	}
	path := SocketPath(dataDir)
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return nil, err
	}
	// The folder is owner-only already; the socket is too, in case the
	// folder's permissions were loosened.
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, err
	}
	if logger == nil {
		logger = log.New(io.Discard, "", 0)
	}
	s := &Server{ln: ln, h: h, log: logger, ownUID: os.Getuid(), closed: make(chan struct{})}
	s.wg.Add(1)
	go s.serve()
	return s, nil
}

// Close stops listening, removes the socket file and waits for the
// requests in progress.
func (s *Server) Close() error {
	s.once.Do(func() {
		close(s.closed)
		s.err = s.ln.Close()
		s.wg.Wait()
	})
	return s.err
}

func (s *Server) serve() {
	defer s.wg.Done()
	for {
		c, err := s.ln.AcceptUnix()
		if err != nil {
			select {
			case <-s.closed:
				return
			default:
			}
			s.log.Printf("socket: %v", err)
			time.Sleep(100 * time.Millisecond) // e.g. out of file descriptors: do not spin
			continue
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			s.answer(c)
		}()
	}
}

// answer reads one request from c and replies.
func (s *Server) answer(c *net.UnixConn) {
	uid, err := peerUID(c)
	if err == nil {
		err = checkPeer(uid, s.ownUID)
	}
	if err != nil {
		s.log.Printf("socket: %v", err)
		s.reply(c, reply{Code: exitFailed, Stderr: "certplan: the open CertPlan app " + oneLine(err.Error()) + "\n"})
		return
	}
	_ = c.SetReadDeadline(time.Now().Add(requestTimeout))
	var req request
	if err := json.NewDecoder(io.LimitReader(c, maxRequestBytes)).Decode(&req); err != nil {
		s.log.Printf("socket: unreadable request: %v", err)
		return
	}
	switch req.Op {
	case opRaise:
		s.h.Raise()
		s.reply(c, reply{})
	case opRun:
		var out, errOut strings.Builder
		s.runMu.Lock()
		code := s.h.Run(req.Args, req.WorkDir, &out, &errOut)
		s.runMu.Unlock()
		s.reply(c, reply{Stdout: out.String(), Stderr: errOut.String(), Code: code})
	default:
		s.log.Printf("socket: unknown request %q", req.Op)
		s.reply(c, reply{Code: exitFailed, Stderr: fmt.Sprintf("certplan: the open CertPlan app does not know the request %q\n", req.Op)})
	}
}

func (s *Server) reply(c *net.UnixConn, r reply) {
	_ = c.SetWriteDeadline(time.Now().Add(replyTimeout))
	if err := json.NewEncoder(c).Encode(r); err != nil {
		s.log.Printf("socket: cannot reply: %v", err)
	}
}

// exitFailed is the command-line contract's "could not run" status.
const exitFailed = 1

func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "\n", "; ") }
