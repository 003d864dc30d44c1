package planner_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// clock is a settable time source for the service.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time)     { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func (c *clock) add(d time.Duration) { c.set(c.now().Add(d)) }

func day(s string) planner.Date {
	d, err := planner.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local)
	if err != nil {
		panic(err)
	}
	return t
}

func newService(t *testing.T, now string) (*planner.Service, *plannertest.MemStore, *clock) {
	t.Helper()
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	st := plannertest.NewMemStore()
	c := &clock{t: at(now)}
	return planner.NewService(st, cat, c.now), st, c
}

func mustAddEntry(t *testing.T, svc *planner.Service, e planner.Entry) planner.Entry {
	t.Helper()
	e, err := svc.AddEntry(e)
	if err != nil {
		t.Fatalf("AddEntry(%+v): %v", e, err)
	}
	return e
}

func TestTargetsAddMoveRemove(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 09:00")
	for _, code := range []string{"clf-c02", "SAA-C03", "SAP-C02"} {
		if _, err := svc.AddTarget(planner.Target{Code: code}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.AddTarget(planner.Target{Code: "SAA-C03"}); planner.KindOf(err) != planner.Exists {
		t.Errorf("duplicate target: err %v, want kind Exists", err)
	}
	bad := []struct {
		t     planner.Target
		field string
	}{
		{planner.Target{Code: "NOPE-1"}, "cert"},
		{planner.Target{Code: "SOA-C02"}, "cert"}, // retired
		{planner.Target{Code: "DVA-C02", PrepHours: -1}, "prep"},
		{planner.Target{Code: "DVA-C02", PrepHours: 5000}, "prep"},
		{planner.Target{Code: "DVA-C02", PrepHours: 10.1}, "prep"},
		{planner.Target{Code: "DVA-C02", ExamBy: day("2026-11-23")}, "exam-by"},
	}
	for _, b := range bad {
		_, err := svc.AddTarget(b.t)
		if planner.KindOf(err) != planner.Invalid || planner.FieldOf(err) != b.field {
			t.Errorf("AddTarget(%+v) = %v (field %q), want Invalid on %q", b.t, err, planner.FieldOf(err), b.field)
		}
	}
	if err := svc.MoveTarget("SAP-C02", -5); err != nil {
		t.Fatal(err)
	}
	if err := svc.RemoveTarget("saa-c03"); err != nil {
		t.Fatal(err)
	}
	if err := svc.RemoveTarget("SAA-C03"); planner.KindOf(err) != planner.NotFound {
		t.Errorf("removing twice: %v, want NotFound", err)
	}
	ts, _ := svc.Targets()
	if got := codes(ts); got != "SAP-C02 CLF-C02" {
		t.Errorf("targets = %s, want SAP-C02 CLF-C02", got)
	}
	if ts[0].Added != day("2026-11-23") {
		t.Errorf("Added = %s, want the day it was added", ts[0].Added)
	}
}

func codes(ts []planner.Target) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Code)
	}
	return strings.Join(s, " ")
}

func TestEntryValidationWritesNothing(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 09:00")
	good := planner.Entry{Date: day("2026-11-20"), Kind: planner.Lab, Code: "saa-c03", Hours: 1.5,
		Domain: "design secure architectures", Services: []string{" S3", "IAM", "s3"}}
	e := mustAddEntry(t, svc, good)
	if e.Code != "SAA-C03" || e.Domain != "Design Secure Architectures" || strings.Join(e.Services, ",") != "S3,IAM" {
		t.Errorf("entry not normalised: %+v", e)
	}
	bad := []struct {
		change func(*planner.Entry)
		field  string
	}{
		{func(e *planner.Entry) { e.Hours = 25 }, "hours"},
		{func(e *planner.Entry) { e.Hours = 0 }, "hours"},
		{func(e *planner.Entry) { e.Kind = "nap" }, "kind"},
		{func(e *planner.Entry) { e.Code = "XYZ-1" }, "cert"},
		{func(e *planner.Entry) { e.Domain = "Cooking" }, "domain"},
		{func(e *planner.Entry) { e.Date = day("2026-11-24") }, "date"},
		{func(e *planner.Entry) { e.Date = 0 }, "date"},
		{func(e *planner.Entry) { e.Link = "javascript:alert(1)" }, "link"},
	}
	for _, b := range bad {
		e := good
		b.change(&e)
		if _, err := svc.AddEntry(e); planner.KindOf(err) != planner.Invalid || planner.FieldOf(err) != b.field {
			t.Errorf("AddEntry(%+v) = %v, want Invalid on %q", e, err, b.field)
		}
	}
	// A retired code is fine for past practice.
	mustAddEntry(t, svc, planner.Entry{Date: day("2025-01-10"), Kind: planner.Study, Code: "SOA-C02", Hours: 1})
	all, _ := svc.Entries(planner.EntryQuery{})
	if len(all) != 2 {
		t.Errorf("%d entries stored, want 2 (invalid ones must write nothing)", len(all))
	}
}

