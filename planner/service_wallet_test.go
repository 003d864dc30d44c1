package planner_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"certplan/planner"
)

// mustEarn records an earned certification and returns what it renewed.
func mustEarn(t *testing.T, svc *planner.Service, code, date string) []string {
	t.Helper()
	renewed, err := svc.AddEarned(planner.Earned{Code: code, Date: day(date)})
	if err != nil {
		t.Fatalf("AddEarned(%s, %s): %v", code, date, err)
	}
	return renewed
}

func TestWalletEarnPassRenewsHeld(t *testing.T) {
	svc, _, _ := newService(t, "2026-12-06 09:00")
	if got := mustEarn(t, svc, "saa-c03", "2024-02-29"); len(got) != 0 {
		t.Fatalf("first earned record renewed %v", got)
	}
	mustEarn(t, svc, "CLF-C02", "2023-12-01")

	out, err := svc.AddAttempt(planner.Attempt{Code: "sap-c02", Date: day("2026-11-20"), Score: 800})
	if err != nil {
		t.Fatal(err)
	}
	if !out.Passed || !out.RetakeFrom.IsZero() || !reflect.DeepEqual(out.Renewed, []string{"CLF-C02", "SAA-C03"}) {
		t.Fatalf("SAP-C02 pass = %+v; want passed, renewing CLF-C02 and SAA-C03", out)
	}
	held, err := svc.Renewals()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"CLF-C02": "2029-11-20", "SAA-C03": "2029-11-20", "SAP-C02": "2029-11-20"}
	if len(held) != len(want) {
		t.Fatalf("held %+v; want %v", held, want)
	}
	for _, h := range held {
		if h.Expires.String() != want[h.Code] || h.Status != planner.StatusActive {
			t.Errorf("%s expires %s (%s); want %s, active", h.Code, h.Expires, h.Status, want[h.Code])
		}
	}

	// A fail gives the retake date and renews nothing; the domains take the
	// exam guide's spelling.
	out, err = svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-01"), Score: 650,
		Domains: []planner.DomainResult{{Name: "security", Result: planner.Below}}})
	if err != nil {
		t.Fatal(err)
	}
	if out.Passed || out.RetakeFrom != day("2026-12-15") || len(out.Renewed) != 0 || out.Domains[0].Name != "Security" {
		t.Fatalf("DVA-C02 fail = %+v", out)
	}
	reports, err := svc.Attempts()
	if err != nil || len(reports) != 2 || reports[0].Code != "SAP-C02" || reports[1].Code != "DVA-C02" {
		t.Fatalf("Attempts = %+v, %v", reports, err)
	}
}

func TestWalletBadInputChangesNothing(t *testing.T) {
	svc, st, _ := newService(t, "2026-12-06 09:00")
	mustEarn(t, svc, "SAA-C03", "2024-02-29")
	mustEarn(t, svc, "CLF-C02", "2020-01-10") // expired 2023-01-10
	before, err := st.History()
	if err != nil {
		t.Fatal(err)
	}
	second := func(_ any, err error) error { return err }
	cases := []struct {
		name  string
		err   error
		parts []string
	}{
		{"unknown code", second(svc.AddEarned(planner.Earned{Code: "NOPE-1", Date: day("2025-01-01")})), []string{`"NOPE-1" is not in the catalog`}},
		{"duplicate earned", second(svc.AddEarned(planner.Earned{Code: "saa-c03", Date: day("2024-02-29")})), []string{"already recorded as earned"}},
		{"earned in the future", second(svc.AddEarned(planner.Earned{Code: "DVA-C02", Date: day("2026-12-07")})), []string{"in the future"}},
		{"bad url", second(svc.AddEarned(planner.Earned{Code: "DVA-C02", Date: day("2025-01-01"), URL: "credly"})), []string{"not a web address"}},
		{"pass in the future", second(svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2027-01-01"), Score: 900})), []string{"in the future"}},
		{"score above the scale", second(svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-01"), Score: 1200})), []string{"outside", "100 to 1000"}},
		{"unknown domain", second(svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-01"), Score: 600,
			Domains: []planner.DomainResult{{Name: "Networking", Result: planner.Below}}})), []string{"not a domain of the DVA-C02 exam guide"}},
		{"retake too soon", func() error {
			if _, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-11-20"), Score: 600}); err != nil {
				t.Fatal(err)
			}
			before, _ = st.History()
			_, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-11-25"), Score: 600})
			return err
		}(), []string{"earliest retake is 2026-12-04"}},
		{"extend expired", svc.Extend("CLF-C02", day("2026-01-05")), []string{"CLF-C02 expired on 2023-01-10"}},
		{"extend unknown", svc.Extend("NOPE-1", day("2026-01-05")), []string{"not in the catalog"}},
		{"remove not earned", svc.RemoveEarned("DVA-C02"), []string{"DVA-C02 has no earned record"}},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, p := range c.parts {
			if !strings.Contains(c.err.Error(), p) {
				t.Errorf("%s: error %q does not mention %q", c.name, c.err, p)
			}
		}
		if strings.Contains(c.err.Error(), "\n") {
			t.Errorf("%s: error %q is more than one line", c.name, c.err)
		}
	}
	after, err := st.History()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, before) {
		t.Fatalf("refused input changed the history:\n got %+v\nwant %+v", after, before)
	}
}

