package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"certplan/catalog"
	"certplan/planner"
)

// readCatalog is the catalog, filtered by --tier and --all.
func readCatalog(inv *invocation, in *input) (catalogListing, error) {
	f := catalog.Filter{IncludeRetired: in.on("all")}
	if tier := in.text("tier"); tier != "" {
		t, err := catalog.ParseTier(tier)
		if err != nil {
			return catalogListing{}, usageErrorf("--tier: %v", err)
		}
		f.Tier = t
	}
	cat, err := inv.catalog()
	if err != nil {
		return catalogListing{}, err
	}
	return catalogListing{entries: cat.Filter(f), dataAsOf: cat.DataAsOf()}, nil
}

// catalogListing is what `catalog` prints; its JSON form is the entries alone.
type catalogListing struct {
	entries  []catalog.Entry
	dataAsOf string
}

func (l catalogListing) MarshalJSON() ([]byte, error) { return json.Marshal(l.entries) }

func printCatalog(w io.Writer, l catalogListing) error {
	entries := l.entries
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tTIER\tSTATUS\tQ\tMIN\tUSD\tPASS\tPREP H")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%g\n", e.Code, e.Name, e.Tier, e.Status,
			e.Questions, e.Minutes, e.PriceUSD, e.PassingLabel(), e.PrepHours)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%s; catalog data as of %s\n", planner.Plural(len(entries), "entry", "entries"), l.dataAsOf)
	return err
}

func readCatalogEntry(inv *invocation, in *input) (catalog.Entry, error) {
	cat, err := inv.catalog()
	if err != nil {
		return catalog.Entry{}, err
	}
	e, ok := cat.Lookup(in.args[0])
	if !ok {
		return e, usageErrorf("certification %q is not in the catalog (see certplan catalog --all)", in.args[0])
	}
	return e, nil
}

func printCatalogEntry(w io.Writer, e catalog.Entry) error {
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
		fmt.Fprintf(w, "Valid:       %s\n", planner.Plural(e.ValidityYears, "year", "years"))
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
