package catalog

import (
	"encoding/json"
	"strings"
	"testing"
)

// testDoc mirrors the catalog file layout so tests can build documents from
// Go values and break one rule at a time.
type testDoc struct {
	Format   int     `json:"format"`
	DataAsOf string  `json:"data_as_of"`
	Entries  []Entry `json:"entries"`
	Paths    []Path  `json:"paths"`
}

func validDoc() testDoc {
	cert := func(code string, tier Tier, renewedBy ...string) Entry {
		return Entry{
			Code: code, Name: "Exam " + code, Vendor: "AWS", Tier: tier, Kind: Certification, Status: Active,
			Questions: 65, Minutes: 130, PriceUSD: 150, PassingScore: 720,
			Domains:   []Domain{{"First", 60}, {"Second", 40}},
			PrepHours: 90, PrepRange: Range{70, 120}, ValidityYears: 3, RenewedBy: renewedBy, RetakeWaitDays: 14,
		}
	}
	old := cert("OLD-C01", Associate, "NEW-C02")
	old.Status, old.StatusDate, old.Successor, old.Domains = Retired, "2024-04", "NEW-C02", []Domain{}
	return testDoc{
		Format:   1,
		DataAsOf: "2026-11-01",
		Entries: []Entry{
			cert("FND-C01", Foundational, "FND-C01", "NEW-C02"),
			cert("NEW-C02", Associate, "NEW-C02"),
			old,
			{Code: "BADGE-X", Name: "X badge", Vendor: "AWS", Tier: Badge, Kind: BadgeKind, Status: Active,
				PassPercent: 80, Domains: []Domain{}, PrepHours: 10, PrepRange: Range{5, 20}, RetakeWaitDays: 1},
		},
		Paths: []Path{{Role: "dev", Title: "Developer", Steps: []Step{{Code: "FND-C01", Optional: true}, {Code: "NEW-C02"}}}},
	}
}

func (d testDoc) bytes(t *testing.T) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseValidDocument(t *testing.T) {
	c, err := Parse(validDoc().bytes(t))
	if err != nil {
		t.Fatalf("Parse(valid) = %v", err)
	}
	if c.Len() != 4 || c.DataAsOf() != "2026-11-01" || len(c.Paths()) != 1 {
		t.Fatalf("parsed %d entries, data as of %q, %d paths", c.Len(), c.DataAsOf(), len(c.Paths()))
	}
}