func TestWalletExtendAndRemove(t *testing.T) {
	svc, _, _ := newService(t, "2026-12-06 09:00")
	mustEarn(t, svc, "SAA-C03", "2024-02-29")
	if err := svc.Extend("saa-c03", day("2026-12-01")); err != nil {
		t.Fatal(err)
	}
	w, err := svc.Wallet()
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := w.Lookup("SAA-C03"); h.Expires != day("2028-02-28") {
		t.Fatalf("after a maintain extension SAA-C03 expires %s; want 2028-02-28", h.Expires)
	}
	// Removing the earned record takes the extension with it: it cannot
	// apply to a certification that is not held.
	if err := svc.RemoveEarned("saa-c03"); err != nil {
		t.Fatal(err)
	}
	h, err := svc.History()
	if err != nil || len(h.Earned) != 0 || len(h.Extensions) != 0 {
		t.Fatalf("history after removal = %+v, %v; want empty", h, err)
	}
}

func TestRemindIsReadOnly(t *testing.T) {
	svc, st, _ := newService(t, "2026-12-06 09:00")
	mustEarn(t, svc, "CLF-C02", "2023-12-20") // expires 2026-12-20: 14 days left
	if _, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-11-20"), Score: 600}); err != nil {
		t.Fatal(err)
	}
	before, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		rs, err := svc.Remind(svc.Today())
		if err != nil {
			t.Fatal(err)
		}
		kinds := []string{}
		for _, r := range rs {
			kinds = append(kinds, string(r.Kind)+" "+r.Code)
		}
		if want := []string{"retake DVA-C02", "renewal CLF-C02"}; !reflect.DeepEqual(kinds, want) {
			t.Fatalf("reminders %v; want %v", kinds, want)
		}
	}
	after, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, before) {
		t.Fatal("Remind changed what is stored")
	}

	// The app's path: what it has not shown, then remembered as shown.
	unshown, err := svc.UnshownReminders()
	if err != nil || len(unshown) != 2 {
		t.Fatalf("UnshownReminders = %v, %v", unshown, err)
	}
	if err := svc.MarkRemindersShown(unshown[:1]); err != nil {
		t.Fatal(err)
	}
	if left, err := svc.UnshownReminders(); err != nil || len(left) != 1 || left[0].Key() != unshown[1].Key() {
		t.Fatalf("after marking one shown: %v, %v", left, err)
	}
}

func TestAddRenewalTarget(t *testing.T) {
	svc, _, _ := newService(t, "2026-12-06 09:00")
	mustEarn(t, svc, "SAA-C03", "2024-02-29") // expires 2027-02-28
	a := planner.DefaultAvailability()
	a.Hours[6] = 4 // Saturdays hold the whole practice exam
	if err := svc.SetAvailability(a); err != nil {
		t.Fatal(err)
	}
	tg, warnings, err := svc.AddRenewalTarget("saa-c03", 0)
	if err != nil {
		t.Fatal(err)
	}
	if tg.Code != "SAA-C03" || tg.ExamBy != day("2027-02-14") {
		t.Fatalf("renewal target %+v; want SAA-C03 with its exam on 2027-02-14", tg)
	}
	// 90 h by mid-February at 14 h a week fits.
	if len(warnings) != 0 {
		t.Fatalf("warnings %v", warnings)
	}
	p, err := svc.SavedPlan()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Targets) != 1 || p.Targets[0].ExamDate != day("2027-02-14") || !p.Targets[0].Feasible {
		t.Fatalf("plan targets %+v", p.Targets)
	}
	if _, _, err := svc.AddRenewalTarget("DVA-C02", 0); planner.KindOf(err) != planner.NotFound {
		t.Fatalf("renewal of a certification not held: %v, want NotFound", err)
	}
	if _, _, err := svc.AddRenewalTarget("SAA-C03", 0); planner.KindOf(err) != planner.Exists {
		t.Fatalf("second renewal target: %v, want Exists", err)
	}
}

