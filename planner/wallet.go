package planner

import (
	"cmp"
	"slices"
	"strings"

	"certplan/catalog"
)

// History is everything the wallet is computed from.
type History struct {
	Earned     []Earned    `json:"earned"`
	Extensions []Extension `json:"extensions"`
	Attempts   []Attempt   `json:"attempts"`
}

// HeldStatus says how urgent a renewal is.
type HeldStatus string

// The statuses of a held certification. Expiring starts ExpiringDays before
// the expiry, early enough to study for and book a renewal exam.
const (
	StatusActive   HeldStatus = "active"
	StatusExpiring HeldStatus = "expiring"
	StatusExpired  HeldStatus = "expired"
)

// ExpiringDays is how many days before expiry a certification is expiring.
const ExpiringDays = 180

// Held is one certification or badge in the wallet, as of a given day.
// A certification is valid up to and including Expires. Badges never
// expire: their Expires is zero, DaysLeft 0 and Status active.
type Held struct {
	Code         string     `json:"code"`
	Earned       Date       `json:"earned"`                 // first day of the current validity (after any lapse)
	LastRenewed  Date       `json:"last_renewed,omitempty"` // latest renewal, zero if never renewed
	Expires      Date       `json:"expires,omitempty"`
	DaysLeft     int        `json:"days_left"` // negative once expired
	Status       HeldStatus `json:"status"`
	RenewedBy    []string   `json:"renewed_by"`
	RenewWith    string     `json:"renew_with,omitempty"`
	CredentialID string     `json:"credential_id,omitempty"`
	URL          string     `json:"url,omitempty"`
}

// Wallet is every held certification and badge on a given day, in catalog
// order.
type Wallet struct {
	Today Date   `json:"today"`
	Held  []Held `json:"held"`
}

// Lookup finds a held certification by code.
func (w Wallet) Lookup(code string) (Held, bool) {
	i := slices.IndexFunc(w.Held, func(h Held) bool { return h.Code == NormalizeCode(code) })
	if i < 0 {
		return Held{}, false
	}
	return w.Held[i], true
}

// holding is a certification's state while the history is replayed.
type holding struct {
	earned, renewed, expires Date
	credentialID, url        string
}

// activeOn reports whether the holding is valid on d; one that never
// expires always is.
func (h *holding) activeOn(d Date) bool { return h.expires.IsZero() || d <= h.expires }

// event is one dated fact of the history: a pass (an earned record or a
// passed attempt) or a renewal without an exam.
type event struct {
	code     string
	date     Date
	pass     bool
	activity string  // for a renewal without an exam: "" = maintain
	record   *Earned // the earned record behind a pass, if any
}

// PassEffect is what one pass did: which held certifications it renewed.
type PassEffect struct {
	Code    string
	Date    Date
	Renewed []string // held certifications whose expiry moved later: the passed code first when it was held, then catalog order
}

// replay applies the history in date order. It returns the holdings, what
// each pass renewed, and the records that could not apply (a renewal of a
// certification that was not held or had expired), which History.Validate
// reports and the wallet ignores.
type replayResult struct {
	holdings map[string]*holding
	effects  []PassEffect
	problems []error
}

func replay(cat *catalog.Catalog, h History) replayResult {
	var events []event
	for i := range h.Earned {
		e := h.Earned[i]
		events = append(events, event{code: NormalizeCode(e.Code), date: e.Date, pass: true, record: &h.Earned[i]})
	}
	for _, a := range h.Attempts {
		if e, ok := cat.Lookup(NormalizeCode(a.Code)); ok && e.Passed(a.Score) {
			events = append(events, event{code: e.Code, date: a.Date, pass: true})
		}
	}
	for _, x := range h.Extensions {
		events = append(events, event{code: NormalizeCode(x.Code), date: x.Date, activity: x.Activity})
	}
	// Passes before renewals on the same day: an extension recorded on the
	// day a certification was earned extends it.
	slices.SortStableFunc(events, func(a, b event) int {
		if c := cmp.Compare(a.date, b.date); c != 0 {
			return c
		}
		if a.pass != b.pass {
			if a.pass {
				return -1
			}
			return 1
		}
		return 0
	})

	r := replayResult{holdings: map[string]*holding{}}
	for _, ev := range events {
		e, ok := cat.Lookup(ev.code)
		if !ok {
			continue // unknown codes are refused by Validate; nothing to compute
		}
		if ev.pass {
			r.effects = append(r.effects, r.applyPass(cat, e, ev))
		} else if err := r.applyRenewal(e, ev); err != nil {
			r.problems = append(r.problems, err)
		}
	}
	return r
}

