package planner_test

import (
	"strings"
	"testing"

	"certplan/planner"
)

func TestAttemptReport(t *testing.T) {
	cat := builtinCatalog(t)
	tests := []struct {
		a      planner.Attempt
		passed bool
		retake string
	}{
		{pass("SAA-C03", "2026-03-01", 720), true, ""},
		{pass("SAA-C03", "2026-03-01", 719), false, "2026-03-15"}, // 14 days for an exam
		{pass("CLF-C02", "2026-03-01", 700), true, ""},
		{pass("BADGE-SERVERLESS", "2026-03-01", 80), true, ""}, // 80% of correct answers
		{pass("BADGE-SERVERLESS", "2026-03-01", 78), false, "2026-03-02"},
	}
	for _, tt := range tests {
		e, _ := cat.Lookup(tt.a.Code)
		r := tt.a.Report(e)
		if r.Passed != tt.passed || r.RetakeFrom.String() != tt.retake || r.Domains == nil {
			t.Errorf("%s score %d: passed %v, retake %q; want %v, %q", tt.a.Code, tt.a.Score, r.Passed, r.RetakeFrom, tt.passed, tt.retake)
		}
	}
}

func TestAttemptValidate(t *testing.T) {
	cat := builtinCatalog(t)
	today := day("2026-12-06")
	ok := []planner.Attempt{
		pass("SAA-C03", "2026-12-06", 100),
		pass("SOA-C02", "2024-01-01", 800), // retired codes stay accepted
		{Code: "saa-c03", Date: day("2026-12-01"), Score: 650, Domains: []planner.DomainResult{
			{Name: "design secure architectures", Result: planner.Below}, {Name: "Design Resilient Architectures", Result: planner.Meets}}},
		{Code: "SAA-C03", Date: day("2026-12-01"), Score: 800, VoucherExpires: day("2027-12-01")},
		pass("BADGE-EKS", "2026-12-01", 0),
	}
	for _, a := range ok {
		if err := a.Validate(cat, today); err != nil {
			t.Errorf("%+v: %v", a, err)
		}
	}
	bad := []struct {
		a    planner.Attempt
		want string
	}{
		{pass("NOPE-C01", "2026-12-01", 800), `certification "NOPE-C01" is not in the catalog`},
		{pass("SAA-C03", "2026-12-07", 800), "is in the future"},
		{planner.Attempt{Code: "SAA-C03", Score: 800}, "date of the attempt is missing"},
		{pass("SAA-C03", "2026-12-01", 99), "score 99 is outside SAA-C03's range: a scaled score from 100 to 1000"},
		{pass("SAA-C03", "2026-12-01", 1001), "from 100 to 1000"},
		{pass("BADGE-SERVERLESS", "2026-12-01", 101), "a percentage of correct answers from 0 to 100"},
		{planner.Attempt{Code: "SAA-C03", Date: day("2026-12-01"), Score: 650, Domains: []planner.DomainResult{{Name: "Networking", Result: planner.Below}}},
			`"Networking" is not a domain of the SAA-C03 exam guide (accepted: Design Secure Architectures;`},
		{planner.Attempt{Code: "SAA-C03", Date: day("2026-12-01"), Score: 650, Domains: []planner.DomainResult{{Name: "Design Secure Architectures", Result: "weak"}}},
			`want "meets" or "below"`},
		{planner.Attempt{Code: "SAA-C03", Date: day("2026-12-01"), Score: 650, Domains: []planner.DomainResult{
			{Name: "Design Secure Architectures", Result: planner.Below}, {Name: "design secure architectures", Result: planner.Meets}}},
			"given twice"},
		{planner.Attempt{Code: "MLS-C01", Date: day("2025-12-01"), Score: 650, Domains: []planner.DomainResult{{Name: "Modeling", Result: planner.Below}}},
			"MLS-C01 has no exam-guide domains"},
		{planner.Attempt{Code: "SAA-C03", Date: day("2026-12-01"), Score: 650, VoucherExpires: day("2027-12-01")}, "only a pass comes with a voucher"},
		{planner.Attempt{Code: "SAA-C03", Date: day("2026-12-01"), Score: 800, VoucherExpires: day("2026-12-01")}, "must be after the attempt"},
	}
	for _, tt := range bad {
		err := tt.a.Validate(cat, today)
		if err == nil || !strings.Contains(err.Error(), tt.want) || planner.KindOf(err) != planner.Invalid {
			t.Errorf("%+v: error %v, want an Invalid error containing %q", tt.a, err, tt.want)
		}
	}
}

