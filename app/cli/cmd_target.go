package cli

import (
	"fmt"
	"text/tabwriter"

	"certplan/planner"
)

const targetUsage = "target add CODE [--prep H] [--exam-by DATE] | target list [--json] | target rm CODE"

func runTarget(c *ctx, args []string) error {
	if len(args) == 0 {
		return usageErrorf("target needs add, list or rm (usage: certplan %s)", targetUsage)
	}
	switch args[0] {
	case "add":
		return runTargetAdd(c, args[1:])
	case "list", "ls":
		return runTargetList(c, args[1:])
	case "rm", "remove":
		return runTargetRemove(c, args[1:])
	}
	return usageErrorf("unknown target command %q (accepted: add, list, rm)", args[0])
}

func runTargetAdd(c *ctx, args []string) error {
	const usage = "target add CODE [--prep H] [--exam-by DATE]"
	fs := newFlags("target add")
	prep := fs.String("prep", "", "prep hours (default: the catalog's estimate scaled by experience)")
	examBy := &dateFlag{name: "exam-by"}
	fs.Var(examBy, "exam-by", "exam date, YYYY-MM-DD")
	pos, err := c.parse(fs, args, usage, 1)
	if err != nil {
		return err
	}
	t := planner.Target{Code: pos[0], ExamBy: examBy.d}
	if *prep != "" {
		if t.PrepHours, err = planner.ParseHours("--prep", *prep); err != nil {
			return err
		}
		if err := planner.ValidatePrepHours("--prep", t.PrepHours); err != nil {
			return err
		}
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	t, err = svc.AddTarget(t)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "added %s\n", t.Code)
	return nil
}

// targetRow is what `target list --json` prints: the saved target plus the
// prep hours the plan will use.
type targetRow struct {
	Code          string       `json:"code"`
	Name          string       `json:"name"`
	PrepHours     float64      `json:"prep_hours"`
	PrepIsDefault bool         `json:"prep_is_default"`
	ExamBy        planner.Date `json:"exam_by,omitempty"`
}

func runTargetList(c *ctx, args []string) error {
	const usage = "target list [--json]"
	fs := newFlags("target list")
	asJSON := fs.Bool("json", false, "print JSON")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	ts, err := svc.Targets()
	if err != nil {
		return err
	}
	a, err := svc.Availability()
	if err != nil {
		return err
	}
	rows := make([]targetRow, 0, len(ts))
	for _, t := range ts {
		r := targetRow{Code: t.Code, PrepHours: t.PrepHours, ExamBy: t.ExamBy}
		if e, ok := svc.Catalog().Lookup(t.Code); ok {
			r.Name = e.Name
			if t.PrepHours == 0 {
				r.PrepHours, r.PrepIsDefault = planner.DefaultPrep(e, a.Experience), true
			}
		}
		rows = append(rows, r)
	}
	if *asJSON {
		return writeJSON(c.out, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(c.out, "No targets. Add one with: certplan target add CODE")
		return nil
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tCODE\tNAME\tPREP H\tEXAM BY")
	for i, r := range rows {
		prep := planner.FormatHours(r.PrepHours)
		if r.PrepIsDefault {
			prep += " (default)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", i+1, r.Code, r.Name, prep, dash(r.ExamBy))
	}
	return tw.Flush()
}

func runTargetRemove(c *ctx, args []string) error {
	const usage = "target rm CODE"
	pos, err := c.parse(newFlags("target rm"), args, usage, 1)
	if err != nil {
		return err
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	if err := svc.RemoveTarget(pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "removed %s\n", planner.NormalizeCode(pos[0]))
	return nil
}
