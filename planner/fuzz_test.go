package planner

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzPlanInput turns fuzzer values into a plan input. Values are mapped
// onto ranges a bit wider than the valid ones, so the fuzzer explores both
// valid inputs and the edges just past them.
func fuzzPlanInput(start uint32, week []byte, prepA, prepB uint16, examBy int16, offFrom, offLen, labShare uint8, domain string) PlanInput {
	var a Availability
	for i := range a.Hours {
		if i < len(week) {
			a.Hours[i] = float64(week[i]%112) / 4 // 0 to 27.75
		}
	}
	a.LabShare = float64(labShare) / 200 // 0 to 1.275
	a.Experience = Some
	in := PlanInput{Start: MinDate + Date(start%uint32(MaxDate-MinDate+1)), Availability: a}
	if offLen > 0 {
		from := in.Start.AddDays(int(offFrom))
		a.DaysOff = []DateRange{{From: from, To: from.AddDays(int(offLen) - 1)}}
		in.Availability = a
	}
	first := PlanTarget{Code: "AAA-C01", PrepHours: float64(prepA) / 4}
	if domain != "" {
		first.Domains = []DomainWeight{{Name: domain, Weight: 60}, {Name: "Other", Weight: 40}}
	}
	if examBy != 0 {
		first.ExamBy = in.Start.AddDays(int(examBy))
	}
	in.Targets = []PlanTarget{first}
	if prepB > 0 {
		in.Targets = append(in.Targets, PlanTarget{Code: "BBB-C02", PrepHours: float64(prepB) / 4})
	}
	return in
}

func addPlanSeeds(f *testing.F) {
	f.Add(uint32(46000), []byte{0, 8, 8, 8, 8, 8, 0}, uint16(320), uint16(0), int16(0), uint8(0), uint8(0), uint8(60), "Design")
	f.Add(uint32(0), []byte{4, 4, 4, 4, 4, 4, 4}, uint16(8000), uint16(400), int16(30), uint8(3), uint8(20), uint8(0), "")
	f.Add(uint32(109937), []byte{96, 96, 96, 96, 96, 96, 96}, uint16(8000), uint16(8000), int16(-5), uint8(0), uint8(255), uint8(200), "Ünïcode domain, with; punctuation")
}

// FuzzBuildPlan: for any input the plan either keeps every rule (sessions
// only on days with hours, no day over its hours, hours adding up or a
// warning saying they do not) or the input is refused with one line; it
// never panics.
func FuzzBuildPlan(f *testing.F) {
	addPlanSeeds(f)
	f.Fuzz(func(t *testing.T, start uint32, week []byte, prepA, prepB uint16, examBy int16, offFrom, offLen, labShare uint8, domain string) {
		in := fuzzPlanInput(start, week, prepA, prepB, examBy, offFrom, offLen, labShare, domain)
		p, err := BuildPlan(in)
		if err != nil {
			if KindOf(err) != Invalid || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q: want one line of Invalid input", err)
			}
			return
		}
		if problems := checkPlan(in, p); len(problems) > 0 {
			t.Fatalf("plan breaks its rules:\n%s", strings.Join(problems, "\n"))
		}
	})
}

// FuzzWriteICS: every plan encodes to a calendar of CRLF lines of at most 75
// octets (longer content is folded onto continuation lines), with BEGIN and
// END balanced and nested.
func FuzzWriteICS(f *testing.F) {
	addPlanSeeds(f)
	f.Fuzz(func(t *testing.T, start uint32, week []byte, prepA, prepB uint16, examBy int16, offFrom, offLen, labShare uint8, domain string) {
		if !utf8.ValidString(domain) || strings.TrimSpace(domain) == "" || len(domain) > 200 {
			domain = ""
		}
		in := fuzzPlanInput(start, week, prepA, prepB, examBy, offFrom, offLen, labShare, domain)
		p, err := BuildPlan(in)
		if err != nil {
			return // only valid plans are exported
		}
		var buf bytes.Buffer
		if err := WriteICS(&buf, p, time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		checkICS(t, buf.String())
	})
}

func checkICS(t *testing.T, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatal("calendar does not end with CRLF")
	}
	var open []string
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Fatalf("line %d is %d octets: %q", i+1, len(line), line)
		}
		if name, ok := strings.CutPrefix(line, "BEGIN:"); ok {
			open = append(open, name)
		}
		if name, ok := strings.CutPrefix(line, "END:"); ok {
			if len(open) == 0 || open[len(open)-1] != name {
				t.Fatalf("line %d: END:%s does not close %v", i+1, name, open)
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		t.Fatalf("never closed: %v", open)
	}
}

// FuzzReadCSV: any bytes either import as rows that each pass validation,
// or are refused with one line of Invalid input; never a panic.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,date,kind,code,hours,domain,services,note,link\n1,2026-05-01,study,SAA-C03,1.5,Design,EC2;S3,'=cmd,https://example.com\n"))
	f.Add([]byte("\ufeffdate,kind,code,hours\n2026-05-01,lab,DVA-C02,0.25\n\n"))
	f.Add([]byte("date,kind,code,hours\n0000-01-01,study,X,1e-320\n"))
	f.Add([]byte("date,kind,code,hours\n\"2026-05-01\",study,\"a\"\"b\",24\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			if KindOf(err) != Invalid || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q: want one line of Invalid input", err)
			}
			return
		}
		for _, r := range rows {
			if err := r.Entry.Validate(); err != nil {
				t.Fatalf("line %d imported but invalid: %v", r.Line, err)
			}
		}
	})
}