// applyPass earns e (again, after a lapse) or renews it, and renews every
// other held, still active certification that counts e's pass.
func (r *replayResult) applyPass(cat *catalog.Catalog, e catalog.Entry, ev event) PassEffect {
	effect := PassEffect{Code: e.Code, Date: ev.date}
	own, held := r.holdings[e.Code]
	switch {
	case !held || !own.activeOn(ev.date):
		own = &holding{earned: ev.date}
		if e.Expires() {
			own.expires = AddYears(ev.date, e.ValidityYears)
		}
		r.holdings[e.Code] = own
	case slices.Contains(e.RenewedBy, e.Code) && r.extend(own, e, ev.date):
		effect.Renewed = append(effect.Renewed, e.Code)
	}
	if ev.record != nil {
		if ev.record.CredentialID != "" {
			own.credentialID = ev.record.CredentialID
		}
		if ev.record.URL != "" {
			own.url = ev.record.URL
		}
	}
	for _, other := range cat.Renews(e.Code) {
		h, ok := r.holdings[other.Code]
		if other.Code == e.Code || !ok || !h.activeOn(ev.date) {
			continue // an expired certification is not renewed, whatever is passed later
		}
		if r.extend(h, other, ev.date) {
			effect.Renewed = append(effect.Renewed, other.Code)
		}
	}
	return effect
}

// extend starts the validity of a held certification again on d, when that
// moves its expiry later.
func (r *replayResult) extend(h *holding, e catalog.Entry, d Date) bool {
	if !e.Expires() {
		return false
	}
	if next := AddYears(d, e.ValidityYears); next > h.expires {
		h.expires, h.renewed = next, d
		return true
	}
	return false
}

func (r *replayResult) applyRenewal(e catalog.Entry, ev event) error {
	h, ok := r.holdings[e.Code]
	switch {
	case !ok:
		return Invalidf("cert", "%s is not held on %s, so it cannot be renewed then; record when it was earned first", e.Code, ev.date)
	case !h.activeOn(ev.date):
		return Invalidf("date", "%s expired on %s; only an active certification can be renewed, and %s is later", e.Code, h.expires, ev.date)
	case ev.activity == "":
		h.expires, h.renewed = AddYears(h.expires, e.MaintainYears), ev.date
	default:
		r.extend(h, e, ev.date)
	}
	return nil
}

// ComputeWallet works out every held certification on today from the
// history alone. Records that cannot apply (see History.Validate) are
// skipped, so a wallet can always be shown.
func ComputeWallet(cat *catalog.Catalog, h History, today Date) Wallet {
	r := replay(cat, h)
	w := Wallet{Today: today}
	for _, e := range cat.All() {
		s, ok := r.holdings[e.Code]
		if !ok {
			continue
		}
		held := Held{Code: e.Code, Earned: s.earned, LastRenewed: s.renewed, Expires: s.expires,
			Status: StatusActive, RenewedBy: e.RenewedBy, CredentialID: s.credentialID, URL: s.url}
		if !s.expires.IsZero() {
			held.DaysLeft = int(s.expires - today)
			held.Status = statusFor(held.DaysLeft)
		}
		w.Held = append(w.Held, held)
	}
	for i := range w.Held {
		if w.Held[i].Status != StatusExpired {
			w.Held[i].RenewWith = w.renewWithFor(cat, w.Held[i])
		}
	}
	return w
}

func statusFor(daysLeft int) HeldStatus {
	switch {
	case daysLeft < 0:
		return StatusExpired
	case daysLeft <= ExpiringDays:
		return StatusExpiring
	}
	return StatusActive
}

// PassRenewed lists the held certifications that the pass of code on date
// renewed (the passed code included when it was already held), for the
// message shown after recording a pass. Replaying the whole history keeps
// it right whatever order records were typed in.
func PassRenewed(cat *catalog.Catalog, h History, code string, date Date) []string {
	for _, eff := range replay(cat, h).effects {
		if eff.Code == NormalizeCode(code) && eff.Date == date && len(eff.Renewed) > 0 {
			return eff.Renewed
		}
	}
	return nil
}

// describeCodes joins codes for a sentence: "A", "A and B", "A, B and C".
func describeCodes(codes []string) string {
	switch len(codes) {
	case 0:
		return ""
	case 1:
		return codes[0]
	}
	return strings.Join(codes[:len(codes)-1], ", ") + " and " + codes[len(codes)-1]
}
