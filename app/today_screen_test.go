package app

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// todayClock is a clock the test moves by hand, shared by the service and
// the timer's ticker, hence the lock.
type todayClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTodayClock(t time.Time) *todayClock { return &todayClock{t: t} }

func (c *todayClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *todayClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *todayClock) advance(d time.Duration) { c.set(c.now().Add(d)) }

// The seeded learner began on Monday 12 October 2026; "now" is Monday 23
// November 2026, mid-morning.
var (
	todayStart = time.Date(2026, 10, 12, 9, 0, 0, 0, time.Local)
	todayNow   = time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
)

// newTodayUI builds the real window over st with a movable clock. Timer
// ticks are slowed to one an hour so none fires while a test runs (the test
// driver would run it on the ticker's goroutine), background work runs
// inline, and any running ticker is stopped when the test ends.
func newTodayUI(t *testing.T, a fyne.App, st planner.Store, clock *todayClock) (*UI, fyne.Window, *planner.Service) {
	t.Helper()
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tick := timerTickEvery
	timerTickEvery = time.Hour
	t.Cleanup(func() { timerTickEvery = tick })
	svc := planner.NewService(st, cat, clock.now)
	u, w := openTestUI(t, a, svc)
	t.Cleanup(u.today.timer.stopTicking)
	return u, w, svc
}

// seedLearner plans SAA-C03 and CLF-C02 from 12 October, then logs six weeks
// of practice: most weekdays, some lab days, a few gaps, and a five-day run
// up to yesterday. It leaves the clock on todayNow.
func seedLearner(t *testing.T, st planner.Store, clock *todayClock) *planner.Service {
	t.Helper()
	cat, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	clock.set(todayStart)
	svc := planner.NewService(st, cat, clock.now)
	for _, tg := range []planner.Target{{Code: "SAA-C03"}, {Code: "CLF-C02", ExamBy: planner.NewDate(2027, 4, 30)}} {
		if _, err := svc.AddTarget(tg); err != nil {
			t.Fatal(err)
		}
	}
	clock.set(todayNow)
	domains := []string{"Design Secure Architectures", "Design Resilient Architectures", "Design High-Performing Architectures"}
	first := planner.DateOf(todayStart)
	for i := 0; i < 42; i++ {
		d := first.AddDays(i)
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || i%11 == 3 {
			continue
		}
		e := planner.Entry{Date: d, Kind: planner.Study, Code: "SAA-C03", Hours: 1.5, Domain: domains[i%3]}
		if i%4 == 1 {
			e = planner.Entry{Date: d, Kind: planner.Lab, Code: "SAA-C03", Hours: 2, Domain: domains[(i+1)%3],
				Services: []string{"VPC", "EC2"}, Note: "three-tier lab", Link: "https://github.com/learner/three-tier"}
		}
		if i > 35 {
			e.Hours += 1.25 // a stronger last week
		}
		if _, err := svc.AddEntry(e); err != nil {
			t.Fatal(err)
		}
	}
	// The weekend before today, so the streak runs Thursday to Sunday.
	for _, d := range []planner.Date{planner.NewDate(2026, 11, 21), planner.NewDate(2026, 11, 22)} {
		if _, err := svc.AddEntry(planner.Entry{Date: d, Kind: planner.Study, Code: "CLF-C02", Hours: 0.75, Domain: "Cloud Concepts"}); err != nil {
			t.Fatal(err)
		}
	}
	return svc
}

