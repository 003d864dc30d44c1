package cli

import (
	"fmt"
	"strings"
	"time"

	"certplan/planner"
)

const availabilityUsage = "availability set [--hours mon=2,...] [--country CC] [--region R] [--off DATE[..DATE]] [--start DATE] [--lab-share F] [--experience new|some|daily] | availability show [--json]"

func runAvailability(c *ctx, args []string) error {
	if len(args) == 0 {
		return usageErrorf("availability needs set or show (usage: certplan %s)", availabilityUsage)
	}
	switch args[0] {
	case "set":
		return runAvailabilitySet(c, args[1:])
	case "show":
		return runAvailabilityShow(c, args[1:])
	}
	return usageErrorf("unknown availability command %q (accepted: set, show)", args[0])
}

// runAvailabilitySet changes only what its flags name; --off replaces the
// whole list of days off.
func runAvailabilitySet(c *ctx, args []string) error {
	const usage = "availability set [--hours mon=2,...] [--country CC] [--region R] [--off DATE[..DATE]] [--start DATE] [--lab-share F] [--experience new|some|daily]"
	fs := newFlags("availability set")
	avail := addAvailFlags(fs)
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	set := setFlags(fs)
	if len(set) == 0 {
		return usageErrorf("availability set needs at least one flag (usage: certplan %s)", usage)
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	a, err := svc.Availability()
	if err != nil {
		return err
	}
	if err := avail.apply(&a, set); err != nil {
		return err
	}
	if err := svc.SetAvailability(a); err != nil {
		return err
	}
	printAvailability(c, a)
	return nil
}

func runAvailabilityShow(c *ctx, args []string) error {
	const usage = "availability show [--json]"
	fs := newFlags("availability show")
	asJSON := fs.Bool("json", false, "print JSON")
	_, err := c.parse(fs, args, usage, 0)
	if err != nil {
		return err
	}
	svc, err := c.service()
	if err != nil {
		return err
	}
	a, err := svc.Availability()
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.out, availabilityJSON(a))
	}
	printAvailability(c, a)
	return nil
}

// availabilityDoc is the JSON form: hours by weekday name, not by index.
type availabilityDoc struct {
	Hours      map[string]float64  `json:"hours"`
	Weekly     float64             `json:"weekly_hours"`
	Country    string              `json:"country"`
	Region     string              `json:"region"`
	DaysOff    []planner.DateRange `json:"days_off"`
	Start      planner.Date        `json:"start"`
	LabShare   float64             `json:"lab_share"`
	Experience planner.Experience  `json:"experience"`
}

func availabilityJSON(a planner.Availability) availabilityDoc {
	d := availabilityDoc{Hours: map[string]float64{}, Weekly: a.WeeklyHours(), Country: a.Country, Region: a.Region,
		DaysOff: a.DaysOff, Start: a.Start, LabShare: a.LabShare, Experience: a.Experience}
	for wd, h := range a.Hours {
		d.Hours[planner.WeekdayName(time.Weekday(wd))] = h
	}
	if d.DaysOff == nil {
		d.DaysOff = []planner.DateRange{}
	}
	return d
}

func printAvailability(c *ctx, a planner.Availability) {
	w := c.out
	fmt.Fprintf(w, "Hours:       %s (%s h a week)\n", planner.FormatWeekHours(a.Hours), planner.FormatHours(a.WeeklyHours()))
	country := "none"
	if a.Country != "" {
		country = a.Country
		if a.Region != "" {
			country += " / " + a.Region
		}
	}
	fmt.Fprintf(w, "Holidays:    %s\n", country)
	off := make([]string, len(a.DaysOff))
	for i, r := range a.DaysOff {
		off[i] = r.String()
	}
	if len(off) == 0 {
		off = []string{"none"}
	}
	fmt.Fprintf(w, "Days off:    %s\n", strings.Join(off, ", "))
	fmt.Fprintf(w, "Start:       %s\n", orToday(a.Start))
	fmt.Fprintf(w, "Lab share:   %g\n", a.LabShare)
	fmt.Fprintf(w, "Experience:  %s\n", a.Experience)
}

func orToday(d planner.Date) string {
	if d.IsZero() {
		return "today"
	}
	return d.String()
}