func TestParseRejectsBrokenDocuments(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(d *testDoc)
		want    []string
	}{
		{"duplicate code, other case", func(d *testDoc) {
			dup := d.Entries[0]
			dup.Code = "fnd-c01"
			d.Entries = append(d.Entries, dup)
		},
			[]string{`catalog: entry "fnd-c01": duplicate code (entry "FND-C01" already uses it)`}},
		{"unknown tier", func(d *testDoc) { d.Entries[1].Tier = "expert" },
			[]string{`catalog: entry "NEW-C02": unknown tier "expert" (accepted: foundational, associate, professional, specialty, badge)`}},
		{"unknown kind", func(d *testDoc) { d.Entries[1].Kind = "course" },
			[]string{`entry "NEW-C02": unknown kind "course"`}},
		{"unknown status", func(d *testDoc) { d.Entries[1].Status = "beta" },
			[]string{`entry "NEW-C02": unknown status "beta"`}},
		{"badge tier with certification kind", func(d *testDoc) { d.Entries[3].Kind = Certification },
			[]string{`entry "BADGE-X": tier "badge" does not go with kind "certification"`}},
		{"weights not 100", func(d *testDoc) { d.Entries[1].Domains[1].Weight = 39 },
			[]string{`catalog: entry "NEW-C02": domain weights sum to 99, want 100`}},
		{"active certification without domains", func(d *testDoc) { d.Entries[0].Domains = nil },
			[]string{`entry "FND-C01": domain weights sum to 0, want 100`}},
		{"zero domain weight", func(d *testDoc) { d.Entries[0].Domains = []Domain{{"A", 100}, {"B", 0}} },
			[]string{`entry "FND-C01": domain "B" has weight 0, want above 0`}},
		{"unknown renewal code", func(d *testDoc) { d.Entries[0].RenewedBy = []string{"FND-C01", "XYZ-C09"} },
			[]string{`catalog: entry "FND-C01": renewed_by code "XYZ-C09" is not in the catalog`}},
		{"unknown successor", func(d *testDoc) { d.Entries[2].Successor = "NEW-C09" },
			[]string{`entry "OLD-C01": successor "NEW-C09" is not in the catalog`}},
		{"successor on an active entry", func(d *testDoc) { d.Entries[1].Successor = "FND-C01" },
			[]string{`entry "NEW-C02": has a successor but status "active"`}},
		{"prep above range", func(d *testDoc) { d.Entries[1].PrepHours = 200 },
			[]string{`catalog: entry "NEW-C02": prep_hours 200 is outside prep_range 70-120`}},
		{"prep below range", func(d *testDoc) { d.Entries[1].PrepHours = 69.5 },
			[]string{`entry "NEW-C02": prep_hours 69.5 is outside prep_range 70-120`}},
		{"prep zero", func(d *testDoc) { d.Entries[1].PrepHours, d.Entries[1].PrepRange = 0, Range{} },
			[]string{`entry "NEW-C02": prep_hours must be between 1 and 2000, got 0`}},
		{"inverted range", func(d *testDoc) { d.Entries[1].PrepRange = Range{120, 70} },
			[]string{`entry "NEW-C02": prep_range 120-70 is not a range`}},
		{"empty code", func(d *testDoc) {
			e := d.Entries[1]
			e.Code = ""
			d.Entries = append(d.Entries, e)
		}, []string{`catalog: entry #5 ("Exam NEW-C02"): code is empty`}},
		{"empty name", func(d *testDoc) { d.Entries[1].Name = "" },
			[]string{`entry "NEW-C02": name is empty`}},
		{"empty vendor", func(d *testDoc) { d.Entries[1].Vendor = "" },
			[]string{`entry "NEW-C02": vendor is empty`}},
		{"bad status date", func(d *testDoc) { d.Entries[2].StatusDate = "2024-13" },
			[]string{`entry "OLD-C01": status_date "2024-13" must be YYYY-MM-DD or YYYY-MM`}},
		{"status date with slashes", func(d *testDoc) { d.Entries[2].StatusDate = "2024/04/01" },
			[]string{`entry "OLD-C01": status_date "2024/04/01" must be YYYY-MM-DD or YYYY-MM`}},
		{"passing score above scale", func(d *testDoc) { d.Entries[1].PassingScale, d.Entries[1].PassingScore = 100, 800 },
			[]string{`entry "NEW-C02": passing_score 800 is above the score scale 100`}},
		{"pass percent above 100", func(d *testDoc) { d.Entries[3].PassPercent = 800 },
			[]string{`entry "BADGE-X": pass_percent 800 must be between 1 and 100`}},
		{"both pass marks", func(d *testDoc) { d.Entries[1].PassPercent = 80 },
			[]string{`entry "NEW-C02": sets both passing_score (a scaled score) and pass_percent (a percentage of correct answers)`}},
		{"no pass mark", func(d *testDoc) { d.Entries[1].PassingScore = 0 },
			[]string{`entry "NEW-C02": passing_score 0 must be above 0`}},
		{"scale with pass percent", func(d *testDoc) { d.Entries[3].PassingScale = 1000 },
			[]string{`entry "BADGE-X": passing_scale applies to passing_score, not to pass_percent`}},
		{"maintain on an entry that never expires", func(d *testDoc) { d.Entries[3].MaintainYears = 1 },
			[]string{`entry "BADGE-X": maintain_years is set but the entry never expires`}},
		{"negative maintain", func(d *testDoc) { d.Entries[1].MaintainYears = -1 },
			[]string{`entry "NEW-C02": maintain_years -1 must not be negative`}},
		{"renewal activity without a name", func(d *testDoc) {
			d.Entries[0].RenewalActivities = []RenewalActivity{{ID: "quest"}}
		}, []string{`entry "FND-C01": renewal activity #1 needs both an id and a name`}},
		{"renewal activity twice", func(d *testDoc) {
			d.Entries[0].RenewalActivities = []RenewalActivity{{"quest", "Quest"}, {"QUEST", "Quest again"}}
		}, []string{`entry "FND-C01": renewal activity "QUEST" is listed twice`}},
		{"scored above total", func(d *testDoc) { d.Entries[1].ScoredQuestions = 70 },
			[]string{`entry "NEW-C02": scored_questions 70 is more than questions 65`}},
		{"negative minutes", func(d *testDoc) { d.Entries[1].Minutes = -1 },
			[]string{`entry "NEW-C02": minutes must be between 0 and 600, got -1`}},
		{"unknown uncertain field", func(d *testDoc) { d.Entries[1].Uncertain = []string{"minuts"} },
			[]string{`entry "NEW-C02": uncertain names "minuts", which is not an entry field`}},
		{"bad path step", func(d *testDoc) { d.Paths[0].Steps[1].Code = "NOPE-C01" },
			[]string{`catalog: path "dev": step 2 code "NOPE-C01" is not in the catalog`}},
		{"retired path step", func(d *testDoc) { d.Paths[0].Steps[1].Code = "OLD-C01" },
			[]string{`path "dev": step 2 code "OLD-C01" is retired and cannot be planned`}},
		{"duplicate path role", func(d *testDoc) { d.Paths = append(d.Paths, d.Paths[0]) },
			[]string{`path "dev": duplicate role`}},
		{"path without steps", func(d *testDoc) { d.Paths[0].Steps = nil },
			[]string{`path "dev": has no steps`}},
		{"bad data_as_of", func(d *testDoc) { d.DataAsOf = "November 2026" },
			[]string{`catalog: data_as_of "November 2026" must be a date as YYYY-MM-DD`}},
		{"missing data_as_of", func(d *testDoc) { d.DataAsOf = "" },
			[]string{`catalog: data_as_of is missing`}},
		{"future format", func(d *testDoc) { d.Format = 2 },
			[]string{`catalog: format 2 is not supported (want 1)`}},
		{"several problems reported together", func(d *testDoc) {
			d.Entries[0].PrepHours = 500
			d.Entries[1].Domains[0].Weight = 10
			d.Paths[0].Steps[0].Code = "GONE"
		}, []string{
			`entry "FND-C01": prep_hours 500 is outside prep_range 70-120`,
			`entry "NEW-C02": domain weights sum to 50, want 100`,
			`path "dev": step 1 code "GONE" is not in the catalog`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDoc()
			tt.breakIt(&d)
			c, err := Parse(d.bytes(t))
			if err == nil {
				t.Fatalf("Parse accepted a broken document")
			}
			if c != nil {
				t.Errorf("Parse returned a catalog along with error %v", err)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error does not contain %q:\n%v", want, err)
				}
			}
			if lines := strings.Count(err.Error(), "\n") + 1; lines != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%v", lines, len(tt.want), err)
			}
		})
	}
}

