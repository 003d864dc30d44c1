package planner

// The backup file's own records for the wallet history (see
// snapshot_json.go for why they are separate from the planner's types).

type backupHistory struct {
	Earned     []backupEarned    `json:"earned"`
	Extensions []backupExtension `json:"extensions"`
	Attempts   []backupAttempt   `json:"attempts"`
}

type backupEarned struct {
	Code         string `json:"code"`
	Date         string `json:"date"`
	CredentialID string `json:"credential_id"`
	URL          string `json:"url"`
}

type backupExtension struct {
	Code     string `json:"code"`
	Date     string `json:"date"`
	Activity string `json:"activity"`
}

type backupDomainResult struct {
	Name   string `json:"name"`
	Result string `json:"result"`
}

type backupAttempt struct {
	Code           string               `json:"code"`
	Date           string               `json:"date"`
	Score          int                  `json:"score"`
	Domains        []backupDomainResult `json:"domains"`
	VoucherExpires string               `json:"voucher_expires"`
}

func toBackupHistory(h History) backupHistory {
	out := backupHistory{
		Earned:     make([]backupEarned, len(h.Earned)),
		Extensions: make([]backupExtension, len(h.Extensions)),
		Attempts:   make([]backupAttempt, len(h.Attempts)),
	}
	for i, e := range h.Earned {
		out.Earned[i] = backupEarned{Code: e.Code, Date: e.Date.String(), CredentialID: e.CredentialID, URL: e.URL}
	}
	for i, x := range h.Extensions {
		out.Extensions[i] = backupExtension{Code: x.Code, Date: x.Date.String(), Activity: x.Activity}
	}
	for i, a := range h.Attempts {
		r := backupAttempt{Code: a.Code, Date: a.Date.String(), Score: a.Score,
			Domains: make([]backupDomainResult, len(a.Domains)), VoucherExpires: a.VoucherExpires.String()}
		for j, d := range a.Domains {
			r.Domains[j] = backupDomainResult{Name: d.Name, Result: d.Result}
		}
		out.Attempts[i] = r
	}
	return out
}

func (r backupHistory) history() (History, error) {
	var h History
	for _, e := range r.Earned {
		d, err := parseRecordDate("date", e.Date)
		if err != nil {
			return History{}, err
		}
		h.Earned = append(h.Earned, Earned{Code: e.Code, Date: d, CredentialID: e.CredentialID, URL: e.URL})
	}
	for _, x := range r.Extensions {
		d, err := parseRecordDate("date", x.Date)
		if err != nil {
			return History{}, err
		}
		h.Extensions = append(h.Extensions, Extension{Code: x.Code, Date: d, Activity: x.Activity})
	}
	for _, a := range r.Attempts {
		d, err := parseRecordDate("date", a.Date)
		if err != nil {
			return History{}, err
		}
		voucher, err := parseRecordDate("voucher-expires", a.VoucherExpires)
		if err != nil {
			return History{}, err
		}
		domains := make([]DomainResult, len(a.Domains))
		for j, dr := range a.Domains {
			domains[j] = DomainResult{Name: dr.Name, Result: dr.Result}
		}
		h.Attempts = append(h.Attempts, Attempt{Code: a.Code, Date: d, Score: a.Score, Domains: domains, VoucherExpires: voucher})
	}
	return h, nil
}
