package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"certplan/planner"
)

const planUsage = "plan [--json | --ics FILE] | plan --cert CODE [--cert CODE ...] [--prep CODE=H] [--experience new|some|daily] [--start DATE] [--hours mon=2,...] [--country CC] [--region R] [--off DATE[..DATE]] [--exam-by CODE=DATE] [--lab-share F] [--json | --ics FILE]"

func runPlan(c *ctx, args []string) error {
	fs := newFlags("plan")
	asJSON := fs.Bool("json", false, "print JSON")
	icsFile := fs.String("ics", "", "write an iCalendar file")
	var certs, preps, examBys listFlag
	fs.Var(&certs, "cert", "what-if: a certification to plan, in study order; repeatable")
	fs.Var(&preps, "prep", "what-if: prep hours for a certification, CODE=HOURS; repeatable")
	fs.Var(&examBys, "exam-by", "what-if: exam date for a certification, CODE=DATE; repeatable")
	avail := addAvailFlags(fs)
	_, err := c.parse(fs, args, planUsage, 0)
	if err != nil {
		return err
	}
	if *asJSON && *icsFile != "" {
		return usageErrorf("plan: choose one of --json and --ics")
	}
	set := setFlags(fs)

	var plan planner.Plan
	if len(certs) > 0 {
		plan, err = whatIfPlan(c, certs, preps, examBys, avail, set)
	} else {
		for _, name := range append([]string{"prep", "exam-by"}, availFlagNames...) {
			if set[name] {
				return usageErrorf("plan: --%s plans a what-if and needs at least one --cert CODE", name)
			}
		}
		plan, err = savedPlan(c)
	}
	if err != nil {
		return err
	}
	switch {
	case *icsFile != "":
		if err := planner.WriteFileAtomic(*icsFile, func(w io.Writer) error { return planner.WriteICS(w, plan, c.env.Now()) }); err != nil {
			return fmt.Errorf("cannot write %s: %w", *icsFile, err)
		}
		fmt.Fprintf(c.out, "wrote %d sessions and %d exams to %s\n", len(plan.Sessions), len(plan.Targets), *icsFile)
		return nil
	case *asJSON:
		return writeJSON(c.out, plan)
	}
	printPlan(c.out, plan)
	return nil
}

// whatIfPlan plans from the flags alone: the data folder is neither read nor
// written, so it works while the app is open and leaves no trace.
func whatIfPlan(c *ctx, certs, preps, examBys listFlag, avail *availFlags, set map[string]bool) (planner.Plan, error) {
	cat, err := c.catalog(false)
	if err != nil {
		return planner.Plan{}, err
	}
	targets := make([]planner.Target, 0, len(certs))
	index := map[string]int{}
	for _, code := range certs {
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
	for _, v := range preps {
		code, val, err := keyValue("prep", v)
		if err != nil {
			return planner.Plan{}, err
		}
		i, ok := index[code]
		if !ok {
			return planner.Plan{}, planner.Invalidf("prep", "--prep %s: %s is not one of the --cert codes", v, code)
		}
		h, err := planner.ParseHours("--prep "+code, val)
		if err != nil {
			return planner.Plan{}, err
		}
		if err := planner.ValidatePrepHours("--prep "+code, h); err != nil {
			return planner.Plan{}, err
		}
		targets[i].PrepHours = h
	}
	for _, v := range examBys {
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
	if err := avail.apply(&a, set); err != nil {
		return planner.Plan{}, err
	}
	start := planner.DateOf(c.env.Now())
	if !a.Start.IsZero() {
		start = a.Start
	}
	return planner.PlanFor(cat, targets, a, start, nil)
}

func savedPlan(c *ctx) (planner.Plan, error) {
	svc, err := c.service()
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
