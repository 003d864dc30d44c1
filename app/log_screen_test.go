package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/plannertest"
)

// logFixture is the Log tab of a seeded learner's window.
type logFixture struct {
	t     *testing.T
	ui    *UI
	win   fyne.Window
	svc   *planner.Service
	store *plannertest.MemStore
	s     *logScreen
}

func newLogFixture(t *testing.T) *logFixture {
	t.Helper()
	a := test.NewTempApp(t)
	st := plannertest.NewMemStore()
	clock := newTodayClock(todayNow)
	seedLearner(t, st, clock)
	u, w, svc := newTodayUI(t, a, st, clock)
	u.selectScreen(logTab)
	return &logFixture{t: t, ui: u, win: w, svc: svc, store: st, s: u.logScreen()}
}

// entries is the whole log, oldest first.
func (f *logFixture) entries() []planner.Entry {
	f.t.Helper()
	es, err := f.svc.Entries(planner.EntryQuery{})
	if err != nil {
		f.t.Fatal(err)
	}
	return es
}

// fill types into the form the way a learner does.
func (f *logFixture) fill(kind, code, date, hours, domain, services, note, link string) {
	form := f.s.form
	form.kind.SetSelected(kind)
	form.cert.SetSelected(code)
	setEntry(&form.date.Entry, date)
	setEntry(&form.hours.Entry, hours)
	form.domain.SetSelected(domain)
	setEntry(&form.services.entry.Entry, services)
	setEntry(&form.note.Entry, note)
	setEntry(&form.link.Entry, link)
}

// setEntry replaces an entry's text by typing.
func setEntry(e *widget.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
}

// TestLogScreenshot renders the seeded Log screen with an entry open in the
// form to the PNG named by CERTPLAN_LOG_PNG (and a dark one beside it).
func TestLogScreenshot(t *testing.T) {
	f := newLogFixture(t)
	f.s.list.list.Select(1)
	f.s.form.hours.SetText("25")
	f.s.form.onSave()
	for _, v := range []struct {
		suffix  string
		variant fyne.ThemeVariant
	}{{"", theme.VariantLight}, {"-dark", theme.VariantDark}} {
		fyne.CurrentApp().Settings().SetTheme(pinnedVariant{theme.DefaultTheme(), v.variant})
		capture(t, f.win, "log"+v.suffix)
	}
}

func TestLogListsNewestFirstWithTotals(t *testing.T) {
	f := newLogFixture(t)
	all := f.entries()
	l := f.s.list
	if len(l.entries) != len(all) || len(all) != 28 {
		t.Fatalf("list shows %d of %d entries, want 28", len(l.entries), len(all))
	}
	if l.entries[0].Date != planner.NewDate(2026, 11, 22) || l.entries[len(l.entries)-1].Date != planner.NewDate(2026, 10, 12) {
		t.Errorf("order: first %s, last %s", l.entries[0].Date, l.entries[len(l.entries)-1].Date)
	}
	wantLabel(t, "totals", l.totals, "28 entries · 47.25 h")
}

func TestLogAddThroughTheForm(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	form := f.s.form
	wantLabel(t, "heading", form.heading, "New entry")
	if form.date.Text != "2026-11-23" || !form.remove.Disabled() {
		t.Errorf("a new entry starts on %q with Delete enabled %v", form.date.Text, !form.remove.Disabled())
	}
	f.fill("Lab", "SAA-C03", "2026-11-23", "1.5", "Design Resilient Architectures", "EC2, Auto Scaling", "multi-AZ", "https://example.com/lab")
	test.Tap(form.save)

	es := f.entries()
	if len(es) != before+1 {
		t.Fatalf("entries %d, want %d", len(es), before+1)
	}
	e := es[len(es)-1]
	want := planner.Entry{ID: e.ID, Date: planner.NewDate(2026, 11, 23), Kind: planner.Lab, Code: "SAA-C03", Hours: 1.5,
		Domain: "Design Resilient Architectures", Services: []string{"EC2", "Auto Scaling"}, Note: "multi-AZ", Link: "https://example.com/lab"}
	if !e.SameContent(want) {
		t.Errorf("added %+v", e)
	}
	wantLabel(t, "status", f.s.status, "Added 1.5 h of SAA-C03 on 2026-11-23.")
	if form.hours.Text != "" || form.cert.Selected != "SAA-C03" || form.kind.Selected != "Lab" {
		t.Errorf("after adding: hours %q, cert %q, kind %q", form.hours.Text, form.cert.Selected, form.kind.Selected)
	}
	if f.s.list.entries[0].ID != e.ID {
		t.Error("the new entry is not at the top of the list")
	}
	wantLabel(t, "Today's streak note", f.ui.today.header.streakNote, "1.5 h logged today")
}

