package instance

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// nobody is the unprivileged user the refused client runs as.
const nobody = 65534

// A process of another user that reaches the socket (its folder and mode
// loosened on purpose here) is refused by the peer check and nothing runs.
// Dropping to another user needs root, so this runs only as root.
func TestOtherUserIsRefused(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a client as another user; TestCheckPeer covers the check itself")
	}
	// A folder the other user can traverse, holding a copy of this test
	// binary it can run (the build folder is owner-only).
	base, err := os.MkdirTemp("", "certplan-peer-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	dataDir := filepath.Join(base, "data")
	bin := filepath.Join(base, "client.test")
	copyFile(t, os.Args[0], bin)
	startApp(t, dataDir)
	for path, mode := range map[string]os.FileMode{base: 0o755, dataDir: 0o755, bin: 0o755, SocketPath(dataDir): 0o666} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = []string{clientEnv + "=" + dataDir}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("client: %v: %s", err, out)
	}
	got := string(out)
	if !strings.Contains(got, "answered=true code=1") || !strings.Contains(got, "refused a connection from user 65534") ||
		!strings.Contains(got, `stdout=""`) {
		t.Errorf("client as user %d: %s; want a refusal with status 1", nobody, got)
	}
	// The same client as the app's own user is answered.
	cmd = exec.Command(bin, "-test.run=^$")
	cmd.Env = []string{clientEnv + "=" + dataDir}
	if out, _ := cmd.CombinedOutput(); !strings.Contains(string(out), "code=0") || !strings.Contains(string(out), dataDir) {
		t.Errorf("client as the app's user: %s; want paths answered", out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