// TestFailedAttemptMovesHoursToWeakDomains: after a failed attempt the saved
// plan gives the domains reported below more hours, and status reports the
// same domain targets as the plan made before anything was logged.
func TestFailedAttemptMovesHoursToWeakDomains(t *testing.T) {
	svc, _, clk := newService(t, "2026-12-06 09:00")
	if _, err := svc.AddTarget(planner.Target{Code: "DVA-C02", PrepHours: 80}); err != nil {
		t.Fatal(err)
	}
	domainHours := func() map[string]float64 {
		p, err := svc.SavedPlan()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]float64{}
		for _, s := range p.Sessions {
			out[s.Domain] += s.Hours
		}
		return out
	}
	before := domainHours()
	if _, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-01"), Score: 650,
		Domains: []planner.DomainResult{{Name: "Security", Result: planner.Below}, {Name: "Deployment", Result: planner.Meets}}}); err != nil {
		t.Fatal(err)
	}
	after := domainHours()
	if after["Security"] <= before["Security"] {
		t.Fatalf("Security: %v h after the fail, %v h before; want more", after["Security"], before["Security"])
	}
	for _, d := range []string{"Development with AWS Services", "Deployment", "Troubleshooting and Optimization"} {
		if after[d] >= before[d] {
			t.Errorf("%s: %v h after the fail, %v h before; want fewer", d, after[d], before[d])
		}
	}
	var total, totalBefore float64
	for d := range after {
		total += after[d]
		totalBefore += before[d]
	}
	if total != totalBefore {
		t.Fatalf("the fail changed the total hours: %v, was %v", total, totalBefore)
	}

	// Nothing is logged, so the saved plan is the first plan: status must
	// give each domain exactly the plan's hours.
	pr, err := svc.Progress()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range pr.Targets[0].Domains {
		if d.TargetHours != after[d.Name] {
			t.Errorf("status gives %q %v h, the plan %v h", d.Name, d.TargetHours, after[d.Name])
		}
	}

	// A later pass ends the adjustment: the guide's weights again.
	clk.set(at("2026-12-16 09:00"))
	if _, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-15"), Score: 800}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	pr, err = svc.Progress()
	if err != nil {
		t.Fatal(err)
	}
	p, err := planner.PlanFor(svc.Catalog(), []planner.Target{{Code: "DVA-C02", PrepHours: 80}}, planner.DefaultAvailability(), svc.Today(), nil)
	if err != nil {
		t.Fatal(err)
	}
	guide := map[string]float64{}
	for _, s := range p.Sessions {
		guide[s.Domain] += s.Hours
	}
	for _, d := range pr.Targets[0].Domains {
		if d.TargetHours != guide[d.Name] {
			t.Errorf("after a pass, status gives %q %v h; the guide's weights give %v h", d.Name, d.TargetHours, guide[d.Name])
		}
	}
}

func TestWalletBackupRoundTrip(t *testing.T) {
	svc, _, _ := newService(t, "2026-12-06 09:00")
	if _, err := svc.AddEarned(planner.Earned{Code: "SAA-C03", Date: day("2024-02-29"), CredentialID: "AWS-1", URL: "https://aws.amazon.com/verification"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.AddAttempt(planner.Attempt{Code: "DVA-C02", Date: day("2026-12-01"), Score: 650,
		Domains: []planner.DomainResult{{Name: "Security", Result: planner.Below}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.AddAttempt(planner.Attempt{Code: "SAP-C02", Date: day("2026-11-20"), Score: 780, VoucherExpires: day("2027-11-20")}); err != nil {
		t.Fatal(err)
	}
	if err := svc.Extend("SAA-C03", day("2026-11-25")); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := svc.Backup(&b); err != nil {
		t.Fatal(err)
	}
	fresh, _, _ := newService(t, "2026-12-06 09:00")
	if err := fresh.Restore(bytes.NewReader(b.Bytes())); err != nil {
		t.Fatal(err)
	}
	want, _ := svc.History()
	got, err := fresh.History()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("restored history = %+v, %v;\nwant %+v", got, err, want)
	}
	w1, _ := svc.Renewals()
	w2, _ := fresh.Renewals()
	if !reflect.DeepEqual(w1, w2) || len(w1) != 2 {
		t.Fatalf("renewals after restore = %+v; want %+v", w2, w1)
	}

	// A damaged history record refuses the whole backup.
	bad := strings.Replace(b.String(), `"date":"2026-12-01"`, `"date":"2026-13-01"`, 1)
	err = fresh.Restore(strings.NewReader(bad))
	if planner.KindOf(err) != planner.Invalid || !strings.Contains(err.Error(), "backup history") {
		t.Fatalf("damaged history: %v", err)
	}
	if got, _ := fresh.History(); !reflect.DeepEqual(got, want) {
		t.Fatal("a refused restore changed the history")
	}
}
