package planner

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestBuildPlanKeepsEveryRule plans many generated inputs and checks each
// plan against the rules of the contract with checkPlan.
func TestBuildPlanKeepsEveryRule(t *testing.T) {
	countries := Countries()
	var planned, tooLong, infeasible, replans int
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
		infeasible += len(p.Warnings)
		for _, pt := range in.Targets {
			if pt.Done.Study+pt.Done.Lab > 0 {
				replans++
			}
		}
	}
	t.Logf("%d plans (%d infeasible targets, %d re-planned targets), %d past the horizon", planned, infeasible, replans, tooLong)
	if planned < 380 || infeasible == 0 || replans == 0 {
		t.Errorf("generator too narrow: %d plans, %d infeasible targets, %d re-planned targets", planned, infeasible, replans)
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
	start := NewDate(2025, 1, 1).AddDays(r.IntN(1500))
	for range r.IntN(4) {
		from := start.AddDays(r.IntN(400) - 30)
		a.DaysOff = append(a.DaysOff, DateRange{From: from, To: from.AddDays(r.IntN(25))})
	}

	in := PlanInput{Start: start, Availability: a}
	for i := range 1 + r.IntN(4) {
		t := PlanTarget{Code: fmt.Sprintf("T%d-C0%d", i, r.IntN(9)), PrepHours: float64(1+r.IntN(600)) / 4}
		for d := range r.IntN(7) {
			t.Domains = append(t.Domains, DomainWeight{Name: fmt.Sprintf("Domain %d", d+1), Weight: float64(1+r.IntN(40)) * 0.5})
		}
		if r.IntN(2) == 0 {
			t.ExamBy = start.AddDays(r.IntN(700))
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
		if s.Kind != StudySession && s.Kind != LabSession && s.Kind != ReviewSession {
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

		// Rule 3, with the remaining prep of a re-plan.
		remaining := math.Max(0, math.Ceil((t.PrepHours-t.Done.Study-t.Done.Lab)*4-eps)/4)
		if tp.PrepHours != remaining {
			fail("rule 3", "%s prep_hours %v, want %v remaining", code, tp.PrepHours, remaining)
		}
		var total, lab float64
		for _, s := range ss {
			total += s.Hours
			if s.Kind == LabSession {
				lab += s.Hours
			}
			if s.Date < first {
				fail("rule 4", "%s session on %s, before %s", code, s.Date, first)
			}
		}
		if math.Abs(total-tp.PrepHours) > eps {
			fail("rule 3", "%s sessions add up to %v h, prep_hours is %v", code, total, tp.PrepHours)
		}

		// Rule 5: packed from the first allowed day, every study day full.
		if len(ss) == 0 {
			if !tp.Start.IsZero() || !tp.End.IsZero() {
				fail("rule 5", "%s has no sessions but start %s, end %s", code, tp.Start, tp.End)
			}
		} else {
			if tp.Start != ss[0].Date || tp.End != ss[len(ss)-1].Date {
				fail("rule 5", "%s start %s end %s, sessions run %s to %s", code, tp.Start, tp.End, ss[0].Date, ss[len(ss)-1].Date)
			}
			for d := first; d < tp.End; d++ {
				if c := capacity(d); c > 0 && math.Abs(perDay[d]-c) > eps {
					fail("rule 5", "%s: %s has %v of %v h planned before the last prep day %s", code, d, perDay[d], c, tp.End)
				}
			}
		}
		ruleFiveExam := tp.End.AddDays(1)
		if len(ss) == 0 {
			ruleFiveExam = first
		}
		for capacity(ruleFiveExam) == 0 && ruleFiveExam < in.Start.AddDays(366*21) {
			ruleFiveExam++
		}

		// Rule 6: exam-by kept when the hours fit, otherwise a warning and rule 5.
		fits := true
		var before float64
		if !t.ExamBy.IsZero() {
			for d := first; d < t.ExamBy; d++ {
				before += capacity(d)
			}
			fits = t.ExamBy >= first && before+eps >= tp.PrepHours
		}
		switch {
		case t.ExamBy.IsZero() || !fits:
			if tp.ExamDate != ruleFiveExam {
				fail("rule 5", "%s exam %s, want the first study day after its prep, %s", code, tp.ExamDate, ruleFiveExam)
			}
			if tp.Feasible != t.ExamBy.IsZero() {
				fail("rule 6", "%s feasible = %v with exam-by %q", code, tp.Feasible, t.ExamBy)
			}
			if !fits {
				infeasible[code] = true
				checkInfeasibleWarning(p.Warnings, code, t.ExamBy, tp, before, func(format string, args ...any) {
					fail("rule 6", format, args...)
				})
			}
		default:
			if tp.ExamDate != t.ExamBy || !tp.Feasible {
				fail("rule 6", "%s exam %s feasible %v, want %s feasible", code, tp.ExamDate, tp.Feasible, t.ExamBy)
			}
			if len(ss) > 0 && ss[len(ss)-1].Date >= t.ExamBy {
				fail("rule 6", "%s session on %s, not before the exam on %s", code, ss[len(ss)-1].Date, t.ExamBy)
			}
		}

		// Rule 7: domain-named hours shared by the guide's weights.
		weights := map[string]float64{}
		var totalWeight float64
		for _, d := range t.Domains {
			weights[d.Name] = d.Weight
			totalWeight += d.Weight
		}
		byDomain := map[string]float64{}
		var named float64
		for _, s := range ss {
			if s.Domain == "" {
				if s.Kind != ReviewSession && len(t.Domains) > 0 {
					fail("rule 7", "%s %s session on %s names no domain", code, s.Kind, s.Date)
				}
				continue
			}
			if _, ok := weights[s.Domain]; !ok {
				fail("rule 7", "%s session on %s names %q, not a domain of its guide", code, s.Date, s.Domain)
			}
			byDomain[s.Domain] += s.Hours
			named += s.Hours
		}
		tolerance := math.Max(0.5, 0.03*named)
		for _, d := range t.Domains {
			if want := named * d.Weight / totalWeight; math.Abs(byDomain[d.Name]-want) > tolerance+eps {
				fail("rule 7", "%s %q has %v h, %v h by weight (tolerance %v)", code, d.Name, byDomain[d.Name], want, tolerance)
			}
		}

		// Rule 8: lab hours a lab share of prep.
		if want := a.LabShare * tp.PrepHours; math.Abs(lab-want) > 0.5+eps {
			fail("rule 8", "%s has %v h of lab, want %v within 0.5", code, lab, want)
		}

		// Review is the last part before the exam.
		if i := slices.IndexFunc(ss, func(s Session) bool { return s.Kind == ReviewSession }); i >= 0 {
			for _, s := range ss[i:] {
				if s.Kind != ReviewSession || s.Domain != "" {
					fail("review", "%s %s %q session on %s after its review began", code, s.Kind, s.Domain, s.Date)
				}
			}
		}
		first = tp.ExamDate.AddDays(1)
	}
	for _, w := range p.Warnings {
		if w.Kind == "infeasible" && !infeasible[w.Code] {
			fail("rule 6", "warning for %s, whose plan fits: %s", w.Code, w.Message)
		}
	}
	return problems
}

// checkInfeasibleWarning wants one warning for code saying what is missing
// before examBy and what exam date would work.
func checkInfeasibleWarning(ws []Warning, code string, examBy Date, tp TargetPlan, available float64, fail func(string, ...any)) {
	i := slices.IndexFunc(ws, func(w Warning) bool { return w.Code == code && w.Kind == "infeasible" })
	if i < 0 {
		fail("%s does not fit before %s and has no infeasible warning", code, examBy)
		return
	}
	msg := ws[i].Message
	wants := []string{examBy.String(), "move the exam to " + tp.ExamDate.String() + " or later"}
	if available > 0 {
		wants = append(wants, FormatHours(tp.PrepHours-available)+" h do not fit", FormatHours(available)+" h available")
	}
	for _, want := range wants {
		if !strings.Contains(strings.ToLower(msg), strings.ToLower(want)) {
			fail("%s warning %q does not say %q", code, msg, want)
		}
	}
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
