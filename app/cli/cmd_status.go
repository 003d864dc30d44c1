package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"text/tabwriter"

	"certplan/planner"
)

// statusReport is what `status` prints; its JSON form is the targets alone.
type statusReport struct{ planner.Progress }

func (r statusReport) MarshalJSON() ([]byte, error) { return json.Marshal(r.Targets) }

func readStatus(inv *invocation, _ *input) (statusReport, error) {
	svc, err := inv.service()
	if err != nil {
		return statusReport{}, err
	}
	p, err := svc.Progress()
	return statusReport{p}, err
}

func printStatus(w io.Writer, p statusReport) error {
	if len(p.Targets) == 0 {
		_, err := fmt.Fprintln(w, noTargets)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tPREP H\tLOGGED\tREMAINING\tPLANNED TO DATE\tAHEAD/BEHIND\tLAB SHARE\tEXAM")
	for _, t := range p.Targets {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.0f%%\t%s\n", t.Code, hours(t.PrepHours), hours(t.LoggedHours),
			hours(t.RemainingHours), hours(t.PlannedToDateHours), behind(t.BehindHours), t.LabShare*100, dash(t.ExamDate))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, warn := range p.Plan.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn.Message)
	}
	return nil
}

func hours(h float64) string { return planner.FormatHours(float64(int64(h*100+0.5)) / 100) }

// behind reads the planner's behind-hours (negative when ahead) for the
// AHEAD/BEHIND column: signed, so the column reads the same whichever way
// a target leans, and worded, so the sign needs no legend.
func behind(h float64) string {
	switch r := hours(math.Abs(h)); {
	case r == "0":
		return "on track"
	case h > 0:
		return "-" + r + " behind"
	default:
		return "+" + r + " ahead"
	}
}
