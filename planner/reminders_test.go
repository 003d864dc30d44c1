package planner_test

import (
	"math"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

func TestRenewalReminderThresholds(t *testing.T) {
	cat := builtinCatalog(t)
	h := planner.History{Earned: []planner.Earned{earned("SAA-C03", "2024-01-10")}} // expires 2027-01-10
	tests := []struct {
		today     string
		threshold int // -2 = no reminder
		left      int
	}{
		{"2026-07-13", -2, 181},
		{"2026-07-14", 180, 180},
		{"2026-10-12", 90, 90},
		{"2026-12-20", 30, 21}, // after a gap: the 90 threshold was never shown, 30 is what is due
		{"2027-01-03", 7, 7},
		{"2027-01-10", 0, 0},
		{"2027-02-09", -1, -30}, // expired within the last 30 days
		{"2027-02-10", -2, -31},
	}
	for _, tt := range tests {
		today := day(tt.today)
		due := planner.DueReminders(cat, planner.ComputeWallet(cat, h, today), nil, nil, today)
		if tt.threshold == -2 {
			if len(due) != 0 {
				t.Errorf("%s: %+v, want nothing due", tt.today, due)
			}
			continue
		}
		if len(due) != 1 || due[0].Kind != planner.RenewalReminder || due[0].Threshold != tt.threshold || due[0].DaysLeft != tt.left ||
			due[0].Date != day("2027-01-10") || !strings.Contains(due[0].Message, "SAA-C03") {
			t.Errorf("%s: %+v, want one renewal reminder at threshold %d with %d days left", tt.today, due, tt.threshold, tt.left)
		}
	}
}

func TestExamRetakeAndVoucherReminders(t *testing.T) {
	cat := builtinCatalog(t)
	targets := []planner.Target{{Code: "DVA-C02", ExamBy: day("2026-12-20")}, {Code: "SAP-C02"}}
	attempts := []planner.Attempt{
		pass("SAA-C03", "2026-11-10", 650), // retake from 2026-11-24
		{Code: "CLF-C02", Date: day("2026-01-10"), Score: 800, VoucherExpires: day("2027-01-05")},
		pass("BADGE-SERVERLESS", "2026-11-28", 70), // retake from 2026-11-29
	}
	tests := []struct {
		today string
		want  []string // keys
	}{
		// The badge retake opened 6 days ago; the voucher expires in 31 days.
		{"2026-12-05", []string{"retake/BADGE-SERVERLESS/2026-11-29/0"}},
		{"2026-11-24", []string{"retake/SAA-C03/2026-11-24/0"}},
		{"2026-11-30", []string{"retake/SAA-C03/2026-11-24/0", "retake/BADGE-SERVERLESS/2026-11-29/0"}},
		{"2026-12-06", []string{"exam/DVA-C02/2026-12-20/14", "voucher/CLF-C02/2027-01-05/0"}},
		{"2026-12-19", []string{"exam/DVA-C02/2026-12-20/1", "voucher/CLF-C02/2027-01-05/0"}},
		{"2027-01-06", nil},
	}
	for _, tt := range tests {
		today := day(tt.today)
		due := planner.DueReminders(cat, planner.Wallet{Today: today}, targets, attempts, today)
		var keys []string
		for _, r := range due {
			keys = append(keys, r.Key())
		}
		if strings.Join(keys, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: due %v, want %v", tt.today, keys, tt.want)
		}
	}
	// A retake already taken ends the retake reminder.
	later := append(attempts, pass("SAA-C03", "2026-11-25", 800))
	if due := planner.DueReminders(cat, planner.Wallet{}, nil, later, day("2026-11-26")); len(due) != 0 {
		t.Errorf("after the retake: %+v", due)
	}
}

func TestUnshown(t *testing.T) {
	due := []planner.Reminder{{Kind: planner.ExamReminder, Code: "A", Threshold: 7}, {Kind: planner.ExamReminder, Code: "A", Threshold: 1}}
	got := planner.Unshown(due, map[string]bool{due[0].Key(): true})
	if len(got) != 1 || got[0].Threshold != 1 {
		t.Errorf("Unshown = %+v, want only the new threshold", got)
	}
}

func TestRenewWithAndRenewalTarget(t *testing.T) {
	cat := builtinCatalog(t)
	h := planner.History{Earned: []planner.Earned{earned("CLF-C02", "2024-03-01"), earned("DVA-C02", "2024-03-01"), earned("SOA-C03", "2025-10-01"), earned("SAA-C03", "2024-03-02")}}
	today := day("2026-12-06")
	w := planner.ComputeWallet(cat, h, today)
	s, ok := w.RenewWith(cat)
	// CLF-C02, DVA-C02 and SAA-C03 are due; DOP-C02 renews CLF and DVA (and
	// SOA, not due); SAP-C02 renews CLF and SAA: a tie broken by SOA-C03.
	if !ok || s.Code != "DOP-C02" || !strings.Contains(s.Reason, "DOP-C02") || !strings.Contains(s.Reason, "SOA-C03") {
		t.Errorf("RenewWith = %+v, %v; want DOP-C02 with a reason", s, ok)
	}
	if held, _ := w.Lookup("DVA-C02"); held.RenewWith != "DOP-C02" {
		t.Errorf("DVA-C02 renew_with = %q, want DOP-C02", held.RenewWith)
	}
	tgt, err := planner.RenewalTarget(cat, w, "dva-c02")
	if err != nil || tgt.Code != "DVA-C02" || tgt.ExamBy != day("2027-02-15") {
		t.Errorf("RenewalTarget(DVA-C02) = %+v, %v; want its own exam 14 days before 2027-03-01", tgt, err)
	}
	old := planner.ComputeWallet(cat, planner.History{Earned: []planner.Earned{earned("SOA-C02", "2024-06-01")}}, today)
	if tgt, err := planner.RenewalTarget(cat, old, "SOA-C02"); err != nil || tgt.Code != "SOA-C03" {
		t.Errorf("retired SOA-C02: %+v, %v; want its successor SOA-C03", tgt, err)
	}
	if _, err := planner.RenewalTarget(cat, w, "SAP-C02"); planner.KindOf(err) != planner.NotFound {
		t.Errorf("not held: %v", err)
	}
	none := planner.ComputeWallet(cat, planner.History{Earned: []planner.Earned{earned("MLS-C01", "2025-01-01")}}, today)
	if _, err := planner.RenewalTarget(cat, none, "MLS-C01"); err == nil || !strings.Contains(err.Error(), "no exam that can still be booked renews MLS-C01") {
		t.Errorf("MLS-C01: %v", err)
	}
}

func TestAdjustedDomains(t *testing.T) {
	domains := []catalog.Domain{{Name: "A", Weight: 30}, {Name: "B", Weight: 26}, {Name: "C", Weight: 24}, {Name: "D", Weight: 20}}
	got := planner.AdjustedDomains(domains, []planner.DomainResult{{Name: "a", Result: planner.Below}, {Name: "B", Result: planner.Meets}})
	// A becomes 45, total 115, scaled back to 100.
	want := []float64{45 / 1.15, 26 / 1.15, 24 / 1.15, 20 / 1.15}
	sum := 0.0
	for i, d := range got {
		sum += d.Weight
		if math.Abs(d.Weight-want[i]) > 1e-9 {
			t.Errorf("%s = %v, want %v", d.Name, d.Weight, want[i])
		}
	}
	if math.Abs(sum-100) > 1e-9 || domains[0].Weight != 30 {
		t.Errorf("weights sum to %v (want 100), input changed to %v", sum, domains[0].Weight)
	}
	if same := planner.AdjustedDomains(domains, nil); same[0].Weight != 30 {
		t.Errorf("no results changed the weights: %+v", same)
	}
	cat := builtinCatalog(t)
	attempts := []planner.Attempt{pass("SAA-C03", "2026-01-01", 650), pass("SAA-C03", "2026-02-01", 700)}
	if a, ok := planner.LatestFailure(cat, attempts, "SAA-C03"); !ok || a.Date != day("2026-02-01") {
		t.Errorf("LatestFailure = %+v, %v", a, ok)
	}
	if _, ok := planner.LatestFailure(cat, append(attempts, pass("SAA-C03", "2026-03-01", 800)), "SAA-C03"); ok {
		t.Error("a later pass leaves nothing to adjust")
	}
}

func TestWalletEvents(t *testing.T) {
	cat := builtinCatalog(t)
	today := day("2026-12-06")
	w := planner.ComputeWallet(cat, planner.History{Earned: []planner.Earned{earned("SAA-C03", "2024-03-02"), earned("DVA-C02", "2022-01-01"), earned("BADGE-EKS", "2025-01-01")}}, today)
	events := planner.WalletEvents(w, []planner.Target{{Code: "sap-c02", ExamBy: day("2027-02-01")}, {Code: "DOP-C02"}})
	if len(events) != 2 {
		t.Fatalf("events = %+v, want the exam and the SAA-C03 expiry", events)
	}
	if e := events[0]; e.UID != "exam-SAP-C02@certplan" || e.Date != day("2027-02-01") || e.AlarmDaysBefore != 7 {
		t.Errorf("exam event = %+v", e)
	}
	if e := events[1]; e.UID != "renewal-SAA-C03@certplan" || e.Date != day("2027-03-02") || e.AlarmDaysBefore != 90 || strings.Contains(e.UID, "2027") {
		t.Errorf("renewal event = %+v", e)
	}
}
