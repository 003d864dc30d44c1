package planner

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParsePaceAndWeekTimes(t *testing.T) {
	for in, want := range map[string]Pace{"steady": Steady, "ASAP": ASAP, " asap ": ASAP} {
		if got, err := ParsePace(in); err != nil || got != want {
			t.Errorf("ParsePace(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParsePace("fast"); KindOf(err) != Invalid || FieldOf(err) != "pace" || !strings.Contains(err.Error(), "steady, asap") {
		t.Errorf("ParsePace(fast) = %v; want Invalid on pace naming what is accepted", err)
	}

	week, err := ParseWeekTimes("mon=19:00, SAT=09:30")
	if err != nil || week[1] != "19:00" || week[6] != "09:30" || week[0] != "" {
		t.Fatalf("ParseWeekTimes = %q, %v", week, err)
	}
	if got := FormatWeekTimes(week); got != "mon=19:00,sat=09:30" {
		t.Errorf("FormatWeekTimes = %q", got)
	}
	for _, bad := range []string{"mon=7:00", "mon=24:00", "mon=19:60", "mon", "fri=19:00,fri=20:00", "xyz=10:00", "mon=ab:cd"} {
		if _, err := ParseWeekTimes(bad); KindOf(err) != Invalid || FieldOf(err) != "at" {
			t.Errorf("ParseWeekTimes(%q) = %v; want Invalid on at", bad, err)
		}
	}
	if _, err := ParseWeekTimes("mon=25:00"); err == nil || strings.Contains(err.Error(), "--") || strings.Contains(err.Error(), "certplan") {
		t.Errorf("ParseWeekTimes(mon=25:00) = %v; want a neutral message", err)
	}
}

func TestAvailabilityPaceAndTimesValidateAndLoad(t *testing.T) {
	a := DefaultAvailability()
	a.Pace = "sprint"
	if err := a.Validate(); FieldOf(err) != "pace" {
		t.Errorf("pace sprint: %v; want Invalid on pace", err)
	}
	a = DefaultAvailability()
	a.StartTimes[2] = "7pm"
	if err := a.Validate(); FieldOf(err) != "at" {
		t.Errorf("start time 7pm: %v; want Invalid on at", err)
	}

	// Availability saved before paces and times existed still loads: steady, no times.
	var old Availability
	if err := json.Unmarshal([]byte(`{"hours":[0,2,2,2,2,2,0],"lab_share":0.3}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.Pace != "" || old.StartTimes != (WeekTimes{}) || old.Validate() != nil {
		t.Errorf("old availability = %+v; want no pace, no times, valid", old)
	}
	b, _ := json.Marshal(old)
	if strings.Contains(string(b), "pace") || strings.Contains(string(b), "start_times") {
		t.Errorf("unset pace and times are written: %s", b)
	}
	old.Pace, old.StartTimes[1] = ASAP, "19:00"
	b, _ = json.Marshal(old)
	var back Availability
	if err := json.Unmarshal(b, &back); err != nil || back.Pace != ASAP || back.StartTimes[1] != "19:00" {
		t.Errorf("round trip of %s = %+v, %v", b, back, err)
	}
}

// With a booked date, asap packs study from the start and steady spreads it;
// both keep the final review in the last days before the exam.
func TestPaceShapesABookedPlan(t *testing.T) {
	in := goldenInputs(t)["booked-steady-dva"]
	steady, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	in.Availability.Pace = ASAP
	asap, err := BuildPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	lastStudy := func(p Plan) Date {
		var d Date
		for _, s := range p.Sessions {
			if !isFinalReview(s) {
				d = s.Date
			}
		}
		return d
	}
	if a, s := lastStudy(asap), lastStudy(steady); a >= mustDate(t, "2027-03-01") || s < mustDate(t, "2027-04-01") {
		t.Errorf("last study day asap %s, steady %s; want asap before March, steady in April", a, s)
	}
	for _, p := range []Plan{steady, asap} {
		tp := p.Targets[0]
		if tp.ExamDate != mustDate(t, "2027-04-30") || tp.End < mustDate(t, "2027-04-23") || tp.FinalReviewStart < mustDate(t, "2027-04-05") {
			t.Errorf("target %+v; want the final review in April, ending within a week of the exam on 2027-04-30", tp)
		}
	}
}
