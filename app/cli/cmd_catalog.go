package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"certplan/catalog"
)

func runCatalog(c *ctx, args []string) error {
	if len(args) > 0 && args[0] == "show" {
		return runCatalogShow(c, args[1:])
	}
	const usage = "catalog [--tier TIER] [--all] [--json] | catalog show CODE [--json]"
	fs := newFlags("catalog")
	tier := fs.String("tier", "", "only this tier: foundational, associate, professional, specialty, badge")
	all := fs.Bool("all", false, "include retired exams")
	asJSON := fs.Bool("json", false, "print JSON")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	f := catalog.Filter{IncludeRetired: *all}
	if *tier != "" {
		t, err := catalog.ParseTier(*tier)
		if err != nil {
			return usageErrorf("--tier: %v", err)
		}
		f.Tier = t
	}
	cat, err := c.catalog(true)
	if err != nil {
		return err
	}
	entries := cat.Filter(f)
	if *asJSON {
		return writeJSON(c.out, entries)
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tTIER\tSTATUS\tQ\tMIN\tUSD\tPASS\tPREP H")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%g\n", e.Code, e.Name, e.Tier, e.Status,
			e.Questions, e.Minutes, e.PriceUSD, e.PassingLabel(), e.PrepHours)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "\n%d entries; catalog data as of %s\n", len(entries), cat.DataAsOf())
	return nil
}

func runCatalogShow(c *ctx, args []string) error {
	const usage = "catalog show CODE [--json]"
	fs := newFlags("catalog show")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := c.parse(fs, args, usage, 1)
	if err != nil {
		return err
	}
	cat, err := c.catalog(true)
	if err != nil {
		return err
	}
	e, ok := cat.Lookup(pos[0])
	if !ok {
		return usageErrorf("certification %q is not in the catalog (see certplan catalog --all)", pos[0])
	}
	if *asJSON {
		return writeJSON(c.out, e)
	}
	w := c.out
	fmt.Fprintf(w, "%s  %s (%s)\n", e.Code, e.Name, e.Vendor)
	fmt.Fprintf(w, "Tier:        %s\n", e.Tier.Title())
	status := string(e.Status)
	if e.StatusDate != "" {
		status += " " + e.StatusDate
	}
	if e.Successor != "" {
		status += ", successor " + e.Successor
	}
	fmt.Fprintf(w, "Status:      %s\n", status)
	fmt.Fprintf(w, "Exam:        %s, %s, USD %d, pass %s\n", countOrUnknown(e.Questions, "questions"), countOrUnknown(e.Minutes, "minutes"), e.PriceUSD, e.PassingLabel())
	if e.Experience != "" {
		fmt.Fprintf(w, "Experience:  %s\n", e.Experience)
	}
	if e.PrepRange.Min < e.PrepRange.Max {
		fmt.Fprintf(w, "Prep hours:  %g (typical %g-%g)\n", e.PrepHours, e.PrepRange.Min, e.PrepRange.Max)
	} else {
		fmt.Fprintf(w, "Prep hours:  %g\n", e.PrepHours)
	}
	if e.ValidityYears > 0 {
		fmt.Fprintf(w, "Valid:       %d years\n", e.ValidityYears)
	} else {
		fmt.Fprintln(w, "Valid:       no expiry")
	}
	if len(e.RenewedBy) > 0 {
		fmt.Fprintf(w, "Renewed by:  %s\n", strings.Join(e.RenewedBy, ", "))
	}
	if len(e.Domains) > 0 {
		fmt.Fprintln(w, "Domains:")
		for _, d := range e.Domains {
			fmt.Fprintf(w, "  %3g%%  %s\n", d.Weight, d.Name)
		}
	}
	if len(e.Uncertain) > 0 {
		fmt.Fprintf(w, "Uncertain:   %s (sources disagree; override in catalog.json)\n", strings.Join(e.Uncertain, ", "))
	}
	return nil
}

// countOrUnknown words a count the catalog may not know (0).
func countOrUnknown(n int, what string) string {
	if n == 0 {
		return what + " not stated"
	}
	return fmt.Sprintf("%d %s", n, what)
}

// writeJSON prints v as indented JSON, the form scripts and people both read.
func writeJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
