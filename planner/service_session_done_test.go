package planner_test

import (
	"testing"

	"certplan/planner"
)

func TestMarkSessionDone(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 19:00")
	planned := day("2026-11-21") // a session missed on Saturday, done today
	tests := []struct {
		sess planner.Session
		kind planner.EntryKind
		note string
	}{
		{planner.Session{Date: planned, Code: "saa-c03", Kind: planner.StudySession, Domain: "Design Secure Architectures", Hours: 1.5}, planner.Study, ""},
		{planner.Session{Date: planned, Code: "SAA-C03", Kind: planner.LabSession, Domain: "Design Resilient Architectures", Hours: 1}, planner.Lab, ""},
		{planner.Session{Date: planned, Code: "SAA-C03", Kind: planner.ReviewSession, Hours: 0.5}, planner.Study, "review"},
	}
	for _, tt := range tests {
		e, err := svc.MarkSessionDone(tt.sess)
		if err != nil {
			t.Fatalf("MarkSessionDone(%+v): %v", tt.sess, err)
		}
		want := planner.Entry{ID: e.ID, Date: day("2026-11-23"), Kind: tt.kind, Code: "SAA-C03", Hours: tt.sess.Hours, Domain: tt.sess.Domain, Note: tt.note}
		if e.ID == 0 || e.Date != want.Date || e.Kind != want.Kind || e.Code != want.Code || e.Hours != want.Hours || e.Domain != want.Domain || e.Note != want.Note {
			t.Errorf("MarkSessionDone(%+v) logged %+v, want %+v", tt.sess, e, want)
		}
		if stored, err := svc.Entry(e.ID); err != nil || stored.Kind != e.Kind || stored.Hours != e.Hours || stored.Note != e.Note {
			t.Errorf("stored entry %+v (%v), want %+v", stored, err, e)
		}
	}
	if _, err := svc.MarkSessionDone(planner.Session{Date: planned, Code: "NOPE-1", Kind: planner.StudySession, Hours: 1}); planner.KindOf(err) != planner.Invalid {
		t.Errorf("a session of an unknown certification: err %v, want kind Invalid", err)
	}
}

// Marking today's sessions done one by one empties today's list: the plan
// counts what was logged today against today's hours.
func TestMarkingTodaysSessionsDoneEmptiesTheDay(t *testing.T) {
	svc, _, _ := newService(t, "2026-11-23 08:00")
	if _, err := svc.AddTarget(planner.Target{Code: "CLF-C02"}); err != nil {
		t.Fatal(err)
	}
	d, err := svc.Dashboard()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sessions) == 0 {
		t.Fatal("nothing planned on the first day")
	}
	for len(d.Sessions) > 0 {
		before := len(d.Sessions)
		if _, err := svc.MarkSessionDone(d.Sessions[0]); err != nil {
			t.Fatal(err)
		}
		if d, err = svc.Dashboard(); err != nil {
			t.Fatal(err)
		}
		if len(d.Sessions) >= before {
			t.Fatalf("after marking a session done %d sessions remain today, had %d", len(d.Sessions), before)
		}
	}
}