// TestProgressAgainstKnownPlan: CLF-C02 (30 h) added on Monday 2026-11-02
// with 2 h on weekdays and no holidays: by Monday 2026-11-23 the baseline
// had 15 weekdays = 30 h planned to date.
func TestProgressAgainstKnownPlan(t *testing.T) {
	svc, _, c := newService(t, "2026-11-02 08:00")
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02"}); err != nil {
		t.Fatal(err)
	}
	c.set(at("2026-11-23 08:00"))
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-03"), Kind: planner.Study, Code: "CLF-C02", Hours: 6, Domain: "Cloud Concepts"})
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-10"), Kind: planner.Lab, Code: "CLF-C02", Hours: 4})
	p, err := svc.Progress()
	if err != nil {
		t.Fatal(err)
	}
	st := p.Targets[0]
	want := planner.TargetStatus{PrepHours: 30, LoggedHours: 10, StudyHours: 6, LabHours: 4, RemainingHours: 20, PlannedToDateHours: 30, BehindHours: 20}
	if st.PrepHours != want.PrepHours || st.LoggedHours != want.LoggedHours || st.RemainingHours != want.RemainingHours ||
		st.PlannedToDateHours != want.PlannedToDateHours || st.BehindHours != want.BehindHours || st.StudyHours != 6 || st.LabHours != 4 {
		t.Errorf("status = %+v, want %+v", st, want)
	}
	if st.LabShare != 0.4 || st.TargetLabShare != 0.3 {
		t.Errorf("lab share %v of %v, want 0.4 of 0.3", st.LabShare, st.TargetLabShare)
	}
	var concepts planner.DomainProgress
	for _, d := range st.Domains {
		if d.Name == "Cloud Concepts" {
			concepts = d
		}
	}
	if concepts.LoggedHours != 6 || concepts.Weight != 24 {
		t.Errorf("Cloud Concepts progress %+v, want 6 h logged at weight 24", concepts)
	}
	// The re-plan schedules the 20 remaining hours from today: 10 weekdays,
	// then the exam on the next weekday.
	var sum float64
	for _, s := range p.Plan.Sessions {
		if s.Date < p.Today {
			t.Fatalf("re-plan has a session in the past: %+v", s)
		}
		sum += s.Hours
	}
	if sum != 20 || p.Plan.Targets[0].End != day("2026-12-04") || st.ExamDate != day("2026-12-07") {
		t.Errorf("re-plan: %v h, end %s, exam %s; want 20 h, end 2026-12-04, exam 2026-12-07", sum, p.Plan.Targets[0].End, st.ExamDate)
	}
}

func TestReplanAfterLoggingShrinksPlan(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	svc.AddTarget(planner.Target{Code: "SAA-C03", PrepHours: 40})
	before, err := svc.SavedPlan()
	if err != nil {
		t.Fatal(err)
	}
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-22"), Kind: planner.Study, Code: "SAA-C03", Hours: 10})
	after, err := svc.SavedPlan()
	if err != nil {
		t.Fatal(err)
	}
	if before.Targets[0].PrepHours != 40 || after.Targets[0].PrepHours != 30 {
		t.Errorf("scheduled %v then %v hours; want 40 then 30", before.Targets[0].PrepHours, after.Targets[0].PrepHours)
	}
	if !(after.Targets[0].ExamDate < before.Targets[0].ExamDate) {
		t.Errorf("exam did not move earlier: %s then %s", before.Targets[0].ExamDate, after.Targets[0].ExamDate)
	}
}