// TestTodayScreenshot renders the seeded Today screen in the light and the
// dark theme to the PNG named by CERTPLAN_TODAY_PNG (the dark one gets
// "-dark" before the extension, the full-height one "-full"), for checking
// the layout by eye.
func TestTodayScreenshot(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, _ := newTodayUI(t, a, st, clock)
	for _, v := range []struct {
		suffix  string
		variant fyne.ThemeVariant
	}{{"", theme.VariantLight}, {"-dark", theme.VariantDark}} {
		a.Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), v.variant})
		u.refreshAll()
		w.Resize(fyne.NewSize(1100, 740))
		capture(t, w, "today"+v.suffix)
		w.Resize(fyne.NewSize(1100, 1760))
		capture(t, w, "today"+v.suffix+"-full")
	}
	// A lab timer running for 42 minutes, after the day's session is done.
	w.Resize(fyne.NewSize(1100, 740))
	test.Tap(u.today.sessions.shown[0].done)
	tm := u.today.timer
	tm.kind.SetSelected("Lab")
	tm.domain.SetSelected("Design Resilient Architectures")
	test.Tap(tm.start)
	clock.advance(42*time.Minute + 7*time.Second)
	tm.showReading()
	capture(t, w, "today-dark-timer")
}

// textsOf collects the strings a chart draws.
func textsOf(w fyne.Widget) []string {
	var out []string
	for _, o := range test.WidgetRenderer(w).Objects() {
		if t, ok := o.(*canvas.Text); ok {
			out = append(out, t.Text)
		}
	}
	return out
}

// overlayButton finds a button by its text in the window's top overlay, such
// as a confirmation dialog.
func overlayButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is showing; wanted a %q button", text)
	}
	var found *widget.Button
	walkObjects(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	return found
}

func wantLabel(t *testing.T, what string, l *widget.Label, want string) {
	t.Helper()
	if l.Text != want {
		t.Errorf("%s = %q, want %q", what, l.Text, want)
	}
}

func TestTodayIsTheFirstTab(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTodayUI(t, a, plannertest.NewMemStore(), newTodayClock(todayNow))
	var titles []string
	for _, item := range u.tabs.Items {
		titles = append(titles, item.Text)
	}
	if got := strings.Join(titles, ","); got != "Today,Plan,Log,Wallet,Catalog,Settings" {
		t.Fatalf("tabs = %s", got)
	}
	if u.tabs.SelectedIndex() != 0 {
		t.Errorf("selected tab = %d, want Today", u.tabs.SelectedIndex())
	}
}

func TestTodayWithNothingPlannedInvitesToStart(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTodayUI(t, a, plannertest.NewMemStore(), newTodayClock(todayNow))
	s := u.today
	wantLabel(t, "countdown", s.header.exam, "No exam ahead")
	wantLabel(t, "countdown note", s.header.examNote, "Add a target to see your countdown.")
	if s.header.openPlan.Hidden {
		t.Error("the Plan an exam button is hidden with no targets")
	}
	wantLabel(t, "streak", s.header.streak, "No streak yet")
	wantLabel(t, "sessions", s.sessions.summary, "Nothing planned today. Rest, or study ahead with the timer.")
	if len(s.sessions.shown) != 0 || !s.progress.empty.Visible() {
		t.Errorf("sessions %d, progress hint shown %v", len(s.sessions.shown), s.progress.empty.Visible())
	}
	if s.timer.cert.Selected != "CLF-C02" || s.timer.start.Disabled() {
		t.Errorf("with no targets the timer offers %q (start disabled %v), want the first exam of the catalog",
			s.timer.cert.Selected, s.timer.start.Disabled())
	}
}

func TestTodayHeaderCountsDownAndShowsTheStreak(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	h := u.today.header
	wantLabel(t, "countdown", h.exam, "SAA-C03 exam in 31 days")
	wantLabel(t, "countdown note", h.examNote, "2026-12-24 · projected from your plan")
	if !h.openPlan.Hidden {
		t.Error("Plan an exam is offered although exams are planned")
	}
	wantLabel(t, "streak", h.streak, "5-day streak")
	wantLabel(t, "streak note", h.streakNote, "Log something today to keep it going.")
	if got := h.share.studyText() + " | " + h.share.labText(); got != "Study 34 h | Lab 13.25 h (28%)" {
		t.Errorf("study and lab = %q", got)
	}
	wantLabel(t, "lab target", h.shareNote, "All time · your target is 30% lab")
}

