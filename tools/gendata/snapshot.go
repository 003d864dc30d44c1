package main

import (
	"fmt"
	"math/rand/v2"

	"certplan/catalog"
	"certplan/planner"
)

// The generated learner plans every active certification, holds six
// certifications earned on exams since retired and six Skill Builder
// badges, and has failed two exams it is studying for again.
var (
	targetCodes = []string{"CLF-C02", "AIF-C01", "SAA-C03", "DVA-C02", "SOA-C03", "DEA-C01",
		"MLA-C01", "SAP-C02", "DOP-C02", "AIP-C01", "ANS-C01", "SCS-C03"}
	heldCodes = []string{"SOA-C02", "SCS-C02", "MLS-C01", "DBS-C01", "DAS-C01", "PAS-C01",
		"BADGE-CLOUD-ESSENTIALS", "BADGE-SERVERLESS", "BADGE-ARCHITECTING", "BADGE-NETWORKING",
		"BADGE-EKS", "BADGE-COMPUTE"}
	failedCodes = []string{"SAA-C03", "DVA-C02"}
	services    = []string{"S3", "Lambda", "EC2", "VPC", "IAM", "DynamoDB", "RDS", "CloudFormation", "ECS", "KMS"}
	notes       = []string{"", "", "practice questions", "whitepaper", "video course, section review", "hands-on lab"}
)

// logYears is how far back the log reaches.
const logYears = 10

// generator draws every random choice from one seeded source, so a seed
// names one data folder.
type generator struct {
	cat   *catalog.Catalog
	rnd   *rand.Rand
	today planner.Date
}

func newGenerator(cat *catalog.Catalog, seed uint64, today planner.Date) *generator {
	return &generator{cat: cat, rnd: rand.New(rand.NewPCG(seed, 0x6365727470)), today: today}
}

// snapshot is the whole data folder; it is checked with the wallet's own
// rules, so the app opens it without a warning.
func (g *generator) snapshot(n int) (planner.Snapshot, error) {
	entries, err := g.entries(n)
	if err != nil {
		return planner.Snapshot{}, err
	}
	snap := planner.Snapshot{
		Targets: g.targets(),
		Availability: &planner.Availability{Hours: [7]float64{4, 2, 2, 2, 2, 1, 4}, Country: "US", LabShare: 0.3,
			Start: g.today},
		Entries: entries,
		History: g.history(),
	}
	if err := snap.History.Validate(g.cat, g.today); err != nil {
		return planner.Snapshot{}, fmt.Errorf("generated wallet: %w", err)
	}
	return snap, nil
}

func (g *generator) targets() []planner.Target {
	ts := make([]planner.Target, len(targetCodes))
	for i, code := range targetCodes {
		ts[i] = planner.Target{Code: code, Added: g.today.AddDays(-60)}
	}
	return ts
}

// recentEntries is how many of the newest entries go to the targets: about
// 30 hours each, so every target still has most of its plan ahead. The
// older entries are the study behind the certifications already held.
const recentEntries = 240

// entries spreads n entries evenly over ten years, oldest first, the last
// one today, with IDs 1 to n.
func (g *generator) entries(n int) ([]planner.Entry, error) {
	days := logYears * 365
	es := make([]planner.Entry, n)
	for i := range es {
		code := heldCodes[g.rnd.IntN(len(heldCodes))]
		if i >= n-recentEntries {
			code = targetCodes[g.rnd.IntN(len(targetCodes))]
		}
		c, ok := g.cat.Lookup(code)
		if !ok {
			return nil, fmt.Errorf("catalog has no %s", code)
		}
		domain := ""
		if len(c.Domains) > 0 {
			domain = c.Domains[g.rnd.IntN(len(c.Domains))].Name
		}
		kind := planner.Study
		if g.rnd.IntN(10) < 3 {
			kind = planner.Lab
		}
		es[i] = planner.Entry{
			ID:       uint64(i + 1),
			Date:     g.today.AddDays(-(n - 1 - i) * days / n),
			Kind:     kind,
			Code:     c.Code,
			Hours:    0.25 * float64(1+g.rnd.IntN(12)),
			Domain:   domain,
			Services: []string{services[g.rnd.IntN(len(services))], services[g.rnd.IntN(len(services))]},
			Note:     notes[g.rnd.IntN(len(notes))],
		}
	}
	return es, nil
}

// history earns each held code on its own day within the last two years
// (all still valid) and fails each of failedCodes once, a month apart.
func (g *generator) history() planner.History {
	var h planner.History
	for i, code := range heldCodes {
		h.Earned = append(h.Earned, planner.Earned{Code: code, Date: g.today.AddDays(-700 + i*40)})
	}
	for i, code := range failedCodes {
		c, _ := g.cat.Lookup(code)
		results := make([]planner.DomainResult, len(c.Domains))
		for j, d := range c.Domains {
			results[j] = planner.DomainResult{Name: d.Name, Result: planner.Meets}
		}
		results[g.rnd.IntN(len(results))].Result = planner.Below
		h.Attempts = append(h.Attempts, planner.Attempt{Code: code, Date: g.today.AddDays(-90 + i*30),
			Score: c.PassingScore - 20 - g.rnd.IntN(60), Domains: results})
	}
	return h
}
