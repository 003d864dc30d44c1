package planner

import (
	"fmt"
	"math"
	"strconv"
)

// Plans count time in quarter hours: whole numbers keep every sum exact, so
// "hours add up to prep_hours" holds without float tolerance.
type quarters int

const quartersPerHour = 4

// toQuarters rounds h to the nearest quarter hour.
func toQuarters(h float64) quarters { return quarters(math.Round(h * quartersPerHour)) }

func (q quarters) hours() float64 { return float64(q) / quartersPerHour }

// IsQuarterHour reports whether h is a whole number of quarter hours.
func IsQuarterHour(h float64) bool {
	return math.Abs(h*quartersPerHour-math.Round(h*quartersPerHour)) < 1e-9
}

// RoundQuarter rounds h to the nearest quarter hour.
func RoundQuarter(h float64) float64 { return toQuarters(h).hours() }

// FormatHours prints hours without trailing zeros: 2, 1.5, 0.25.
func FormatHours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// ParseHours reads a finite decimal number of hours; the range depends on
// what the hours are for, and the caller's Validate checks it.
func ParseHours(field, s string) (float64, error) {
	h, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(h) || math.IsInf(h, 0) {
		return 0, Invalidf(field, "%s %s is not a number of hours (use a decimal such as 1.5)", field, quoteInput(s))
	}
	return h, nil
}

// validDayHours checks hours for one weekday.
func validDayHours(field string, h float64) error {
	if !(h >= 0 && h <= 24) { // also rejects NaN
		return Invalidf(field, "%s hours must be between 0 and 24, got %s", field, FormatHours(h))
	}
	if !IsQuarterHour(h) {
		return Invalidf(field, "%s must be a multiple of 0.25, got %s", field, FormatHours(h))
	}
	return nil
}

// MaxPrepHours bounds a target's prep: beyond this a figure is a typo, not a plan.
const MaxPrepHours = 2000

// ValidatePrepHours checks a target's prep hours.
func ValidatePrepHours(field string, h float64) error {
	if !(h > 0 && h <= MaxPrepHours) { // also rejects NaN
		return Invalidf(field, "%s must be above 0 and at most %d, got %s", field, MaxPrepHours, FormatHours(h))
	}
	if !IsQuarterHour(h) {
		return Invalidf(field, "%s must be a multiple of 0.25, got %s", field, FormatHours(h))
	}
	return nil
}

func hoursLabel(h float64) string { return fmt.Sprintf("%s h", FormatHours(h)) }