func TestTodayDoneLogsTheSessionAndClearsTheDay(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, svc := newTodayUI(t, a, st, clock)
	c := u.today.sessions
	if len(c.shown) != 1 {
		t.Fatalf("today's sessions = %d, want 1", len(c.shown))
	}
	row := c.shown[0]
	wantLabel(t, "session", row.label, "SAA-C03 · study · Design Secure Architectures · 2 h")
	wantLabel(t, "summary", c.summary, "2 h planned today.")
	wantLabel(t, "week", c.week, "This week so far: 0 h logged of 10 h planned.")
	u.logScreen().refresh() // the Log tab reads its entries when first shown
	logBefore := len(u.logScreen().list.entries)

	test.Tap(row.done)

	today, _ := svc.Entries(planner.EntryQuery{From: svc.Today(), To: svc.Today()})
	if len(today) != 1 {
		t.Fatalf("entries today after Done = %+v", today)
	}
	e := today[0]
	if e.Code != "SAA-C03" || e.Kind != planner.Study || e.Hours != 2 || e.Domain != "Design Secure Architectures" {
		t.Errorf("logged %+v", e)
	}
	if len(c.shown) != 0 || len(c.rows.Objects) != 0 {
		t.Errorf("%d sessions still listed after Done", len(c.shown))
	}
	wantLabel(t, "summary", c.summary, "All done for today: 2 h logged. Well done!")
	wantLabel(t, "week", c.week, "This week so far: 2 h logged of 10 h planned.")
	wantLabel(t, "streak", u.today.header.streak, "6-day streak")
	wantLabel(t, "streak note", u.today.header.streakNote, "2 h logged today")
	u.selectScreen(logTab) // the Log screen reads the log when shown
	if got := len(u.logScreen().list.entries); got != logBefore+1 {
		t.Errorf("the Log screen lists %d entries, want %d", got, logBefore+1)
	}
}

func TestTodayPartlyLoggedDayOffersWhatRemains(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	svc := seedLearner(t, st, clock)
	if _, err := svc.AddEntry(planner.Entry{Date: svc.Today(), Kind: planner.Study, Code: "SAA-C03", Hours: 0.5}); err != nil {
		t.Fatal(err)
	}
	u, _, _ := newTodayUI(t, a, st, clock)
	c := u.today.sessions
	if len(c.shown) != 1 || c.shown[0].session.Hours != 1.5 {
		t.Fatalf("sessions after 0.5 h logged: %+v", c.shown)
	}
	wantLabel(t, "summary", c.summary, "1.5 h still planned today, 0.5 h logged so far.")
	test.Tap(c.shown[0].done)
	today, _ := svc.Entries(planner.EntryQuery{From: svc.Today(), To: svc.Today()})
	if len(today) != 2 || today[1].Hours != 1.5 {
		t.Fatalf("entries today = %+v, want the remaining 1.5 h logged", today)
	}
	wantLabel(t, "summary", c.summary, "All done for today: 2 h logged. Well done!")
}

func TestTodayDoneOnLabAndReviewSessions(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	svc := seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	c := u.today.sessions
	c.logDone(planner.Session{Date: svc.Today(), Code: "SAA-C03", Kind: planner.LabSession, Hours: 1})
	c.logDone(planner.Session{Date: svc.Today(), Code: "SAA-C03", Kind: planner.ReviewSession, Hours: 0.5})
	today, _ := svc.Entries(planner.EntryQuery{From: svc.Today(), To: svc.Today()})
	if len(today) != 2 || today[0].Kind != planner.Lab || today[1].Kind != planner.Study || today[1].Note != "review" {
		t.Fatalf("entries today = %+v", today)
	}
}

