package planner

import (
	"fmt"
	"io"
	"time"

	ics "github.com/arran4/golang-ical"
)

// WriteICSWithEvents writes the plan as WriteICS does, followed by the
// all-day events (WalletEvents: exam dates and renewal deadlines), each with
// a reminder at 09:00 AlarmDaysBefore days ahead. An event whose UID the
// plan already holds (a target's exam, which the plan writes with its
// projected date) is left out, so no UID appears twice. UIDs never name a
// date, so re-importing a newer file moves events instead of duplicating
// them.
func WriteICSWithEvents(w io.Writer, p Plan, events []CalendarEvent, stamp time.Time) error {
	c := planCalendar(p, stamp)
	written := map[string]bool{}
	for _, e := range c.Events() {
		written[e.Id()] = true
	}
	for _, ev := range events {
		if written[ev.UID] {
			continue
		}
		written[ev.UID] = true
		e := c.AddEvent(ev.UID)
		e.SetDtStampTime(stamp)
		setAllDay(e, ev.Date)
		e.SetSummary(oneLine(ev.Summary))
		if ev.Description != "" {
			e.SetDescription(oneLine(ev.Description))
		}
		addReminder(e, alarmTrigger(ev.AlarmDaysBefore), oneLine(ev.Summary))
	}
	return c.SerializeTo(w, ics.WithNewLineWindows)
}

// alarmTrigger is the reminder at 09:00 days before an all-day event, as
// an offset from its start at midnight: 09:00 the day before is 15 hours
// earlier, and each further day adds one.
func alarmTrigger(days int) string {
	if days <= 0 {
		return "PT9H"
	}
	if days == 1 {
		return examReminder
	}
	return fmt.Sprintf("-P%dDT15H", days-1)
}
