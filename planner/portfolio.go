package planner

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WritePortfolio writes the lab entries as a Markdown record of hands-on
// experience, grouped by AWS service and by project link, ready to paste
// into a CV or a portfolio page. Study entries are left out: the portfolio
// shows what the learner built, not what they read.
func WritePortfolio(w io.Writer, es []Entry, today Date) error {
	var labs []Entry
	var total float64
	for _, e := range es {
		if e.Kind == Lab {
			labs = append(labs, e)
			total += e.Hours
		}
	}
	b := &strings.Builder{}
	fmt.Fprintf(b, "# Hands-on AWS experience\n\n")
	if len(labs) == 0 {
		fmt.Fprintf(b, "No hands-on lab sessions logged yet (as of %s).\n", today)
		_, err := io.WriteString(w, b.String())
		return err
	}
	first, last := labs[0].Date, labs[0].Date
	for _, e := range labs {
		first, last = min(first, e.Date), max(last, e.Date)
	}
	fmt.Fprintf(b, "%s of hands-on labs in %s, %s to %s (as of %s).\n",
		pluralHours(roundCents(total)), Plural(len(labs), "session", "sessions"), first, last, today)

	b.WriteString("\n## By service\n")
	for _, g := range groupEntries(labs, func(e Entry) []string {
		if len(e.Services) == 0 {
			return []string{"Other"}
		}
		return e.Services
	}) {
		fmt.Fprintf(b, "\n### %s (%s h)\n\n", g.name, FormatHours(roundCents(g.hours)))
		for _, e := range g.entries {
			fmt.Fprintf(b, "- %s, %s, %s h%s%s\n", e.Date, e.Code, FormatHours(e.Hours), noteText(e.Note), linkText(e.Link))
		}
	}

	projects := groupEntries(labs, func(e Entry) []string {
		if e.Link == "" {
			return nil
		}
		return []string{e.Link}
	})
	if len(projects) > 0 {
		b.WriteString("\n## By project\n")
		for _, g := range projects {
			fmt.Fprintf(b, "\n### <%s> (%s h)\n\n", g.name, FormatHours(roundCents(g.hours)))
			if s := servicesOf(g.entries); s != "" {
				fmt.Fprintf(b, "Services: %s\n\n", s)
			}
			for _, e := range g.entries {
				fmt.Fprintf(b, "- %s, %s, %s h%s\n", e.Date, e.Code, FormatHours(e.Hours), noteText(e.Note))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type entryGroup struct {
	name    string
	hours   float64
	entries []Entry
}

// groupEntries puts each entry in the groups keys names, largest group
// first (then by name), entries in date order within a group.
func groupEntries(es []Entry, keys func(Entry) []string) []entryGroup {
	byName := map[string]*entryGroup{}
	for _, e := range es {
		for _, k := range keys(e) {
			g := byName[k]
			if g == nil {
				g = &entryGroup{name: k}
				byName[k] = g
			}
			g.hours += e.Hours
			g.entries = append(g.entries, e)
		}
	}
	out := make([]entryGroup, 0, len(byName))
	for _, g := range byName {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].hours != out[j].hours {
			return out[i].hours > out[j].hours
		}
		return out[i].name < out[j].name
	})
	return out
}

func servicesOf(es []Entry) string {
	seen := map[string]bool{}
	var names []string
	for _, e := range es {
		for _, s := range e.Services {
			if !seen[s] {
				seen[s] = true
				names = append(names, s)
			}
		}
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// noteText keeps a note on its bullet's line.
func noteText(note string) string {
	if note == "" {
		return ""
	}
	return ": " + strings.Join(strings.Fields(note), " ")
}

func linkText(link string) string {
	if link == "" {
		return ""
	}
	return " <" + link + ">"
}

func roundCents(h float64) float64 { return float64(int64(h*100+0.5)) / 100 }

// pluralHours is "1 hour" or "4.5 hours"; any amount but exactly one takes
// the plural, as in "0.5 hours".
func pluralHours(h float64) string {
	if h == 1 {
		return "1 hour"
	}
	return FormatHours(h) + " hours"
}
