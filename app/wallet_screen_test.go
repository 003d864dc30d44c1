package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// seedWallet records four held certifications as of todayNow (2026-11-23),
// one in each state the Wallet screen draws:
//   - CLF-C02, earned 2022 and renewed by the SAA-C03 pass (a higher exam),
//   - SAA-C03, active until 2027-09-01,
//   - DVA-C02, expiring 2027-04-20 (148 days),
//   - SCS-C02, expired 2026-02-10.
func seedWallet(t *testing.T, svc *planner.Service) {
	t.Helper()
	for _, e := range []planner.Earned{
		{Code: "CLF-C02", Date: planner.NewDate(2022, 1, 10), CredentialID: "AWS-CLF-1234"},
		{Code: "DVA-C02", Date: planner.NewDate(2024, 4, 20)},
		{Code: "SCS-C02", Date: planner.NewDate(2023, 2, 10)},
	} {
		if _, err := svc.AddEarned(e); err != nil {
			t.Fatal(err)
		}
	}
	pass := planner.Attempt{Code: "SAA-C03", Date: planner.NewDate(2024, 9, 1), Score: 812,
		Domains: []planner.DomainResult{{Name: "Design Secure Architectures", Result: planner.Meets}}}
	if _, err := svc.AddAttempt(pass); err != nil {
		t.Fatal(err)
	}
	fail := planner.Attempt{Code: "SAP-C02", Date: planner.NewDate(2026, 10, 30), Score: 690,
		Domains: []planner.DomainResult{{Name: "Design for New Solutions", Result: planner.Below}}}
	if _, err := svc.AddAttempt(fail); err != nil {
		t.Fatal(err)
	}
}

func newWalletUI(t *testing.T) (*UI, fyne.Window, *planner.Service) {
	t.Helper()
	a := test.NewTempApp(t)
	u, w, svc := newTodayUI(t, a, plannertest.NewMemStore(), newTodayClock(todayNow))
	seedWallet(t, svc)
	u.refreshAll()
	u.selectScreen(walletTab)
	return u, w, svc
}

func cardFor(t *testing.T, s *walletScreen, code string) *heldCard {
	t.Helper()
	for _, c := range s.held {
		if c.held.Code == code {
			return c
		}
	}
	t.Fatalf("no card for %s", code)
	return nil
}

