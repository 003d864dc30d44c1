package app

import (
	"fmt"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/plannertest"
)

func TestScratchDashboard(t *testing.T) {
	cat, _ := catalog.Builtin()
	st := plannertest.NewMemStore()
	now := time.Date(2026, 10, 12, 10, 0, 0, 0, time.Local)
	svc := planner.NewService(st, cat, func() time.Time { return now })
	svc.AddTarget(planner.Target{Code: "SAA-C03"})
	svc.AddTarget(planner.Target{Code: "CLF-C02", ExamBy: planner.NewDate(2027, 3, 1)})
	now = time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
	for i := 0; i < 20000; i++ {
		d := planner.NewDate(2026, 11, 22).AddDays(-(i % 700))
		k := planner.Study
		if i%3 == 0 {
			k = planner.Lab
		}
		svc.AddEntry(planner.Entry{Date: d, Kind: k, Code: "SAA-C03", Hours: 1.5, Domain: "Design Secure Architectures"})
	}
	t0 := time.Now()
	d, err := svc.Dashboard()
	fmt.Println(time.Since(t0), err)
	t0 = time.Now()
	d, err = svc.Dashboard()
	fmt.Println(time.Since(t0), err)
	fmt.Printf("%+v\n%+v\n%+v\n", d.Sessions, d.NextExam, d.Weeks)
	for _, ts := range d.Progress.Targets {
		fmt.Printf("%+v\n", ts)
	}
}

func TestScratchProfile(t *testing.T) {
	cat, _ := catalog.Builtin()
	st := plannertest.NewMemStore()
	now := time.Date(2026, 10, 12, 10, 0, 0, 0, time.Local)
	svc := planner.NewService(st, cat, func() time.Time { return now })
	svc.AddTarget(planner.Target{Code: "SAA-C03"})
	now = time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
	for i := 0; i < 20000; i++ {
		d := planner.NewDate(2026, 11, 22).AddDays(-(i % 700))
		svc.AddEntry(planner.Entry{Date: d, Kind: planner.Study, Code: "SAA-C03", Hours: 1.5})
	}
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		svc.Entries(planner.EntryQuery{})
		t1 := time.Now()
		svc.Progress()
		t2 := time.Now()
		svc.Dashboard()
		fmt.Println("entries", t1.Sub(t0), "progress", t2.Sub(t1), "dashboard", time.Since(t2))
	}
}
