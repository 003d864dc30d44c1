package planner

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden plans in testdata/")

// Exam-guide domains of a few certifications (weights as in the guides).
var (
	clfDomains = []DomainWeight{
		{"Cloud Concepts", 24}, {"Security and Compliance", 30},
		{"Cloud Technology and Services", 34}, {"Billing, Pricing, and Support", 12},
	}
	saaDomains = []DomainWeight{
		{"Design Secure Architectures", 30}, {"Design Resilient Architectures", 26},
		{"Design High-Performing Architectures", 24}, {"Design Cost-Optimized Architectures", 20},
	}
	dvaDomains = []DomainWeight{
		{"Development with AWS Services", 32}, {"Security", 26},
		{"Deployment", 24}, {"Troubleshooting and Optimization", 18},
	}
)

// goldenInputs are the named plans kept in testdata/<name>.golden.json.
func goldenInputs(t *testing.T) map[string]PlanInput {
	usWeek := DefaultAvailability()
	usWeek.Hours[6] = 3
	usWeek.Country = "US"
	usWeek.DaysOff = []DateRange{
		{From: mustDate(t, "2026-08-10"), To: mustDate(t, "2026-08-21")},
		{From: mustDate(t, "2026-12-24"), To: mustDate(t, "2027-01-01")},
	}
	// Weekday evenings and a longer Saturday, US holidays: a common week.
	evenings := DefaultAvailability()
	evenings.Hours[6] = 3
	evenings.Country = "US"
	holidayBreak := DefaultAvailability()
	holidayBreak.DaysOff = []DateRange{{From: mustDate(t, "2026-12-24"), To: mustDate(t, "2027-01-06")}}
	asap := DefaultAvailability()
	asap.Pace = ASAP
	weekends := Availability{Hours: [7]float64{4, 0, 0, 0, 0, 0, 2.5}, LabShare: 0.8}
	return map[string]PlanInput{
		"one-target-default-week": {
			Start:        mustDate(t, "2026-01-05"),
			Availability: DefaultAvailability(),
			Targets:      []PlanTarget{{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130}},
		},
		"three-targets-us-holidays": {
			Start:        mustDate(t, "2026-05-18"),
			Availability: usWeek,
			Targets: []PlanTarget{
				{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains, ExamMinutes: 90},
				{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130},
				{Code: "DVA-C02", PrepHours: 80, Domains: dvaDomains, ExamMinutes: 130, ExamBy: mustDate(t, "2027-06-01")},
			},
		},
		"exam-by-infeasible": {
			Start:        mustDate(t, "2026-01-05"),
			Availability: DefaultAvailability(),
			Targets: []PlanTarget{
				{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130, ExamBy: mustDate(t, "2026-03-01")},
				{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains, ExamMinutes: 90, ExamBy: mustDate(t, "2026-04-01")},
			},
		},
		"replan-with-done": {
			Start:        mustDate(t, "2026-03-02"),
			Availability: DefaultAvailability(),
			Targets: []PlanTarget{
				{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130, Done: Done{
					Study: 20.5, Lab: 4,
					ByDomain: map[string]float64{"Design Secure Architectures": 18, "Design Resilient Architectures": 6},
				}},
				{Code: "DVA-C02", PrepHours: 80, Domains: dvaDomains, ExamMinutes: 130, Done: Done{Study: 60, Lab: 25}},
				{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains, ExamMinutes: 90, ExamBy: mustDate(t, "2026-07-01")},
			},
		},
		// Booked four months out: steady spreads the prep over the months
		// up to the exam instead of cramming December and January.
		"booked-steady-dva": {
			Start:        mustDate(t, "2026-12-07"),
			Availability: evenings,
			Targets: []PlanTarget{{Code: "DVA-C02", PrepHours: 80, Domains: dvaDomains, ExamMinutes: 130,
				ExamBy: mustDate(t, "2027-04-30")}},
		},
		// Prep ends just before a two-week break: the final review moves
		// after it, so the exam does not follow two weeks without study.
		"final-review-after-break": {
			Start:        mustDate(t, "2026-12-04"),
			Availability: holidayBreak,
			Targets:      []PlanTarget{{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains, ExamMinutes: 90}},
		},
		// No day has the 2.25 h of a DVA-C02 practice exam: it is split over
		// two days, with a warning; asap packs the study early.
		"practice-split-asap": {
			Start:        mustDate(t, "2026-03-02"),
			Availability: asap,
			Targets: []PlanTarget{{Code: "DVA-C02", PrepHours: 80, Domains: dvaDomains, ExamMinutes: 130,
				ExamBy: mustDate(t, "2026-07-31")}},
		},
		"badge-without-domains": {
			Start:        mustDate(t, "2026-01-01"),
			Availability: weekends,
			Targets:      []PlanTarget{{Code: "cloud-quest", PrepHours: 12}},
		},
	}
}