func TestWalletCardsShowEachState(t *testing.T) {
	u, _, _ := newWalletUI(t)
	var got []string
	for _, c := range u.walletScreen().held {
		got = append(got, c.describe)
	}
	want := []string{
		"CLF-C02 · Active · 282 days left · Renewed by a pass of " + strings.Join(cardFor(t, u.walletScreen(), "CLF-C02").held.RenewedBy, ", ") + ". Suggested: DVA-C02.",
		"SAA-C03 · Active · 282 days left · Renewed by a pass of SAA-C03, SAP-C02. Suggested: SAA-C03.",
		"DVA-C02 · Expiring · 148 days left · Renewed by a pass of DVA-C02, DOP-C02. Suggested: DVA-C02.",
		"SCS-C02 · Expired · expired 286 days ago · Can no longer be renewed; earn it again to hold it.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cards:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	clf := cardFor(t, u.walletScreen(), "CLF-C02")
	if clf.held.LastRenewed != planner.NewDate(2024, 9, 1) {
		t.Errorf("CLF-C02 last renewed %s, want the SAA-C03 pass on 2024-09-01", clf.held.LastRenewed)
	}
	expired := cardFor(t, u.walletScreen(), "SCS-C02")
	if expired.renew.Visible() || expired.extend.Visible() {
		t.Error("an expired certification offers a renewal or an extension")
	}
	expiring := cardFor(t, u.walletScreen(), "DVA-C02")
	if !expiring.renew.Visible() || expiring.bar.left != 148 || expiring.bar.total < 1095 || expiring.bar.total > 1096 {
		t.Errorf("expiring card: renew shown %v, bar %v of %v", expiring.renew.Visible(), expiring.bar.left, expiring.bar.total)
	}
}

func TestWalletPlanTheRenewalAddsATarget(t *testing.T) {
	u, _, svc := newWalletUI(t)
	test.Tap(cardFor(t, u.walletScreen(), "DVA-C02").renew)
	ts, err := svc.Targets()
	if err != nil || len(ts) != 1 || ts[0].Code != "DVA-C02" || ts[0].ExamBy != planner.NewDate(2027, 4, 6) {
		t.Fatalf("targets = %+v, %v; want DVA-C02 by 2027-04-06, 14 days before the expiry", ts, err)
	}
	if !strings.Contains(u.walletScreen().notice.Text, "exam by 2027-04-06") {
		t.Errorf("notice = %q", u.walletScreen().notice.Text)
	}
	found := false
	for _, o := range u.walletScreen().timeline.Objects {
		found = found || labelText(o) == "2027-04-06  DVA-C02 exam planned"
	}
	if !found {
		t.Error("the timeline does not list the planned exam")
	}
}

func TestWalletExtendAndRemoveAskFirst(t *testing.T) {
	u, w, svc := newWalletUI(t)
	saa := cardFor(t, u.walletScreen(), "SAA-C03")
	if !saa.extend.Visible() {
		t.Fatal("SAA-C03 offers no maintain extension while active")
	}
	test.Tap(saa.extend)
	test.Tap(overlayButton(t, w, "Yes"))
	h, _ := svc.History()
	if len(h.Extensions) != 1 || h.Extensions[0].Code != "SAA-C03" || h.Extensions[0].Date != planner.DateOf(todayNow) {
		t.Fatalf("extensions = %+v", h.Extensions)
	}
	if got := cardFor(t, u.walletScreen(), "SAA-C03").held.Expires; got != planner.NewDate(2028, 9, 1) {
		t.Errorf("SAA-C03 expires %s after the extension, want 2028-09-01", got)
	}

	test.Tap(cardFor(t, u.walletScreen(), "DVA-C02").remove)
	test.Tap(overlayButton(t, w, "No"))
	if _, ok := mustWallet(t, svc).Lookup("DVA-C02"); !ok {
		t.Fatal("declining the question removed DVA-C02")
	}
	test.Tap(cardFor(t, u.walletScreen(), "DVA-C02").remove)
	test.Tap(overlayButton(t, w, "Yes"))
	if _, ok := mustWallet(t, svc).Lookup("DVA-C02"); ok {
		t.Fatal("DVA-C02 is still held after removing it")
	}
	if len(u.walletScreen().held) != 3 {
		t.Errorf("%d cards after the removal, want 3", len(u.walletScreen().held))
	}
	// The removal can be taken back.
	test.Tap(u.undo.button)
	if _, ok := mustWallet(t, svc).Lookup("DVA-C02"); !ok {
		t.Fatal("Undo did not bring DVA-C02 back")
	}
	if len(u.walletScreen().held) != 4 {
		t.Errorf("%d cards after Undo, want 4", len(u.walletScreen().held))
	}
}

func TestWalletEarnedFormShowsRenewalsAndRefusesBadInput(t *testing.T) {
	u, _, svc := newWalletUI(t)
	f := u.walletScreen().earned
	before, _ := svc.History()

	f.code.entry.SetText("SOA-C02") // retired, still recordable
	f.date.entry.SetText("2027-01-01")
	test.Tap(f.save)
	if msg := f.errs.labels["date"]; !msg.Visible() || !strings.Contains(msg.Text, "2027-01-01") {
		t.Errorf("a future date shows %q next to the date (visible %v)", msg.Text, msg.Visible())
	}
	f.date.entry.SetText("2025-02-01")
	f.link.SetText("not a link")
	test.Tap(f.save)
	if msg := f.errs.labels["url"]; !msg.Visible() || f.errs.labels["date"].Visible() {
		t.Errorf("a bad link shows %q next to the link", f.errs.shown())
	}
	if after, _ := svc.History(); len(after.Earned) != len(before.Earned) {
		t.Fatal("bad input changed the wallet")
	}

	f.link.SetText("")
	f.code.entry.SetText("SOA-C02")
	test.Tap(f.save)
	if f.errs.shown() != "" {
		t.Fatalf("error %q", f.errs.shown())
	}
	// The retired SysOps exam is not among the exams that renew the
	// Cloud Practitioner today.
	if want := "Recorded SOA-C02, earned 2025-02-01. It renewed nothing else."; f.result.Text != want {
		t.Errorf("result = %q, want %q", f.result.Text, want)
	}
	if _, ok := mustWallet(t, svc).Lookup("SOA-C02"); !ok || len(u.walletScreen().held) != 5 {
		t.Error("SOA-C02 is not on the screen after recording it")
	}
}

func TestWalletAttemptFormSaysPassFailAndRetake(t *testing.T) {
	u, _, svc := newWalletUI(t)
	f := u.walletScreen().attempt
	f.code.entry.SetText("dva-c02")
	if len(f.results) != 4 || f.domains.Hidden {
		t.Fatalf("%d domains shown for DVA-C02, want the guide's 4", len(f.results))
	}
	f.date.entry.SetText("2026-11-20")
	f.score.SetText("seven hundred")
	test.Tap(f.save)
	if !f.errs.labels["score"].Visible() {
		t.Errorf("a score that is not a number shows %q", f.errs.shown())
	}
	f.score.SetText("650")
	f.results[1].result.SetSelected(planner.Below)
	weak := f.results[1].name
	test.Tap(f.save)
	want := "Not passed: DVA-C02 on 2026-11-20 with 650 (pass mark 720/1000). You may retake it from 2026-12-04. Your plan now gives more time to " + weak + "."
	if f.result.Text != want {
		t.Errorf("result = %q\nwant     %q", f.result.Text, want)
	}
	reports, _ := svc.Attempts()
	last := reports[len(reports)-1]
	if len(last.Domains) != 1 || last.Domains[0].Result != planner.Below {
		t.Errorf("stored domains %+v", last.Domains)
	}
	if got := labelText(u.walletScreen().attempts.Objects[0]); !strings.HasPrefix(got, "2026-11-20  DVA-C02  650  not passed, retake from 2026-12-04\n") {
		t.Errorf("latest attempt reads %q", got)
	}

	f.code.entry.SetText("DOP-C02")
	f.date.entry.SetText("2026-11-21")
	f.score.SetText("801")
	test.Tap(f.save)
	if want := "Passed: DOP-C02 on 2026-11-21 with 801 (pass mark 750/1000). It renewed CLF-C02, DVA-C02."; f.result.Text != want {
		t.Errorf("result = %q, want %q", f.result.Text, want)
	}
	if got := cardFor(t, u.walletScreen(), "DVA-C02").held.Status; got != planner.StatusActive {
		t.Errorf("DVA-C02 is %s after the DOP-C02 pass, want active", got)
	}
}

// TestWalletScreenshot renders four held certifications, one per state,
// for the README: CERTPLAN_SCREENSHOTS=assets/screenshots go test -run WalletScreenshot ./app/
func TestWalletScreenshot(t *testing.T) {
	u, w, svc := newWalletUI(t)
	if _, _, err := svc.AddRenewalTarget("DVA-C02", 0); err != nil {
		t.Fatal(err)
	}
	u.refreshAll()
	u.app.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), theme.VariantLight})
	w.Resize(fyne.NewSize(1100, 1390))
	capture(t, w, "wallet")
}

func mustWallet(t *testing.T, svc *planner.Service) planner.Wallet {
	t.Helper()
	w, err := svc.Wallet()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// labelText is the text of a label, "" for anything else.
func labelText(o fyne.CanvasObject) string {
	if l, ok := o.(*widget.Label); ok {
		return l.Text
	}
	return ""
}
