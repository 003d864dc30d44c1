package catalog

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func builtinForTest(t *testing.T) *Catalog {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin(): %v", err)
	}
	return c
}

// activeFacts restates the reference tables (shared AWS certification facts,
// late 2026) independently of assets/catalog.json, so an accidental edit of
// the data file fails here.
var activeFacts = []struct {
	code                    string
	tier                    Tier
	questions, scored       int
	minutes, price, pass    int
	prep, prepMin, prepMax  float64
	domains                 int
	statusDate              string
	uncertainMinutes        bool
	passingLabel            string
	firstDomain             string
	firstWeight, lastWeight float64
}{
	{"CLF-C02", Foundational, 65, 50, 90, 100, 700, 30, 20, 50, 4, "", false, "700/1000", "Cloud Concepts", 24, 12},
	{"AIF-C01", Foundational, 65, 50, 90, 100, 700, 30, 20, 45, 5, "", false, "700/1000", "Fundamentals of AI and ML", 20, 14},
	{"SAA-C03", Associate, 65, 50, 130, 150, 720, 90, 70, 120, 4, "", false, "720/1000", "Design Secure Architectures", 30, 20},
	{"DVA-C02", Associate, 65, 50, 130, 150, 720, 80, 60, 110, 4, "", false, "720/1000", "Development with AWS Services", 32, 18},
	{"SOA-C03", Associate, 65, 50, 130, 150, 720, 90, 70, 120, 5, "2025-09-30", false, "720/1000", "Monitoring, Logging, Analysis, Remediation, and Performance Optimization", 22, 18},
	{"DEA-C01", Associate, 65, 0, 130, 150, 720, 90, 70, 120, 4, "", false, "720/1000", "Data Ingestion and Transformation", 34, 18},
	{"MLA-C01", Associate, 65, 0, 130, 150, 720, 90, 70, 120, 4, "", false, "720/1000", "Data Preparation for ML", 28, 24},
	{"SAP-C02", Professional, 75, 65, 180, 300, 750, 150, 110, 200, 4, "", false, "750/1000", "Design Solutions for Organizational Complexity", 26, 20},
	{"DOP-C02", Professional, 75, 65, 180, 300, 750, 130, 100, 180, 6, "", false, "750/1000", "SDLC Automation", 22, 17},
	{"AIP-C01", Professional, 75, 65, 180, 300, 750, 130, 100, 180, 5, "2026-04-14", true, "750/1000", "Foundation Model Integration, Data Management, and Compliance", 31, 11},
	{"ANS-C01", Specialty, 65, 50, 170, 300, 750, 130, 100, 180, 4, "", false, "750/1000", "Network Design", 30, 24},
	{"SCS-C03", Specialty, 65, 50, 170, 300, 750, 110, 80, 150, 6, "2025-12-02", false, "750/1000", "Detection", 16, 14},
}

