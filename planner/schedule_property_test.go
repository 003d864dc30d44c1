package planner

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestBuildPlanKeepsEveryRule plans many generated inputs and checks each
// plan against the rules of the contract with checkPlan.
func TestBuildPlanKeepsEveryRule(t *testing.T) {
	countries := Countries()
	var planned, tooLong, infeasible, split, replans int
	bookedByPace := map[Pace]int{}
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 0x5eed))
		in := randomPlanInput(r, countries)
		p, err := BuildPlan(in)
		if err != nil {
			// Only a plan longer than the horizon may fail: tiny weeks and big targets.
			if KindOf(err) != Invalid || !strings.Contains(err.Error(), "20 years") {
				t.Fatalf("seed %d: BuildPlan: %v\ninput: %+v", seed, err, in)
			}
			tooLong++
			continue
		}
		planned++
		if problems := checkPlan(in, p); len(problems) > 0 {
			t.Fatalf("seed %d: plan breaks its rules:\n%s\ninput: %+v", seed, strings.Join(problems, "\n"), in)
		}
		again, err := BuildPlan(in)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := json.Marshal(p)
		second, _ := json.Marshal(again)
		if string(first) != string(second) {
			t.Fatalf("seed %d: two runs of the same input differ", seed)
		}
		for _, w := range p.Warnings {
			switch w.Kind {
			case "infeasible":
				infeasible++
			case "practice-split":
				split++
			}
		}
		for i, pt := range in.Targets {
			if !pt.ExamBy.IsZero() && p.Targets[i].Feasible {
				bookedByPace[in.Availability.Pace]++
			}
		}
		for _, pt := range in.Targets {
			if pt.Done.Study+pt.Done.Lab > 0 {
				replans++
			}
		}
	}
	t.Logf("%d plans (%d infeasible targets, %d split practice exams, %d re-planned targets, booked and kept by pace %v), %d past the horizon",
		planned, infeasible, split, replans, bookedByPace, tooLong)
	if planned < 380 || infeasible == 0 || split == 0 || replans == 0 || bookedByPace[""] == 0 || bookedByPace[Steady] == 0 || bookedByPace[ASAP] == 0 {
		t.Errorf("generator too narrow: %d plans, %d infeasible targets, %d split, %d re-planned targets, booked by pace %v",
			planned, infeasible, split, replans, bookedByPace)
	}
}

// randomPlanInput draws a learner: a random week in quarter hours, often a
// country and region, days off, one to four targets with random prep,
// domains, exam dates (some that fit, some not) and logged work.
func randomPlanInput(r *rand.Rand, countries []Country) PlanInput {
	var a Availability
	for wd := range a.Hours {
		if r.IntN(3) > 0 {
			a.Hours[wd] = float64(r.IntN(17)) / 4
		}
	}
	if a.WeeklyHours() == 0 {
		a.Hours[1+r.IntN(5)] = float64(1+r.IntN(16)) / 4
	}
	if r.IntN(4) > 0 {
		c := countries[r.IntN(len(countries))]
		a.Country = c.Code
		if r.IntN(2) == 0 {
			a.Country = strings.ToLower(c.Code)
		}
		if len(c.Regions) > 0 && r.IntN(2) == 0 {
			a.Region = c.Regions[r.IntN(len(c.Regions))].Code
		}
	}
	a.LabShare = float64(r.IntN(101)) / 100
	if r.IntN(2) == 0 {
		a.Pace = ASAP
	} else if r.IntN(2) == 0 {
		a.Pace = Steady
	}
	for wd := range a.StartTimes {
		if r.IntN(3) == 0 {
			a.StartTimes[wd] = clockLabel(r.IntN(24*4) * 15)
		}
	}
	start := NewDate(2025, 1, 1).AddDays(r.IntN(1500))
	for range r.IntN(4) {
		from := start.AddDays(r.IntN(400) - 30)
		a.DaysOff = append(a.DaysOff, DateRange{From: from, To: from.AddDays(r.IntN(25))})
	}

	in := PlanInput{Start: start, Availability: a}
	for i := range 1 + r.IntN(4) {
		t := PlanTarget{Code: fmt.Sprintf("T%d-C0%d", i, r.IntN(9)), PrepHours: float64(1+r.IntN(600)) / 4,
			ExamMinutes: []int{0, 60, 90, 100, 130, 170, 180, 240}[r.IntN(8)]}
		for d := range r.IntN(7) {
			t.Domains = append(t.Domains, DomainWeight{Name: fmt.Sprintf("Domain %d", d+1), Weight: float64(1+r.IntN(40)) * 0.5})
		}
		if r.IntN(2) == 0 {
			t.ExamBy = start.AddDays(r.IntN(700))
			if r.IntN(3) == 0 { // a break just before the exam
				a.DaysOff = append(a.DaysOff, DateRange{From: t.ExamBy.AddDays(-1 - r.IntN(20)), To: t.ExamBy.AddDays(-1)})
				in.Availability = a
			}
		}
		if r.IntN(3) == 0 {
			t.Done = randomDone(r, t)
		}
		in.Targets = append(in.Targets, t)
	}
	return in
}

