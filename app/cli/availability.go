package cli

import (
	"strconv"
	"strings"

	"certplan/planner"
)

// applyAvailability changes a to what the availability flags given say
// (availabilityFlags in the command table); flags not given leave a alone.
func applyAvailability(a *planner.Availability, in *input) error {
	set := in.givenFlags()
	if set["hours"] {
		week, err := planner.ParseWeekHours(in.text("hours"))
		if err != nil {
			return err
		}
		a.Hours = week
	}
	if set["country"] {
		a.Country = strings.ToUpper(strings.TrimSpace(in.text("country")))
		if !set["region"] {
			a.Region = ""
		}
	}
	if set["region"] {
		a.Region = strings.ToUpper(strings.TrimSpace(in.text("region")))
	}
	if set["lab-share"] {
		v, err := strconv.ParseFloat(strings.TrimSpace(in.text("lab-share")), 64)
		if err != nil || v < 0 || v > 1 {
			return planner.Invalidf("lab-share", "--lab-share %q must be a number from 0 to 1, such as 0.3", in.text("lab-share"))
		}
		a.LabShare = v
	}
	if set["experience"] {
		x, err := planner.ParseExperience(in.text("experience"))
		if err != nil {
			return err
		}
		a.Experience = x
	}
	if set["start"] {
		a.Start = in.date("start")
	}
	if set["off"] {
		a.DaysOff = nil
		for _, v := range in.list("off") {
			r, err := planner.ParseDateRange(v)
			if err != nil {
				return planner.Invalidf("off", "--off %q: %v", v, err)
			}
			a.DaysOff = append(a.DaysOff, r)
		}
		a.DaysOff = planner.NormalizeDaysOff(a.DaysOff)
	}
	return a.Validate()
}