func TestBuiltinActiveCertificationFacts(t *testing.T) {
	c := builtinForTest(t)
	for _, f := range activeFacts {
		e, ok := c.Lookup(f.code)
		if !ok {
			t.Errorf("%s missing from the built-in catalog", f.code)
			continue
		}
		checks := []struct {
			what      string
			got, want any
		}{
			{"tier", e.Tier, f.tier},
			{"kind", e.Kind, Certification},
			{"status", e.Status, Active},
			{"status_date", e.StatusDate, f.statusDate},
			{"vendor", e.Vendor, "AWS"},
			{"questions", e.Questions, f.questions},
			{"scored_questions", e.ScoredQuestions, f.scored},
			{"minutes", e.Minutes, f.minutes},
			{"price_usd", e.PriceUSD, f.price},
			{"passing_score", e.PassingScore, f.pass},
			{"passing label", e.PassingLabel(), f.passingLabel},
			{"prep_hours", e.PrepHours, f.prep},
			{"prep_range", e.PrepRange, Range{f.prepMin, f.prepMax}},
			{"domain count", len(e.Domains), f.domains},
			{"validity_years", e.ValidityYears, 3},
			{"retake_wait_days", e.RetakeWaitDays, 14},
			{"minutes uncertain", e.IsUncertain("minutes"), f.uncertainMinutes},
			{"experience set", e.Experience != "", true},
			{"plannable", e.Plannable(), true},
			{"pass by percent", e.PassesByPercent(), false},
			{"maintain_years", e.MaintainYears, 1},
		}
		for _, ch := range checks {
			if ch.got != ch.want {
				t.Errorf("%s %s = %v, want %v", f.code, ch.what, ch.got, ch.want)
			}
		}
		if len(e.Domains) == f.domains && f.domains > 0 {
			first, last := e.Domains[0], e.Domains[len(e.Domains)-1]
			if first.Name != f.firstDomain || first.Weight != f.firstWeight || last.Weight != f.lastWeight {
				t.Errorf("%s domains start %+v and end %+v; want %q %v ... %v", f.code, first, last, f.firstDomain, f.firstWeight, f.lastWeight)
			}
		}
		sum := 0.0
		for _, d := range e.Domains {
			sum += d.Weight
		}
		if math.Abs(sum-100) > 1e-9 {
			t.Errorf("%s domain weights sum to %v, want 100", f.code, sum)
		}
	}
	if got, want := len(c.Filter(Filter{}))-len(c.Filter(Filter{Tier: Badge})), len(activeFacts); got != want {
		t.Errorf("built-in catalog has %d active certifications, the reference has %d", got, want)
	}
}

func TestBuiltinRetiredCertifications(t *testing.T) {
	c := builtinForTest(t)
	tests := []struct {
		code, statusDate, successor string
		tier                        Tier
		minutes, price, pass        int
		uncertain                   []string
	}{
		{"SOA-C02", "2025-09-29", "SOA-C03", Associate, 130, 150, 720, nil},
		{"SCS-C02", "2025-12-01", "SCS-C03", Specialty, 170, 300, 750, nil},
		{"MLS-C01", "2026-03-31", "", Specialty, 180, 300, 750, []string{"minutes"}},
		{"DBS-C01", "2024-04", "", Specialty, 180, 300, 750, []string{"minutes", "status_date"}},
		{"DAS-C01", "2024-04", "DEA-C01", Specialty, 180, 300, 750, []string{"minutes", "status_date"}},
		{"PAS-C01", "2024-04", "", Specialty, 170, 300, 750, []string{"minutes", "status_date"}},
	}
	for _, tt := range tests {
		e, ok := c.Lookup(tt.code)
		if !ok {
			t.Errorf("retired %s missing: the wallet must still recognise it", tt.code)
			continue
		}
		if e.Status != Retired || e.Plannable() {
			t.Errorf("%s status = %q, want retired and not plannable", tt.code, e.Status)
		}
		if e.StatusDate != tt.statusDate || e.Successor != tt.successor || e.Tier != tt.tier {
			t.Errorf("%s = (date %q, successor %q, tier %q), want (%q, %q, %q)",
				tt.code, e.StatusDate, e.Successor, e.Tier, tt.statusDate, tt.successor, tt.tier)
		}
		if e.Questions != 65 || e.Minutes != tt.minutes || e.PriceUSD != tt.price || e.PassingScore != tt.pass {
			t.Errorf("%s facts = %d questions, %d min, $%d, pass %d", tt.code, e.Questions, e.Minutes, e.PriceUSD, e.PassingScore)
		}
		if e.ValidityYears != 3 {
			t.Errorf("%s validity = %d, want 3: earned retired certifications still expire after 3 years", tt.code, e.ValidityYears)
		}
		for _, field := range append([]string{"prep_hours"}, tt.uncertain...) {
			if !e.IsUncertain(field) {
				t.Errorf("%s: %s should be marked uncertain (uncertain = %v)", tt.code, field, e.Uncertain)
			}
		}
		if e.Domains == nil {
			t.Errorf("%s Domains is nil, want an empty slice", tt.code)
		}
	}
}