// randomDone logs up to a bit more than the prep, in hours that need not be
// quarters, some of it against domains (and a name the guide lacks).
func randomDone(r *rand.Rand, t PlanTarget) Done {
	d := Done{Study: r.Float64() * t.PrepHours * 0.8, Lab: r.Float64() * t.PrepHours * 0.4, ByDomain: map[string]float64{}}
	budget := d.Study + d.Lab
	for _, dw := range t.Domains {
		if r.IntN(2) == 0 {
			h := r.Float64() * budget / 2
			d.ByDomain[dw.Name] = h
			budget -= h
		}
	}
	d.ByDomain["Retired domain"] = budget / 4
	return d
}

// checkPlan lists every way p breaks the rules a plan keeps for in, each
// line starting with the rule's number; nil means none.
func checkPlan(in PlanInput, p Plan) []string {
	var problems []string
	fail := func(rule, format string, args ...any) {
		problems = append(problems, rule+": "+fmt.Sprintf(format, args...))
	}
	a := in.Availability
	holidays, err := HolidaysFor(a.Country, a.Region)
	if err != nil {
		return []string{"input: " + err.Error()}
	}
	// capacity is rule 1 and 2 from the availability itself.
	capacity := func(d Date) float64 {
		if h := a.Hours[d.Weekday()]; h > 0 && !a.IsDayOff(d) {
			if _, holiday := holidays.Holiday(d); !holiday {
				return h
			}
		}
		return 0
	}
	const eps = 1e-9

	type key struct {
		date               Date
		code, kind, domain string
	}
	seen := map[key]bool{}
	perDay := map[Date]float64{}
	for i, s := range p.Sessions {
		if i > 0 && s.Date < p.Sessions[i-1].Date {
			fail("order", "session %d on %s comes after one on %s", i, s.Date, p.Sessions[i-1].Date)
		}
		if s.Hours <= 0 || !IsQuarterHour(s.Hours) {
			fail("quarters", "session %d has %v h", i, s.Hours)
		}
		if s.Kind != StudySession && s.Kind != LabSession && s.Kind != ReviewSession && s.Kind != PracticeSession {
			fail("kind", "session %d has kind %q", i, s.Kind)
		}
		k := key{s.Date, s.Code, string(s.Kind), s.Domain}
		if seen[k] {
			fail("merge", "two %s %s %q sessions on %s", s.Code, s.Kind, s.Domain, s.Date)
		}
		seen[k] = true
		perDay[s.Date] += s.Hours
	}
	for d, h := range perDay {
		switch c := capacity(d); {
		case c == 0:
			fail("rule 1", "%v h planned on %s, not a study day", h, d)
		case h > c+eps:
			fail("rule 2", "%v h planned on %s, a %v h day", h, d, c)
		}
	}

	if len(p.Targets) != len(in.Targets) {
		return append(problems, fmt.Sprintf("targets: %d planned, %d asked", len(p.Targets), len(in.Targets)))
	}
	infeasible := map[string]bool{}
	first := in.Start
	for i, t := range in.Targets {
		tp := p.Targets[i]
		code := NormalizeCode(t.Code)
		if tp.Code != code {
			fail("targets", "target %d is %q, want %q", i, tp.Code, code)
		}
		var ss []Session
		for _, s := range p.Sessions {
			if s.Code == code {
				ss = append(ss, s)
			}
		}

		c := targetCheck{in: in, t: t, tp: tp, ss: ss, first: first, capacity: capacity, warnings: p.Warnings,
			fail: func(rule, format string, args ...any) { fail(rule, "%s: "+format, append([]any{code}, args...)...) }}
		c.check()
		if !tp.Feasible {
			infeasible[code] = true
		}
		first = max(first, tp.ExamDate.AddDays(1))
	}
	for _, w := range p.Warnings {
		if w.Kind == "infeasible" && !infeasible[w.Code] {
			fail("rule 6", "warning for %s, whose plan fits: %s", w.Code, w.Message)
		}
	}
	return problems
}

