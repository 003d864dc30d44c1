package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// tabTo presses Tab until field has the focus, as a learner moving through
// a form does; the picker buttons inside fields take a stop of their own.
func tabTo(t *testing.T, c fyne.Canvas, field fyne.Focusable) {
	t.Helper()
	for range 4 {
		pressTab(c)
		if c.Focused() == field {
			return
		}
	}
	t.Fatalf("Tab did not reach %T; focus is on %T", field, c.Focused())
}

// typeIn types text into the focused widget key by key.
func typeIn(c fyne.Canvas, text string) {
	for _, r := range text {
		c.Focused().TypedRune(r)
	}
}

func pressEnter(c fyne.Canvas) { c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

// The earned form fills by typing and Tab alone, and Enter records it.
func TestWalletEarnedFormByKeyboard(t *testing.T) {
	u, w, svc := newWalletUI(t)
	f := u.walletScreen().earned
	c := w.Canvas()
	c.Focus(f.code.entry)
	typeIn(c, "DEA-C01")
	tabTo(t, c, f.date.entry)
	typeIn(c, "2026-11-20")
	tabTo(t, c, f.credential)
	typeIn(c, "AWS-DEA-77")
	tabTo(t, c, f.link)
	pressEnter(c)
	if !f.result.Visible() {
		t.Fatalf("Enter recorded nothing; messages: %q", f.errs.shown())
	}
	for _, e := range mustWallet(t, svc).Held {
		if e.Code == "DEA-C01" {
			if e.Earned.String() != "2026-11-20" || e.CredentialID != "AWS-DEA-77" {
				t.Errorf("recorded %+v", e)
			}
			return
		}
	}
	t.Error("DEA-C01 is not in the wallet after Enter")
}

// The attempt form too, Enter in the score field recording the sitting.
func TestWalletAttemptFormByKeyboard(t *testing.T) {
	u, w, svc := newWalletUI(t)
	f := u.walletScreen().attempt
	c := w.Canvas()
	before, _ := svc.Attempts()
	c.Focus(f.code.entry)
	typeIn(c, "DVA-C02")
	tabTo(t, c, f.date.entry)
	typeIn(c, "2026-11-20")
	tabTo(t, c, f.score)
	typeIn(c, "800")
	pressEnter(c)
	after, _ := svc.Attempts()
	if len(after) != len(before)+1 {
		t.Fatalf("Enter recorded %d attempts; messages: %q", len(after)-len(before), f.errs.shown())
	}
	if a := after[len(after)-1]; a.Code != "DVA-C02" || a.Score != 800 || a.Date.String() != "2026-11-20" {
		t.Errorf("recorded %+v", a)
	}
	if f.score.Text != "" {
		t.Errorf("the form kept the score %q after recording", f.score.Text)
	}
}

// An empty form refuses Enter with a message instead of recording nothing
// silently.
func TestWalletEnterOnAnEmptyFormSaysWhatIsMissing(t *testing.T) {
	u, w, _ := newWalletUI(t)
	c := w.Canvas()
	c.Focus(u.walletScreen().earned.code.entry)
	pressEnter(c)
	if u.walletScreen().earned.errs.shown() == "" {
		t.Error("Enter on an empty earned form showed no message")
	}
}
