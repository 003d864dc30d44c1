package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"certplan/catalog"
)

// catalogFacts words an entry's facts for people. The wording lives here,
// apart from the widgets, so the list, the details pane and the role paths
// describe an exam the same way and the phrases are easy to translate.
type catalogFacts struct{ catalog.Entry }

// mark flags a value whose sources disagree, so the learner knows to check
// it (and may override it in catalog.json).
func (f catalogFacts) mark(text string, fields ...string) string {
	for _, field := range fields {
		if f.IsUncertain(field) {
			return text + " " + lang.L("(uncertain)")
		}
	}
	return text
}

func (f catalogFacts) questions() string {
	text := lang.L("not published")
	switch {
	case f.Questions > 0 && f.ScoredQuestions > 0:
		text = fmt.Sprintf(lang.L("%d (%d scored)"), f.Questions, f.ScoredQuestions)
	case f.Questions > 0:
		text = strconv.Itoa(f.Questions)
	}
	return f.mark(text, "questions", "scored_questions")
}

func (f catalogFacts) duration() string {
	text := lang.L("no time limit")
	if f.Minutes > 0 {
		text = fmt.Sprintf(lang.L("%d minutes"), f.Minutes)
	}
	return f.mark(text, "minutes")
}

func (f catalogFacts) price() string {
	text := lang.L("free")
	if f.PriceUSD > 0 {
		text = fmt.Sprintf(lang.L("US$%d"), f.PriceUSD)
	}
	return f.mark(text, "price_usd")
}

func (f catalogFacts) passing() string {
	return f.mark(f.PassingLabel(), "passing_score", "passing_scale", "pass_percent")
}

func (f catalogFacts) validity() string {
	text := lang.L("no expiry")
	switch {
	case f.ValidityYears == 1:
		text = lang.L("valid 1 year")
	case f.ValidityYears > 1:
		text = fmt.Sprintf(lang.L("valid %d years"), f.ValidityYears)
	}
	return f.mark(text, "validity_years")
}

func (f catalogFacts) experience() string {
	text := f.Experience
	if text == "" {
		text = lang.L("none stated")
	}
	return f.mark(text, "experience")
}

// prep shows the default next to its usual spread, because the default is
// the product's estimate rather than an AWS figure.
func (f catalogFacts) prep() string {
	text := fmt.Sprintf(lang.L("%s hours"), fmtNumber(f.PrepHours))
	if f.PrepRange.Max > 0 {
		text = fmt.Sprintf(lang.L("%s hours (typically %s–%s)"),
			fmtNumber(f.PrepHours), fmtNumber(f.PrepRange.Min), fmtNumber(f.PrepRange.Max))
	}
	return f.mark(text, "prep_hours", "prep_range")
}

func (f catalogFacts) retake() string {
	text := fmt.Sprintf(lang.L("%d days"), f.RetakeWaitDays)
	if f.RetakeWaitDays == 1 {
		text = lang.L("1 day")
	}
	return f.mark(text, "retake_wait_days")
}

func (f catalogFacts) renewedBy() string {
	return f.mark(catalogCodeList(f.RenewedBy), "renewed_by")
}

// headline is the line under an entry's name: code, vendor and tier.
func (f catalogFacts) headline() string {
	return strings.Join([]string{f.Code, f.Vendor, catalogTierTitle(f.Tier)}, " · ")
}

// listDetail is the quieter second line of a catalog list row.
func (f catalogFacts) listDetail(planned bool) string {
	parts := []string{catalogTierTitle(f.Tier)}
	if f.Status == catalog.Retired {
		parts = append(parts, f.retiredOn())
	}
	if planned {
		parts = append(parts, lang.L("in plan"))
	}
	return strings.Join(parts, " · ")
}

func (f catalogFacts) retiredOn() string {
	if f.StatusDate == "" {
		return lang.L("retired")
	}
	return f.mark(fmt.Sprintf(lang.L("retired %s"), f.StatusDate), "status_date")
}

// retiredNotice explains why a retired exam cannot be planned and what to
// take instead.
func (f catalogFacts) retiredNotice() string {
	when := lang.L("This exam is retired.")
	if f.StatusDate != "" {
		when = f.mark(fmt.Sprintf(lang.L("This exam was retired on %s."), f.StatusDate), "status_date")
	}
	next := lang.L("It has no successor exam, so it cannot be planned.")
	if f.Successor != "" {
		next = fmt.Sprintf(lang.L("Its successor is %s: plan that exam instead."), f.Successor)
	}
	return when + " " + next + " " + lang.L("Certifications earned on it stay valid until they expire.")
}

func catalogTierTitle(t catalog.Tier) string { return lang.L(t.Title()) }

// catalogCodeList lists exam codes for a sentence, or says there are none.
func catalogCodeList(codes []string) string {
	if len(codes) == 0 {
		return lang.L("none")
	}
	return strings.Join(codes, ", ")
}

func catalogEntryCodes(entries []catalog.Entry) []string {
	codes := make([]string, len(entries))
	for i, e := range entries {
		codes[i] = e.Code
	}
	return codes
}
