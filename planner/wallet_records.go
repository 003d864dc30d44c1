package planner

import (
	"fmt"
	"net/url"
	"strings"

	"certplan/catalog"
)

// The wallet is kept as a history of what happened (earned records, maintain
// extensions, exam attempts), never as stored expiry dates: expiry follows
// from the history and the catalog's renewal rules, so removing or correcting
// a record is enough to put every date right again.

// Earned records a certification or badge the user holds, typed in from
// their AWS Certification Account or Credly. Retired codes are accepted:
// a certification earned on a retired exam stays valid until it expires.
type Earned struct {
	Code         string `json:"code"`
	Date         Date   `json:"date"`
	CredentialID string `json:"credential_id,omitempty"`
	URL          string `json:"url,omitempty"` // verification page, http or https
}

// Extension records a renewal without an exam, completed on Date: the
// one-year "maintain" extension (Activity empty), or one of the catalog
// entry's renewal activities by ID (such as "AWS Cloud Quest: Recertify
// Cloud Practitioner"), which counts like a pass of the certification.
type Extension struct {
	Code     string `json:"code"`
	Date     Date   `json:"date"`
	Activity string `json:"activity,omitempty"`
}

// Result of one exam-guide domain on a score report.
const (
	Meets = "meets"
	Below = "below"
)

// DomainResult is one line of a score report's per-domain section.
type DomainResult struct {
	Name   string `json:"name"`
	Result string `json:"result"` // Meets or Below
}

// Attempt is one sitting of an exam or badge assessment. Score is the
// scaled score (100-1000) for an exam and the percentage of correct answers
// for a badge. A pass comes with a discount voucher for a future exam; its
// expiry is tracked so a reminder can come before it lapses.
type Attempt struct {
	Code           string         `json:"code"`
	Date           Date           `json:"date"`
	Score          int            `json:"score"`
	Domains        []DomainResult `json:"domains"`
	VoucherExpires Date           `json:"voucher_expires,omitempty"`
}

// Limits on free text typed into the wallet: long enough for any real
// credential ID or verification link, short enough to stay readable.
const (
	maxCredentialIDLen = 100
	maxURLLen          = 2000
)

// lookupHeld finds any catalog entry, retired ones included, since a held
// certification may have been earned on an exam that is no longer offered.
func lookupHeld(cat *catalog.Catalog, code string) (catalog.Entry, error) {
	e, ok := cat.Lookup(NormalizeCode(code))
	if !ok {
		return e, &Error{Kind: Invalid, Field: "cert", Choices: CatalogCodes,
			Msg: fmt.Sprintf("certification %q is not in the catalog", code)}
	}
	return e, nil
}

// checkPastDate refuses a missing date and one after today: the wallet
// records what has happened, not what is planned.
func checkPastDate(what string, d, today Date) error {
	if d.IsZero() {
		return Invalidf("date", "the date %s is missing", what)
	}
	if d > today {
		return Invalidf("date", "the date %s, %s, is in the future; record it on or after that day", what, d)
	}
	return nil
}

// Validate checks the record on its own; History.Validate checks it
// against the rest of the wallet.
func (e Earned) Validate(cat *catalog.Catalog, today Date) error {
	if _, err := lookupHeld(cat, e.Code); err != nil {
		return err
	}
	if err := checkPastDate("earned", e.Date, today); err != nil {
		return err
	}
	return e.checkText()
}

func checkURL(raw string) error {
	if len(raw) > maxURLLen {
		return Invalidf("url", "the verification link is %d characters long; at most %d are accepted", len(raw), maxURLLen)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(raw, " \t\r\n") {
		return Invalidf("url", "the verification link %q is not a web address; want one starting with https:// or http://", raw)
	}
	return nil
}

// Validate checks the record on its own: a known certification that can be
// extended this way, on a day that has passed.
func (x Extension) Validate(cat *catalog.Catalog, today Date) error {
	e, err := lookupHeld(cat, x.Code)
	if err != nil {
		return err
	}
	if err := checkPastDate("of the renewal", x.Date, today); err != nil {
		return err
	}
	if x.Activity == "" {
		if !e.CanMaintain() {
			return Invalidf("cert", "%s cannot be extended by a maintain activity", e.Code)
		}
		return nil
	}
	if _, ok := e.RenewalActivity(x.Activity); !ok {
		return Invalidf("activity", "%q is not a way to renew %s without an exam%s", x.Activity, e.Code, activityChoices(e))
	}
	return nil
}

func activityChoices(e catalog.Entry) string {
	if len(e.RenewalActivities) == 0 {
		return ""
	}
	ids := make([]string, len(e.RenewalActivities))
	for i, a := range e.RenewalActivities {
		ids[i] = a.ID
	}
	return " (accepted: " + strings.Join(ids, ", ") + ")"
}

// Validate checks the record on its own: a known exam, a day that has
// passed, a score on the exam's own scale, domains from its exam guide
// (each once) and a voucher only with a pass.
func (a Attempt) Validate(cat *catalog.Catalog, today Date) error {
	e, err := lookupHeld(cat, a.Code)
	if err != nil {
		return err
	}
	if err := checkPastDate("of the attempt", a.Date, today); err != nil {
		return err
	}
	if lo, hi := e.ScoreRange(); a.Score < lo || a.Score > hi {
		measure := "a scaled score"
		if e.PassesByPercent() {
			measure = "a percentage of correct answers"
		}
		return Invalidf("score", "score %d is outside %s's range: %s from %d to %d", a.Score, e.Code, measure, lo, hi)
	}
	if err := checkDomainResults(e, a.Domains); err != nil {
		return err
	}
	if !a.VoucherExpires.IsZero() {
		if !e.Passed(a.Score) {
			return Invalidf("voucher-expires", "only a pass comes with a voucher; score %d is below %s's pass mark %s", a.Score, e.Code, e.PassingLabel())
		}
		if a.VoucherExpires <= a.Date {
			return Invalidf("voucher-expires", "the voucher expiry %s must be after the attempt on %s", a.VoucherExpires, a.Date)
		}
	}
	return nil
}

func checkDomainResults(e catalog.Entry, results []DomainResult) error {
	seen := make(map[string]bool, len(results))
	for _, r := range results {
		name, ok := guideDomain(e, r.Name)
		if !ok {
			if len(e.Domains) == 0 {
				return Invalidf("domain", "%s has no exam-guide domains to report results for", e.Code)
			}
			return Invalidf("domain", "%q is not a domain of the %s exam guide (accepted: %s)", r.Name, e.Code, domainNames(e))
		}
		if r.Result != Meets && r.Result != Below {
			return Invalidf("domain", "the result for %q is %q; want %q or %q", name, r.Result, Meets, Below)
		}
		if seen[name] {
			return Invalidf("domain", "the domain %q is given twice", name)
		}
		seen[name] = true
	}
	return nil
}

// guideDomain matches a typed domain name to the exam guide's spelling.
func guideDomain(e catalog.Entry, name string) (string, bool) {
	for _, d := range e.Domains {
		if strings.EqualFold(d.Name, strings.TrimSpace(name)) {
			return d.Name, true
		}
	}
	return "", false
}

func domainNames(e catalog.Entry) string {
	names := make([]string, len(e.Domains))
	for i, d := range e.Domains {
		names[i] = d.Name
	}
	return strings.Join(names, "; ")
}

// AddYears returns the same day n years after d. 29 February becomes
// 28 February in a year without it: validity never runs past the month it
// is due in, so 2024-02-29 plus 3 years is 2027-02-28.
func AddYears(d Date, n int) Date { return d.AddMonths(12 * n) }
