package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"certplan/planner"
	"certplan/planner/plannertest"
)

var fixedNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.Local)

// harness runs commands in-process against one in-memory data folder.
type harness struct {
	t      *testing.T
	store  *plannertest.MemStore
	opened int
}

func newHarness(t *testing.T) *harness {
	return &harness{t: t, store: plannertest.NewMemStore()}
}

func (h *harness) env(stdout, stderr *bytes.Buffer) Env {
	return Env{
		Stdout: stdout, Stderr: stderr, Now: func() time.Time { return fixedNow },
		Platform: Platform{GOOS: "linux", Home: h.t.TempDir(), Getenv: func(string) string { return "" }},
		OpenStore: func(string) (DataStore, error) {
			h.opened++
			return h.store, nil
		},
	}
}

func (h *harness) run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Run(Global{DataDir: h.t.TempDir()}, args, h.env(&out, &errb))
	return code, out.String(), errb.String()
}

// ok runs a command that must succeed and returns its stdout.
func (h *harness) ok(args ...string) string {
	h.t.Helper()
	code, out, errs := h.run(args...)
	if code != 0 {
		h.t.Fatalf("certplan %s: exit %d, stderr %q", strings.Join(args, " "), code, errs)
	}
	return out
}

// fails checks the failure contract: status, one stderr line naming want, no stdout.
func (h *harness) fails(code int, want string, args ...string) {
	h.t.Helper()
	got, out, errs := h.run(args...)
	if got != code || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, want) {
		h.t.Errorf("certplan %s: exit %d stdout %q stderr %q; want exit %d, one line with %q",
			strings.Join(args, " "), got, out, errs, code, want)
	}
}

type planJSON struct {
	Targets []struct {
		Code      string  `json:"code"`
		PrepHours float64 `json:"prep_hours"`
		Start     string  `json:"start"`
		End       string  `json:"end"`
		ExamDate  string  `json:"exam_date"`
		Feasible  bool    `json:"feasible"`
	} `json:"targets"`
	Sessions []struct {
		Date   string  `json:"date"`
		Code   string  `json:"code"`
		Kind   string  `json:"kind"`
		Domain string  `json:"domain"`
		Hours  float64 `json:"hours"`
	} `json:"sessions"`
	Warnings []struct {
		Code    string `json:"code"`
		Kind    string `json:"kind"`
		Message string `json:"message"`
	} `json:"warnings"`
}

func TestWhatIfPlanTouchesNoData(t *testing.T) {
	h := newHarness(t)
	out := h.ok("plan", "--cert", "clf-c02", "--cert", "SAA-C03", "--prep", "SAA-C03=60", "--country", "us",
		"--start", "2026-12-01", "--hours", "mon=2,tue=2,wed=2,thu=2,fri=2,sat=4", "--off", "2026-12-21..2026-12-31", "--json")
	if h.opened != 0 {
		t.Errorf("a what-if plan opened the data folder %d times", h.opened)
	}
	var p planJSON
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("plan JSON: %v\n%s", err, out)
	}
	if len(p.Targets) != 2 || p.Targets[0].Code != "CLF-C02" || p.Targets[0].PrepHours != 30 || p.Targets[1].PrepHours != 60 {
		t.Fatalf("targets %+v", p.Targets)
	}
	sum := map[string]float64{}
	for _, s := range p.Sessions {
		sum[s.Code] += s.Hours
		if s.Date >= "2026-12-21" && s.Date <= "2026-12-31" || s.Date == "2026-12-25" {
			t.Errorf("session on a day off: %+v", s)
		}
		if s.Code == "SAA-C03" && s.Date <= p.Targets[0].ExamDate {
			t.Errorf("SAA-C03 session %s before CLF-C02's exam %s", s.Date, p.Targets[0].ExamDate)
		}
	}
	if sum["CLF-C02"] != 30 || sum["SAA-C03"] != 60 {
		t.Errorf("session sums %v", sum)
	}
	if p.Warnings == nil {
		t.Error("warnings must be an array, not null")
	}
}

