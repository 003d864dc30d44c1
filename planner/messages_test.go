package planner_test

import (
	"regexp"
	"strings"
	"testing"

	"certplan/planner"
)

// frontEndSyntax matches what belongs to one front end only: a command of
// the command line or one of its flags.
var frontEndSyntax = regexp.MustCompile("certplan |`certplan|(^|[^a-z0-9-])--[a-z]")

// TestMessagesAreFrontEndNeutral drives the planner's validation paths and
// checks each error: Invalid or NotFound, a neutral field name, and a
// message that names neither a command nor a flag, since the app shows the
// same text in its window.
func TestMessagesAreFrontEndNeutral(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 09:00")
	cat := svc.Catalog()
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); err != nil {
		t.Fatal(err)
	}
	entry := planner.Entry{Kind: planner.Study, Code: "SAA-C03", Date: day("2026-11-20"), Hours: 1}
	withEntry := func(change func(e *planner.Entry)) error {
		e := entry
		change(&e)
		_, err := svc.AddEntry(e)
		return err
	}
	avail := func(change func(a *planner.Availability)) error {
		a := planner.DefaultAvailability()
		change(&a)
		return svc.SetAvailability(a)
	}
	second := func(_ any, err error) error { return err }

	cases := map[string]error{
		"unknown code to plan":  second(planner.LookupPlannable(cat, "cert", "NOPE-1")),
		"retired code to plan":  second(planner.LookupPlannable(cat, "cert", "SOA-C02")),
		"target not in catalog": second(svc.AddTarget(planner.Target{Code: "NOPE-1"})),
		"target twice":          second(svc.AddTarget(planner.Target{Code: "saa-c03"})),
		"target exam passed":    second(svc.AddTarget(planner.Target{Code: "DVA-C02", ExamBy: day("2026-11-01")})),
		"target prep":           second(svc.AddTarget(planner.Target{Code: "DVA-C02", PrepHours: 99999})),
		"remove no target":      svc.RemoveTarget("DVA-C02"),
		"move no target":        svc.MoveTarget("DVA-C02", 1),
		"update no target":      svc.UpdateTarget(planner.Target{Code: "DVA-C02"}),
		"log unknown code":      withEntry(func(e *planner.Entry) { e.Code = "NOPE-1" }),
		"log future":            withEntry(func(e *planner.Entry) { e.Date = day("2026-12-01") }),
		"log domain":            withEntry(func(e *planner.Entry) { e.Domain = "Cooking" }),
		"log hours":             withEntry(func(e *planner.Entry) { e.Hours = 25 }),
		"log no date":           withEntry(func(e *planner.Entry) { e.Date = 0 }),
		"log link":              withEntry(func(e *planner.Entry) { e.Link = "ftp://x" }),
		"update without ID":     svc.UpdateEntry(entry),
		"delete missing entry":  svc.DeleteEntry(99),
		"log range reversed":    second(svc.Entries(planner.EntryQuery{From: day("2026-02-01"), To: day("2026-01-01")})),
		"entry kind":            second(planner.ParseEntryKind("nap")),
		"experience":            second(planner.ParseExperience("pro")),
		"week hours form":       second(planner.ParseWeekHours("mon")),
		"week hours day":        second(planner.ParseWeekHours("funday=2")),
		"week hours twice":      second(planner.ParseWeekHours("mon=1,mon=2")),
		"week hours range":      second(planner.ParseWeekHours("mon=25")),
		"hours not a number":    second(planner.ParseHours("hours", "lots")),
		"prep hours":            planner.ValidatePrepHours("prep", 0),
		"no weekly hours":       avail(func(a *planner.Availability) { a.Hours = [7]float64{} }),
		"lab share":             avail(func(a *planner.Availability) { a.LabShare = 2 }),
		"country":               avail(func(a *planner.Availability) { a.Country = "ZZ" }),
		"region":                avail(func(a *planner.Availability) { a.Country, a.Region = "GB", "XX" }),
		"region alone":          second(planner.HolidaysFor("", "BY")),
		"day off reversed": avail(func(a *planner.Availability) {
			a.DaysOff = []planner.DateRange{{From: day("2026-12-10"), To: day("2026-12-01")}}
		}),
		"what-if exam before start": second(planner.PlanFor(cat, []planner.Target{{Code: "SAA-C03", ExamBy: day("2026-11-01")}},
			planner.DefaultAvailability(), day("2026-11-23"), nil)),
		"what-if unknown code": second(planner.PlanFor(cat, []planner.Target{{Code: "NOPE-1"}},
			planner.DefaultAvailability(), day("2026-11-23"), nil)),
		"plan without start": second(planner.BuildPlan(planner.PlanInput{})),
		"csv empty":          second(planner.ReadCSV(strings.NewReader(""))),
		"csv header":         second(planner.ReadCSV(strings.NewReader("date,kind\n"))),
		"csv row":            second(planner.ReadCSV(strings.NewReader("date,kind,code,hours\n2026-11-01,study,SAA-C03,lots\n"))),
		"missing input file": second(planner.OpenInputFile(t.TempDir()+"/nope.csv", "CSV file")),
		"input is a folder":  second(planner.OpenInputFile(t.TempDir(), "CSV file")),
	}
	for name, err := range cases {
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if k := planner.KindOf(err); k != planner.Invalid && k != planner.NotFound && k != planner.Exists {
			t.Errorf("%s: kind %d, want a user error (%v)", name, k, err)
		}
		if msg := err.Error(); frontEndSyntax.MatchString(msg) {
			t.Errorf("%s: message names a command or flag: %q", name, msg)
		}
		if f := planner.FieldOf(err); strings.HasPrefix(f, "-") || strings.Contains(f, " ") {
			t.Errorf("%s: field %q is not a plain field name", name, f)
		}
	}
}

// TestChoicesSayWhereAcceptedValuesAre checks the errors that cannot list
// their accepted values point to where they are listed.
func TestChoicesSayWhereAcceptedValuesAre(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 09:00")
	_, unknownToPlan := planner.LookupPlannable(svc.Catalog(), "cert", "NOPE-1")
	_, unknownToLog := svc.AddEntry(planner.Entry{Kind: planner.Study, Code: "NOPE-1", Date: day("2026-11-20"), Hours: 1})
	cases := []struct {
		name string
		err  error
		want planner.Choices
	}{
		{"unknown code to plan", unknownToPlan, planner.PlannableCodes},
		{"unknown code to log", unknownToLog, planner.CatalogCodes},
		{"not a target", svc.RemoveTarget("DVA-C02"), planner.TargetCodes},
		{"a line of an import", mustFailImport(t, svc), planner.CatalogCodes},
		{"message lists them", svc.SetAvailability(planner.Availability{LabShare: 2}), planner.NoChoices},
	}
	for _, c := range cases {
		if got := planner.ChoicesOf(c.err); got != c.want {
			t.Errorf("%s: choices %d, want %d (%v)", c.name, got, c.want, c.err)
		}
	}
}

func mustFailImport(t *testing.T, svc *planner.Service) error {
	t.Helper()
	_, err := svc.ImportEntries([]planner.ImportRow{{Line: 2, Entry: planner.Entry{Kind: planner.Study, Code: "NOPE-1", Date: day("2026-11-20"), Hours: 1}}})
	if err == nil {
		t.Fatal("import of an unknown code succeeded")
	}
	return err
}
