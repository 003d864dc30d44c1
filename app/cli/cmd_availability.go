package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"certplan/planner"
)

// runAvailabilitySet changes only what its flags name; --off adds days off.
func runAvailabilitySet(inv *invocation, in *input) error {
	if len(in.givenFlags()) == 0 {
		return usageErrorf("availability set needs at least one flag (usage: certplan %s)", inv.cmd.synopsis())
	}
	return changeAvailability(inv, func(a *planner.Availability) ([]string, error) { return applyAvailability(a, in) })
}

// runDaysOffRemove takes a day or a range out of the days off.
func runDaysOffRemove(inv *invocation, in *input) error {
	r, err := planner.ParseDateRange(in.args[0])
	if err != nil {
		return planner.Invalidf("", "%v", err)
	}
	return changeAvailability(inv, func(a *planner.Availability) ([]string, error) {
		var removed int
		a.DaysOff, removed = planner.RemoveDaysOff(a.DaysOff, r)
		if removed == 0 {
			return nil, &planner.Error{Kind: planner.NotFound, Msg: fmt.Sprintf("%s holds no day off", r)}
		}
		return []string{"removed " + planner.Plural(removed, "day off", "days off")}, nil
	})
}

// changeAvailability reads the saved availability, lets change edit it,
// saves it, and prints the change's notes and the result.
func changeAvailability(inv *invocation, change func(*planner.Availability) (notes []string, err error)) error {
	svc, err := inv.service()
	if err != nil {
		return err
	}
	a, err := svc.Availability()
	if err != nil {
		return err
	}
	notes, err := change(&a)
	if err != nil {
		return err
	}
	if err := svc.SetAvailability(a); err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(inv.out, "Note: "+n)
	}
	return printAvailability(inv.out, availabilityJSON(a))
}

func readAvailability(inv *invocation, _ *input) (availabilityDoc, error) {
	svc, err := inv.service()
	if err != nil {
		return availabilityDoc{}, err
	}
	a, err := svc.Availability()
	return availabilityJSON(a), err
}

// availabilityDoc is the JSON form: hours by weekday name, not by index.
type availabilityDoc struct {
	availability planner.Availability // what the text form prints

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
	d := availabilityDoc{availability: a, Hours: map[string]float64{}, Weekly: a.WeeklyHours(), Country: a.Country, Region: a.Region,
		DaysOff: a.DaysOff, Start: a.Start, LabShare: a.LabShare, Experience: a.Experience}
	for wd, h := range a.Hours {
		d.Hours[planner.WeekdayName(time.Weekday(wd))] = h
	}
	if d.DaysOff == nil {
		d.DaysOff = []planner.DateRange{}
	}
	return d
}

func printAvailability(w io.Writer, d availabilityDoc) error {
	a := d.availability
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
	_, err := fmt.Fprintf(w, "Experience:  %s\n", a.Experience)
	return err
}

func orToday(d planner.Date) string {
	if d.IsZero() {
		return "today"
	}
	return d.String()
}
