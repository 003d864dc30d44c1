package cli

import (
	"fmt"
	"text/tabwriter"

	"certplan/planner"
)

func runStatus(c *ctx, args []string) error {
	const usage = "status [--json]"
	fs := newFlags("status")
	asJSON := fs.Bool("json", false, "print JSON")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	p, err := svc.Progress()
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.out, p.Targets)
	}
	if len(p.Targets) == 0 {
		fmt.Fprintln(c.out, "No targets. Add one with: certplan target add CODE")
		return nil
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tPREP H\tLOGGED\tREMAINING\tPLANNED TO DATE\tBEHIND\tLAB SHARE\tEXAM")
	for _, t := range p.Targets {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.0f%%\t%s\n", t.Code, hours(t.PrepHours), hours(t.LoggedHours),
			hours(t.RemainingHours), hours(t.PlannedToDateHours), behind(t.BehindHours), t.LabShare*100, dash(t.ExamDate))
	}
	tw.Flush()
	for _, w := range p.Plan.Warnings {
		fmt.Fprintf(c.out, "warning: %s\n", w.Message)
	}
	return nil
}

func hours(h float64) string { return planner.FormatHours(float64(int64(h*100+0.5)) / 100) }

func behind(h float64) string {
	switch {
	case h > 0:
		return hours(h) + " behind"
	case h < 0:
		return hours(-h) + " ahead"
	}
	return "on track"
}
