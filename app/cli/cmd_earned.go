package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"certplan/planner"
)

func runEarnedAdd(inv *invocation, in *input) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	e := planner.Earned{Code: in.args[0], Date: in.date("date"), CredentialID: in.text("credential-id"), URL: in.text("url")}
	renewed, err := svc.AddEarned(e)
	if err != nil {
		return err
	}
	w, err := svc.Wallet()
	if err != nil {
		return err
	}
	code := planner.NormalizeCode(e.Code)
	fmt.Fprintf(inv.out, "recorded %s earned on %s%s\n", code, e.Date, validUntil(w, code))
	printRenewed(inv.out, w, renewed)
	return nil
}

// validUntil is ", valid until DATE" for a held certification that expires.
func validUntil(w planner.Wallet, code string) string {
	if h, ok := w.Lookup(code); ok && !h.Expires.IsZero() {
		return ", valid until " + h.Expires.String()
	}
	return ""
}

// printRenewed says which held certifications a pass renewed, with their
// new expiry.
func printRenewed(out io.Writer, w planner.Wallet, renewed []string) {
	if len(renewed) == 0 {
		fmt.Fprintln(out, "renewed nothing")
		return
	}
	parts := make([]string, len(renewed))
	for i, code := range renewed {
		parts[i] = code + validUntil(w, code)
	}
	fmt.Fprintf(out, "renewed %s\n", strings.Join(parts, "; "))
}

// earnedRow is what `earned list --json` prints: a record typed in, or a
// pass recorded as an attempt (source "attempt"), which earns as well.
type earnedRow struct {
	Code         string       `json:"code"`
	Date         planner.Date `json:"date"`
	CredentialID string       `json:"credential_id"`
	URL          string       `json:"url"`
	Source       string       `json:"source"` // "earned" or "attempt"
}

func readEarned(inv *invocation, _ *input) ([]earnedRow, error) {
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	h, err := svc.History()
	if err != nil {
		return nil, err
	}
	rows := []earnedRow{}
	for _, e := range h.Earned {
		rows = append(rows, earnedRow{Code: e.Code, Date: e.Date, CredentialID: e.CredentialID, URL: e.URL, Source: "earned"})
	}
	for _, r := range planner.ReportAttempts(svc.Catalog(), h.Attempts) {
		if r.Passed {
			rows = append(rows, earnedRow{Code: r.Code, Date: r.Date, Source: "attempt"})
		}
	}
	slices.SortStableFunc(rows, func(a, b earnedRow) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Code, b.Code)) })
	return rows, nil
}

func printEarned(w io.Writer, rows []earnedRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "Nothing earned yet. Record a certification with: certplan earned add CODE --date DATE")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tEARNED\tFROM\tCREDENTIAL ID\tURL")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Date, r.Source, orDash(r.CredentialID), orDash(r.URL))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runEarnedRemove(inv *invocation, in *input) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.RemoveEarned(in.args[0]); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "removed %s\n", planner.NormalizeCode(in.args[0]))
	return nil
}

func runEarnedExtend(inv *invocation, in *input) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.Extend(in.args[0], in.date("date")); err != nil {
		return err
	}
	w, err := svc.Wallet()
	if err != nil {
		return err
	}
	code := planner.NormalizeCode(in.args[0])
	fmt.Fprintf(inv.out, "extended %s%s\n", code, validUntil(w, code))
	return nil
}