func TestBuiltinRenewalRules(t *testing.T) {
	c := builtinForTest(t)
	allHigher := []string{"CLF-C02", "SAA-C03", "DVA-C02", "SOA-C03", "DEA-C01", "MLA-C01", "SAP-C02", "DOP-C02", "AIP-C01"}
	tests := map[string][]string{
		"CLF-C02": allHigher,
		"AIF-C01": {"AIF-C01", "MLA-C01"},
		"SAA-C03": {"SAA-C03", "SAP-C02"},
		"DVA-C02": {"DVA-C02", "DOP-C02"},
		"SOA-C03": {"SOA-C03", "DOP-C02"},
		"SOA-C02": {"SOA-C03", "DOP-C02"},
		"DEA-C01": {"DEA-C01"},
		"MLA-C01": {"MLA-C01"},
		"SAP-C02": {"SAP-C02"},
		"DOP-C02": {"DOP-C02"},
		"AIP-C01": {"AIP-C01"},
		"ANS-C01": {"ANS-C01"},
		"SCS-C03": {"SCS-C03"},
		"SCS-C02": {"SCS-C03"},
		"MLS-C01": {},
		"DBS-C01": {},
		"DAS-C01": {},
		"PAS-C01": {},
	}
	for code, want := range tests {
		e, ok := c.Lookup(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		got := slices.Sorted(slices.Values(e.RenewedBy))
		if !slices.Equal(got, slices.Sorted(slices.Values(want))) {
			t.Errorf("%s renewed_by = %v, want %v", code, got, want)
		}
	}
	// Specialty exams do not renew Cloud Practitioner.
	clf, _ := c.Lookup("CLF-C02")
	if slices.Contains(clf.RenewedBy, "ANS-C01") || slices.Contains(clf.RenewedBy, "SCS-C03") {
		t.Errorf("CLF-C02 must not be renewed by specialty exams: %v", clf.RenewedBy)
	}
	if !strings.Contains(clf.RenewalNote, "AWS Cloud Quest: Recertify Cloud Practitioner") {
		t.Errorf("CLF-C02 renewal_note = %q, want the free Cloud Quest option", clf.RenewalNote)
	}
}

func TestRenews(t *testing.T) {
	c := builtinForTest(t)
	codes := func(entries []Entry) []string {
		var out []string
		for _, e := range entries {
			out = append(out, e.Code)
		}
		return out
	}
	tests := map[string][]string{
		"sap-c02": {"CLF-C02", "SAA-C03", "SAP-C02"},
		"DOP-C02": {"CLF-C02", "DVA-C02", "SOA-C03", "SOA-C02", "DOP-C02"},
		"SCS-C03": {"SCS-C03", "SCS-C02"},
		"ANS-C01": {"ANS-C01"},
		"NOPE":    nil,
	}
	for code, want := range tests {
		if got := codes(c.Renews(code)); !slices.Equal(got, want) {
			t.Errorf("Renews(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestBuiltinBadges(t *testing.T) {
	c := builtinForTest(t)
	badges := c.Filter(Filter{Tier: Badge, IncludeRetired: true})
	// The reference's Credly names; Object Storage and Block Storage were
	// withdrawn around 2024-10 but stay so an earned badge can be recorded.
	want := []struct{ code, name string }{
		{"BADGE-CLOUD-ESSENTIALS", "AWS Knowledge: Cloud Essentials"},
		{"BADGE-SERVERLESS", "AWS Knowledge: Serverless"},
		{"BADGE-ARCHITECTING", "AWS Knowledge: Architecting"},
		{"BADGE-NETWORKING", "AWS Knowledge: Networking Core"},
		{"BADGE-EKS", "AWS Knowledge: Amazon EKS"},
		{"BADGE-FILE-STORAGE", "AWS Knowledge: File Storage"},
		{"BADGE-COMPUTE", "AWS Knowledge: Compute"},
		{"BADGE-EVENTS-WORKFLOWS", "AWS Knowledge: Events and Workflows"},
		{"BADGE-DATA-MIGRATION", "AWS Knowledge: Data Migration"},
		{"BADGE-DATA-PROTECTION-DR", "AWS Knowledge: Data Protection & Disaster Recovery"},
		{"BADGE-MIGRATION-FOUNDATIONS", "AWS Knowledge: Migration Foundations"},
		{"BADGE-CLOUD-QUEST-CP", "AWS Cloud Quest: Cloud Practitioner"},
		{"BADGE-OBJECT-STORAGE", "AWS Knowledge: Object Storage"},
		{"BADGE-BLOCK-STORAGE", "AWS Knowledge: Block Storage"},
	}
	if len(badges) != len(want) {
		t.Fatalf("got %d badges, want %d", len(badges), len(want))
	}
	for i, b := range badges {
		if b.Code != want[i].code || b.Name != want[i].name {
			t.Errorf("badge %d = %s %q, want %s %q", i, b.Code, b.Name, want[i].code, want[i].name)
		}
		retired := b.Code == "BADGE-OBJECT-STORAGE" || b.Code == "BADGE-BLOCK-STORAGE"
		if retired != (b.Status == Retired) || (retired && (b.StatusDate != "2024-10" || !b.IsUncertain("status_date"))) {
			t.Errorf("badge %s status = %s %q, want retired 2024-10 (uncertain) exactly for the storage badges", b.Code, b.Status, b.StatusDate)
		}
		// A badge passes on a percentage of correct answers, never on the
		// exams' scaled score.
		if !b.PassesByPercent() || b.PassPercent != 80 || b.PassingScore != 0 || b.PassingLabel() != "80%" {
			t.Errorf("badge %s pass mark = score %d, percent %d (%s); want 80%% and no scaled score",
				b.Code, b.PassingScore, b.PassPercent, b.PassingLabel())
		}
		if b.Kind != BadgeKind || b.ValidityYears != 0 || b.Expires() || b.CanMaintain() || b.PrepHours != 10 ||
			b.PrepRange != (Range{5, 20}) || b.RetakeWaitDays != 1 || len(b.Domains) != 0 || b.Domains == nil {
			t.Errorf("badge %s has wrong defaults: %+v", b.Code, b)
		}
		wantQ, uncertain := 0, true
		if b.Code == "BADGE-SERVERLESS" {
			wantQ, uncertain = 50, false
		}
		if b.Questions != wantQ || b.IsUncertain("questions") != uncertain || b.IsUncertain("pass_percent") != uncertain {
			t.Errorf("badge %s questions = %d (uncertain %v), want %d (uncertain %v)", b.Code, b.Questions, b.IsUncertain("questions"), wantQ, uncertain)
		}
	}
	if _, ok := c.Lookup("BADGE-SA-KNOWLEDGE"); ok {
		t.Error("the Solutions Architect Knowledge path awards the Architecting badge: one entry, not two")
	}
	arch, _ := c.Lookup("BADGE-ARCHITECTING")
	if !strings.Contains(arch.Notes, "Solutions Architect Knowledge") {
		t.Errorf("Architecting badge notes = %q, want the readiness path named", arch.Notes)
	}
}

// The one-year "maintain" extension applies to every certification that
// can still be renewed; Cloud Practitioner alone has the free Cloud Quest.
func TestBuiltinRenewalRoutes(t *testing.T) {
	c := builtinForTest(t)
	for _, e := range c.All() {
		renewable := e.Kind == Certification && len(e.RenewedBy) > 0
		if e.CanMaintain() != renewable {
			t.Errorf("%s can be maintained = %v, want %v", e.Code, e.CanMaintain(), renewable)
		}
		if e.Code == "CLF-C02" {
			a, ok := e.RenewalActivity("cloud-quest-recertify")
			if !ok || a.Name != "AWS Cloud Quest: Recertify Cloud Practitioner" || len(e.RenewalActivities) != 1 {
				t.Errorf("CLF-C02 renewal activities = %+v", e.RenewalActivities)
			}
		} else if len(e.RenewalActivities) != 0 {
			t.Errorf("%s has renewal activities %+v; only Cloud Practitioner has one", e.Code, e.RenewalActivities)
		}
	}
}

func TestBuiltinStandardAIP(t *testing.T) {
	c := builtinForTest(t)
	aip, _ := c.Lookup("AIP-C01")
	// The beta (85 questions, 205 minutes, US$150) ended 2026-03-31.
	if aip.Questions != 75 || aip.Minutes != 180 || aip.PriceUSD != 300 || !aip.IsUncertain("status_date") ||
		!strings.Contains(aip.Notes, "2026-03-31") {
		t.Errorf("AIP-C01 = %d questions, %d min, $%d, notes %q; want the standard exam's facts", aip.Questions, aip.Minutes, aip.PriceUSD, aip.Notes)
	}
}

func TestBuiltinDataAsOf(t *testing.T) {
	c := builtinForTest(t)
	got := c.DataAsOf()
	d, err := time.Parse(time.DateOnly, got)
	if err != nil {
		t.Fatalf("DataAsOf() = %q, not a YYYY-MM-DD date: %v", got, err)
	}
	if got != "2026-12-06" || d.IsZero() {
		t.Errorf("DataAsOf() = %q, want 2026-12-06, the date of the last audit", got)
	}
}

func TestBuiltinOrderAndCount(t *testing.T) {
	c := builtinForTest(t)
	all := c.All()
	if len(all) != 18+14 || c.Len() != len(all) {
		t.Fatalf("All() has %d entries (Len %d), want 18 certifications + 14 badges", len(all), c.Len())
	}
	for i := 1; i < len(all); i++ {
		if tierRank(all[i-1].Tier) > tierRank(all[i].Tier) {
			t.Errorf("All() not in tier order: %s (%s) before %s (%s)", all[i-1].Code, all[i-1].Tier, all[i].Code, all[i].Tier)
		}
	}
	// File order within a tier: the data file lists CLF-C02 first.
	if all[0].Code != "CLF-C02" || all[len(all)-1].Tier != Badge {
		t.Errorf("All() starts with %s and ends with %s", all[0].Code, all[len(all)-1].Code)
	}
}

// Other packages serialise entries for the CLI's --json output, which
// promises [] rather than null for domains and renewed_by.
func TestBuiltinJSONHasEmptyLists(t *testing.T) {
	c := builtinForTest(t)
	e, _ := c.Lookup("MLS-C01")
	out, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"domains":[]`, `"renewed_by":[]`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("JSON of MLS-C01 lacks %s: %s", want, out)
		}
	}
}

func TestBuiltinCannotBeMutatedByCallers(t *testing.T) {
	c := builtinForTest(t)
	e, _ := c.Lookup("SAA-C03")
	e.Domains[0].Weight = 1
	e.RenewedBy[0] = "HACKED"
	e.Uncertain = append(e.Uncertain, "x")
	all := c.All()
	all[0].Domains[0].Name = "HACKED"
	filtered := c.Filter(Filter{Tier: Associate})
	filtered[0].RenewedBy[0] = "HACKED"
	paths := c.Paths()
	paths[0].Steps[0].Code = "HACKED"
	p, _ := c.Path("architect")
	p.Steps[1].Code = "HACKED"

	again, _ := Builtin()
	if again != c {
		t.Fatal("Builtin() should return the one cached catalog")
	}
	saa, _ := again.Lookup("SAA-C03")
	clf, _ := again.Lookup("CLF-C02")
	arch, _ := again.Path("architect")
	if saa.Domains[0].Weight != 30 || saa.RenewedBy[0] != "SAA-C03" || clf.Domains[0].Name != "Cloud Concepts" ||
		again.Paths()[0].Steps[0].Code != "CLF-C02" || arch.Steps[1].Code != "SAA-C03" {
		t.Fatal("changing a returned value changed the shared catalog")
	}
	if dva, _ := again.Lookup("DVA-C02"); dva.RenewedBy[0] != "DVA-C02" {
		t.Fatal("changing a filtered entry changed the shared catalog")
	}
}

func TestBuiltinConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			c, err := Builtin()
			if err != nil {
				t.Error(err)
				return
			}
			if _, ok := c.Lookup("saa-c03"); !ok {
				t.Error("lookup failed")
			}
			_ = c.Filter(Filter{Query: "security"})
		})
	}
	wg.Wait()
}
