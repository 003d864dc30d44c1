//go:build !unix

package inputfile

// nonBlocking is unavailable here; the check before opening still refuses
// anything that is not a regular file.
const nonBlocking = 0
