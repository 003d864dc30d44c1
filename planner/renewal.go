package planner

import (
	"cmp"
	"fmt"
	"slices"

	"certplan/catalog"
)

// RenewalExamLeadDays is how long before an expiry a renewal exam is
// booked: 14 days, the retake wait, so one retake still fits.
const RenewalExamLeadDays = 14

// Suggestion is the exam to sit to renew held certifications, with the
// certifications it renews and a sentence saying why it was chosen.
type Suggestion struct {
	Code   string   `json:"code"`
	Renews []string `json:"renews"`
	Reason string   `json:"reason"`
}

// candidate scores an exam by what a pass would renew.
type candidate struct {
	entry          catalog.Entry
	due, renewable []string // held codes it renews: expiring ones, and all not yet expired
	preferred      bool     // the certification's own exam or its successor
}

// better orders candidates: most due certifications renewed, then most
// held ones, then the certification's own exam or successor (the one the
// user studied for), then the cheaper exam, then the code.
func (a candidate) better(b candidate) bool {
	if c := cmp.Compare(len(a.due), len(b.due)); c != 0 {
		return c > 0
	}
	if c := cmp.Compare(len(a.renewable), len(b.renewable)); c != 0 {
		return c > 0
	}
	if a.preferred != b.preferred {
		return a.preferred
	}
	if c := cmp.Compare(a.entry.PriceUSD, b.entry.PriceUSD); c != 0 {
		return c < 0
	}
	return a.entry.Code < b.entry.Code
}

// score works out what a pass of the plannable exam code would renew
// among the wallet's certifications that have not expired.
func (w Wallet) score(e catalog.Entry) candidate {
	c := candidate{entry: e}
	for _, h := range w.Held {
		if h.Status == StatusExpired || !slices.Contains(h.RenewedBy, e.Code) {
			continue
		}
		c.renewable = append(c.renewable, h.Code)
		if h.Status == StatusExpiring {
			c.due = append(c.due, h.Code)
		}
	}
	return c
}

// renewWithFor is the suggested exam for one held certification: among the
// plannable exams that renew it, the one that renews the most held
// certifications at once.
func (w Wallet) renewWithFor(cat *catalog.Catalog, h Held) string {
	self, _ := cat.Lookup(h.Code)
	var best *candidate
	for _, code := range h.RenewedBy {
		e, ok := cat.Lookup(code)
		if !ok || !e.Plannable() {
			continue
		}
		c := w.score(e)
		c.preferred = e.Code == h.Code || e.Code == self.Successor
		if best == nil || c.better(*best) {
			best = &c
		}
	}
	if best == nil {
		return ""
	}
	return best.entry.Code
}

// RenewWith suggests one exam for the certifications that are due (expiring,
// not yet expired): the one whose pass renews the most of them at once.
// ok is false when nothing is due or no exam can renew what is due.
func (w Wallet) RenewWith(cat *catalog.Catalog) (s Suggestion, ok bool) {
	var best *candidate
	for _, e := range cat.Filter(catalog.Filter{}) {
		c := w.score(e)
		if len(c.due) == 0 {
			continue
		}
		if best == nil || c.better(*best) {
			best = &c
		}
	}
	if best == nil {
		return Suggestion{}, false
	}
	s = Suggestion{Code: best.entry.Code, Renews: best.renewable}
	switch {
	case len(best.due) == 1 && len(best.renewable) == 1:
		s.Reason = fmt.Sprintf("%s is due for renewal and a pass of %s renews it.", best.due[0], s.Code)
	case len(best.renewable) == len(best.due):
		s.Reason = fmt.Sprintf("A pass of %s renews %s at once, every certification of yours that is due and counts it.",
			s.Code, describeCodes(best.due))
	default:
		s.Reason = fmt.Sprintf("A pass of %s renews %s, which are due, and also %s.",
			s.Code, describeCodes(best.due), describeCodes(without(best.renewable, best.due)))
	}
	return s, true
}

func without(codes, drop []string) []string {
	var out []string
	for _, c := range codes {
		if !slices.Contains(drop, c) {
			out = append(out, c)
		}
	}
	return out
}

// RenewalTarget is the study target that renews the held certification
// code: its own exam while that can still be booked, otherwise the exam
// suggested to renew it (such as the successor of a retired exam). The exam
// date is RenewalExamLeadDays before the expiry, or the expiry itself when
// that is already too close.
func RenewalTarget(cat *catalog.Catalog, w Wallet, code string) (Target, error) {
	h, ok := w.Lookup(NormalizeCode(code))
	if !ok {
		return Target{}, &Error{Kind: NotFound, Field: "cert", Msg: fmt.Sprintf("%s is not among the certifications you hold", NormalizeCode(code))}
	}
	switch {
	case h.Expires.IsZero():
		return Target{}, Invalidf("cert", "%s never expires, so it needs no renewal", h.Code)
	case h.Status == StatusExpired:
		return Target{}, Invalidf("cert", "%s expired on %s; it can no longer be renewed, only earned again", h.Code, h.Expires)
	}
	target := h.RenewWith
	if self, _ := cat.Lookup(h.Code); self.Plannable() && slices.Contains(h.RenewedBy, self.Code) {
		target = self.Code
	}
	if target == "" {
		return Target{}, Invalidf("cert", "no exam that can still be booked renews %s", h.Code)
	}
	examBy := h.Expires.AddDays(-RenewalExamLeadDays)
	if examBy < w.Today {
		examBy = h.Expires
	}
	return Target{Code: target, ExamBy: examBy, Added: w.Today}, nil
}