func TestWhatIfInfeasibleExamWarns(t *testing.T) {
	h := newHarness(t)
	out := h.ok("plan", "--cert", "SAA-C03", "--start", "2026-12-01", "--exam-by", "saa-c03=2026-12-15", "--json")
	var p planJSON
	json.Unmarshal([]byte(out), &p)
	if len(p.Targets) != 1 || p.Targets[0].Feasible || len(p.Warnings) == 0 || p.Warnings[0].Kind != "infeasible" { // a practice-split warning may follow
		t.Fatalf("plan %+v", p)
	}
	if !strings.Contains(p.Warnings[0].Message, "h") {
		t.Errorf("warning does not say how many hours: %q", p.Warnings[0].Message)
	}
}

func TestWhatIfBadInput(t *testing.T) {
	h := newHarness(t)
	cases := []struct {
		want string
		args []string
	}{
		{`"NOPE-1" is not in the catalog`, []string{"--cert", "NOPE-1"}},
		{"retired", []string{"--cert", "SOA-C02"}},
		{"mon hours must be between 0 and 24, got 25", []string{"--cert", "SAA-C03", "--hours", "mon=25"}},
		{"mon hours must be between 0 and 24, got -1", []string{"--cert", "SAA-C03", "--hours", "mon=-1"}},
		{`weekday "funday" is not known`, []string{"--cert", "SAA-C03", "--hours", "funday=2"}},
		{"multiple of 0.25", []string{"--cert", "SAA-C03", "--hours", "mon=1.1"}},
		{`country "ZZ" is not covered`, []string{"--cert", "SAA-C03", "--country", "zz"}},
		{"region", []string{"--cert", "SAA-C03", "--country", "GB", "--region", "XX"}},
		{"ends before it starts", []string{"--cert", "SAA-C03", "--off", "2026-12-10..2026-12-01"}},
		{"February 2026 has no 30th day", []string{"--cert", "SAA-C03", "--start", "2026-02-30"}},
		{"YYYY-MM-DD", []string{"--cert", "SAA-C03", "--start", "2026-2-3"}},
		{"must be above 0", []string{"--cert", "SAA-C03", "--prep", "SAA-C03=0"}},
		{"at most 2000", []string{"--cert", "SAA-C03", "--prep", "SAA-C03=99999"}},
		{"not one of the --cert codes", []string{"--cert", "SAA-C03", "--prep", "DVA-C02=10"}},
		{"must be after the start date", []string{"--cert", "SAA-C03", "--start", "2026-12-01", "--exam-by", "SAA-C03=2026-11-30"}},
		{"from 0 to 1", []string{"--cert", "SAA-C03", "--lab-share", "1.5"}},
		{`experience "pro" is not known`, []string{"--cert", "SAA-C03", "--experience", "pro"}},
		{"needs at least one --cert", []string{"--hours", "mon=2"}},
		{"named twice", []string{"--cert", "SAA-C03", "--cert", "saa-c03"}},
		{"unknown flag --colour", []string{"--cert", "SAA-C03", "--colour"}},
	}
	for _, c := range cases {
		h.fails(2, c.want, append([]string{"plan"}, c.args...)...)
	}
}

