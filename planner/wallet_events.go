package planner

import "fmt"

// CalendarEvent is an all-day calendar event with a reminder, as data: the
// calendar file writer encodes it. UID names what the event is about (kind
// and code, never the date), so a calendar that imports a newer file moves
// the event instead of adding a second one.
type CalendarEvent struct {
	UID             string
	Date            Date
	Summary         string
	Description     string
	AlarmDaysBefore int
}

// Alarm lead times: a week before an exam to settle the last review, and
// the 90-day renewal threshold for an expiry, time enough to study for a
// renewal exam.
const (
	examAlarmDays    = 7
	renewalAlarmDays = 90
)

// WalletEvents returns an event per target exam date and per held
// certification's expiry that has not passed, exams first, each in the
// order given. Exam UIDs are those of the plan's exam events, so the two
// describe the same event.
func WalletEvents(w Wallet, targets []Target) []CalendarEvent {
	var out []CalendarEvent
	for _, t := range targets {
		if t.ExamBy.IsZero() {
			continue
		}
		code := NormalizeCode(t.Code)
		out = append(out, CalendarEvent{UID: "exam-" + code + "@certplan", Date: t.ExamBy,
			Summary: code + " exam", Description: fmt.Sprintf("Exam day for %s.", code), AlarmDaysBefore: examAlarmDays})
	}
	for _, h := range w.Held {
		if h.Expires.IsZero() || h.Expires < w.Today {
			continue
		}
		desc := fmt.Sprintf("%s expires at the end of this day unless it is renewed.", h.Code)
		if h.RenewWith != "" {
			desc += fmt.Sprintf(" A pass of %s renews it.", h.RenewWith)
		}
		out = append(out, CalendarEvent{UID: "renewal-" + h.Code + "@certplan", Date: h.Expires,
			Summary: h.Code + " expires", Description: desc, AlarmDaysBefore: renewalAlarmDays})
	}
	return out
}