func TestCSVRoundTripAndInjection(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-20"), Kind: planner.Lab, Code: "DVA-C02", Hours: 2,
		Services: []string{"Lambda", "S3"}, Note: `=HYPERLINK("http://evil","x")`, Link: "https://github.com/me/app"})
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-21"), Kind: planner.Study, Code: "DVA-C02", Hours: 1.25, Note: "+1, said \"the docs\"\nsecond line"})
	es, _ := svc.Entries(planner.EntryQuery{})
	var buf bytes.Buffer
	if err := planner.WriteCSV(&buf, es); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "id,date,kind,code,hours,domain,services,note,link\n") {
		t.Errorf("header missing: %q", out)
	}
	for _, line := range strings.Split(out, "\n") {
		for _, cell := range strings.Split(line, ",") {
			cell = strings.TrimPrefix(cell, `"`)
			if cell != "" && strings.ContainsRune("=+@", rune(cell[0])) {
				t.Errorf("cell %q starts a formula", cell)
			}
		}
	}
	rows, err := planner.ReadCSV(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Entry.Note != es[0].Note || rows[1].Entry.Note != es[1].Note || !rows[0].Entry.SameContent(es[0]) {
		t.Errorf("round trip changed entries:\n%+v\n%+v", rows, es)
	}
	// Importing what is already there adds nothing; into an empty log it adds all.
	res, err := svc.ImportEntries(rows)
	if err != nil || res.Added != 0 || res.Skipped != 2 {
		t.Errorf("re-import = %+v, %v; want 0 added, 2 skipped", res, err)
	}
	svc2, _, _ := newService(t, "2026-11-23 08:00")
	for i := 0; i < 2; i++ {
		res, err := svc2.ImportEntries(rows)
		want := planner.ImportResult{Added: 2}
		if i == 1 {
			want = planner.ImportResult{Skipped: 2}
		}
		if err != nil || res != want {
			t.Errorf("import #%d = %+v, %v; want %+v", i+1, res, err, want)
		}
	}
}

func TestCSVBadRowNamesLineAndImportsNothing(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	cases := map[string]string{
		"bad hours":    "date,kind,code,hours\n2026-11-01,study,SAA-C03,1\n2026-11-02,study,SAA-C03,abc\n",
		"bad date":     "date,kind,code,hours\n2026-11-01,study,SAA-C03,1\n2026-11-02,study,SAA-C03,1\n2026-13-02,lab,SAA-C03,1\n",
		"unknown code": "date,kind,code,hours\n2026-11-01,study,SAA-C03,1\n2026-11-02,study,NOPE-9,1\n",
	}
	wantLine := map[string]string{"bad hours": "line 3", "bad date": "line 4", "unknown code": "line 3"}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			rows, err := planner.ReadCSV(strings.NewReader(data))
			if err == nil {
				_, err = svc.ImportEntries(rows)
			}
			if err == nil || !strings.Contains(err.Error(), wantLine[name]) || planner.KindOf(err) != planner.Invalid {
				t.Fatalf("err = %v, want Invalid naming %s", err, wantLine[name])
			}
			if es, _ := svc.Entries(planner.EntryQuery{}); len(es) != 0 {
				t.Fatalf("%d entries imported, want none", len(es))
			}
		})
	}
	if _, err := planner.ReadCSV(strings.NewReader("when,what\n1,2\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("missing columns: %v", err)
	}
}

