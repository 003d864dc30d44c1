package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"certplan/planner"
)

func runAttemptAdd(inv *invocation, in *input) error {
	a := planner.Attempt{Code: in.args[0], Date: in.date("date"), VoucherExpires: in.date("voucher-expires")}
	score, err := strconv.Atoi(strings.TrimSpace(in.text("score")))
	if err != nil {
		return planner.Invalidf("score", "--score %q must be a whole number, such as 720", in.text("score"))
	}
	a.Score = score
	for _, d := range in.list("domain") {
		i := strings.LastIndex(d, "=")
		if i <= 0 {
			return planner.Invalidf("domain", "--domain %q needs the form NAME=%s or NAME=%s", d, planner.Meets, planner.Below)
		}
		a.Domains = append(a.Domains, planner.DomainResult{Name: strings.TrimSpace(d[:i]), Result: strings.ToLower(strings.TrimSpace(d[i+1:]))})
	}
	svc, err := inv.service()
	if err != nil {
		return err
	}
	out, err := svc.AddAttempt(a)
	if err != nil {
		return err
	}
	e, _ := svc.Catalog().Lookup(out.Code)
	if !out.Passed {
		fmt.Fprintf(inv.out, "failed %s on %s with %d (pass mark %s); earliest retake %s\n", out.Code, out.Date, out.Score, e.PassingLabel(), out.RetakeFrom)
		if weak := belowDomains(out.Domains); len(weak) > 0 {
			fmt.Fprintf(inv.out, "a plan for %s now gives more time to: %s\n", out.Code, strings.Join(weak, "; "))
		}
		return nil
	}
	w, err := svc.Wallet()
	if err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "passed %s on %s with %d (pass mark %s)%s\n", out.Code, out.Date, out.Score, e.PassingLabel(), validUntil(w, out.Code))
	printRenewed(inv.out, w, out.Renewed)
	return nil
}

func belowDomains(rs []planner.DomainResult) []string {
	var out []string
	for _, r := range rs {
		if r.Result == planner.Below {
			out = append(out, r.Name)
		}
	}
	return out
}

// attemptRow is what `attempt list --json` prints; every field is always
// there ("" for a date that does not apply), so scripts need no special case.
type attemptRow struct {
	Code           string                 `json:"code"`
	Date           planner.Date           `json:"date"`
	Score          int                    `json:"score"`
	Passed         bool                   `json:"passed"`
	RetakeFrom     planner.Date           `json:"retake_from"`
	Domains        []planner.DomainResult `json:"domains"`
	VoucherExpires planner.Date           `json:"voucher_expires"`
}

func readAttempts(inv *invocation, _ *input) ([]attemptRow, error) {
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	reports, err := svc.Attempts()
	if err != nil {
		return nil, err
	}
	rows := make([]attemptRow, len(reports))
	for i, r := range reports {
		rows[i] = attemptRow{Code: r.Code, Date: r.Date, Score: r.Score, Passed: r.Passed, RetakeFrom: r.RetakeFrom,
			Domains: r.Domains, VoucherExpires: r.VoucherExpires}
	}
	return rows, nil
}

func printAttempts(w io.Writer, rows []attemptRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "No attempts. Record one with: certplan attempt add CODE --date DATE --score N")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tCODE\tSCORE\tRESULT\tRETAKE FROM\tBELOW")
	for _, r := range rows {
		result := "fail"
		if r.Passed {
			result = "pass"
		}
		below := strings.Join(belowDomains(r.Domains), "; ")
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", r.Date, r.Code, r.Score, result, dash(r.RetakeFrom), orDash(below))
	}
	return tw.Flush()
}
