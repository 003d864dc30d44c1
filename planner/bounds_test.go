package planner

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// wantInvalid fails unless err is one line of Invalid input containing want.
func wantInvalid(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	if KindOf(err) != Invalid || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error = %q (kind %d), want one Invalid line containing %q", err, KindOf(err), want)
	}
}

func TestParseDateBounds(t *testing.T) {
	for in, want := range map[string]string{
		"0000-01-01": "dates must be between 1900-01-01 and 2200-12-31, got 0000-01-01",
		"9999-12-31": "dates must be between 1900-01-01 and 2200-12-31, got 9999-12-31",
		"1899-12-31": "got 1899-12-31",
		"2201-01-01": "got 2201-01-01",
	} {
		_, err := ParseDate(in)
		wantInvalid(t, err, want)
	}
	for _, in := range []string{"1900-01-01", "2200-12-31"} {
		d, err := ParseDate(in)
		if err != nil || d.String() != in {
			t.Errorf("ParseDate(%s) = %s, %v", in, d, err)
		}
	}
	if MinDate != NewDate(1900, 1, 1) || MaxDate != NewDate(2200, 12, 31) {
		t.Errorf("MinDate, MaxDate = %s, %s", MinDate, MaxDate)
	}
}

func TestDateArithmeticAtTheEdges(t *testing.T) {
	if got := Date(-3).Weekday(); got < time.Sunday || got > time.Saturday {
		t.Errorf("Weekday of a date before day 1 = %d", got)
	}
	if got := Date(math.MaxInt32 - 1).AddDays(10); got != math.MaxInt32 {
		t.Errorf("AddDays past the end = %d, want it to saturate", got)
	}
	if got := Date(math.MinInt32 + 1).AddDays(-10); got != math.MinInt32 {
		t.Errorf("AddDays before the start = %d, want it to saturate", got)
	}
	// The latest start a learner can give plans 20 years ahead in four-digit years.
	p, err := BuildPlan(PlanInput{Start: MaxDate, Availability: DefaultAvailability(),
		Targets: []PlanTarget{{Code: "A", PrepHours: MaxPrepHours}, {Code: "B", PrepHours: MaxPrepHours}}})
	if err != nil {
		t.Fatal(err)
	}
	last := p.Targets[len(p.Targets)-1].ExamDate
	if last.Year() > 9999 || len(last.String()) != len("2006-01-02") {
		t.Errorf("plan from %s ends on %s", MaxDate, last)
	}
}

func TestRecordsWithDatesRefuseDatesOutOfRange(t *testing.T) {
	old := NewDate(1, 1, 1)
	e := Entry{Date: old, Kind: Study, Code: "SAA-C03", Hours: 1}
	wantInvalid(t, e.Validate(), "dates must be between 1900-01-01 and 2200-12-31, got 0001-01-01")

	a := DefaultAvailability()
	a.Start = NewDate(9999, 12, 31)
	wantInvalid(t, a.Validate(), "got 9999-12-31")
	a = DefaultAvailability()
	a.DaysOff = []DateRange{{From: NewDate(2026, 1, 1), To: NewDate(3000, 1, 1)}}
	wantInvalid(t, a.Validate(), "got 3000-01-01")

	_, err := PlanFor(nil, nil, DefaultAvailability(), NewDate(9999, 12, 31), nil)
	wantInvalid(t, err, "got 9999-12-31")

	// Stored records stay readable even if the rules tighten later.
	var d Date
	if err := d.UnmarshalText([]byte("1850-06-01")); err != nil || d.String() != "1850-06-01" {
		t.Errorf("UnmarshalText(1850-06-01) = %s, %v", d, err)
	}
}

func TestEntryHoursBounds(t *testing.T) {
	e := Entry{Date: NewDate(2026, 5, 1), Kind: Study, Code: "SAA-C03"}
	for h, want := range map[float64]string{
		1e-320:       "hours must be between 0.25 and 24, got 1e-320",
		24.25:        "got 24.25",
		math.NaN():   "got NaN",
		math.Inf(1):  "got +Inf",
		math.Inf(-1): "got -Inf",
	} {
		e.Hours = h
		wantInvalid(t, e.Validate(), want)
	}
	// 0.1 h is below what a new entry may log, but earlier versions stored
	// it: a stored record or an old backup holding it stays valid.
	for _, h := range []float64{0.1, 0.25, 24} {
		e.Hours = h
		if err := e.Validate(); err != nil {
			t.Errorf("hours %v: %v", h, err)
		}
	}
	for _, s := range []string{"NaN", "Inf", "-inf", "1e999"} {
		_, err := ParseHours("hours", s)
		wantInvalid(t, err, "is not a number of hours")
	}
}