// TestCheckPlanCatchesBrokenPlans corrupts a valid plan in one way at a time
// and expects checkPlan to name the broken rule.
func TestCheckPlanCatchesBrokenPlans(t *testing.T) {
	in := goldenInputs(t)["three-targets-us-holidays"]
	valid, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	if problems := checkPlan(in, valid); len(problems) > 0 {
		t.Fatalf("valid plan reported broken: %v", problems)
	}
	clone := func() Plan {
		var p Plan
		b, _ := json.Marshal(valid)
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sessionOn := func(p Plan, date string) int {
		d := mustDate(t, date)
		return slices.IndexFunc(p.Sessions, func(s Session) bool { return s.Date > d })
	}
	corruptions := []struct {
		name, rule string
		corrupt    func(p *Plan)
	}{
		{"session moved onto the observed Independence Day", "rule 1", func(p *Plan) {
			p.Sessions[sessionOn(*p, "2026-07-03")].Date = mustDate(t, "2026-07-03")
		}},
		{"session moved onto a Sunday", "rule 1", func(p *Plan) { p.Sessions[0].Date = mustDate(t, "2026-05-24") }},
		{"a quarter hour added", "rule 3", func(p *Plan) { p.Sessions[len(p.Sessions)-1].Hours += 0.25 }},
		{"a day overfilled", "rule 2", func(p *Plan) {
			p.Sessions[1].Date = p.Sessions[0].Date
		}},
		{"exam a day late", "rule 5", func(p *Plan) { p.Targets[0].ExamDate++ }},
		{"next target starts on the exam day", "rule 4", func(p *Plan) {
			i := slices.IndexFunc(p.Sessions, func(s Session) bool { return s.Code == "SAA-C03" })
			p.Sessions[i].Date = p.Targets[0].ExamDate
		}},
		{"lab turned into study", "rule 8", func(p *Plan) {
			for i := range p.Sessions {
				if p.Sessions[i].Kind == LabSession && p.Sessions[i].Code == "CLF-C02" {
					p.Sessions[i].Kind = StudySession
				}
			}
		}},
		{"one domain's hours given to another", "rule 7", func(p *Plan) {
			for i := range p.Sessions {
				if p.Sessions[i].Domain == "Security" {
					p.Sessions[i].Domain = "Deployment"
				}
			}
		}},
		{"exam-by ignored", "rule 6", func(p *Plan) { p.Targets[2].ExamDate++ }},
		{"a warning for a plan that fits", "rule 6", func(p *Plan) {
			p.Warnings = append(p.Warnings, Warning{Code: "SAA-C03", Kind: "infeasible", Message: "?"})
		}},
		{"practice exams turned into revision", "rule 9", func(p *Plan) {
			for i := range p.Sessions {
				if p.Sessions[i].Kind == PracticeSession && p.Sessions[i].Code == "SAA-C03" {
					p.Sessions[i].Kind = ReviewSession
				}
			}
		}},
		{"revision before the last lab", "rule 9", func(p *Plan) {
			i := slices.IndexFunc(p.Sessions, func(s Session) bool { return s.Code == "CLF-C02" && s.Kind == LabSession })
			p.Sessions[i].Kind, p.Sessions[i].Domain = ReviewSession, ""
		}},
		{"sessions out of order", "order", func(p *Plan) {
			p.Sessions[0], p.Sessions[1] = p.Sessions[1], p.Sessions[0]
		}},
	}
	for _, c := range corruptions {
		p := clone()
		c.corrupt(&p)
		problems := checkPlan(in, p)
		if !slices.ContainsFunc(problems, func(s string) bool { return strings.HasPrefix(s, c.rule+":") }) {
			t.Errorf("%s: checker reported %q; want a %s problem", c.name, problems, c.rule)
		}
	}

	// An infeasible plan without its warning.
	in = goldenInputs(t)["exam-by-infeasible"]
	p, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	p.Warnings = nil
	if problems := checkPlan(in, p); !slices.ContainsFunc(problems, func(s string) bool { return strings.HasPrefix(s, "rule 6:") }) {
		t.Errorf("missing warning: checker reported %q; want a rule 6 problem", problems)
	}
}