func TestTargetsAvailabilityAndSavedPlan(t *testing.T) {
	h := newHarness(t)
	h.ok("target", "add", "saa-c03", "--exam-by", "2027-06-30")
	h.ok("target", "add", "CLF-C02", "--prep", "20")
	h.fails(2, "already a target", "target", "add", "SAA-C03")
	h.fails(2, "must be after today", "target", "add", "DVA-C02", "--exam-by", "2026-11-01")
	h.fails(2, "is not a target", "target", "rm", "DVA-C02")
	list := h.ok("target", "list", "--json")
	var rows []targetRow
	json.Unmarshal([]byte(list), &rows)
	if len(rows) != 2 || rows[0].Code != "SAA-C03" || rows[0].PrepHours != 90 || !rows[0].PrepIsDefault || rows[1].PrepHours != 20 {
		t.Fatalf("target list %s", list)
	}

	h.ok("availability", "set", "--hours", "mon=1,sat=5", "--country", "de", "--region", "by", "--off", "2026-12-24..2027-01-06", "--lab-share", "0.4")
	h.fails(2, "needs at least one flag", "availability", "set")
	h.fails(2, "mon hours must be between 0 and 24", "availability", "set", "--hours", "mon=30")
	var a availabilityDoc
	json.Unmarshal([]byte(h.ok("availability", "show", "--json")), &a)
	if a.Hours["mon"] != 1 || a.Hours["sat"] != 5 || a.Hours["tue"] != 0 || a.Country != "DE" || a.Region != "BY" || len(a.DaysOff) != 1 || a.LabShare != 0.4 {
		t.Fatalf("availability %+v", a)
	}

	var p planJSON
	json.Unmarshal([]byte(h.ok("plan", "--json")), &p)
	if len(p.Targets) != 2 || p.Targets[0].ExamDate != "2027-06-30" || !p.Targets[0].Feasible {
		t.Fatalf("saved plan targets %+v", p.Targets)
	}
	for _, s := range p.Sessions {
		d, _ := planner.ParseDate(s.Date)
		if wd := d.Weekday(); wd != time.Monday && wd != time.Saturday {
			t.Errorf("session on a %s: %+v", wd, s)
		}
		if s.Date >= "2026-12-24" && s.Date <= "2027-01-06" {
			t.Errorf("session in the days off: %+v", s)
		}
	}
	h.ok("target", "rm", "saa-c03")
	if out := h.ok("target", "list"); strings.Contains(out, "SAA-C03") {
		t.Errorf("removed target still listed:\n%s", out)
	}
}

func TestLogStatusExportImport(t *testing.T) {
	h := newHarness(t)
	h.ok("target", "add", "DVA-C02")
	id := strings.TrimSpace(h.ok("log", "add", "--kind", "lab", "--cert", "dva-c02", "--date", "2026-11-20", "--hours", "1.5",
		"--domain", "Security", "--services", "Lambda,IAM", "--note", "=cmd|' /C calc'!A0", "--link", "https://github.com/me/app"))
	if id != "1" {
		t.Fatalf("log add printed %q, want the new ID", id)
	}
	h.ok("log", "add", "--kind", "study", "--cert", "DVA-C02", "--date", "2026-11-21", "--hours", "2")
	h.fails(2, "hours must be between 0.25 and 24", "log", "add", "--kind", "study", "--cert", "DVA-C02", "--date", "2026-11-21", "--hours", "25")
	h.fails(2, `kind "nap" is not known`, "log", "add", "--kind", "nap", "--cert", "DVA-C02", "--date", "2026-11-21", "--hours", "1")
	h.fails(2, "needs --date", "log", "add", "--kind", "study", "--cert", "DVA-C02", "--hours", "1")
	h.fails(2, "is in the future", "log", "add", "--kind", "study", "--cert", "DVA-C02", "--date", "2026-12-01", "--hours", "1")
	h.fails(2, "entry 99 not found", "log", "rm", "99")
	h.fails(2, "not a positive whole number", "log", "rm", "abc")

	var es []map[string]any
	json.Unmarshal([]byte(h.ok("log", "list", "--json", "--from", "2026-11-20", "--to", "2026-11-20")), &es)
	if len(es) != 1 {
		t.Fatalf("log list --from/--to returned %d entries", len(es))
	}
	for _, f := range []string{"id", "date", "kind", "code", "hours", "domain", "services", "note"} {
		if _, ok := es[0][f]; !ok {
			t.Errorf("log list JSON lacks %q: %v", f, es[0])
		}
	}

	var st []map[string]any
	json.Unmarshal([]byte(h.ok("status", "--json")), &st)
	if len(st) != 1 || st[0]["logged_hours"] != 3.5 || st[0]["remaining_hours"] != 76.5 {
		t.Fatalf("status %v", st)
	}
	for _, f := range []string{"code", "prep_hours", "logged_hours", "remaining_hours", "planned_to_date_hours", "behind_hours", "exam_date"} {
		if _, ok := st[0][f]; !ok {
			t.Errorf("status JSON lacks %q", f)
		}
	}

	dir := t.TempDir()
	csvFile, icsFile, md := filepath.Join(dir, "log.csv"), filepath.Join(dir, "plan.ics"), filepath.Join(dir, "labs.md")
	h.ok("export", "csv", csvFile)
	h.ok("export", "ics", icsFile)
	h.ok("export", "portfolio", md)
	data, _ := os.ReadFile(csvFile)
	if !strings.Contains(string(data), "'=cmd") {
		t.Errorf("formula not neutralised in CSV:\n%s", data)
	}
	ics, _ := os.ReadFile(icsFile)
	if !strings.HasPrefix(string(ics), "BEGIN:VCALENDAR\r\n") {
		t.Errorf("ICS does not start with a CRLF VCALENDAR line: %q", string(ics[:min(40, len(ics))]))
	}
	if portfolio, _ := os.ReadFile(md); !strings.Contains(string(portfolio), "### Lambda") {
		t.Errorf("portfolio lacks the Lambda section:\n%s", portfolio)
	}
	if out := h.ok("import", "csv", csvFile); !strings.Contains(out, "imported 0 entries (2 already logged)") {
		t.Errorf("re-import: %q", out)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("date,kind,code,hours\n2026-11-01,study,DVA-C02,1\n2026-11-02,study,DVA-C02,lots\n"), 0o600)
	h.fails(2, "line 3", "import", "csv", bad)
	h.fails(2, "does not exist", "import", "csv", filepath.Join(dir, "missing.csv"))
	if all := h.ok("log", "list", "--json"); strings.Count(all, `"id"`) != 2 {
		t.Errorf("a failed import changed the log:\n%s", all)
	}
	h.ok("log", "rm", id)
}

