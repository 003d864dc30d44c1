package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"certplan/planner"
)

func runTargetAdd(inv *invocation, in *input) error {
	t := planner.Target{Code: in.args[0], ExamBy: in.date("exam-by")}
	if prep := in.text("prep"); prep != "" {
		var err error
		if t.PrepHours, err = parsePrep(prep); err != nil {
			return err
		}
	}
	if in.on("renewal") {
		if in.given("exam-by") {
			return usageErrorf("--renewal sets the exam date 14 days before the expiry; leave out --exam-by")
		}
		return addRenewalTarget(inv, in.args[0], t.PrepHours)
	}
	svc, err := inv.service()
	if err != nil {
		return err
	}
	t, err = svc.AddTarget(t)
	if err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "added %s\n", t.Code)
	return nil
}

// addRenewalTarget adds the target that renews the held code and says how
// it fits the plan.
func addRenewalTarget(inv *invocation, code string, prep float64) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	t, warnings, err := svc.AddRenewalTarget(code, prep)
	if err != nil {
		return err
	}
	held := planner.NormalizeCode(code)
	if t.Code == held {
		fmt.Fprintf(inv.out, "added %s to renew it, exam by %s\n", t.Code, t.ExamBy)
	} else {
		fmt.Fprintf(inv.out, "added %s to renew %s, exam by %s\n", t.Code, held, t.ExamBy)
	}
	for _, w := range warnings {
		fmt.Fprintf(inv.out, "warning: %s\n", w.Message)
	}
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

func readTargets(inv *invocation, _ *input) ([]targetRow, error) {
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	ts, err := svc.Targets()
	if err != nil {
		return nil, err
	}
	a, err := svc.Availability()
	if err != nil {
		return nil, err
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
	return rows, nil
}

func printTargets(w io.Writer, rows []targetRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, noTargets)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
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

func runTargetRemove(inv *invocation, in *input) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.RemoveTarget(in.args[0]); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "removed %s\n", planner.NormalizeCode(in.args[0]))
	return nil
}

// noTargets is what the listings print before any target is added.
const noTargets = "No targets. Add one with: certplan target add CODE"