func TestEntryTextBounds(t *testing.T) {
	ok := Entry{Date: NewDate(2026, 5, 1), Kind: Study, Code: "SAA-C03", Hours: 1}
	tests := []struct {
		change func(*Entry)
		want   string
	}{
		{func(e *Entry) { e.Note = strings.Repeat("é", MaxNoteChars+1) }, "note is 10001 characters long; the limit is 10000"},
		{func(e *Entry) { e.Link = "https://x.io/" + strings.Repeat("a", MaxLinkChars) }, "link is 2013 characters long; the limit is 2000"},
		{func(e *Entry) { e.Services = strings.Split(strings.Repeat("s,", MaxServices)+"s", ",") }, "51 services are listed; the limit is 50"},
		{func(e *Entry) { e.Services = []string{strings.Repeat("x", 65)} }, "is 65 characters long; the limit is 64"},
		{func(e *Entry) { e.Code = strings.Repeat("C", 65) }, "certification code is 65 characters long"},
		{func(e *Entry) { e.Domain = strings.Repeat("d", 201) }, "domain is 201 characters long"},
		{func(e *Entry) { e.Link = "ftp://\n" + strings.Repeat("a", 100) }, "is not a web address"},
	}
	for _, tt := range tests {
		e := ok
		tt.change(&e)
		wantInvalid(t, e.Validate(), tt.want)
	}
	e := ok
	e.Note = strings.Repeat("n", MaxNoteChars)
	e.Services = make([]string, MaxServices)
	for i := range e.Services {
		e.Services[i] = strings.Repeat("s", MaxServiceChars)
	}
	if err := e.Validate(); err != nil {
		t.Errorf("an entry at every limit: %v", err)
	}
}

func TestQuoteInputCutsLongValues(t *testing.T) {
	if got := quoteInput("a\nb"); got != `"a\nb"` {
		t.Errorf("quoteInput = %s", got)
	}
	got := quoteInput(strings.Repeat("ü", 1000))
	if want := `"` + strings.Repeat("ü", quotedInputChars) + `"…`; got != want {
		t.Errorf("quoteInput of a long value = %s", got)
	}
}

func TestReadInputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "log.csv")
	if err := os.WriteFile(path, []byte("\ufeffid,date"), 0o600); err != nil {
		t.Fatal(err)
	}
	data, err := ReadInputFile(path, 100)
	if err != nil || string(data) != "id,date" {
		t.Fatalf("ReadInputFile = %q, %v", data, err)
	}
	_, err = ReadInputFile(path, 4)
	wantInvalid(t, err, path+" is larger than 4 bytes")
	_, err = ReadInputFile(dir, 100)
	wantInvalid(t, err, "is a folder, not a file")
	_, err = ReadInputFile("/dev/zero", 100)
	wantInvalid(t, err, "/dev/zero is not a regular file")

}

func TestReadCSVBounds(t *testing.T) {
	f, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip("no /dev/zero")
	}
	defer f.Close()
	_, err = ReadCSV(f)
	wantInvalid(t, err, "the file is larger than 16 MB")

	var b strings.Builder
	b.WriteString("date,kind,code,hours\n")
	for range MaxCSVRows + 1 {
		b.WriteString("2026-05-01,study,SAA-C03,1\n")
	}
	_, err = ReadCSV(strings.NewReader(b.String()))
	wantInvalid(t, err, "the file has more than 100000 rows")

	rows, err := ReadCSV(strings.NewReader("\ufeff\"date\",kind,code,hours\n2026-05-01,study,SAA-C03,1\n"))
	if err != nil || len(rows) != 1 {
		t.Fatalf("a CSV with a byte-order mark: %v, %v", rows, err)
	}
	_, err = ReadCSV(strings.NewReader("date,kind,code,hours\n2026-05-01,study,SAA-C03,1e-320\n"))
	wantInvalid(t, err, "line 2: hours must be between 0.25 and 24, got 1e-320")
}