func TestTimerSurvivesRestartAndLogsQuarterHours(t *testing.T) {
	svc, st, c := newService(t, "2026-11-23 18:00")
	if _, err := svc.StartTimer("saa-c03", planner.Lab, ""); err != nil {
		t.Fatal(err)
	}
	c.add(50 * time.Minute)
	if _, err := svc.PauseTimer(); err != nil {
		t.Fatal(err)
	}
	c.add(2 * time.Hour) // paused time does not count
	// A new service on the same store stands for the app reopened.
	cat, _ := catalog.Builtin()
	again := planner.NewService(st, cat, c.now)
	tm, ok, err := again.Timer()
	if err != nil || !ok || tm.Running() || tm.Elapsed(c.now()) != 50*time.Minute {
		t.Fatalf("timer after reopen = %+v %v %v", tm, ok, err)
	}
	again.StartTimer("SAA-C03", planner.Lab, "")
	c.add(12 * time.Minute)
	e, err := again.StopTimer()
	if err != nil {
		t.Fatal(err)
	}
	if e.Hours != 1 || e.Kind != planner.Lab || e.Code != "SAA-C03" || e.Date != day("2026-11-23") {
		t.Errorf("timer entry %+v, want 1 h lab SAA-C03 on 2026-11-23 (62 min rounds to 1 h)", e)
	}
	if _, ok, _ := again.Timer(); ok {
		t.Error("timer still saved after stop")
	}
	if _, err := again.StopTimer(); planner.KindOf(err) != planner.NotFound {
		t.Errorf("stop without timer: %v", err)
	}
	for d, want := range map[time.Duration]float64{time.Minute: 0.25, 7 * time.Minute: 0.25, 8 * time.Minute: 0.25, 23 * time.Minute: 0.5, 30 * time.Hour: 24} {
		if got := planner.TimerHours(d); got != want {
			t.Errorf("TimerHours(%v) = %v, want %v", d, got, want)
		}
	}
}

func TestDashboardWeeksDaysStreak(t *testing.T) {
	svc, _, c := newService(t, "2026-10-05 08:00")
	svc.AddTarget(planner.Target{Code: "SAA-C03"})
	c.set(at("2026-11-23 20:00")) // a Monday
	for _, d := range []string{"2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"} {
		mustAddEntry(t, svc, planner.Entry{Date: day(d), Kind: planner.Study, Code: "SAA-C03", Hours: 1})
	}
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-18"), Kind: planner.Lab, Code: "SAA-C03", Hours: 2})
	d, err := svc.Dashboard()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Weeks) != planner.DashboardWeeks || len(d.Days) != planner.DashboardDays {
		t.Fatalf("%d weeks, %d days", len(d.Weeks), len(d.Days))
	}
	last := d.Weeks[len(d.Weeks)-1]
	prev := d.Weeks[len(d.Weeks)-2]
	if last.Start != day("2026-11-23") || last.Study != 1 || prev.Study != 3 || prev.Lab != 2 {
		t.Errorf("weeks: last %+v prev %+v", last, prev)
	}
	// Baseline from 2026-10-05, 2 h on weekdays: every full past week planned 10 h.
	if prev.Planned != 10 {
		t.Errorf("planned last week %v, want 10", prev.Planned)
	}
	if d.Streak != 4 || d.Study != 4 || d.Lab != 2 {
		t.Errorf("streak %d study %v lab %v; want 4, 4, 2", d.Streak, d.Study, d.Lab)
	}
	if d.NextExam == nil || d.NextExam.Code != "SAA-C03" {
		t.Errorf("next exam %+v", d.NextExam)
	}
	if d.Days[len(d.Days)-1].Date != day("2026-11-23") || d.Days[len(d.Days)-1].Hours != 1 {
		t.Errorf("last day %+v", d.Days[len(d.Days)-1])
	}
}

