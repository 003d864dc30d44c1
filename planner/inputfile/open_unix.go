//go:build unix

package inputfile

import "syscall"

// nonBlocking keeps open from waiting on a named pipe or device swapped in
// after the path was checked; it has no effect on regular files.
const nonBlocking = syscall.O_NONBLOCK
