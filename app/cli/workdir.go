package cli

import "path/filepath"

// fileValue is the placeholder the command table gives every argument and
// flag value that names a file.
const fileValue = "FILE"

// resolveFiles makes the relative FILE arguments and flag values of a
// parsed command line relative to workDir. Env.WorkDir is set when the
// command was typed in another process (and folder) than the one running
// it: the open app runs commands for the terminal they were typed in.
func (c *command) resolveFiles(in *input, workDir string) {
	if workDir == "" {
		return
	}
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(workDir, p)
	}
	for i, name := range c.args {
		if name == fileValue && i < len(in.args) {
			in.args[i] = abs(in.args[i])
		}
	}
	for _, f := range c.flags {
		if f.value == fileValue && f.kind == textKind {
			*in.texts[f.name] = abs(*in.texts[f.name])
		}
	}
}
