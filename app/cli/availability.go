package cli

import (
	"fmt"
	"strconv"
	"strings"

	"certplan/planner"
)

// applyAvailability changes a to what the availability flags given say
// (availabilityFlags in the command table); flags not given leave a alone.
// notes say what changed beyond what was asked for.
func applyAvailability(a *planner.Availability, in *input) (notes []string, err error) {
	set := in.givenFlags()
	if set["hours"] {
		week, err := planner.ParseWeekHours(in.text("hours"))
		if err != nil {
			return notes, err
		}
		a.Hours = week
	}
	if set["country"] {
		country := strings.ToUpper(strings.TrimSpace(in.text("country")))
		// A region belongs to its country: kept when the country stays,
		// cleared (and said) when it changes.
		if country != a.Country && a.Region != "" && !set["region"] {
			notes = append(notes, fmt.Sprintf("region %s cleared: it belongs to %s, not %s", a.Region, a.Country, country))
			a.Region = ""
		}
		a.Country = country
	}
	if set["region"] {
		a.Region = strings.ToUpper(strings.TrimSpace(in.text("region")))
	}
	if set["lab-share"] {
		v, err := strconv.ParseFloat(strings.TrimSpace(in.text("lab-share")), 64)
		if err != nil || v < 0 || v > 1 {
			return notes, planner.Invalidf("lab-share", "--lab-share %q must be a number from 0 to 1, such as 0.3", in.text("lab-share"))
		}
		a.LabShare = v
	}
	if set["experience"] {
		x, err := planner.ParseExperience(in.text("experience"))
		if err != nil {
			return notes, err
		}
		a.Experience = x
	}
	if set["start"] {
		a.Start = in.date("start")
	}
	if set["pace"] {
		pace, err := planner.ParsePace(in.text("pace"))
		if err != nil {
			return notes, err
		}
		a.Pace = pace
	}
	if set["at"] {
		times, err := planner.ParseWeekTimes(in.text("at"))
		if err != nil {
			return notes, err
		}
		a.StartTimes = times
	}
	if set["off"] {
		// Days off are added to those already set; `availability off rm`
		// removes them. Replacing them would silently drop holidays a
		// learner entered months ago.
		for _, v := range in.list("off") {
			r, err := planner.ParseDateRange(v)
			if err != nil {
				return notes, planner.Invalidf("off", "--off %q: %v", v, err)
			}
			a.DaysOff = append(a.DaysOff, r)
		}
		a.DaysOff = planner.NormalizeDaysOff(a.DaysOff)
	}
	return notes, a.Validate()
}