func TestParseJSONProblems(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want string
	}{
		{"empty", ``, `catalog: the file is empty`},
		{"not JSON", `format: 1`, `catalog: not valid JSON at line 1, column 2`},
		{"syntax error names the entry before it", "{\"format\": 1,\n \"entries\": [\n  {\"code\": \"ABC-C01\",\n   \"name\": \"x\",,\n", `not valid JSON at line 4, column 16 (in or after entry "ABC-C01")`},
		{"truncated", `{"format": 1, "entries": [`, `catalog: not valid JSON: the file ends early`},
		{"unknown top-level field", `{"format": 1, "entrys": []}`, `catalog: unknown field "entrys"`},
		{"unknown entry field names the entry", `{"format":1,"data_as_of":"2026-01-01","entries":[{"code":"ABC-C01","prep_hour":5}]}`,
			`catalog: entry "ABC-C01": unknown field "prep_hour"`},
		{"wrong type names the entry and field", `{"format":1,"data_as_of":"2026-01-01","entries":[{"code":"ABC-C01","minutes":"90"}]}`,
			`catalog: entry "ABC-C01": field "minutes": got a JSON string, want a number`},
		{"wrong top-level type", `[]`, `catalog: got a JSON array at line 1, column 1, want an object {...}`},
		{"trailing data", `{"format":1} {}`, `catalog: unexpected data after the end of the JSON document`},
		{"no entries", `{"format":1,"data_as_of":"2026-01-01","entries":[]}`, `catalog: no entries`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseNormalizesHandEditedValues(t *testing.T) {
	d := validDoc()
	d.Entries[1].Tier = " Associate "
	d.Entries[1].Status = "ACTIVE"
	d.Entries[0].RenewedBy = []string{"fnd-c01", " new-c02"}
	d.Paths[0].Steps[1].Code = "new-c02"
	c, err := Parse(d.bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := c.Lookup("NEW-C02")
	if e.Tier != Associate || e.Status != Active {
		t.Errorf("tier/status not normalised: %q %q", e.Tier, e.Status)
	}
	fnd, _ := c.Lookup("FND-C01")
	if fnd.RenewedBy[0] != "FND-C01" || fnd.RenewedBy[1] != "NEW-C02" {
		t.Errorf("renewed_by not canonicalised: %v", fnd.RenewedBy)
	}
	if p, _ := c.Path("dev"); p.Steps[1].Code != "NEW-C02" {
		t.Errorf("path step not canonicalised: %v", p.Steps)
	}
}

func TestRetiredAndCustomEntriesMayOmitDomains(t *testing.T) {
	d := validDoc()
	d.Entries[2].Domains = nil // retired
	custom := d.Entries[1]
	custom.Code, custom.Vendor, custom.Custom, custom.Domains = "CKA", "CNCF", true, nil
	custom.RenewedBy = nil
	d.Entries = append(d.Entries, custom)
	c, err := Parse(d.bytes(t))
	if err != nil {
		t.Fatalf("Parse = %v", err)
	}
	for _, code := range []string{"OLD-C01", "CKA"} {
		e, _ := c.Lookup(code)
		if e.Domains == nil || e.RenewedBy == nil {
			t.Errorf("%s: Domains and RenewedBy must be non-nil after load", code)
		}
	}
}