func TestTodayTimerStartPauseStopLogsQuarterHours(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	tm := u.today.timer
	if tm.cert.Selected != "SAA-C03" || !tm.pause.Disabled() || !tm.stop.Disabled() {
		t.Fatalf("idle timer: cert %q, pause disabled %v, stop disabled %v", tm.cert.Selected, tm.pause.Disabled(), tm.stop.Disabled())
	}

	test.Tap(tm.start)
	if !tm.start.Disabled() || tm.pause.Disabled() || !tm.cert.Disabled() || tm.ticking == nil {
		t.Fatal("a started timer does not show as running")
	}
	wantLabel(t, "state", tm.state, "Running: SAA-C03 · Study")
	clock.advance(50 * time.Minute)
	tm.showReading()
	wantLabel(t, "reading", tm.reading, "0:50:00")

	test.Tap(tm.pause)
	if tm.ticking != nil || tm.start.Text != "Resume" {
		t.Fatalf("paused: ticking %v, start reads %q", tm.ticking != nil, tm.start.Text)
	}
	clock.advance(30 * time.Minute) // a break is not counted
	tm.showReading()
	wantLabel(t, "reading while paused", tm.reading, "0:50:00")

	test.Tap(tm.start)
	clock.advance(20 * time.Minute)
	before := len(mustEntries(t, svc))
	test.Tap(tm.stop)
	test.Tap(overlayButton(t, w, "Save"))

	es := mustEntries(t, svc)
	if len(es) != before+1 {
		t.Fatalf("stop added %d entries", len(es)-before)
	}
	e := es[len(es)-1]
	if e.Hours != 1.25 || e.Code != "SAA-C03" || e.Kind != planner.Study || e.Date != svc.Today() || e.Note != "timed" {
		t.Errorf("70 minutes logged as %+v, want 1.25 h today", e)
	}
	if _, ok, _ := svc.Timer(); ok {
		t.Error("the timer is still stored after stopping")
	}
	wantLabel(t, "state", tm.state, "Logged 1.25 h of Study for SAA-C03.")
	wantLabel(t, "reading", tm.reading, "0:00:00")
	if tm.ticking != nil || tm.has || tm.cert.Disabled() || !tm.stop.Disabled() || tm.start.Disabled() {
		t.Error("the stopped timer still shows as running")
	}
	wantLabel(t, "streak note", u.today.header.streakNote, "1.25 h logged today")
}

func TestTodayTimerDiscardAsksThenLogsNothing(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	tm := u.today.timer
	before := len(mustEntries(t, svc))
	test.Tap(tm.start)
	clock.advance(40 * time.Minute)
	test.Tap(tm.discard)
	test.Tap(overlayButton(t, w, "Yes"))
	if _, ok, _ := svc.Timer(); ok || tm.has || tm.ticking != nil {
		t.Error("the timer survived Discard")
	}
	if got := len(mustEntries(t, svc)); got != before {
		t.Errorf("discard logged %d entries", got-before)
	}
}

func TestTodayRunningTimerSurvivesRestart(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	first, _, _ := newTodayUI(t, a, st, clock)
	tm := first.today.timer
	tm.kind.SetSelected("Lab")
	tm.domain.SetSelected("Design Resilient Architectures")
	test.Tap(tm.start)
	clock.advance(30 * time.Minute)
	first.today.timer.stopTicking() // the first window is closed

	again, w, svc := newTodayUI(t, a, st, clock)
	tm = again.today.timer
	if !tm.has || !tm.timer.Running() || tm.ticking == nil {
		t.Fatal("the reopened app does not show the running timer")
	}
	if tm.cert.Selected != "SAA-C03" || tm.kind.Selected != "Lab" || tm.domain.Selected != "Design Resilient Architectures" || !tm.cert.Disabled() {
		t.Errorf("reopened timer shows %s / %s / %s", tm.cert.Selected, tm.kind.Selected, tm.domain.Selected)
	}
	wantLabel(t, "reading", tm.reading, "0:30:00")
	wantLabel(t, "state", tm.state, "Running: SAA-C03 · Lab · Design Resilient Architectures")

	test.Tap(tm.stop)
	test.Tap(overlayButton(t, w, "Save"))
	es := mustEntries(t, svc)
	if e := es[len(es)-1]; e.Kind != planner.Lab || e.Hours != 0.5 || e.Domain != "Design Resilient Architectures" {
		t.Errorf("stopping after a restart logged %+v", e)
	}
}