func TestBuildPlanGolden(t *testing.T) {
	for name, in := range goldenInputs(t) {
		t.Run(name, func(t *testing.T) {
			p, err := BuildPlan(in)
			if err != nil {
				t.Fatal(err)
			}
			if problems := checkPlan(in, p); len(problems) > 0 {
				t.Errorf("plan breaks its rules:\n%s", strings.Join(problems, "\n"))
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestBuildPlanGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("plan differs from %s (run with -update if the change is intended):\n%s", path, firstDifference(got, want))
			}
		})
	}
}

// firstDifference shows the first differing line of two texts.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "lengths differ: got " + strconv.Itoa(len(g)) + " lines, want " + strconv.Itoa(len(w))
}

func TestBuildPlanNoTargetsPrintsEmptyArrays(t *testing.T) {
	p, err := BuildPlan(PlanInput{Start: mustDate(t, "2026-01-05"), Availability: DefaultAvailability()})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(p)
	if want := `{"targets":[],"sessions":[],"warnings":[]}`; string(b) != want {
		t.Errorf("empty plan = %s; want %s", b, want)
	}
}

func TestBuildPlanInvalidInput(t *testing.T) {
	start := mustDate(t, "2026-01-05")
	ok := PlanTarget{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130}
	tests := []struct {
		name  string
		in    PlanInput
		field string
	}{
		{"no start", PlanInput{Availability: DefaultAvailability(), Targets: []PlanTarget{ok}}, "start"},
		{"bad availability", PlanInput{Start: start, Targets: []PlanTarget{ok}}, "hours"},
		{"no code", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{PrepHours: 10}}}, "cert"},
		{"twice", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{ok, {Code: "saa-c03", PrepHours: 10}}}, "cert"},
		{"prep not a quarter", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X", PrepHours: 10.1}}}, "prep"},
		{"no prep", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X"}}}, "prep"},
		{"exam before start", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X", PrepHours: 10, ExamBy: start - 1}}}, "exam-by"},
		{"domain weight", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X", PrepHours: 10, Domains: []DomainWeight{{"A", 0}}}}}, "domains"},
		{"domain twice", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X", PrepHours: 10, Domains: []DomainWeight{{"A", 1}, {"A", 2}}}}}, "domains"},
		{"negative done", PlanInput{Start: start, Availability: DefaultAvailability(),
			Targets: []PlanTarget{{Code: "X", PrepHours: 10, Done: Done{Lab: -1}}}}, "done"},
	}
	for _, tc := range tests {
		p, err := BuildPlan(tc.in)
		if KindOf(err) != Invalid || FieldOf(err) != tc.field {
			t.Errorf("%s: BuildPlan = %+v, %v (field %q); want Invalid on %q", tc.name, p, err, FieldOf(err), tc.field)
		}
	}
}

// A learner whose days off cover every day must get an error, not a hang.
func TestBuildPlanWithoutStudyDaysFails(t *testing.T) {
	a := DefaultAvailability()
	start := mustDate(t, "2026-01-05")
	a.DaysOff = []DateRange{{From: start, To: start.AddDays(365 * 30)}}
	_, err := BuildPlan(PlanInput{Start: start, Availability: a, Targets: []PlanTarget{{Code: "X", PrepHours: 1}}})
	if KindOf(err) != Invalid || !strings.Contains(err.Error(), "20 years") {
		t.Errorf("BuildPlan = %v; want an Invalid error naming the 20-year horizon", err)
	}
}

func TestInfeasibleWarningSaysWhatFits(t *testing.T) {
	p, err := BuildPlan(PlanInput{
		Start:        mustDate(t, "2026-01-05"),
		Availability: DefaultAvailability(),
		Targets:      []PlanTarget{{Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130, ExamBy: mustDate(t, "2026-02-02")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// 5 to 30 January: 20 weekdays of 2 h, all of them used; without the
	// booked date the plan would end on 6 March.
	want := Warning{Code: "SAA-C03", Kind: "infeasible", Message: "SAA-C03: 50 h do not fit before 2026-02-02 " +
		"(40 h available, 90 h needed). Study 4.5 h on each of your 20 study days, or move the exam to 2026-03-09 or later."}
	if len(p.Warnings) == 0 || p.Warnings[0] != want {
		t.Errorf("warnings = %+v; want first %+v", p.Warnings, want)
	}
	if tp := p.Targets[0]; tp.Feasible || tp.ExamDate != mustDate(t, "2026-02-02") || tp.End != mustDate(t, "2026-01-30") {
		t.Errorf("target = %+v; want infeasible, end 2026-01-30, exam kept on 2026-02-02", tp)
	}
	var planned float64
	for _, s := range p.Sessions {
		planned += s.Hours
	}
	if planned != 40 {
		t.Errorf("%v h planned; want all 40 h before the exam", planned)
	}
}

func TestFullyDoneTarget(t *testing.T) {
	start := mustDate(t, "2026-01-03") // a Saturday
	in := PlanInput{Start: start, Availability: DefaultAvailability(), Targets: []PlanTarget{
		{Code: "CLF-C02", PrepHours: 30, Domains: clfDomains, ExamMinutes: 90, Done: Done{Study: 25, Lab: 9}},
		{Code: "AIF-C01", PrepHours: 30, Done: Done{Study: 30}, ExamBy: mustDate(t, "2026-02-01")},
	}}
	p, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	want := []TargetPlan{
		{Code: "CLF-C02", ExamDate: mustDate(t, "2026-01-05"), Feasible: true},
		{Code: "AIF-C01", ExamDate: mustDate(t, "2026-02-01"), Feasible: true},
	}
	if len(p.Sessions) != 0 || len(p.Targets) != 2 || p.Targets[0] != want[0] || p.Targets[1] != want[1] {
		t.Errorf("plan = %+v; want no sessions and targets %+v", p, want)
	}
}

func TestApportion(t *testing.T) {
	tests := []struct {
		total   quarters
		weights []int64
		want    []quarters
	}{
		{10, []int64{1, 1, 1}, []quarters{4, 3, 3}}, // tie: the earlier part first
		{7, []int64{30, 26, 24, 20}, []quarters{2, 2, 2, 1}},
		{0, []int64{1, 2}, []quarters{0, 0}},
		{5, []int64{0, 0}, []quarters{0, 0}},
		{100, []int64{3, 0, 1}, []quarters{75, 0, 25}},
	}
	for _, tc := range tests {
		got := apportion(tc.total, tc.weights)
		if !slices.Equal(got, tc.want) {
			t.Errorf("apportion(%d, %v) = %v; want %v", tc.total, tc.weights, got, tc.want)
		}
	}
}

// A re-plan leans toward what is still short, within rules 7 and 8: hours
// logged on one domain leave it less of the remainder, and study logged
// without lab leaves more lab.
func TestReplanLeansTowardWhatIsShort(t *testing.T) {
	in := PlanInput{Start: mustDate(t, "2026-03-02"), Availability: DefaultAvailability(), Targets: []PlanTarget{{
		Code: "SAA-C03", PrepHours: 90, Domains: saaDomains, ExamMinutes: 130,
		Done: Done{Study: 30, ByDomain: map[string]float64{"Design Secure Architectures": 30}},
	}}}
	p, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	if problems := checkPlan(in, p); len(problems) > 0 {
		t.Fatalf("plan breaks its rules:\n%s", strings.Join(problems, "\n"))
	}
	byDomain := map[string]float64{}
	var named, lab float64
	for _, s := range p.Sessions {
		byDomain[s.Domain] += s.Hours
		if s.Domain != "" {
			named += s.Hours
		}
		if s.Kind == LabSession {
			lab += s.Hours
		}
	}
	if secure, fair := byDomain["Design Secure Architectures"], named*0.30; secure >= fair {
		t.Errorf("Design Secure Architectures gets %v h of %v; want less than its weighted %v", secure, named, fair)
	}
	if cost, fair := byDomain["Design Cost-Optimized Architectures"], named*0.20; cost <= fair {
		t.Errorf("Design Cost-Optimized Architectures gets %v h of %v; want more than its weighted %v", cost, named, fair)
	}
	if fair := 0.3 * p.Targets[0].PrepHours; lab <= fair {
		t.Errorf("lab %v h; want more than %v after study-only logging", lab, fair)
	}
}
