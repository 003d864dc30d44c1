//go:build linux || darwin

package instance

import "net"

// peerUID is the user ID of the process at the other end of c, as the
// kernel recorded it when the connection was made (fdPeerUID reads it the
// platform's way).
func peerUID(c *net.UnixConn) (int, error) {
	raw, err := c.SyscallConn()
	if err != nil {
		return -1, err
	}
	uid := -1
	var credErr error
	err = raw.Control(func(fd uintptr) { uid, credErr = fdPeerUID(int(fd)) })
	if err != nil {
		return -1, err
	}
	return uid, credErr
}