func TestPortfolioGroupsByServiceAndProject(t *testing.T) {
	es := []planner.Entry{
		{Date: day("2026-10-01"), Kind: planner.Lab, Code: "DVA-C02", Hours: 2, Services: []string{"Lambda", "S3"}, Note: "thumbnailer", Link: "https://github.com/me/thumbs"},
		{Date: day("2026-10-03"), Kind: planner.Lab, Code: "DVA-C02", Hours: 1.5, Services: []string{"Lambda"}, Link: "https://github.com/me/thumbs"},
		{Date: day("2026-10-04"), Kind: planner.Study, Code: "DVA-C02", Hours: 5, Services: []string{"DynamoDB"}},
		{Date: day("2026-10-05"), Kind: planner.Lab, Code: "SAA-C03", Hours: 1},
	}
	var b bytes.Buffer
	if err := planner.WritePortfolio(&b, es, day("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"4.5 hours of hands-on labs in 3 sessions",
		"### Lambda (3.5 h)", "### S3 (2 h)", "### Other (1 h)",
		"## By project", "### <https://github.com/me/thumbs> (3.5 h)", "Services: Lambda, S3",
		"- 2026-10-01, DVA-C02, 2 h: thumbnailer",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("portfolio lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "DynamoDB") {
		t.Error("study entries must not appear in the portfolio")
	}
	if strings.Index(md, "### Lambda") > strings.Index(md, "### S3") {
		t.Error("largest service should come first")
	}
}

// Logging today's session takes today's hours out of the re-plan, so the
// Today screen does not offer the same time again.
func TestLoggedTodayUsesTodaysHours(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 19:00") // a Monday: 2 h available
	svc.AddTarget(planner.Target{Code: "CLF-C02"})
	first, _ := svc.SavedPlan()
	if first.Sessions[0].Date != day("2026-11-23") {
		t.Fatalf("plan should start today: %+v", first.Sessions[0])
	}
	mustAddEntry(t, svc, planner.Entry{Date: day("2026-11-23"), Kind: planner.Study, Code: "CLF-C02", Hours: 1.5})
	p, _ := svc.SavedPlan()
	var today float64
	for _, s := range p.Sessions {
		if s.Date == day("2026-11-23") {
			today += s.Hours
		}
	}
	if today != 0.5 {
		t.Errorf("after logging 1.5 h today the plan keeps %v h today, want 0.5", today)
	}
}

// Domain targets on the progress screen are the plan's own split: with the
// review the plan keeps, they add up to the prep, whatever the lab share.
func TestDomainTargetsAddUpToPrep(t *testing.T) {
	for _, share := range []float64{0, 0.3, 0.95, 1} {
		svc, _, _ := newService(t, "2026-11-23 08:00")
		svc.AddTarget(planner.Target{Code: "SAA-C03", PrepHours: 90})
		a := planner.DefaultAvailability()
		a.LabShare = share
		if err := svc.SetAvailability(a); err != nil {
			t.Fatal(err)
		}
		p, err := svc.Progress()
		if err != nil {
			t.Fatal(err)
		}
		sum := planner.ReviewHours(90, share, 130) // SAA-C03 is a 130-minute exam
		for _, d := range p.Targets[0].Domains {
			sum += d.TargetHours
		}
		if sum < 89.5 || sum > 90.5 {
			t.Errorf("lab share %v: domain targets and review add up to %v h, want 90", share, sum)
		}
	}
}

func TestNewEntriesLogAtLeastAQuarterHour(t *testing.T) {
	svc, st, _ := newService(t, "2026-11-23 08:00")
	_, err := svc.AddEntry(planner.Entry{Date: planner.NewDate(2026, 11, 20), Kind: planner.Study, Code: "SAA-C03", Hours: 0.2})
	if planner.KindOf(err) != planner.Invalid || !strings.Contains(err.Error(), "hours must be between 0.25 and 24, got 0.2") {
		t.Fatalf("0.2 h: %v", err)
	}
	if es, _ := st.Entries(planner.EntryQuery{}); len(es) != 0 {
		t.Fatalf("refused entry was stored: %v", es)
	}
}

// One lab of one hour reads "1 hour ... in 1 session", not "1 sessions".
func TestPortfolioSingularCounts(t *testing.T) {
	es := []planner.Entry{{Date: day("2026-10-05"), Kind: planner.Lab, Code: "SAA-C03", Hours: 1}}
	var b bytes.Buffer
	if err := planner.WritePortfolio(&b, es, day("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	if want := "1 hour of hands-on labs in 1 session,"; !strings.Contains(b.String(), want) {
		t.Errorf("portfolio lacks %q:\n%s", want, b.String())
	}
}

// Today's figures agree with each other on every kind of week: this week's
// planned hours hold what is still planned today and what was logged today,
// even when the study week changed today (the plan as it stood before had
// nothing on that day), and the coming weeks show the saved plan.
func TestDashboardWeekAgreesWithTodayOnEveryWeekPattern(t *testing.T) {
	patterns := map[string][7]float64{
		"weekdays":     {0, 2, 2, 2, 2, 2, 0},
		"weekends":     {3, 0, 0, 0, 0, 0, 4},
		"sunday added": {1, 2, 2, 2, 2, 2, 0},
		"every day":    {1, 1, 1, 1, 1, 1, 1},
	}
	for name, week := range patterns {
		for _, now := range []string{"2026-11-22 10:00", "2026-11-23 10:00", "2026-11-28 10:00"} { // Sun, Mon, Sat
			t.Run(name+" "+now, func(t *testing.T) {
				svc, _, c := newService(t, "2026-11-02 08:00")
				svc.AddTarget(planner.Target{Code: "SAA-C03"})
				c.set(at(now))
				a, _ := svc.Availability()
				a.Hours = week // the week changes today, and the plan starts again from today
				a.Start = svc.Today()
				if err := svc.SetAvailability(a); err != nil {
					t.Fatal(err)
				}
				today := svc.Today()
				logged := 0.0
				if week[today.Weekday()] > 0 {
					logged = 0.5
					mustAddEntry(t, svc, planner.Entry{Date: today, Kind: planner.Study, Code: "SAA-C03", Hours: logged})
				}
				d, err := svc.Dashboard()
				if err != nil {
					t.Fatal(err)
				}
				var stillToday, restOfWeek float64
				monday := today.WeekStart()
				for _, s := range d.Progress.Plan.Sessions {
					if s.Date == today {
						stillToday += s.Hours
					}
					if s.Date > today && s.Date < monday.AddDays(7) {
						restOfWeek += s.Hours
					}
				}
				this := d.Weeks[len(d.Weeks)-1]
				if this.Start != monday {
					t.Fatalf("this week starts %s, want %s", this.Start, monday)
				}
				if this.Planned+1e-9 < stillToday+logged+restOfWeek {
					t.Errorf("this week planned %v h, but %v h are still planned today, %v h were logged today and %v h are planned later this week",
						this.Planned, stillToday, logged, restOfWeek)
				}
				if len(d.Ahead) != planner.DashboardAheadWeeks || d.Ahead[0].Start != monday.AddDays(7) || d.Ahead[0].Planned <= 0 {
					t.Errorf("coming weeks: %+v", d.Ahead)
				}
			})
		}
	}
}

func TestRemovedTargetComesBackInItsPlace(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	for _, c := range []string{"CLF-C02", "SAA-C03", "DVA-C02"} {
		svc.AddTarget(planner.Target{Code: c})
	}
	if err := svc.UpdateTarget(planner.Target{Code: "SAA-C03", PrepHours: 70, ExamBy: day("2027-04-30")}); err != nil {
		t.Fatal(err)
	}
	r, err := svc.RemoveTargetForUndo("saa-c03")
	if err != nil || r.Index != 1 || r.Target.ExamBy != day("2027-04-30") {
		t.Fatalf("removed %+v, %v", r, err)
	}
	if err := svc.RestoreTarget(r); err != nil {
		t.Fatal(err)
	}
	ts, _ := svc.Targets()
	if len(ts) != 3 || ts[1].Code != "SAA-C03" || ts[1].ExamBy != day("2027-04-30") || ts[1].PrepHours != 70 || ts[1].Added != day("2026-11-23") {
		t.Fatalf("after undo: %+v", ts)
	}
	if err := svc.RestoreTarget(r); planner.KindOf(err) != planner.Exists {
		t.Fatalf("restoring twice: %v", err)
	}
}
