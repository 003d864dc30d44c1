package cli

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"certplan/planner"
)

const logUsage = "log add --kind study|lab --cert CODE --date DATE --hours H [--domain NAME] [--services A,B] [--note TEXT] [--link URL] | log list [--cert CODE] [--from DATE] [--to DATE] [--json | --csv] | log rm ID"

func runLog(c *ctx, args []string) error {
	if len(args) == 0 {
		return usageErrorf("log needs add, list or rm (usage: certplan %s)", logUsage)
	}
	switch args[0] {
	case "add":
		return runLogAdd(c, args[1:])
	case "list", "ls":
		return runLogList(c, args[1:])
	case "rm", "remove":
		return runLogRemove(c, args[1:])
	}
	return usageErrorf("unknown log command %q (accepted: add, list, rm)", args[0])
}

func runLogAdd(c *ctx, args []string) error {
	const usage = "log add --kind study|lab --cert CODE --date DATE --hours H [--domain NAME] [--services A,B] [--note TEXT] [--link URL]"
	fs := newFlags("log add")
	kind := fs.String("kind", "", "study or lab")
	code := fs.String("cert", "", "certification code")
	date := &dateFlag{name: "date"}
	fs.Var(date, "date", "day of the practice, YYYY-MM-DD")
	hours := fs.String("hours", "", "hours spent, e.g. 1.5")
	domain := fs.String("domain", "", "exam domain (see certplan catalog show CODE)")
	services := fs.String("services", "", "AWS services used, comma separated")
	note := fs.String("note", "", "what you did")
	link := fs.String("link", "", "a repository or lab URL")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	set := setFlags(fs)
	for _, need := range []string{"kind", "cert", "date", "hours"} {
		if !set[need] {
			return usageErrorf("log add needs --%s (usage: certplan %s)", need, usage)
		}
	}
	e := planner.Entry{Date: date.d, Code: *code, Domain: *domain, Note: *note, Link: *link}
	if e.Kind, err = planner.ParseEntryKind(*kind); err != nil {
		return err
	}
	if e.Hours, err = planner.ParseHours("--hours", *hours); err != nil {
		return err
	}
	if *services != "" {
		e.Services = strings.Split(*services, ",")
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	e, err = svc.AddEntry(e)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.out, e.ID)
	return nil
}

func runLogList(c *ctx, args []string) error {
	const usage = "log list [--cert CODE] [--kind study|lab] [--from DATE] [--to DATE] [--json | --csv]"
	fs := newFlags("log list")
	code := fs.String("cert", "", "only this certification")
	kind := fs.String("kind", "", "only study or lab")
	from, to := &dateFlag{name: "from"}, &dateFlag{name: "to"}
	fs.Var(from, "from", "first day, YYYY-MM-DD")
	fs.Var(to, "to", "last day, YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print JSON")
	asCSV := fs.Bool("csv", false, "print CSV")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	if *asJSON && *asCSV {
		return usageErrorf("log list: choose one of --json and --csv")
	}
	q := planner.EntryQuery{From: from.d, To: to.d, Code: *code}
	if *kind != "" {
		if q.Kind, err = planner.ParseEntryKind(*kind); err != nil {
			return err
		}
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	if *code != "" {
		if _, ok := svc.Catalog().Lookup(*code); !ok {
			return planner.Invalidf("cert", "certification %q is not in the catalog (see certplan catalog --all)", *code)
		}
	}
	es, err := svc.Entries(q)
	if err != nil {
		return err
	}
	switch {
	case *asJSON:
		return writeJSON(c.out, es)
	case *asCSV:
		return planner.WriteCSV(c.out, es)
	}
	if len(es) == 0 {
		fmt.Fprintln(c.out, "No entries.")
		return nil
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tKIND\tCODE\tHOURS\tDOMAIN\tSERVICES\tNOTE")
	var total float64
	for _, e := range es {
		total += e.Hours
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.Date, e.Kind, e.Code, planner.FormatHours(e.Hours),
			e.Domain, strings.Join(e.Services, ", "), e.Note)
	}
	tw.Flush()
	fmt.Fprintf(c.out, "\n%d entries, %s h\n", len(es), hours(total))
	return nil
}

func runLogRemove(c *ctx, args []string) error {
	const usage = "log rm ID"
	pos, err := c.parse(newFlags("log rm"), args, usage, 1)
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(pos[0], 10, 64)
	if err != nil || id == 0 {
		return planner.Invalidf("id", "entry ID %q is not a positive whole number (see certplan log list)", pos[0])
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	if err := svc.DeleteEntry(id); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "removed entry %d\n", id)
	return nil
}
