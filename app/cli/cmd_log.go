package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"certplan/planner"
)

func runLogAdd(inv *invocation, in *input) error {
	e := planner.Entry{Date: in.date("date"), Code: in.text("cert"), Domain: in.text("domain"), Note: in.text("note"), Link: in.text("link")}
	var err error
	if e.Kind, err = planner.ParseEntryKind(in.text("kind")); err != nil {
		return err
	}
	if e.Hours, err = planner.ParseHours("hours", in.text("hours")); err != nil {
		return err
	}
	if services := in.text("services"); services != "" {
		e.Services = strings.Split(services, ",")
	}
	svc, err := inv.service()
	if err != nil {
		return err
	}
	e, err = svc.AddEntry(e)
	if err != nil {
		return err
	}
	fmt.Fprintln(inv.out, e.ID)
	return nil
}

func runLogList(inv *invocation, in *input) error {
	if in.on("json") && in.on("csv") {
		return usageErrorf("log list: choose one of --json and --csv")
	}
	if in.on("csv") {
		es, err := readEntries(inv, in)
		if err != nil {
			return err
		}
		return planner.WriteCSV(inv.out, es)
	}
	return listing(readEntries, printEntries)(inv, in)
}

// readEntries is the log as the filters of `log list` select it.
func readEntries(inv *invocation, in *input) ([]planner.Entry, error) {
	q := planner.EntryQuery{From: in.date("from"), To: in.date("to"), Code: in.text("cert")}
	if kind := in.text("kind"); kind != "" {
		var err error
		if q.Kind, err = planner.ParseEntryKind(kind); err != nil {
			return nil, err
		}
	}
	svc, err := inv.service()
	if err != nil {
		return nil, err
	}
	if q.Code != "" {
		if _, ok := svc.Catalog().Lookup(q.Code); !ok {
			return nil, &planner.Error{Kind: planner.Invalid, Field: "cert", Choices: planner.CatalogCodes,
				Msg: fmt.Sprintf("certification %q is not in the catalog", q.Code)}
		}
	}
	return svc.Entries(q)
}

func printEntries(w io.Writer, es []planner.Entry) error {
	if len(es) == 0 {
		_, err := fmt.Fprintln(w, "No entries.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tKIND\tCODE\tHOURS\tDOMAIN\tSERVICES\tNOTE")
	var total float64
	for _, e := range es {
		total += e.Hours
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.Date, e.Kind, e.Code, planner.FormatHours(e.Hours),
			e.Domain, strings.Join(e.Services, ", "), e.Note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%s, %s h\n", planner.Plural(len(es), "entry", "entries"), hours(total))
	return err
}

func runLogRemove(inv *invocation, in *input) error {
	id, err := strconv.ParseUint(in.args[0], 10, 64)
	if err != nil || id == 0 {
		return planner.Invalidf("id", "entry ID %q is not a positive whole number (see certplan log list)", in.args[0])
	}
	svc, err := inv.service()
	if err != nil {
		return err
	}
	if err := svc.DeleteEntry(id); err != nil {
		return err
	}
	fmt.Fprintf(inv.out, "removed entry %d\n", id)
	return nil
}
