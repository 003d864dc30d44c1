package planner

// DomainShare is one exam domain's part of a target: the study and lab hours
// a plan made before anything was logged gives that domain.
type DomainShare struct {
	Name   string
	Weight float64
	Hours  float64
}

// DomainSplit shares a target's prep among its exam domains. The final
// review the plan keeps (ReviewHours, which depends on the exam's length)
// names no domain; the rest of prep goes to the
// domains by the guide's weights, by largest remainders in quarter hours, so
// the shares add up exactly. It is the one split both the scheduler and
// progress use: a domain's target is the hours its sessions add up to in a
// first plan.
func DomainSplit(prep, labShare float64, examMinutes int, domains []DomainWeight) []DomainShare {
	split := domainQuarters(prep, labShare, examMinutes, domains)
	out := make([]DomainShare, len(domains))
	for i, d := range domains {
		out[i] = DomainShare{Name: d.Name, Weight: d.Weight, Hours: split[i].hours()}
	}
	return out
}

// domainQuarters is DomainSplit in quarter hours, guide order.
func domainQuarters(prep, labShare float64, examMinutes int, domains []DomainWeight) []quarters {
	pool := toQuarters(prep) - toQuarters(ReviewHours(prep, labShare, examMinutes))
	return apportion(pool, guideWeights(domains))
}
