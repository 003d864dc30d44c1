package cli

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// everyCommand lists the table's commands and groups, depth first.
func everyCommand() []*command {
	var all []*command
	var walk func(c *command)
	walk = func(c *command) {
		all = append(all, c)
		for _, s := range c.subs {
			walk(s)
		}
	}
	for _, c := range root().subs {
		walk(c)
	}
	return all
}

func TestEveryCommandAndGroupHasHelp(t *testing.T) {
	h := newHarness(t)
	for _, c := range everyCommand() {
		for _, help := range []string{"--help", "-h"} {
			args := append(strings.Fields(c.path), help)
			code, out, errs := h.run(args...)
			if code != ExitOK || errs != "" || !strings.HasPrefix(out, "Usage: certplan "+c.path) {
				t.Errorf("certplan %s: exit %d, stderr %q, stdout %q; want exit 0 and the usage on stdout",
					strings.Join(args, " "), code, errs, out)
			}
			for _, s := range c.subs {
				if !strings.Contains(out, "certplan "+s.synopsis()) {
					t.Errorf("certplan %s does not show %q:\n%s", strings.Join(args, " "), s.synopsis(), out)
				}
			}
		}
	}
	if h.opened != 0 {
		t.Errorf("help opened the data folder %d times", h.opened)
	}
}

var usageFlag = regexp.MustCompile(`--([a-z-]+)`)

// TestUsageMatchesTheParser checks, for every command, that each flag the
// parser accepts is in the usage line and the help, and that each flag the
// usage line names is one the parser accepts.
func TestUsageMatchesTheParser(t *testing.T) {
	h := newHarness(t)
	for _, c := range everyCommand() {
		if c.run == nil {
			continue
		}
		fs := flag.NewFlagSet(c.path, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		newInput(fs, c.flags)
		_, help, _ := h.run(append(strings.Fields(c.path), "--help")...)
		synopsis := c.synopsis()
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(synopsis, "--"+f.Name) {
				t.Errorf("certplan %s accepts --%s, but its usage omits it: %s", c.path, f.Name, synopsis)
			}
			if !strings.Contains(help, "  --"+f.Name) {
				t.Errorf("certplan %s --help does not explain --%s:\n%s", c.path, f.Name, help)
			}
		})
		for _, m := range usageFlag.FindAllStringSubmatch(synopsis, -1) {
			if fs.Lookup(m[1]) == nil {
				t.Errorf("usage of %s names --%s, which the parser refuses", c.path, m[1])
			}
		}
		for _, f := range c.flags {
			if f.kind != switchKind && f.value == "" {
				t.Errorf("%s --%s has no placeholder for its value", c.path, f.name)
			}
		}
	}
}

// TestUsageErrorsComeFromTheTable checks that a usage error quotes the
// same usage line --help prints.
func TestUsageErrorsComeFromTheTable(t *testing.T) {
	h := newHarness(t)
	cmd := root().find("log").find("list")
	h.fails(2, "(usage: certplan "+cmd.synopsis()+")", "log", "list", "--colour")
	if !strings.Contains(cmd.synopsis(), "[--kind study|lab]") {
		t.Errorf("log list usage lacks --kind: %s", cmd.synopsis())
	}
	add := root().find("target").find("add")
	h.fails(2, "(usage: certplan "+add.synopsis()+")", "target", "add")
	h.fails(2, "target needs add, list or rm (usage: certplan "+root().find("target").usage()+")", "target")
	h.fails(2, `unknown export command "pdf" (accepted: ics, csv, portfolio)`, "export", "pdf", "out.pdf")
	h.fails(2, "log add needs --hours", "log", "add", "--kind", "study", "--cert", "SAA-C03", "--date", "2026-11-20")
}

// TestPlannerErrorsNameTheFlag checks the command line words the planner's
// front-end neutral messages with its own flags and hints.
func TestPlannerErrorsNameTheFlag(t *testing.T) {
	h := newHarness(t)
	h.fails(2, "certplan: --to: the end date 2026-01-01 is before the start date 2026-02-01\n",
		"log", "list", "--from", "2026-02-01", "--to", "2026-01-01")
	h.fails(2, `certplan: --cert: certification "NOPE-1" is not in the catalog (see `+"`certplan catalog --all`)\n",
		"log", "add", "--kind", "study", "--cert", "NOPE-1", "--date", "2026-11-20", "--hours", "1")
	h.fails(2, `certplan: --hours "lots" is not a number of hours`,
		"log", "add", "--kind", "study", "--cert", "SAA-C03", "--date", "2026-11-20", "--hours", "lots")
	// A positional code is no flag: the message stays as the planner words it.
	h.fails(2, `certplan: certification "NOPE-1" is not in the catalog (see `+"`certplan catalog`)\n",
		"target", "add", "NOPE-1")
	h.fails(2, "certplan: DVA-C02 is not a target (see `certplan target list`)\n", "target", "rm", "dva-c02")
}

func TestOpenDataFolderLoadsTheOverlay(t *testing.T) {
	h := newHarness(t)
	dir := t.TempDir()
	env := h.env(nil, nil)
	write := func(overlay string) {
		if err := os.WriteFile(filepath.Join(dir, "catalog.json"), []byte(overlay), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"overrides": [{"code": "SAA-C03", "prep_hours": 120}]}`)
	f, err := OpenDataFolder(Global{DataDir: dir}, env)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := f.Service.Catalog().Lookup("SAA-C03"); e.PrepHours != 120 || f.CatalogWarning != nil || f.Dir != dir {
		t.Errorf("overlay not applied: prep %v, warning %v, dir %q", e.PrepHours, f.CatalogWarning, f.Dir)
	}

	write(`{"overrides": [`)
	f, err = OpenDataFolder(Global{DataDir: dir}, env)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := f.Service.Catalog().Lookup("SAA-C03"); e.PrepHours == 120 || f.CatalogWarning == nil {
		t.Errorf("a broken overlay: prep %v, warning %v; want the built-in catalog and a warning", e.PrepHours, f.CatalogWarning)
	}
	if h.opened != 2 {
		t.Errorf("store opened %d times, want once per call", h.opened)
	}
}
