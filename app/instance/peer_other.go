//go:build !linux && !darwin

package instance

import "net"

// peerUID cannot be read here, so no socket is offered.
func peerUID(*net.UnixConn) (int, error) { return -1, ErrUnsupported }

// supported is false: Listen and the client do nothing on this platform.
const supported = false
