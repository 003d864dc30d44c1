//go:build linux || darwin

package instance

// supported says this platform can check who is at the other end.
const supported = true
