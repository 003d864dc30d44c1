package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"certplan/catalog"
)

// The wording of catalog facts lives here, apart from the widgets that show
// it, so the list, the details pane and the role paths describe an exam the
// same way and the phrasing is easy to translate.

// uncertainMark flags a value whose sources disagree, so the learner knows
// to check it and may override it in catalog.json.
func uncertainMark(e catalog.Entry, text string, fields ...string) string {
	for _, f := range fields {
		if e.IsUncertain(f) {
			return text + " " + lang.L("(uncertain)")
		}
	}
	return text
}

func tierTitle(t catalog.Tier) string { return lang.L(t.Title()) }

func questionsText(e catalog.Entry) string {
	text := lang.L("not published")
	switch {
	case e.Questions > 0 && e.ScoredQuestions > 0:
		text = fmt.Sprintf(lang.L("%d (%d scored)"), e.Questions, e.ScoredQuestions)
	case e.Questions > 0:
		text = strconv.Itoa(e.Questions)
	}
	return uncertainMark(e, text, "questions", "scored_questions")
}

func durationText(e catalog.Entry) string {
	text := lang.L("no time limit")
	if e.Minutes > 0 {
		text = fmt.Sprintf(lang.L("%d minutes"), e.Minutes)
	}
	return uncertainMark(e, text, "minutes")
}

func priceText(e catalog.Entry) string {
	text := lang.L("free")
	if e.PriceUSD > 0 {
		text = fmt.Sprintf(lang.L("US$%d"), e.PriceUSD)
	}
	return uncertainMark(e, text, "price_usd")
}

func passingText(e catalog.Entry) string {
	return uncertainMark(e, e.PassingLabel(), "passing_score", "passing_scale")
}

func validityText(e catalog.Entry) string {
	text := lang.L("no expiry")
	switch {
	case e.ValidityYears == 1:
		text = lang.L("valid 1 year")
	case e.ValidityYears > 1:
		text = fmt.Sprintf(lang.L("valid %d years"), e.ValidityYears)
	}
	return uncertainMark(e, text, "validity_years")
}

func experienceText(e catalog.Entry) string {
	if e.Experience == "" {
		return uncertainMark(e, lang.L("none stated"), "experience")
	}
	return uncertainMark(e, e.Experience, "experience")
}

// prepText shows the default next to its usual spread, because the default
// is the product's estimate rather than an AWS figure.
func prepText(e catalog.Entry) string {
	text := fmt.Sprintf(lang.L("%s hours"), hoursText(e.PrepHours))
	if e.PrepRange.Max > 0 {
		text = fmt.Sprintf(lang.L("%s hours (typically %s–%s)"),
			hoursText(e.PrepHours), hoursText(e.PrepRange.Min), hoursText(e.PrepRange.Max))
	}
	return uncertainMark(e, text, "prep_hours", "prep_range")
}

func retakeText(e catalog.Entry) string {
	text := fmt.Sprintf(lang.L("%d days"), e.RetakeWaitDays)
	if e.RetakeWaitDays == 1 {
		text = lang.L("1 day")
	}
	return uncertainMark(e, text, "retake_wait_days")
}

func hoursText(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// weightText is a domain's share of the exam, e.g. "30%" or "12.5%".
func weightText(w float64) string { return strconv.FormatFloat(w, 'f', -1, 64) + "%" }

// codesText lists exam codes for a sentence, or says there are none.
func codesText(codes []string) string {
	if len(codes) == 0 {
		return lang.L("none")
	}
	return strings.Join(codes, ", ")
}

func entryCodes(entries []catalog.Entry) []string {
	codes := make([]string, len(entries))
	for i, e := range entries {
		codes[i] = e.Code
	}
	return codes
}

// headlineText is the line under an entry's name: code, vendor and tier.
func headlineText(e catalog.Entry) string {
	return strings.Join([]string{e.Code, e.Vendor, tierTitle(e.Tier)}, " · ")
}

// listDetailText is the secondary line of a catalog list row.
func listDetailText(e catalog.Entry, planned bool) string {
	parts := []string{tierTitle(e.Tier)}
	if e.Status == catalog.Retired {
		parts = append(parts, retiredOnText(e))
	}
	if planned {
		parts = append(parts, lang.L("in plan"))
	}
	return strings.Join(parts, " · ")
}

func retiredOnText(e catalog.Entry) string {
	if e.StatusDate == "" {
		return lang.L("retired")
	}
	return uncertainMark(e, fmt.Sprintf(lang.L("retired %s"), e.StatusDate), "status_date")
}

// retiredNoticeText explains why a retired exam cannot be planned and what
// to take instead.
func retiredNoticeText(e catalog.Entry) string {
	when := lang.L("This exam is retired.")
	if e.StatusDate != "" {
		when = uncertainMark(e, fmt.Sprintf(lang.L("This exam was retired on %s."), e.StatusDate), "status_date")
	}
	next := lang.L("It has no successor exam, so it cannot be planned.")
	if e.Successor != "" {
		next = fmt.Sprintf(lang.L("Its successor is %s: plan that exam instead."), e.Successor)
	}
	return when + " " + next + " " + lang.L("Certifications earned on it stay valid until they expire.")
}
