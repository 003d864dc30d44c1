package cli

import (
	"errors"
	"path/filepath"
)

// dataDirEnv names the environment variable that moves the data folder.
const dataDirEnv = "CERTPLAN_DATA_DIR"

// Platform describes where the operating system keeps per-user data; it is a
// value, not a runtime lookup, so every platform's rule is testable anywhere.
type Platform struct {
	GOOS   string
	Home   string
	Getenv func(string) string
}

// DataDir is the data folder commands and the app use for g: see
// resolveDataDir.
func DataDir(g Global, p Platform) (string, error) { return resolveDataDir(g.DataDir, p) }

// resolveDataDir picks the data folder: the --data-dir flag, then
// CERTPLAN_DATA_DIR, then the platform's per-user data folder. The result is
// absolute so messages and `certplan paths` name one unambiguous place.
func resolveDataDir(flagValue string, p Platform) (string, error) {
	dir := flagValue
	if dir == "" {
		dir = p.Getenv(dataDirEnv)
	}
	if dir == "" {
		var err error
		if dir, err = platformDataDir(p); err != nil {
			return "", err
		}
	}
	return filepath.Abs(dir)
}

func platformDataDir(p Platform) (string, error) {
	switch p.GOOS {
	case "darwin":
		if p.Home != "" {
			return filepath.Join(p.Home, "Library", "Application Support", "certplan"), nil
		}
	case "windows":
		if d := p.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "certplan"), nil
		}
	default:
		if d := p.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return filepath.Join(d, "certplan"), nil
		}
		if p.Home != "" {
			return filepath.Join(p.Home, ".local", "share", "certplan"), nil
		}
	}
	return "", errors.New("cannot tell where to keep data: no home folder is known; use --data-dir DIR or " + dataDirEnv)
}