func TestTodayPausedTimerSurvivesRestart(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	first, _, _ := newTodayUI(t, a, st, clock)
	test.Tap(first.today.timer.start)
	clock.advance(15 * time.Minute)
	test.Tap(first.today.timer.pause)
	clock.advance(2 * time.Hour)

	again, _, _ := newTodayUI(t, a, st, clock)
	tm := again.today.timer
	if !tm.has || tm.timer.Running() || tm.ticking != nil || tm.start.Text != "Resume" {
		t.Fatal("the reopened app does not show the paused timer")
	}
	wantLabel(t, "reading", tm.reading, "0:15:00")
}

// TestTodayTimerTickerRedrawsAndEnds runs the real ticker: it redraws the
// reading through fyne.Do, and stopping it ends its goroutine. The test
// touches no widget while the ticker runs, since the test driver runs
// fyne.Do callbacks on the ticker's goroutine.
func TestTodayTimerTickerRedrawsAndEnds(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	tm := u.today.timer
	timerTickEvery = 5 * time.Millisecond
	test.Tap(tm.start)
	running := tm.ticking
	clock.advance(10*time.Minute + 3*time.Second)
	time.Sleep(100 * time.Millisecond)
	tm.stopTicking()

	wantLabel(t, "reading redrawn by the ticker", tm.reading, "0:10:03")
	select {
	case <-running.done:
	default:
		t.Fatal("the ticker's goroutine is still running after stopping")
	}
}

func TestTodayProgressPerTarget(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	shown := u.today.progress.shown
	if len(shown) != 2 || u.today.progress.empty.Visible() {
		t.Fatalf("progress blocks = %d", len(shown))
	}
	saa, clf := shown[0], shown[1]
	wantLabel(t, "SAA title", saa.title, "SAA-C03 · Solutions Architect - Associate")
	wantLabel(t, "SAA pace", saa.pace, "14.25 h behind")
	if saa.pace.Importance != widget.WarningImportance {
		t.Error("being behind is not flagged")
	}
	if saa.bar.Value != 45.75 || saa.bar.Max != 90 || saa.bar.TextFormatter() != "45.75 of 90 h logged (51%)" {
		t.Errorf("SAA bar %v of %v: %q", saa.bar.Value, saa.bar.Max, saa.bar.TextFormatter())
	}
	wantLabel(t, "SAA facts", saa.facts, "Planned to date 60 h · 44.25 h remaining")
	wantLabel(t, "SAA labs", saa.labs, "Lab 29% of hours (target 30%)")
	wantLabel(t, "SAA exam", saa.exam, "Exam projected for 2026-12-24")
	var domains []string
	for _, d := range saa.domains.domains {
		domains = append(domains, d.Name+" "+domainValue(d))
	}
	if got := strings.Join(domains, "; "); got != "Design Secure Architectures 14.25 of 24.25 h; Design Resilient Architectures 14.5 of 21 h; "+
		"Design High-Performing Architectures 17 of 19.5 h; Design Cost-Optimized Architectures 0 of 16.25 h" {
		t.Errorf("SAA domains: %s", got)
	}

	wantLabel(t, "CLF pace", clf.pace, "1.5 h ahead")
	wantLabel(t, "CLF exam", clf.exam, "Exam on 2027-04-30, your date")
	wantLabel(t, "CLF labs", clf.labs, "Lab 0% of hours (target 30%)")
}

func TestTodayExamTextGivesOneDate(t *testing.T) {
	// A booked date is the exam date, whatever the plan can make of it.
	got := examText(planner.TargetStatus{ExamBy: planner.NewDate(2026, 12, 1), ExamDate: planner.NewDate(2026, 12, 1)})
	if got != "Exam on 2026-12-01, your date" {
		t.Errorf("booked: %q", got)
	}
	got = examText(planner.TargetStatus{ExamDate: planner.NewDate(2027, 1, 20), Feasible: true})
	if got != "Exam projected for 2027-01-20" {
		t.Errorf("projected: %q", got)
	}
	if paceText(0.001) != "on track" || paceText(-2) != "2 h ahead" || paceText(3.5) != "3.5 h behind" {
		t.Error("pace wording")
	}
}

