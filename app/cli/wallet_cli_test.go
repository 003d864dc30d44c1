package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The harness's today is 2026-11-23.

func TestEarnedCommands(t *testing.T) {
	h := newHarness(t)
	out := h.ok("earned", "add", "saa-c03", "--date", "2024-02-29", "--credential-id", "AWS-1", "--url", "https://example.com/v/AWS-1")
	if want := "recorded SAA-C03 earned on 2024-02-29, valid until 2027-02-28\nrenewed nothing\n"; out != want {
		t.Errorf("earned add: %q, want %q", out, want)
	}
	h.ok("earned", "add", "CLF-C02", "--date", "2023-12-01")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(h.ok("earned", "list", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0]["code"] != "CLF-C02" || rows[1]["credential_id"] != "AWS-1" || rows[1]["url"] != "https://example.com/v/AWS-1" {
		t.Errorf("earned list --json: %v", rows)
	}
	if out := h.ok("earned", "extend", "SAA-C03", "--date", "2026-11-01"); out != "extended SAA-C03, valid until 2028-02-28\n" {
		t.Errorf("earned extend: %q", out)
	}
	if out := h.ok("earned", "list"); !strings.Contains(out, "SAA-C03  2024-02-29") {
		t.Errorf("earned list: %q", out)
	}

	h.fails(2, "--date: the date earned, 2026-12-01, is in the future", "earned", "add", "DVA-C02", "--date", "2026-12-01")
	h.fails(2, `"NOPE-1" is not in the catalog`, "earned", "add", "NOPE-1", "--date", "2025-01-01")
	h.fails(2, "already recorded as earned on 2024-02-29", "earned", "add", "SAA-C03", "--date", "2024-02-29")
	h.fails(2, "--url", "earned", "add", "DVA-C02", "--date", "2025-01-01", "--url", "not a link")
	h.fails(2, "earned add needs --date", "earned", "add", "DVA-C02")
	h.fails(2, "--date", "earned", "add", "DVA-C02", "--date", "2025-02-30")
	h.fails(2, "DVA-C02 has no earned record", "earned", "rm", "DVA-C02")
	h.ok("earned", "add", "DVA-C02", "--date", "2020-01-10")
	h.fails(2, "DVA-C02 expired on 2023-01-10", "earned", "extend", "DVA-C02", "--date", "2026-11-01")

	if out := h.ok("earned", "rm", "saa-c03"); out != "removed SAA-C03\n" {
		t.Errorf("earned rm: %q", out)
	}
	if out := h.ok("renewals"); strings.Contains(out, "\nSAA-C03 ") || !strings.Contains(out, "CLF-C02  2023-12-01  2026-12-01  8 ") {
		t.Errorf("renewals after removing SAA-C03:\n%s", out)
	}
}

func TestAttemptCommands(t *testing.T) {
	h := newHarness(t)
	h.ok("earned", "add", "SAA-C03", "--date", "2024-02-29")
	h.ok("earned", "add", "CLF-C02", "--date", "2023-12-01")
	out := h.ok("attempt", "add", "SAP-C02", "--date", "2026-11-20", "--score", "812", "--voucher-expires", "2027-11-20")
	want := "passed SAP-C02 on 2026-11-20 with 812 (pass mark 750/1000), valid until 2029-11-20\n" +
		"renewed CLF-C02, valid until 2029-11-20; SAA-C03, valid until 2029-11-20\n"
	if out != want {
		t.Errorf("attempt add (pass):\n%s\nwant\n%s", out, want)
	}
	out = h.ok("attempt", "add", "DVA-C02", "--date", "2026-11-20", "--score", "655", "--domain", "security=below", "--domain", "Deployment=MEETS")
	if !strings.HasPrefix(out, "failed DVA-C02 on 2026-11-20 with 655 (pass mark 720/1000); earliest retake 2026-12-04\n") ||
		!strings.Contains(out, "more time to: Security") {
		t.Errorf("attempt add (fail): %q", out)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(h.ok("attempt", "list", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("attempt list --json: %v", rows)
	}
	for _, r := range rows {
		for _, field := range []string{"code", "date", "score", "passed", "retake_from", "domains"} {
			if _, ok := r[field]; !ok {
				t.Errorf("attempt %v lacks %q", r, field)
			}
		}
	}
	if rows[0]["passed"] != true || rows[0]["retake_from"] != "" || rows[1]["retake_from"] != "2026-12-04" ||
		!reflect.DeepEqual(rows[1]["domains"], []any{map[string]any{"name": "Security", "result": "below"}, map[string]any{"name": "Deployment", "result": "meets"}}) {
		t.Errorf("attempt list --json: %v", rows)
	}
	if out := h.ok("attempt", "list"); !strings.Contains(out, "DVA-C02  655    fail") {
		t.Errorf("attempt list:\n%s", out)
	}

	h.fails(2, "--score 1200 is outside DVA-C02's range: a scaled score from 100 to 1000", "attempt", "add", "DVA-C02", "--date", "2026-11-10", "--score", "1200")
	h.fails(2, `--score "high" must be a whole number`, "attempt", "add", "DVA-C02", "--date", "2026-11-10", "--score", "high")
	h.fails(2, "in the future", "attempt", "add", "DVA-C02", "--date", "2026-12-24", "--score", "800")
	h.fails(2, "earliest retake is 2026-12-04", "attempt", "add", "DVA-C02", "--date", "2026-11-22", "--score", "800")
	h.fails(2, "--domain: \"Security\" is not a domain of the CLF-C02 exam guide (accepted: Cloud Concepts;", "attempt", "add", "CLF-C02", "--date", "2026-11-22", "--score", "500", "--domain", "Security=below")
	h.fails(2, "--domain \"Security\" needs the form NAME=meets or NAME=below", "attempt", "add", "DVA-C02", "--date", "2026-11-10", "--score", "500", "--domain", "Security")
	h.fails(2, "attempt add needs --score", "attempt", "add", "DVA-C02", "--date", "2026-11-10")
	h.fails(2, "only a pass comes with a voucher", "attempt", "add", "CLF-C02", "--date", "2026-11-10", "--score", "500", "--voucher-expires", "2027-01-01")
}

func TestRenewalsAndRenewalTarget(t *testing.T) {
	h := newHarness(t)
	if out := h.ok("renewals", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("renewals of an empty wallet: %q", out)
	}
	h.ok("earned", "add", "SAA-C03", "--date", "2024-02-29")
	h.ok("earned", "add", "CLF-C02", "--date", "2023-12-01")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(h.ok("renewals", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("renewals: %v", rows)
	}
	for _, r := range rows {
		for _, field := range []string{"code", "earned", "expires", "days_left", "status", "renewed_by", "renew_with"} {
			if _, ok := r[field]; !ok {
				t.Errorf("renewal %v lacks %q", r, field)
			}
		}
	}
	// SAA-C03's pass on 2024-02-29 renewed CLF-C02: both expire 2027-02-28,
	// 97 days ahead, so both are expiring. SAA-C03 and SAP-C02 each renew
	// both; the certification's own exam is suggested.
	saa := rows[1]
	if saa["code"] != "SAA-C03" || saa["expires"] != "2027-02-28" || saa["days_left"] != 97.0 || saa["status"] != "expiring" || saa["renew_with"] != "SAA-C03" {
		t.Errorf("SAA-C03 renewal row %v", saa)
	}

	out := h.ok("target", "add", "saa-c03", "--renewal")
	if !strings.HasPrefix(out, "added SAA-C03 to renew it, exam by 2027-02-14\n") {
		t.Errorf("target add --renewal: %q", out)
	}
	if out := h.ok("target", "list"); !strings.Contains(out, "2027-02-14") {
		t.Errorf("target list: %q", out)
	}
	h.fails(2, "is already a target", "target", "add", "SAA-C03", "--renewal")
	h.fails(2, "DVA-C02 is not among the certifications you hold", "target", "add", "DVA-C02", "--renewal")
	h.fails(2, "leave out --exam-by", "target", "add", "CLF-C02", "--renewal", "--exam-by", "2027-01-10")
}

func TestRemindIsReadOnlyAndListsWhatIsDue(t *testing.T) {
	h := newHarness(t)
	h.ok("earned", "add", "CLF-C02", "--date", "2023-12-10")                    // expires 2026-12-10
	h.ok("attempt", "add", "DVA-C02", "--date", "2026-11-05", "--score", "600") // retake from 2026-11-19
	h.ok("attempt", "add", "AIF-C01", "--date", "2026-11-02", "--score", "800", "--voucher-expires", "2026-12-15")
	h.ok("target", "add", "SAA-C03", "--exam-by", "2026-12-01")
	before, err := h.store.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	var first string
	for i := range 3 {
		out := h.ok("remind", "--json")
		if i == 0 {
			first = out
		} else if out != first {
			t.Fatalf("remind changed between runs:\n%s\n%s", first, out)
		}
	}
	after, err := h.store.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, before) {
		t.Fatal("remind changed the stored data")
	}
	var rs []map[string]any
	if err := json.Unmarshal([]byte(first), &rs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rs {
		for _, field := range []string{"kind", "code", "date", "days_left", "message"} {
			if _, ok := r[field]; !ok {
				t.Errorf("reminder %v lacks %q", r, field)
			}
		}
		got = append(got, r["kind"].(string)+" "+r["code"].(string)+" "+r["date"].(string))
	}
	want := []string{"retake DVA-C02 2026-11-19", "exam SAA-C03 2026-12-01", "renewal CLF-C02 2026-12-10", "voucher AIF-C01 2026-12-15"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reminders %v; want %v", got, want)
	}
	if out := h.ok("remind"); !strings.Contains(out, "renewal CLF-C02: CLF-C02 expires on 2026-12-10, in 17 days.") {
		t.Errorf("remind:\n%s", out)
	}
	empty := newHarness(t)
	if out := empty.ok("remind"); out != "Nothing due.\n" {
		t.Errorf("remind with nothing due: %q", out)
	}
}

func TestExportICSHasRenewalDeadlines(t *testing.T) {
	h := newHarness(t)
	h.ok("earned", "add", "SAA-C03", "--date", "2024-02-29")
	h.ok("target", "add", "DVA-C02", "--exam-by", "2027-03-01")
	file := filepath.Join(t.TempDir(), "plan.ics")
	out := h.ok("export", "ics", file)
	if !strings.Contains(out, "1 exam and 1 renewal deadline to "+file) {
		t.Errorf("export ics: %q", out)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ics := string(data)
	for _, want := range []string{"UID:renewal-SAA-C03@certplan\r\n", "DTSTART;VALUE=DATE:20270228\r\n", "UID:exam-DVA-C02@certplan\r\n", "TRIGGER:-P89DT15H\r\n"} {
		if !strings.Contains(ics, want) {
			t.Errorf("calendar lacks %q", strings.TrimSpace(want))
		}
	}
	if n := strings.Count(ics, "UID:exam-DVA-C02@certplan"); n != 1 {
		t.Errorf("the exam event appears %d times", n)
	}
}

func TestWalletHelp(t *testing.T) {
	h := newHarness(t)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"earned", "--help"}, []string{"earned add CODE --date DATE [--credential-id ID] [--url URL]", "earned list", "earned rm CODE", "earned extend CODE --date DATE"}},
		{[]string{"attempt", "--help"}, []string{"attempt add CODE --date DATE --score N [--domain NAME=meets|below ...] [--voucher-expires DATE]", "attempt list"}},
		{[]string{"renewals", "--help"}, []string{"renewals [--json]"}},
		{[]string{"remind", "--help"}, []string{"remind [--json]", "writes nothing"}},
		{[]string{"target", "add", "--help"}, []string{"--renewal"}},
	} {
		out := h.ok(c.args...)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("certplan %s does not show %q:\n%s", strings.Join(c.args, " "), w, out)
			}
		}
	}
	h.fails(2, "accepted: add, list, rm, extend", "earned", "frob")
}