func TestHistoryValidateSittingsAndDuplicates(t *testing.T) {
	cat := builtinCatalog(t)
	today := day("2026-12-06")
	tests := []struct {
		name string
		h    planner.History
		want string // "" = valid
	}{
		{"retake after 14 days", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2026-01-01", 650), pass("SAA-C03", "2026-01-15", 800)}}, ""},
		{"retake too soon", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2026-01-01", 650), pass("SAA-C03", "2026-01-14", 800)}},
			"SAA-C03 was failed on 2026-01-01, so the earliest retake is 2026-01-15"},
		{"badge retake the next day", planner.History{Attempts: []planner.Attempt{pass("BADGE-SERVERLESS", "2026-01-01", 70), pass("BADGE-SERVERLESS", "2026-01-02", 90)}}, ""},
		{"same exam within two years of a pass", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2024-02-29", 800), pass("SAA-C03", "2026-02-27", 800)}},
			"SAA-C03 was passed on 2024-02-29, so the same exam cannot be taken again before 2026-02-28"},
		{"same exam two years after a pass", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2024-02-29", 800), pass("SAA-C03", "2026-02-28", 800)}}, ""},
		{"an earned record blocks like a pass", planner.History{Earned: []planner.Earned{earned("DVA-C02", "2025-06-01")}, Attempts: []planner.Attempt{pass("DVA-C02", "2026-06-01", 600)}},
			"DVA-C02 was passed on 2025-06-01"},
		{"a higher exam is not blocked", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2025-06-01")}, Attempts: []planner.Attempt{pass("SAP-C02", "2025-07-01", 800)}}, ""},
		{"earned twice", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2025-06-01"), earned("saa-c03", "2025-06-01")}},
			"SAA-C03 is already recorded as earned on 2025-06-01"},
		{"earned and passed the same day", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2025-06-01")}, Attempts: []planner.Attempt{pass("SAA-C03", "2025-06-01", 800)}},
			"by the passed attempt of that day"},
		{"attempt twice", planner.History{Attempts: []planner.Attempt{pass("SAA-C03", "2025-06-01", 600), pass("SAA-C03", "2025-06-01", 650)}},
			"an attempt at SAA-C03 on 2025-06-01 is already recorded"},
		{"maintain while active", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2023-06-01")}, Extensions: []planner.Extension{{Code: "SAA-C03", Date: day("2026-06-01")}}}, ""},
		{"maintain after expiry", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2023-06-01")}, Extensions: []planner.Extension{{Code: "SAA-C03", Date: day("2026-06-02")}}},
			"SAA-C03 expired on 2026-06-01; only an active certification can be renewed"},
		{"maintain of what is not held", planner.History{Extensions: []planner.Extension{{Code: "SAA-C03", Date: day("2026-06-02")}}},
			"SAA-C03 is not held on 2026-06-02"},
		{"maintain twice the same day", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2025-06-01")},
			Extensions: []planner.Extension{{Code: "SAA-C03", Date: day("2026-06-01")}, {Code: "SAA-C03", Date: day("2026-06-01")}}},
			"a renewal of SAA-C03 on 2026-06-01 is already recorded"},
		{"maintain a badge", planner.History{Earned: []planner.Earned{earned("BADGE-EKS", "2025-06-01")}, Extensions: []planner.Extension{{Code: "BADGE-EKS", Date: day("2026-06-01")}}},
			"BADGE-EKS cannot be extended by a maintain activity"},
		{"Cloud Quest for another certification", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2025-06-01")},
			Extensions: []planner.Extension{{Code: "SAA-C03", Date: day("2026-06-01"), Activity: "cloud-quest-recertify"}}},
			`"cloud-quest-recertify" is not a way to renew SAA-C03 without an exam`},
		{"earned in the future", planner.History{Earned: []planner.Earned{earned("SAA-C03", "2026-12-07")}}, "in the future"},
	}
	for _, tt := range tests {
		err := tt.h.Validate(cat, today)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || planner.KindOf(err) != planner.Invalid):
			t.Errorf("%s: error %v, want an Invalid error containing %q", tt.name, err, tt.want)
		}
	}
}

func TestEarnedValidate(t *testing.T) {
	cat := builtinCatalog(t)
	today := day("2026-12-06")
	good := planner.Earned{Code: "SCS-C02", Date: day("2025-01-01"), CredentialID: "ABC123", URL: "https://www.credly.com/badges/abc"}
	if err := good.Validate(cat, today); err != nil {
		t.Errorf("valid record: %v", err)
	}
	bad := map[string]planner.Earned{
		"is not in the catalog":           {Code: "XYZ", Date: day("2025-01-01")},
		"is in the future":                {Code: "SAA-C03", Date: day("2026-12-07")},
		"date earned is missing":          {Code: "SAA-C03"},
		"is not a web address":            {Code: "SAA-C03", Date: day("2025-01-01"), URL: "javascript:alert(1)"},
		"starting with https:// or http:": {Code: "SAA-C03", Date: day("2025-01-01"), URL: "ftp://example.com/x"},
		"at most 2000 are accepted":       {Code: "SAA-C03", Date: day("2025-01-01"), URL: "https://example.com/" + strings.Repeat("a", 2000)},
		"credential ID must be at most":   {Code: "SAA-C03", Date: day("2025-01-01"), CredentialID: strings.Repeat("x", 101)},
		"without surrounding spaces":      {Code: "SAA-C03", Date: day("2025-01-01"), CredentialID: "a\nb"},
	}
	for want, e := range bad {
		err := e.Validate(cat, today)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%+v: error %v, want it to contain %q", e, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "--") {
			t.Errorf("message names a flag: %v", err)
		}
	}
}
