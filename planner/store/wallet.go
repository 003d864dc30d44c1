package store

import (
	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// The wallet's stored records: the whole history as one record, written in
// one transaction. A learner holds a handful of certifications and sits a
// few exams a year, so one record stays small, and replacing it whole keeps
// every change atomic without per-record keys. Like records.go, these types
// are the disk's own.

type historyRecord struct {
	Earned     []earnedRecord    `json:"earned"`
	Extensions []extensionRecord `json:"extensions"`
	Attempts   []attemptRecord   `json:"attempts"`
}

type earnedRecord struct {
	Code         string `json:"code"`
	Date         string `json:"date"`
	CredentialID string `json:"credential_id"`
	URL          string `json:"url"`
}

type extensionRecord struct {
	Code     string `json:"code"`
	Date     string `json:"date"`
	Activity string `json:"activity"`
}

type domainResultRecord struct {
	Name   string `json:"name"`
	Result string `json:"result"`
}

type attemptRecord struct {
	Code           string               `json:"code"`
	Date           string               `json:"date"`
	Score          int                  `json:"score"`
	Domains        []domainResultRecord `json:"domains"`
	VoucherExpires string               `json:"voucher_expires"`
}

func toHistoryRecord(h planner.History) historyRecord {
	r := historyRecord{
		Earned:     make([]earnedRecord, len(h.Earned)),
		Extensions: make([]extensionRecord, len(h.Extensions)),
		Attempts:   make([]attemptRecord, len(h.Attempts)),
	}
	for i, e := range h.Earned {
		r.Earned[i] = earnedRecord{Code: e.Code, Date: e.Date.String(), CredentialID: e.CredentialID, URL: e.URL}
	}
	for i, x := range h.Extensions {
		r.Extensions[i] = extensionRecord{Code: x.Code, Date: x.Date.String(), Activity: x.Activity}
	}
	for i, a := range h.Attempts {
		ar := attemptRecord{Code: a.Code, Date: a.Date.String(), Score: a.Score,
			Domains: make([]domainResultRecord, len(a.Domains)), VoucherExpires: a.VoucherExpires.String()}
		for j, d := range a.Domains {
			ar.Domains[j] = domainResultRecord{Name: d.Name, Result: d.Result}
		}
		r.Attempts[i] = ar
	}
	return r
}

func (r historyRecord) history() (planner.History, error) {
	h := planner.History{
		Earned:     make([]planner.Earned, len(r.Earned)),
		Extensions: make([]planner.Extension, len(r.Extensions)),
		Attempts:   make([]planner.Attempt, len(r.Attempts)),
	}
	for i, e := range r.Earned {
		d, err := parseOptionalDate(e.Date)
		if err != nil {
			return planner.History{}, err
		}
		h.Earned[i] = planner.Earned{Code: e.Code, Date: d, CredentialID: e.CredentialID, URL: e.URL}
	}
	for i, x := range r.Extensions {
		d, err := parseOptionalDate(x.Date)
		if err != nil {
			return planner.History{}, err
		}
		h.Extensions[i] = planner.Extension{Code: x.Code, Date: d, Activity: x.Activity}
	}
	for i, a := range r.Attempts {
		d, err := parseOptionalDate(a.Date)
		if err != nil {
			return planner.History{}, err
		}
		voucher, err := parseOptionalDate(a.VoucherExpires)
		if err != nil {
			return planner.History{}, err
		}
		domains := make([]planner.DomainResult, len(a.Domains))
		for j, dr := range a.Domains {
			domains[j] = planner.DomainResult{Name: dr.Name, Result: dr.Result}
		}
		h.Attempts[i] = planner.Attempt{Code: a.Code, Date: d, Score: a.Score, Domains: domains, VoucherExpires: voucher}
	}
	return h, nil
}

// getHistory reads the wallet history; an absent record is an empty one.
func getHistory(txn *badger.Txn) (planner.History, error) {
	var r historyRecord
	if _, err := getJSON(txn, keyHistory, &r); err != nil {
		return planner.History{}, err
	}
	return r.history()
}

// getShown reads the keys of the reminders already shown; none when absent.
func getShown(txn *badger.Txn) ([]string, error) {
	keys := []string{}
	if _, err := getJSON(txn, keyShown, &keys); err != nil {
		return nil, err
	}
	if keys == nil {
		keys = []string{}
	}
	return keys, nil
}

// History returns the wallet's history (empty lists when none was saved).
func (s *Store) History() (planner.History, error) {
	var h planner.History
	err := s.view(func(txn *badger.Txn) error {
		var err error
		h, err = getHistory(txn)
		return err
	})
	return h, err
}

// SaveHistory replaces the whole wallet history in one transaction.
func (s *Store) SaveHistory(h planner.History) error {
	h, err := planner.PrepareHistory(h)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error { return putJSON(txn, keyHistory, toHistoryRecord(h)) })
}

// ShownReminders returns the keys of the reminders already shown, sorted.
func (s *Store) ShownReminders() ([]string, error) {
	var keys []string
	err := s.view(func(txn *badger.Txn) error {
		var err error
		keys, err = getShown(txn)
		return err
	})
	return keys, err
}

// SaveShownReminders replaces the set of reminder keys already shown.
func (s *Store) SaveShownReminders(keys []string) error {
	keys, err := planner.PrepareShownReminders(keys)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error { return putJSON(txn, keyShown, keys) })
}
