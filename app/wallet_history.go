package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// timelineItem is one dated line of the wallet's timeline.
type timelineItem struct {
	date planner.Date
	text string
}

func (t timelineItem) String() string { return t.date.String() + "  " + t.text }

// walletTimeline lists, in date order, what was earned, passed and
// extended, when each held certification expires, and the exams planned.
func walletTimeline(h planner.History, w planner.Wallet, reports []planner.AttemptReport, targets []planner.Target) []timelineItem {
	var out []timelineItem
	for _, e := range h.Earned {
		out = append(out, timelineItem{e.Date, fmt.Sprintf(lang.L("Earned %s"), planner.NormalizeCode(e.Code))})
	}
	for _, r := range reports {
		if r.Passed {
			out = append(out, timelineItem{r.Date, fmt.Sprintf(lang.L("Passed %s with %d"), r.Code, r.Score)})
		}
	}
	for _, x := range h.Extensions {
		out = append(out, timelineItem{x.Date, fmt.Sprintf(lang.L("Extended %s"), planner.NormalizeCode(x.Code))})
	}
	for _, held := range w.Held {
		if held.Expires.IsZero() {
			continue
		}
		verb := lang.L("%s expires")
		if held.Status == planner.StatusExpired {
			verb = lang.L("%s expired")
		}
		out = append(out, timelineItem{held.Expires, fmt.Sprintf(verb, held.Code)})
	}
	for _, t := range targets {
		if !t.ExamBy.IsZero() {
			out = append(out, timelineItem{t.ExamBy, fmt.Sprintf(lang.L("%s exam planned"), planner.NormalizeCode(t.Code))})
		}
	}
	slices.SortStableFunc(out, func(a, b timelineItem) int { return cmp.Compare(a.date, b.date) })
	return out
}

// attemptText is one attempt in the history: date, code, score, outcome
// and the domains reported.
func attemptText(r planner.AttemptReport) string {
	outcome := lang.L("passed")
	if !r.Passed {
		outcome = fmt.Sprintf(lang.L("not passed, retake from %s"), r.RetakeFrom)
	}
	text := fmt.Sprintf("%s  %s  %d  %s", r.Date, r.Code, r.Score, outcome)
	var domains []string
	for _, d := range r.Domains {
		domains = append(domains, d.Name+": "+domainResultName(d.Result))
	}
	if len(domains) > 0 {
		text += "\n" + strings.Join(domains, " · ")
	}
	if !r.VoucherExpires.IsZero() {
		text += "\n" + fmt.Sprintf(lang.L("Voucher expires %s"), r.VoucherExpires)
	}
	return text
}

func domainResultName(result string) string {
	if result == planner.Below {
		return lang.L("below")
	}
	return lang.L("meets")
}