func TestLogEnterInAFieldSaves(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	f.fill("Study", "CLF-C02", "2026-11-23", "", "Cloud Concepts", "", "", "")
	test.Type(f.s.form.hours, "0.75")
	f.s.form.hours.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := len(f.entries()); got != before+1 {
		t.Fatalf("Enter in Hours added %d entries", got-before)
	}
}

func TestLogEditAnEntry(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	f.s.list.list.Select(0)
	form := f.s.form
	picked := f.s.list.entries[0]
	wantLabel(t, "heading", form.heading, "Entry of 2026-11-22")
	if form.hours.Text != "0.75" || form.cert.Selected != "CLF-C02" || form.domain.Selected != "Cloud Concepts" || form.remove.Disabled() {
		t.Fatalf("loaded %q %q %q", form.hours.Text, form.cert.Selected, form.domain.Selected)
	}
	setEntry(&form.hours.Entry, "1.25")
	setEntry(&form.note.Entry, "practice exam")
	test.Tap(form.save)

	got, err := f.svc.Entry(picked.ID)
	if err != nil || got.Hours != 1.25 || got.Note != "practice exam" {
		t.Fatalf("after editing: %+v, %v", got, err)
	}
	if n := len(f.entries()); n != before {
		t.Errorf("editing changed the number of entries to %d", n)
	}
	wantLabel(t, "heading after saving", form.heading, "New entry")
	wantLabel(t, "status", f.s.status, "Saved the entry of 2026-11-22.")
}

func TestLogDeleteAsksFirst(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	f.s.list.list.Select(0)
	id := f.s.list.entries[0].ID

	test.Tap(f.s.form.remove)
	test.Tap(overlayButton(t, f.win, "Cancel"))
	if n := len(f.entries()); n != before {
		t.Fatalf("Cancel deleted an entry")
	}

	test.Tap(f.s.form.remove)
	test.Tap(overlayButton(t, f.win, "Delete"))
	if n := len(f.entries()); n != before-1 {
		t.Fatalf("entries after deleting = %d, want %d", n, before-1)
	}
	if _, err := f.svc.Entry(id); err == nil {
		t.Error("the deleted entry is still there")
	}
	if len(f.s.list.entries) != before-1 || !f.s.form.remove.Disabled() {
		t.Error("the list or the form still shows the deleted entry")
	}
}