func TestTodayWeeklyChartShowsPastAndComingWeeks(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	r := test.WidgetRenderer(u.today.weeks).(*weekChartRenderer)
	if len(r.groups) != 16 {
		t.Fatalf("week groups = %d, want 12 past and this one, then 4 to come", len(r.groups))
	}
	var got []string
	for _, g := range r.groups {
		got = append(got, g.week.Text+" "+g.planText.Text+"/"+g.doneText.Text)
	}
	want := "Sep 7 0/0, Sep 14 0/0, Sep 21 0/0, Sep 28 0/0, Oct 5 0/0, Oct 12 10/6.5, Oct 19 10/8, " +
		"Oct 26 10/6.5, Nov 2 10/6.5, Nov 9 10/8, Nov 16 10/11.75, Nov 23 10/0, " +
		"Nov 30 10/0, Dec 7 10/0, Dec 14 10/0, Dec 21 4.25/0" // the coming weeks: planned only
	if strings.Join(got, ", ") != want {
		t.Errorf("weeks (planned/logged):\n got %s\nwant %s", strings.Join(got, ", "), want)
	}
	// Study and lab stack: in the week of 16 November 3.25 of 11.75 h were lab.
	g := r.groups[10]
	if g.lab.Size().Height <= 0 || g.study.Size().Height <= 2*g.lab.Size().Height {
		t.Errorf("study %v and lab %v bars do not match 8.5 and 3.25 h", g.study.Size(), g.lab.Size())
	}
	if g.lab.Position().Y+g.lab.Size().Height != g.study.Position().Y {
		t.Error("lab is not stacked on study")
	}
}

func TestTodayHeatmapShadesTheYear(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, _, _ := newTodayUI(t, a, st, clock)
	heat := u.today.heat
	r := test.WidgetRenderer(heat).(*heatmapRenderer)
	if len(heat.days) != 364 || len(r.cells) != 364 {
		t.Fatalf("days %d, cells %d, want 364", len(heat.days), len(r.cells))
	}
	index := func(d planner.Date) int { return int(d - heat.days[0].Date) }
	busy, idle := index(planner.NewDate(2026, 11, 20)), index(planner.NewDate(2026, 11, 17))
	if heat.days[busy].Hours != 2.75 || heat.days[idle].Hours != 0 {
		t.Fatalf("hours on the 20th %v and the 17th %v", heat.days[busy].Hours, heat.days[idle].Hours)
	}
	if r.cells[busy].FillColor == r.cells[idle].FillColor {
		t.Error("a day with 2.75 h is shaded like an empty day")
	}
	wantLabel(t, "caption", u.today.heatNote, "47.25 h logged in the last year, on 28 days. Point at a day to see its hours.")

	cell := r.cells[busy]
	heat.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: cell.Position().AddXY(2, 2)}})
	wantLabel(t, "caption on a day", u.today.heatNote, "Fri 2026-11-20: 2.75 h logged")
	heat.MouseOut()
	wantLabel(t, "caption after", u.today.heatNote, "47.25 h logged in the last year, on 28 days. Point at a day to see its hours.")
}

// TestTodayMarkupWithSixWeeks pins the whole screen for a learner six weeks
// in, in the test theme.
func TestTodayMarkupWithSixWeeks(t *testing.T) {
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	_, w, _ := newTodayUI(t, a, st, clock)
	test.AssertRendersToMarkup(t, "today/weeks.xml", w.Canvas())
}

func mustEntries(t *testing.T, svc *planner.Service) []planner.Entry {
	t.Helper()
	es, err := svc.Entries(planner.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return es
}
