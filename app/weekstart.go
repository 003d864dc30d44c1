package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
)

// sundayFirst lists the regions whose weeks begin on Sunday, as Fyne's
// date picker (widget.Calendar) reads them from the locale. The month
// calendar uses the same rule, so the two never disagree (a test compares
// them).
var sundayFirst = map[string]bool{
	"BR": true, "BZ": true, "CA": true, "CO": true, "DO": true, "GT": true, "JP": true, "MX": true,
	"NI": true, "PE": true, "PA": true, "PY": true, "US": true, "VE": true, "ZA": true,
}

// weekStartDay is the first day of the week in the learner's locale.
func weekStartDay() time.Weekday {
	tag := lang.SystemLocale().LanguageString() // e.g. "en-US"
	if _, region, ok := strings.Cut(tag, "-"); ok && sundayFirst[region] {
		return time.Sunday
	}
	return time.Monday
}
