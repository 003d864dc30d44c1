package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"certplan/catalog"
	"certplan/planner"
)

func runPlan(inv *invocation, in *input) error {
	icsFile := in.text("ics")
	if in.on("json") && icsFile != "" {
		return usageErrorf("plan: choose one of --json and --ics")
	}
	var plan planner.Plan
	var err error
	if len(in.list("cert")) > 0 {
		plan, err = whatIfPlan(inv, in)
	} else {
		// The flags that shape a what-if plan mean nothing without --cert.
		for _, f := range append([]flagSpec{{name: "prep"}, {name: "exam-by"}}, availabilityFlags...) {
			if in.given(f.name) {
				return usageErrorf("plan: --%s plans a what-if and needs at least one --cert CODE", f.name)
			}
		}
		plan, err = savedPlan(inv)
	}
	if err != nil {
		return err
	}
	switch {
	case icsFile != "":
		if err := planner.WriteFileAtomic(icsFile, func(w io.Writer) error { return planner.WriteICS(w, plan, inv.env.Now()) }); err != nil {
			return fmt.Errorf("cannot write %s: %w", icsFile, err)
		}
		fmt.Fprintf(inv.out, "wrote %s and %s to %s\n", planner.Plural(len(plan.Sessions), "session", "sessions"),
			planner.Plural(len(plan.Targets), "exam", "exams"), icsFile)
		return nil
	case in.on("json"):
		return writeJSON(inv.out, plan)
	}
	printPlan(inv.out, plan)
	return nil
}

// whatIfPlan plans from the flags alone: the data folder is neither read nor
// written, so it works while the app is open and leaves no trace.
func whatIfPlan(inv *invocation, in *input) (planner.Plan, error) {
	cat, err := catalog.Builtin()
	if err != nil {
		return planner.Plan{}, err
	}
	targets := make([]planner.Target, 0, len(in.list("cert")))
	index := map[string]int{}
	for _, code := range in.list("cert") {
		e, err := planner.LookupPlannable(cat, "cert", code)
		if err != nil {
			return planner.Plan{}, err
		}
		if _, dup := index[e.Code]; dup {
			return planner.Plan{}, planner.Invalidf("cert", "--cert %s is named twice", e.Code)
		}
		index[e.Code] = len(targets)
		targets = append(targets, planner.Target{Code: e.Code})
	}
	for _, v := range in.list("prep") {
		code, val, err := keyValue("prep", v)
		if err != nil {
			return planner.Plan{}, err
		}
		i, ok := index[code]
		if !ok {
			return planner.Plan{}, planner.Invalidf("prep", "--prep %s: %s is not one of the --cert codes", v, code)
		}
		if targets[i].PrepHours, err = parsePrep(val); err != nil {
			return planner.Plan{}, planner.Invalidf("prep", "--prep %s: %v", code, err)
		}
	}
	for _, v := range in.list("exam-by") {
		code, val, err := keyValue("exam-by", v)
		if err != nil {
			return planner.Plan{}, err
		}
		i, ok := index[code]
		if !ok {
			return planner.Plan{}, planner.Invalidf("exam-by", "--exam-by %s: %s is not one of the --cert codes", v, code)
		}
		d, err := planner.ParseDate(val)
		if err != nil {
			return planner.Plan{}, planner.Invalidf("exam-by", "--exam-by %s: %v", code, err)
		}
		targets[i].ExamBy = d
	}
	a := planner.DefaultAvailability()
	if _, err := applyAvailability(&a, in); err != nil {
		return planner.Plan{}, err
	}
	start := planner.DateOf(inv.env.Now())
	if !a.Start.IsZero() {
		start = a.Start
	}
	return planner.PlanFor(cat, targets, a, start, nil)
}

// parsePrep reads prep hours as --prep gives them.
func parsePrep(s string) (float64, error) {
	h, err := planner.ParseHours("prep", s)
	if err != nil {
		return 0, err
	}
	return h, planner.ValidatePrepHours("prep", h)
}

func savedPlan(inv *invocation) (planner.Plan, error) {
	svc, err := inv.service()
	if err != nil {
		return planner.Plan{}, err
	}
	return svc.SavedPlan()
}

// printPlan writes a plan for people: targets, warnings, then the agenda.
func printPlan(w io.Writer, p planner.Plan) {
	if len(p.Targets) == 0 {
		fmt.Fprintln(w, "No targets. Add one with: certplan target add CODE")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tPREP H\tSTART\tEND\tEXAM\tFEASIBLE")
	for _, t := range p.Targets {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Code, planner.FormatHours(t.PrepHours), dash(t.Start), dash(t.End), dash(t.ExamDate), yesNo(t.Feasible))
	}
	tw.Flush()
	for _, wn := range p.Warnings {
		fmt.Fprintf(w, "\nwarning: %s", wn.Message)
	}
	if len(p.Warnings) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tDAY\tCODE\tKIND\tHOURS\tDOMAIN")
	for _, s := range p.Sessions {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Date, s.Date.Weekday().String()[:3], s.Code, s.Kind, planner.FormatHours(s.Hours), s.Domain)
	}
	tw.Flush()
}

func dash(d planner.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
