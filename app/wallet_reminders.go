package app

import (
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"certplan/planner"
)

// reminderCheckEvery is how often the running app looks for reminders
// that have come due: thresholds are whole days, so an hour is plenty.
var reminderCheckEvery = time.Hour

// sendNotification hands a notification to the desktop (on Linux, D-Bus
// org.freedesktop.Notifications). Tests replace it to count what is sent.
var sendNotification = func(a fyne.App, n *fyne.Notification) { a.SendNotification(n) }

// reminderNotifier shows each due reminder once as a desktop notification
// while the app runs. What it showed is stored with the data, so a restart
// does not repeat it, and a threshold passed while the app was closed is
// caught up by the check at start-up.
type reminderNotifier struct {
	ui      *UI
	ticking *ticker
	failed  bool // a failure to read or save is logged once, not every hour
}

// start checks now, then every reminderCheckEvery until stop.
func (n *reminderNotifier) start() {
	n.check()
	n.ticking = startTicker(reminderCheckEvery, n.check)
}

// stop ends the hourly check; it is safe to call more than once.
func (n *reminderNotifier) stop() {
	if n.ticking != nil {
		n.ticking.Stop()
		n.ticking = nil
	}
}

// check notifies what is due and not yet shown, remembers it as shown and
// refreshes the Today screen's list. With notifications turned off in
// Settings it sends nothing and marks nothing, so what is due then shows
// once they are turned back on; the Today list shows it all the same. It
// runs on the UI goroutine.
func (n *reminderNotifier) check() {
	svc := n.ui.deps.Service
	var due []planner.Reminder
	var err error
	if n.ui.notificationsOn() {
		due, err = svc.UnshownReminders()
	}
	if err == nil && len(due) > 0 {
		wanted := n.ui.renewalDaysOn()
		for _, r := range due {
			// A renewal threshold the learner turned off in Settings is
			// marked as shown without a notification, so it never comes late.
			if r.Kind == planner.RenewalReminder && !wanted[r.Threshold] {
				continue
			}
			sendNotification(n.ui.app, fyne.NewNotification(reminderTitle(r), r.Message))
		}
		err = svc.MarkRemindersShown(due)
	}
	if err != nil && !n.failed {
		log.Printf("reminders: %v", err)
	}
	n.failed = err != nil
	if n.ui.today != nil {
		n.ui.today.deadlines.refresh()
	}
}

// reminderTitle is a notification's title: what kind of deadline it is.
func reminderTitle(r planner.Reminder) string {
	switch r.Kind {
	case planner.RenewalReminder:
		return lang.L("CertPlan: renewal due")
	case planner.ExamReminder:
		return lang.L("CertPlan: exam coming up")
	case planner.RetakeReminder:
		return lang.L("CertPlan: retake open")
	case planner.VoucherReminder:
		return lang.L("CertPlan: voucher expiring")
	}
	return "CertPlan"
}
