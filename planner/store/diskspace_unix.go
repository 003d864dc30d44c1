//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package store

import "golang.org/x/sys/unix"

func freeSpace(dir string) (uint64, bool) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return uint64(st.Bavail) * uint64(st.Bsize), true
}
