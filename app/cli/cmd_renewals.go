package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"certplan/planner"
)

// renewalRow is what `renewals --json` prints for each held certification
// or badge; expires and renew_with are "" when they do not apply (a badge
// never expires; an expired certification is earned again, not renewed).
type renewalRow struct {
	Code      string             `json:"code"`
	Earned    planner.Date       `json:"earned"`
	Expires   planner.Date       `json:"expires"`
	DaysLeft  int                `json:"days_left"`
	Status    planner.HeldStatus `json:"status"`
	RenewedBy []string           `json:"renewed_by"`
	RenewWith string             `json:"renew_with"`
}

func readRenewals(inv *invocation, _ *input) ([]renewalRow, error) {
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	held, err := svc.Renewals()
	if err != nil {
		return nil, err
	}
	rows := make([]renewalRow, len(held))
	for i, h := range held {
		renewedBy := h.RenewedBy
		if renewedBy == nil {
			renewedBy = []string{}
		}
		rows[i] = renewalRow{Code: h.Code, Earned: h.Earned, Expires: h.Expires, DaysLeft: h.DaysLeft,
			Status: h.Status, RenewedBy: renewedBy, RenewWith: h.RenewWith}
	}
	return rows, nil
}

func printRenewals(w io.Writer, rows []renewalRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "No certifications held. Record one with: certplan earned add CODE --date DATE")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tEARNED\tEXPIRES\tDAYS LEFT\tSTATUS\tRENEW WITH\tRENEWED BY")
	for _, r := range rows {
		left := "-"
		if !r.Expires.IsZero() {
			left = fmt.Sprint(r.DaysLeft)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Code, r.Earned, dash(r.Expires), left, r.Status,
			orDash(r.RenewWith), orDash(strings.Join(r.RenewedBy, ", ")))
	}
	return tw.Flush()
}

// readReminders is what is due today. It only reads, so cron can run
// `certplan remind` any number of times.
func readReminders(inv *invocation, _ *input) ([]planner.Reminder, error) {
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	return svc.Remind(svc.Today())
}

func printReminders(w io.Writer, rs []planner.Reminder) error {
	if len(rs) == 0 {
		_, err := fmt.Fprintln(w, "Nothing due.")
		return err
	}
	for _, r := range rs {
		if _, err := fmt.Fprintf(w, "%s %s: %s\n", r.Kind, r.Code, r.Message); err != nil {
			return err
		}
	}
	return nil
}
