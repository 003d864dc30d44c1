package planner

import (
	"fmt"
	"slices"
)

// The wallet's front door: every change is checked against the catalog,
// today and the rest of the history (History.Validate) before the whole
// history is saved in one write, so bad input changes nothing.

// History returns the wallet's history as stored.
func (s *Service) History() (History, error) { return s.store.History() }

// Wallet is every held certification and badge as of today.
func (s *Service) Wallet() (Wallet, error) {
	h, err := s.store.History()
	if err != nil {
		return Wallet{}, err
	}
	return ComputeWallet(s.cat, h, s.Today()), nil
}

// Renewals lists the held certifications and badges with their expiry,
// status and the exam suggested to renew each, in catalog order.
func (s *Service) Renewals() ([]Held, error) {
	w, err := s.Wallet()
	if err != nil {
		return nil, err
	}
	if w.Held == nil {
		return []Held{}, nil
	}
	return w.Held, nil
}

// saveHistory checks h whole and saves it.
func (s *Service) saveHistory(h History) error {
	if err := h.Validate(s.cat, s.Today()); err != nil {
		return err
	}
	return s.store.SaveHistory(h)
}

// AddEarned records a certification or badge as earned and returns the held
// certifications that the pass renewed (see PassRenewed).
func (s *Service) AddEarned(e Earned) (renewed []string, err error) {
	if err := e.Validate(s.cat, s.Today()); err != nil {
		return nil, err
	}
	e.Code = canonicalCode(s.cat, e.Code)
	h, err := s.store.History()
	if err != nil {
		return nil, err
	}
	h.Earned = append(h.Earned, e)
	if err := s.saveHistory(h); err != nil {
		return nil, err
	}
	return PassRenewed(s.cat, h, e.Code, e.Date), nil
}

// RemoveEarned drops every earned record of code. Maintain extensions of
// code go with them when nothing else (a passed attempt) still holds it.
func (s *Service) RemoveEarned(code string) error {
	code = canonicalCode(s.cat, code)
	h, err := s.store.History()
	if err != nil {
		return err
	}
	kept := slices.DeleteFunc(slices.Clone(h.Earned), func(e Earned) bool { return NormalizeCode(e.Code) == code })
	if len(kept) == len(h.Earned) {
		return &Error{Kind: NotFound, Field: "cert", Msg: fmt.Sprintf("%s has no earned record (a certification held through a passed attempt goes with that attempt)", code)}
	}
	next := History{Earned: kept, Extensions: h.Extensions, Attempts: h.Attempts}
	if next.Validate(s.cat, s.Today()) != nil {
		next.Extensions = slices.DeleteFunc(slices.Clone(h.Extensions), func(x Extension) bool { return NormalizeCode(x.Code) == code })
	}
	return s.saveHistory(next)
}

// Extend records a one-year maintain extension of the held code completed
// on date; only an active certification can be extended.
func (s *Service) Extend(code string, date Date) error {
	x := Extension{Code: code, Date: date}
	if err := x.Validate(s.cat, s.Today()); err != nil {
		return err
	}
	x.Code = canonicalCode(s.cat, code)
	h, err := s.store.History()
	if err != nil {
		return err
	}
	h.Extensions = append(h.Extensions, x)
	return s.saveHistory(h)
}

// AttemptOutcome is what recording an attempt tells the learner: pass or
// fail, the first retake day after a fail, and what a pass renewed.
type AttemptOutcome struct {
	AttemptReport
	Renewed []string `json:"renewed"`
}

// AddAttempt records one sitting of an exam. A pass also holds the
// certification from that day, by the renewal rules (replay); a fail makes
// the next plan for that code lean on the domains reported below.
func (s *Service) AddAttempt(a Attempt) (AttemptOutcome, error) {
	if err := a.Validate(s.cat, s.Today()); err != nil {
		return AttemptOutcome{}, err
	}
	e, _ := s.cat.Lookup(NormalizeCode(a.Code))
	a.Code = e.Code
	a.Domains = slices.Clone(a.Domains)
	for i, r := range a.Domains {
		a.Domains[i].Name, _ = guideDomain(e, r.Name) // the guide's spelling; Validate checked it exists
	}
	h, err := s.store.History()
	if err != nil {
		return AttemptOutcome{}, err
	}
	h.Attempts = append(h.Attempts, a)
	if err := s.saveHistory(h); err != nil {
		return AttemptOutcome{}, err
	}
	out := AttemptOutcome{AttemptReport: a.Report(e), Renewed: []string{}}
	if out.Passed {
		out.Renewed = append(out.Renewed, PassRenewed(s.cat, h, a.Code, a.Date)...)
	}
	return out, nil
}

// Attempts reports every recorded attempt in date order.
func (s *Service) Attempts() ([]AttemptReport, error) {
	h, err := s.store.History()
	if err != nil {
		return nil, err
	}
	return ReportAttempts(s.cat, h.Attempts), nil
}

// Remind lists what is due on today (DueReminders). It only reads, so it
// may run any number of times.
func (s *Service) Remind(today Date) ([]Reminder, error) {
	h, err := s.store.History()
	if err != nil {
		return nil, err
	}
	ts, err := s.store.Targets()
	if err != nil {
		return nil, err
	}
	out := DueReminders(s.cat, ComputeWallet(s.cat, h, today), ts, h.Attempts, today)
	if out == nil {
		out = []Reminder{}
	}
	return out, nil
}

// UnshownReminders is what is due today that the app has not shown yet.
func (s *Service) UnshownReminders() ([]Reminder, error) {
	due, err := s.Remind(s.Today())
	if err != nil {
		return nil, err
	}
	keys, err := s.store.ShownReminders()
	if err != nil {
		return nil, err
	}
	shown := make(map[string]bool, len(keys))
	for _, k := range keys {
		shown[k] = true
	}
	return Unshown(due, shown), nil
}

// MarkRemindersShown remembers rs as shown, so the app shows each once.
// Keys of reminders no longer due are dropped, which keeps the set small.
func (s *Service) MarkRemindersShown(rs []Reminder) error {
	due, err := s.Remind(s.Today())
	if err != nil {
		return err
	}
	keys, err := s.store.ShownReminders()
	if err != nil {
		return err
	}
	stillDue := map[string]bool{}
	for _, r := range due {
		stillDue[r.Key()] = true
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return !stillDue[k] })
	for _, r := range rs {
		keys = append(keys, r.Key())
	}
	return s.store.SaveShownReminders(keys)
}

// AddRenewalTarget adds the study target that renews the held code (see
// RenewalTarget), with prep hours prep (0: the default), and plans it with
// the other targets under the learner's availability. It returns the target
// and the plan's warnings about it, such as too little time before the
// exam date.
func (s *Service) AddRenewalTarget(code string, prep float64) (Target, []Warning, error) {
	w, err := s.Wallet()
	if err != nil {
		return Target{}, nil, err
	}
	t, err := RenewalTarget(s.cat, w, code)
	if err != nil {
		return Target{}, nil, err
	}
	t.PrepHours = prep
	if t, err = s.AddTarget(t); err != nil {
		return t, nil, err
	}
	p, err := s.SavedPlan()
	if err != nil {
		return t, nil, err
	}
	var warnings []Warning
	for _, wn := range p.Warnings {
		if wn.Code == t.Code {
			warnings = append(warnings, wn)
		}
	}
	return t, warnings, nil
}