func TestLogBadInputShowsUnderItsFieldAndSavesNothing(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	form := f.s.form
	for _, c := range []struct {
		field, date, hours, link, want string
	}{
		{"hours", "2026-11-23", "25", "", "hours must be between 0.25 and 24, got 25"},
		{"hours", "2026-11-23", "two", "", `hours "two" is not a number of hours`},
		{"hours", "2026-11-23", "", "", "enter the hours spent"},
		{"date", "2026-11-24", "1", "", "date 2026-11-24 is in the future"},
		{"date", "23/11/2026", "1", "", "not a date of the form YYYY-MM-DD"},
		{"link", "2026-11-23", "1", "example.com", "is not a web address"},
	} {
		f.fill("Study", "SAA-C03", c.date, c.hours, noDomain(), "", "", c.link)
		test.Tap(form.save)
		for _, field := range logFormFields {
			msg := form.errs[field]
			if shown := msg.Visible(); shown != (field == c.field) {
				t.Errorf("%s %q: message under %s shown %v (%q)", c.field, c.hours+c.date+c.link, field, shown, msg.Text)
			}
		}
		if got := form.errs[c.field].Text; !strings.Contains(got, c.want) {
			t.Errorf("message under %s = %q, want it to say %q", c.field, got, c.want)
		}
	}
	if n := len(f.entries()); n != before {
		t.Errorf("invalid input added %d entries", n-before)
	}
	f.fill("Study", "SAA-C03", "2026-11-23", "1", noDomain(), "", "", "")
	test.Tap(form.save)
	if form.errs["hours"].Visible() || len(f.entries()) != before+1 {
		t.Error("fixing the input does not clear the message and save")
	}
}

func TestLogFiltersNarrowTheList(t *testing.T) {
	f := newLogFixture(t)
	fl := f.s.filters
	count := func() int { return len(f.s.list.entries) }

	fl.cert.SetSelected("CLF-C02")
	if count() != 2 {
		t.Errorf("CLF-C02 entries = %d, want 2", count())
	}
	wantLabel(t, "totals", f.s.list.totals, "2 entries · 1.5 h")
	fl.cert.SetSelected(allCerts())
	fl.kind.SetSelected("Lab")
	if count() != 6 {
		t.Errorf("lab entries = %d, want 6", count())
	}
	fl.kind.SetSelected(allKinds())
	test.Type(fl.from, "2026-11-16")
	if count() != 6 {
		t.Errorf("entries from 16 November = %d, want 6", count())
	}
	test.Type(fl.to, "2026-11-19")
	if count() != 3 {
		t.Errorf("entries 16 to 19 November = %d, want 3", count())
	}

	setEntry(fl.to, "2026-11-01") // the list keeps the last filter that made sense
	if !fl.problem.Visible() || count() != 6 {
		t.Errorf("an end before the start: message shown %v, list %d", fl.problem.Visible(), count())
	}
	if msg := fl.problem.Text; !strings.Contains(msg, "2026-11-01 is before the start date 2026-11-16") || strings.Contains(msg, "--") {
		t.Errorf("an end before the start: %q, want the planner's words without command-line flags", msg)
	}
	setEntry(fl.to, "2026-13")
	if !fl.problem.Visible() || !strings.Contains(fl.problem.Text, "YYYY-MM-DD") {
		t.Errorf("a half-typed date: %q", fl.problem.Text)
	}
	fl.to.SetText("")
	fl.from.SetText("")
	if fl.problem.Visible() || count() != 28 {
		t.Errorf("clearing the dates: message %v, list %d", fl.problem.Visible(), count())
	}
}

func TestLogServicesPickAddsToTheList(t *testing.T) {
	f := newLogFixture(t)
	sf := f.s.form.services
	pick := func(name string) {
		for _, item := range sf.menu.Items {
			if item.Label == name {
				item.Action()
				return
			}
		}
		t.Fatalf("%s is not offered", name)
	}
	if len(sf.menu.Items) != 25 {
		t.Errorf("%d common services offered, want 25", len(sf.menu.Items))
	}
	test.Type(sf.entry, "EC2")
	pick("S3")
	pick("S3")
	test.Type(sf.entry, ", Dyna")
	pick("DynamoDB")
	if sf.entry.Text != "EC2, S3, DynamoDB" {
		t.Errorf("services = %q", sf.entry.Text)
	}
	if got := strings.Join(sf.services(), "|"); got != "EC2|S3|DynamoDB" {
		t.Errorf("read back as %s", got)
	}
}

