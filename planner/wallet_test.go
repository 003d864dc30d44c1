package planner_test

import (
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

func builtinCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func earned(code, date string) planner.Earned { return planner.Earned{Code: code, Date: day(date)} }

func pass(code, date string, score int) planner.Attempt {
	return planner.Attempt{Code: code, Date: day(date), Score: score}
}

func TestAddYearsAcrossLeapDay(t *testing.T) {
	tests := []struct{ from, want string }{
		{"2024-02-29", "2027-02-28"}, // no 29 February in 2027: validity ends in February
		{"2024-02-28", "2027-02-28"},
		{"2024-03-01", "2027-03-01"},
		{"2025-06-15", "2028-06-15"},
	}
	for _, tt := range tests {
		if got := planner.AddYears(day(tt.from), 3); got != day(tt.want) {
			t.Errorf("AddYears(%s, 3) = %s, want %s", tt.from, got, tt.want)
		}
	}
	if got := planner.AddYears(day("2024-02-29"), 4); got != day("2028-02-29") {
		t.Errorf("AddYears(2024-02-29, 4) = %s, want 2028-02-29", got)
	}
}

// expiries computes the wallet and returns code -> expiry for comparison.
func expiries(t *testing.T, h planner.History, today string) map[string]string {
	t.Helper()
	w := planner.ComputeWallet(builtinCatalog(t), h, day(today))
	out := map[string]string{}
	for _, held := range w.Held {
		out[held.Code] = held.Expires.String()
	}
	return out
}

func TestRenewalRules(t *testing.T) {
	tests := []struct {
		name  string
		h     planner.History
		today string
		want  map[string]string
	}{
		{"earned alone: three years", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2024-02-29")}}, "2025-01-01",
			map[string]string{"SAA-C03": "2027-02-28"}},
		{"a Professional renews the Associate below it and Cloud Practitioner",
			planner.History{Earned: []planner.Earned{earned("CLF-C02", "2023-01-10"), earned("SAA-C03", "2023-05-01")},
				Attempts: []planner.Attempt{pass("SAP-C02", "2025-03-01", 800)}}, "2025-04-01",
			map[string]string{"CLF-C02": "2028-03-01", "SAA-C03": "2028-03-01", "SAP-C02": "2028-03-01"}},
		{"DOP-C02 renews Developer and CloudOps, and the retired SysOps",
			planner.History{Earned: []planner.Earned{earned("DVA-C02", "2023-01-10"), earned("SOA-C02", "2023-02-10"), earned("SOA-C03", "2025-10-10")},
				Attempts: []planner.Attempt{pass("DOP-C02", "2025-12-01", 760)}}, "2026-01-01",
			map[string]string{"DVA-C02": "2028-12-01", "SOA-C02": "2028-12-01", "SOA-C03": "2028-12-01", "DOP-C02": "2028-12-01"}},
		{"any Associate renews Cloud Practitioner",
			planner.History{Earned: []planner.Earned{earned("CLF-C02", "2023-01-10")}, Attempts: []planner.Attempt{pass("DEA-C01", "2024-06-01", 720)}}, "2024-07-01",
			map[string]string{"CLF-C02": "2027-06-01", "DEA-C01": "2027-06-01"}},
		{"MLA-C01 renews AI Practitioner",
			planner.History{Earned: []planner.Earned{earned("AIF-C01", "2024-01-10")}, Attempts: []planner.Attempt{pass("MLA-C01", "2025-06-01", 750)}}, "2025-07-01",
			map[string]string{"AIF-C01": "2028-06-01", "MLA-C01": "2028-06-01"}},
		{"a Specialty does not renew Cloud Practitioner",
			planner.History{Earned: []planner.Earned{earned("CLF-C02", "2023-01-10")}, Attempts: []planner.Attempt{pass("ANS-C01", "2025-06-01", 800)}}, "2025-07-01",
			map[string]string{"CLF-C02": "2026-01-10", "ANS-C01": "2028-06-01"}},
		{"Data Engineer is renewed only by itself",
			planner.History{Earned: []planner.Earned{earned("DEA-C01", "2023-01-10")},
				Attempts: []planner.Attempt{pass("SAP-C02", "2024-06-01", 800), pass("DOP-C02", "2024-07-01", 800)}}, "2024-08-01",
			map[string]string{"DEA-C01": "2026-01-10", "SAP-C02": "2027-06-01", "DOP-C02": "2027-07-01"}},
		{"AIP-C01 does not renew MLA-C01",
			planner.History{Earned: []planner.Earned{earned("MLA-C01", "2024-01-10")}, Attempts: []planner.Attempt{pass("AIP-C01", "2026-05-01", 800)}}, "2026-06-01",
			map[string]string{"MLA-C01": "2027-01-10", "AIP-C01": "2029-05-01"}},
		{"an expired certification is not renewed by a later pass of a higher exam",
			planner.History{Earned: []planner.Earned{earned("SAA-C03", "2021-01-10")}, Attempts: []planner.Attempt{pass("SAP-C02", "2024-06-01", 800)}}, "2024-07-01",
			map[string]string{"SAA-C03": "2024-01-10", "SAP-C02": "2027-06-01"}},
		{"a renewal never moves an expiry earlier",
			planner.History{Earned: []planner.Earned{earned("CLF-C02", "2025-01-10"), earned("SAA-C03", "2022-01-10")},
				Extensions: []planner.Extension{{Code: "CLF-C02", Date: day("2025-02-01")}},
				Attempts:   []planner.Attempt{pass("SAA-C03", "2024-12-01", 800)}}, "2025-03-01",
			map[string]string{"CLF-C02": "2029-01-10", "SAA-C03": "2027-12-01"}},
		{"maintain adds one year to the current expiry",
			planner.History{Earned: []planner.Earned{earned("SCS-C03", "2024-02-29")}, Extensions: []planner.Extension{{Code: "SCS-C03", Date: day("2026-10-01")}}}, "2026-11-01",
			map[string]string{"SCS-C03": "2028-02-28"}},
		{"Cloud Quest renews Cloud Practitioner like a pass",
			planner.History{Earned: []planner.Earned{earned("CLF-C02", "2023-03-01")},
				Extensions: []planner.Extension{{Code: "CLF-C02", Date: day("2025-11-20"), Activity: "cloud-quest-recertify"}}}, "2025-12-01",
			map[string]string{"CLF-C02": "2028-11-20"}},
		{"earned again after a lapse starts a new validity",
			planner.History{Earned: []planner.Earned{earned("SAA-C03", "2020-01-10"), earned("SAA-C03", "2024-03-01")}}, "2024-04-01",
			map[string]string{"SAA-C03": "2027-03-01"}},
		{"a failed attempt earns nothing", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2025-01-01", 700)}}, "2025-02-01",
			map[string]string{}},
		{"a badge never expires", planner.History{Attempts: []planner.Attempt{pass("BADGE-SERVERLESS", "2025-01-01", 80)}}, "2030-02-01",
			map[string]string{"BADGE-SERVERLESS": ""}},
	}
	for _, tt := range tests {
		got := expiries(t, tt.h, tt.today)
		if len(got) != len(tt.want) {
			t.Errorf("%s: held %v, want %v", tt.name, got, tt.want)
			continue
		}
		for code, want := range tt.want {
			if got[code] != want {
				t.Errorf("%s: %s expires %q, want %q", tt.name, code, got[code], want)
			}
		}
	}
}

func TestWalletStatusAndDaysLeft(t *testing.T) {
	cat := builtinCatalog(t)
	h := planner.History{Earned: []planner.Earned{earned("SAA-C03", "2024-01-10"), earned("CLF-C02", "2023-06-01"), earned("DVA-C02", "2022-01-01")}}
	w := planner.ComputeWallet(cat, h, day("2026-09-01"))
	for _, tt := range []struct {
		code   string
		status planner.HeldStatus
		left   int
	}{
		{"CLF-C02", planner.StatusExpiring, 131}, // renewed by the SAA-C03 earned on 2024-01-10
		{"SAA-C03", planner.StatusExpiring, 131}, // 2027-01-10: 180 days or fewer
		{"DVA-C02", planner.StatusExpired, -608}, // 2025-01-01
	} {
		held, ok := w.Lookup(tt.code)
		if !ok || held.Status != tt.status || held.DaysLeft != tt.left {
			t.Errorf("%s = %+v, want status %s with %d days left", tt.code, held, tt.status, tt.left)
		}
	}
	if held, _ := planner.ComputeWallet(cat, h, day("2026-07-13")).Lookup("SAA-C03"); held.Status != planner.StatusActive || held.DaysLeft != 181 {
		t.Errorf("181 days before expiry: %+v, want active", held)
	}
	if held, _ := planner.ComputeWallet(cat, h, day("2027-01-10")).Lookup("SAA-C03"); held.Status != planner.StatusExpiring || held.DaysLeft != 0 {
		t.Errorf("on the expiry day: %+v, want expiring with 0 days left", held)
	}
	if held, _ := w.Lookup("SAA-C03"); !slices.Equal(held.RenewedBy, []string{"SAA-C03", "SAP-C02"}) {
		t.Errorf("SAA-C03 renewed_by = %v", held.RenewedBy)
	}
}

// The wallet is a pure function of the history: removing the pass that
// renewed a certification puts its old expiry back.
func TestWalletRecomputesAfterCorrection(t *testing.T) {
	h := planner.History{Earned: []planner.Earned{earned("SAA-C03", "2023-05-01")}, Attempts: []planner.Attempt{pass("SAP-C02", "2025-03-01", 800)}}
	if got := expiries(t, h, "2025-04-01")["SAA-C03"]; got != "2028-03-01" {
		t.Fatalf("with the SAP-C02 pass SAA-C03 expires %s", got)
	}
	h.Attempts = nil
	if got := expiries(t, h, "2025-04-01")["SAA-C03"]; got != "2026-05-01" {
		t.Errorf("after removing the pass SAA-C03 expires %s, want 2026-05-01", got)
	}
	h.Attempts = []planner.Attempt{pass("SAP-C02", "2025-03-01", 700)} // corrected: it was a fail
	if got := expiries(t, h, "2025-04-01"); got["SAA-C03"] != "2026-05-01" || got["SAP-C02"] != "" {
		t.Errorf("after correcting the score: %v", got)
	}
}

func TestPassRenewed(t *testing.T) {
	cat := builtinCatalog(t)
	h := planner.History{
		Earned:   []planner.Earned{earned("CLF-C02", "2023-01-10"), earned("SAA-C03", "2023-05-01"), earned("ANS-C01", "2024-01-01")},
		Attempts: []planner.Attempt{pass("SAP-C02", "2025-03-01", 800), pass("SAA-C03", "2028-02-01", 800)},
	}
	if got := planner.PassRenewed(cat, h, "SAP-C02", day("2025-03-01")); !slices.Equal(got, []string{"CLF-C02", "SAA-C03"}) {
		t.Errorf("SAP-C02 pass renewed %v, want CLF-C02 and SAA-C03 (not the Specialty)", got)
	}
	if got := planner.PassRenewed(cat, h, "saa-c03", day("2028-02-01")); !slices.Equal(got, []string{"SAA-C03", "CLF-C02"}) {
		t.Errorf("SAA-C03 re-pass renewed %v, want CLF-C02 and SAA-C03", got)
	}
	if got := planner.PassRenewed(cat, h, "ANS-C01", day("2024-01-01")); got != nil {
		t.Errorf("a first pass renewed %v, want nothing", got)
	}
}
