package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDesktopNotificationForDueReminder runs the real app under Xvfb on a
// private D-Bus session bus, with a held certification expiring in about
// 100 days, and watches the bus: the app must call
// org.freedesktop.Notifications.Notify with the renewal reminder. No
// notification daemon runs, so the call itself may fail; the monitor sees
// it all the same.
func TestDesktopNotificationForDueReminder(t *testing.T) {
	for _, tool := range []string{"xvfb-run", "dbus-run-session", "dbus-monitor"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/install-deps installs it); the desktop notification test needs xvfb-run, dbus-run-session and dbus-monitor", tool)
		}
	}
	dir, work := t.TempDir(), t.TempDir()
	// DVA-C02 is valid three years: earned three years ago less 100 days,
	// it expires in about 100 days, past the 180-day reminder threshold.
	earned := time.Now().AddDate(-3, 0, 100).Format("2006-01-02")
	if r := certplan(t, nil, "--data-dir", dir, "earned", "add", "DVA-C02", "--date", earned); r.code != 0 {
		t.Fatalf("earned add: exit %d %q", r.code, r.stderr)
	}

	monitor := filepath.Join(work, "mon.txt")
	script := `dbus-monitor --session "interface=org.freedesktop.Notifications" > "$MON" 2>&1 &
sleep 1
exec xvfb-run -a "$CERTPLAN" --data-dir "$DATA"`
	cmd := exec.Command("dbus-run-session", "--", "sh", "-c", script)
	cmd.Env = []string{"CERTPLAN_RUN_MAIN=1", "HOME=" + work, "PATH=" + os.Getenv("PATH"),
		"MON=" + monitor, "CERTPLAN=" + os.Args[0], "DATA=" + dir}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // one group: the bus, the monitor, Xvfb and the app
	var appOut strings.Builder
	cmd.Stdout, cmd.Stderr = &appOut, &appOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
	}()

	var seen string
	deadline := time.Now().Add(40 * time.Second)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile(monitor)
		seen = string(data)
		if i := strings.Index(seen, "member=Notify"); i >= 0 && strings.Contains(seen[i:], "DVA-C02 expires on") {
			t.Logf("dbus-monitor captured:\n%s", seen)
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("no Notify call with the DVA-C02 reminder within 40 s.\nmonitor:\n%s\napp output:\n%s", seen, appOut.String())
}