func TestLogExportCSVReadsBack(t *testing.T) {
	f := newLogFixture(t)
	path := filepath.Join(t.TempDir(), "log.csv")
	f.s.exportCSV(path)
	wantLabel(t, "status", f.s.status, "Exported 28 entries to "+path+".")
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	rows, err := planner.ReadCSV(file)
	if err != nil {
		t.Fatal(err)
	}
	all := f.entries()
	if len(rows) != len(all) {
		t.Fatalf("read back %d rows of %d", len(rows), len(all))
	}
	for i, r := range rows {
		if !r.Entry.SameContent(all[i]) {
			t.Errorf("row %d: %+v, want %+v", i, r.Entry, all[i])
		}
	}
	for _, b := range f.s.fileButtons {
		if b.Disabled() {
			t.Errorf("%s stays disabled", b.Text)
		}
	}
}

func TestLogImportWithABadRowImportsNothing(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	path := filepath.Join(t.TempDir(), "bad.csv")
	csv := "date,kind,code,hours,domain\n" +
		"2026-11-02,study,SAA-C03,1,\n" +
		"2026-11-03,lab,SAA-C03,2,\n" +
		"2026-11-04,study,SAA-C03,25,\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	f.s.importCSV(path)
	if got := f.s.status.Text; !strings.HasPrefix(got, "Nothing was changed: line 4") || !strings.Contains(got, "between 0.25 and 24") {
		t.Errorf("status = %q", got)
	}
	if f.s.status.Importance != widget.DangerImportance {
		t.Error("the failure is not flagged")
	}
	if n := len(f.entries()); n != before {
		t.Errorf("a failed import added %d entries", n-before)
	}
}

func TestLogImportTwiceAddsNothingTheSecondTime(t *testing.T) {
	f := newLogFixture(t)
	before := len(f.entries())
	path := filepath.Join(t.TempDir(), "more.csv")
	csv := "date,kind,code,hours,domain,services,note\n" +
		"2026-09-01,lab,SAA-C03,2,Design Secure Architectures,IAM;KMS,policy lab\n" +
		"2026-09-02,study,CLF-C02,1,,,\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	f.s.importCSV(path)
	wantLabel(t, "first import", f.s.status, "Imported 2 entries from more.csv, skipped 0 already in the log.")
	f.s.importCSV(path)
	wantLabel(t, "second import", f.s.status, "Imported 0 entries from more.csv, skipped 2 already in the log.")
	if n := len(f.entries()); n != before+2 {
		t.Errorf("two imports added %d entries, want 2", n-before)
	}
	if len(f.s.list.entries) != before+2 {
		t.Error("the list does not show the imported entries")
	}
	if f.ui.today.heat.days[len(f.ui.today.heat.days)-1].Date != planner.NewDate(2026, 11, 23) {
		t.Error("Today was not refreshed")
	}
}

func TestLogPortfolioExport(t *testing.T) {
	f := newLogFixture(t)
	path := filepath.Join(t.TempDir(), "portfolio.md")
	f.s.exportPortfolio(path)
	wantLabel(t, "status", f.s.status, "Portfolio written to "+path+".")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, want := range []string{"# Hands-on AWS experience", "## By service", "### VPC (", "### EC2 (", "<https://github.com/learner/three-tier>"} {
		if !strings.Contains(md, want) {
			t.Errorf("the portfolio lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "Cloud Concepts") {
		t.Error("study entries leaked into the portfolio")
	}
}

func TestLogFileErrorIsReported(t *testing.T) {
	f := newLogFixture(t)
	f.s.importCSV(filepath.Join(t.TempDir(), "missing.csv"))
	if got := f.s.status.Text; !strings.HasPrefix(got, "Nothing was changed:") {
		t.Errorf("status = %q", got)
	}
	f.s.exportCSV(filepath.Join(t.TempDir(), "no-such-folder", "log.csv"))
	if f.s.status.Importance != widget.DangerImportance {
		t.Errorf("a failed export reads %q", f.s.status.Text)
	}
}

// TestLogMarkup pins the Log screen for the seeded learner.
func TestLogMarkup(t *testing.T) {
	f := newLogFixture(t)
	test.AssertRendersToMarkup(t, "log/list.xml", f.win.Canvas())
}