func TestCatalogJSONHasContractFields(t *testing.T) {
	h := newHarness(t)
	var all []map[string]any
	if err := json.Unmarshal([]byte(h.ok("catalog", "--all", "--json")), &all); err != nil {
		t.Fatal(err)
	}
	codes := map[string]map[string]any{}
	for _, e := range all {
		codes[e["code"].(string)] = e
		for _, f := range []string{"code", "name", "tier", "status", "questions", "minutes", "price_usd", "passing_score",
			"prep_hours", "validity_years", "domains", "renewed_by"} {
			if _, ok := e[f]; !ok {
				t.Errorf("%v lacks %q", e["code"], f)
			}
		}
	}
	for _, c := range []string{"CLF-C02", "AIF-C01", "SAA-C03", "DVA-C02", "SOA-C03", "SOA-C02", "DEA-C01", "MLA-C01", "SAP-C02",
		"DOP-C02", "AIP-C01", "ANS-C01", "SCS-C03", "SCS-C02", "MLS-C01", "DBS-C01", "DAS-C01", "PAS-C01"} {
		if codes[c] == nil {
			t.Errorf("catalog --all lacks %s", c)
		}
	}
	if codes["SAP-C02"]["price_usd"] != 300.0 || codes["SOA-C02"]["status"] != "retired" {
		t.Errorf("facts wrong: SAP-C02 %v, SOA-C02 %v", codes["SAP-C02"]["price_usd"], codes["SOA-C02"]["status"])
	}
	var active []map[string]any
	json.Unmarshal([]byte(h.ok("catalog", "--json")), &active)
	for _, e := range active {
		if e["status"] != "active" {
			t.Errorf("catalog without --all lists %v (%v)", e["code"], e["status"])
		}
	}
	h.fails(2, `unknown tier "gold"`, "catalog", "--tier", "gold")
	h.fails(2, "not in the catalog", "catalog", "show", "XYZ")
}

func TestHelpAndUsage(t *testing.T) {
	h := newHarness(t)
	if out := h.ok("help"); !strings.Contains(out, "Usage: certplan") {
		t.Errorf("help: %q", out)
	}
	if out := h.ok("log", "add", "--help"); !strings.Contains(out, "-hours") {
		t.Errorf("log add --help: %q", out)
	}
	h.fails(2, "unknown command", "bogus")
	h.fails(2, "accepted: add, list, rm", "target", "frob")
}
