package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCalendarReimportInKhal imports the exported plan into khal, a
// calendar program a learner might use, re-plans (hours logged, a weekday
// dropped, a start time moved), exports and imports again: every session
// is one event, found on its new day, and none is doubled. It runs where
// khal is installed (.ci/install-deps installs it for `make test`).
func TestCalendarReimportInKhal(t *testing.T) {
	khal, err := exec.LookPath("khal")
	if err != nil {
		t.Skip("khal is not installed")
	}
	data, work := t.TempDir(), t.TempDir()
	today := time.Now()
	day := func(days int) string { return today.AddDate(0, 0, days).Format("2006-01-02") }
	run := func(args ...string) string {
		t.Helper()
		r := certplan(t, nil, append([]string{"--data-dir", data}, args...)...)
		if r.code != 0 {
			t.Fatalf("certplan %v: exit %d: %s", args, r.code, r.stderr)
		}
		return r.stdout
	}
	run("target", "add", "CLF-C02", "--exam-by", day(70))
	run("target", "add", "DVA-C02", "--exam-by", day(175))
	run("availability", "set", "--hours", "mon=2,tue=2,wed=2,thu=2,sat=3", "--country", "US",
		"--at", "mon=19:00,wed=19:00,sat=09:00")

	cal := filepath.Join(work, "cal")
	if err := os.MkdirAll(cal, 0o755); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(work, "khal.conf")
	writeFile(t, config, "[calendars]\n[[study]]\npath = "+cal+"\ntype = calendar\n"+
		"[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"+
		"datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"+
		"local_timezone = UTC\ndefault_timezone = UTC\n")
	khalRun := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(khal, append([]string{"-c", config}, args...)...)
		// khal (Python) sets the locale from the environment and stops when
		// it is not installed (en_US.UTF-8 on a bare machine): C.UTF-8
		// always is.
		cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+filepath.Join(work, "data"), "XDG_CONFIG_HOME="+work, "TZ=UTC",
			"LANG=C.UTF-8", "LC_ALL=C.UTF-8")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	// events lists what khal holds over the plan's months: UID to start.
	events := func() map[string]string {
		t.Helper()
		out := khalRun("list", "--format", "{uid}|{start-date}|{start-time}", "--day-format", "", day(-1), day(200))
		got := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			uid, start, ok := strings.Cut(line, "|")
			if !ok {
				continue
			}
			if _, twice := got[uid]; twice {
				t.Errorf("khal holds %s twice", uid)
			}
			got[uid] = start
		}
		return got
	}
	exportAndImport := func(name string) map[string]string {
		t.Helper()
		file := filepath.Join(work, name)
		run("plan", "--ics", file)
		khalRun("import", "--batch", "-a", "study", file)
		return icsStarts(t, file)
	}

	first := exportAndImport("first.ics")
	before := events()
	t.Logf("first export: %d events in the file, %d in khal", len(first), len(before))
	if len(before) != len(first) {
		t.Fatalf("khal holds %d events after importing %d", len(before), len(first))
	}

	run("log", "add", "--kind", "study", "--cert", "CLF-C02", "--date", day(0), "--hours", "2", "--domain", "Cloud Concepts")
	run("availability", "set", "--hours", "mon=2,wed=2,thu=2,sat=3", "--at", "mon=18:30,wed=19:00,sat=09:00")
	second := exportAndImport("second.ics")
	after := events()

	union := map[string]bool{}
	for uid := range first {
		union[uid] = true
	}
	moved, stale, timed := 0, 0, 0
	for uid, start := range second {
		if !strings.HasSuffix(start, "|") {
			timed++
		}
		union[uid] = true
		if after[uid] != start {
			t.Errorf("%s: khal has it at %q, the new plan at %q", uid, after[uid], start)
		}
		if old, ok := first[uid]; ok && old != start {
			moved++
		}
	}
	for uid := range first {
		if _, ok := second[uid]; !ok {
			stale++ // a session the re-plan no longer needs; import never deletes
		}
	}
	t.Logf("second export: %d events in the file (%d timed), %d in khal, %d moved, %d from the first plan no longer planned",
		len(second), timed, len(after), moved, stale)
	if timed == 0 {
		t.Error("no session is a timed event although weekdays have start times")
	}
	if len(after) != len(union) {
		t.Fatalf("khal holds %d events, want the %d distinct sessions and exams of both exports", len(after), len(union))
	}
	if moved == 0 {
		t.Fatal("no session moved: the re-plan changed nothing to check")
	}
}

// icsStarts reads each VEVENT's UID and start from an exported calendar, in
// the form khal lists them: "2027-01-04|19:00" or "2027-01-05|".
func icsStarts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	var uid, start string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "BEGIN:VEVENT":
			uid, start = "", ""
		case strings.HasPrefix(line, "UID:"):
			uid = strings.TrimPrefix(line, "UID:")
		case strings.HasPrefix(line, "DTSTART"):
			v := line[strings.LastIndex(line, ":")+1:]
			start = v[:4] + "-" + v[4:6] + "-" + v[6:8] + "|"
			if len(v) >= 13 && v[8] == 'T' {
				start += v[9:11] + ":" + v[11:13]
			}
		case line == "END:VEVENT":
			if _, twice := out[uid]; twice {
				t.Fatalf("%s has UID %s twice", path, uid)
			}
			out[uid] = start
		}
	}
	return out
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
