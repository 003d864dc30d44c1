package plannertest

import (
	"reflect"
	"testing"

	"certplan/planner"
)

// sampleHistory is a wallet history with one record of every kind, codes
// typed loosely so stores must normalize them.
func sampleHistory() planner.History {
	return planner.History{
		Earned: []planner.Earned{
			{Code: " saa-c03 ", Date: day("2024-02-29"), CredentialID: "ABC123", URL: "https://www.credly.com/badges/x"},
			{Code: "CLF-C02", Date: day("2023-12-01")},
		},
		Extensions: []planner.Extension{{Code: "CLF-C02", Date: day("2025-01-10")}},
		Attempts: []planner.Attempt{
			{Code: "dva-c02", Date: day("2025-03-01"), Score: 650,
				Domains: []planner.DomainResult{{Name: "Security", Result: planner.Below}, {Name: "Deployment", Result: planner.Meets}}},
			{Code: "SAP-C02", Date: day("2025-04-02"), Score: 800, VoucherExpires: day("2026-04-02")},
		},
	}
}

// wantHistory is sampleHistory as a store gives it back.
func wantHistory() planner.History {
	h := sampleHistory()
	h.Earned[0].Code = "SAA-C03"
	h.Attempts[0].Code = "DVA-C02"
	h.Attempts[1].Domains = []planner.DomainResult{}
	return h
}

func conformWallet(t *testing.T, s planner.Store) {
	if h, err := s.History(); err != nil || len(h.Earned)+len(h.Extensions)+len(h.Attempts) != 0 {
		t.Fatalf("History of a new store = %+v, %v; want an empty one", h, err)
	}
	if keys, err := s.ShownReminders(); err != nil || keys == nil || len(keys) != 0 {
		t.Fatalf("ShownReminders of a new store = %#v, %v; want an empty list", keys, err)
	}
	if err := s.SaveHistory(sampleHistory()); err != nil {
		t.Fatal(err)
	}
	if got, err := s.History(); err != nil || !reflect.DeepEqual(got, wantHistory()) {
		t.Fatalf("History = %+v, %v;\nwant %+v", got, err, wantHistory())
	}
	// Changing what was read does not change what is stored.
	got, _ := s.History()
	got.Attempts[0].Domains[0].Result = planner.Meets
	if again, _ := s.History(); !reflect.DeepEqual(again, wantHistory()) {
		t.Fatalf("History changed through a returned value: %+v", again)
	}

	if err := s.SaveShownReminders([]string{"renewal/SAA-C03/2027-02-28/180", "exam/DVA-C02/2025-06-01/14", "exam/DVA-C02/2025-06-01/14"}); err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"exam/DVA-C02/2025-06-01/14", "renewal/SAA-C03/2027-02-28/180"}
	if keys, err := s.ShownReminders(); err != nil || !reflect.DeepEqual(keys, wantKeys) {
		t.Fatalf("ShownReminders = %v, %v; want %v (sorted, each once)", keys, err, wantKeys)
	}

	// Invalid writes change nothing.
	before := mustSnapshot(t, s)
	bad := map[string]func(*planner.History){
		"no code":       func(h *planner.History) { h.Earned[0].Code = " " },
		"no date":       func(h *planner.History) { h.Extensions[0].Date = 0 },
		"far date":      func(h *planner.History) { h.Attempts[0].Date = planner.NewDate(10000, 1, 1) },
		"score":         func(h *planner.History) { h.Attempts[0].Score = 5000 },
		"domain result": func(h *planner.History) { h.Attempts[0].Domains[0].Result = "weak" },
		"url":           func(h *planner.History) { h.Earned[0].URL = "ftp://x" },
	}
	for name, mod := range bad {
		h := sampleHistory()
		mod(&h)
		if err := s.SaveHistory(h); planner.KindOf(err) != planner.Invalid {
			t.Fatalf("SaveHistory with %s: err %v, want kind Invalid", name, err)
		}
	}
	WantKind(t, s.SaveShownReminders([]string{""}), planner.Invalid)
	sameSnapshot(t, mustSnapshot(t, s), before)

	// Saving an empty history clears it.
	if err := s.SaveHistory(planner.History{}); err != nil {
		t.Fatal(err)
	}
	if h, err := s.History(); err != nil || len(h.Earned)+len(h.Extensions)+len(h.Attempts) != 0 {
		t.Fatalf("History after clearing = %+v, %v", h, err)
	}
}

// fillWallet gives s a wallet history and shown reminders.
func fillWallet(t *testing.T, s planner.Store) {
	t.Helper()
	if err := s.SaveHistory(sampleHistory()); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveShownReminders([]string{"renewal/SAA-C03/2027-02-28/180"}); err != nil {
		t.Fatal(err)
	}
}

// sameWallet compares the wallet parts of two snapshots.
func sameWallet(t *testing.T, got, want planner.Snapshot) {
	t.Helper()
	norm := func(h planner.History) planner.History {
		h, err := planner.PrepareHistory(h)
		if err != nil {
			t.Fatalf("snapshot history is invalid: %v", err)
		}
		return h
	}
	if g, w := norm(got.History), norm(want.History); !reflect.DeepEqual(g, w) {
		t.Fatalf("history = %+v, want %+v", g, w)
	}
	if len(got.ShownReminders) != len(want.ShownReminders) ||
		(len(got.ShownReminders) > 0 && !reflect.DeepEqual(got.ShownReminders, want.ShownReminders)) {
		t.Fatalf("shown reminders = %v, want %v", got.ShownReminders, want.ShownReminders)
	}
}
