package cli

import (
	"flag"
	"strconv"
	"strings"

	"certplan/planner"
)

// availFlags are the availability flags shared by `plan` (what-if) and
// `availability set`, so both read them the same way.
type availFlags struct {
	hours, country, region, labShare, experience *string
	start                                        dateFlag
	off                                          listFlag
}

func addAvailFlags(fs *flag.FlagSet) *availFlags {
	f := &availFlags{start: dateFlag{name: "start"}}
	f.hours = fs.String("hours", "", "study hours per weekday, e.g. mon=2,tue=2,sat=4 (days not named get 0)")
	f.country = fs.String("country", "", "ISO 3166 country code for public holidays, e.g. US, GB, DE")
	f.region = fs.String("region", "", "region of the country with its own holidays, e.g. ENG, CA")
	f.labShare = fs.String("lab-share", "", "share of prep as hands-on labs, 0 to 1 (default 0.3)")
	f.experience = fs.String("experience", "", "new, some or daily: scales the catalog's prep hours (x1.5, x1.0, x0.7)")
	fs.Var(&f.start, "start", "first day of study, YYYY-MM-DD (default today)")
	fs.Var(&f.off, "off", "a day off, DATE or DATE..DATE; repeatable")
	return f
}

// names of the flags addAvailFlags defines, to tell what-if flags apart.
var availFlagNames = []string{"hours", "country", "region", "lab-share", "experience", "start", "off"}

// apply changes a to what the given flags say; flags not set leave a alone.
func (f *availFlags) apply(a *planner.Availability, set map[string]bool) error {
	if set["hours"] {
		week, err := planner.ParseWeekHours(*f.hours)
		if err != nil {
			return err
		}
		a.Hours = week
	}
	if set["country"] {
		a.Country = strings.ToUpper(strings.TrimSpace(*f.country))
		if !set["region"] {
			a.Region = ""
		}
	}
	if set["region"] {
		a.Region = strings.ToUpper(strings.TrimSpace(*f.region))
	}
	if set["lab-share"] {
		v, err := strconv.ParseFloat(strings.TrimSpace(*f.labShare), 64)
		if err != nil || v < 0 || v > 1 {
			return planner.Invalidf("lab-share", "--lab-share %q must be a number from 0 to 1, such as 0.3", *f.labShare)
		}
		a.LabShare = v
	}
	if set["experience"] {
		x, err := planner.ParseExperience(*f.experience)
		if err != nil {
			return err
		}
		a.Experience = x
	}
	if set["start"] {
		a.Start = f.start.d
	}
	if set["off"] {
		a.DaysOff = nil
		for _, v := range f.off {
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
