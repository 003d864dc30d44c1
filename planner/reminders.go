package planner

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"certplan/catalog"
)

// ReminderKind says what a reminder is about.
type ReminderKind string

// The kinds of reminders.
const (
	RenewalReminder ReminderKind = "renewal" // a held certification expiring or just expired
	ExamReminder    ReminderKind = "exam"    // a target's exam date is close
	RetakeReminder  ReminderKind = "retake"  // a failed exam may be taken again
	VoucherReminder ReminderKind = "voucher" // a discount voucher is about to lapse
)

// Reminder thresholds, in days before the date. A reminder names the
// smallest threshold already reached, so each threshold is shown once and a
// reminder missed while the app was closed comes at the next threshold.
var (
	renewalThresholds = []int{180, 90, 30, 7, 0}
	examThresholds    = []int{14, 7, 1, 0}
)

// Windows after which a reminder is no longer worth showing.
const (
	expiredReminderDays = 30 // an expiry stays in view for 30 days
	retakeReminderDays  = 7  // a retake window that opened within the last 7 days
	voucherReminderDays = 30 // a voucher that expires within 30 days
)

// expiredThreshold marks a renewal reminder for a certification that has
// already expired.
const expiredThreshold = -1

// Reminder is one thing due on a given day. Date is what it is about (the
// expiry, the exam, the first retake day, the voucher's expiry); DaysLeft
// counts from today to Date and is negative once Date has passed.
type Reminder struct {
	Kind      ReminderKind `json:"kind"`
	Code      string       `json:"code"`
	Date      Date         `json:"date"`
	DaysLeft  int          `json:"days_left"`
	Message   string       `json:"message"`
	Threshold int          `json:"-"` // days before Date that was reached; for renewal and exam
}

// Key identifies a reminder across runs, so an app can remember which it
// has shown: kind, code, date and threshold. A moved date or a new
// threshold is a new reminder.
func (r Reminder) Key() string {
	return string(r.Kind) + "/" + r.Code + "/" + r.Date.String() + "/" + strconv.Itoa(r.Threshold)
}

// Unshown returns the reminders whose Key is not in shown, in order.
func Unshown(due []Reminder, shown map[string]bool) []Reminder {
	var out []Reminder
	for _, r := range due {
		if !shown[r.Key()] {
			out = append(out, r)
		}
	}
	return out
}

// DueReminders lists what is due on today: held certifications with
// ExpiringDays or fewer left (or expired within the last 30 days), target
// exams in 14 days or fewer, retake windows opened in the last 7 days and
// vouchers expiring within 30 days. It only reads its arguments, so it can
// run any number of times; the result is in date order.
func DueReminders(cat *catalog.Catalog, w Wallet, targets []Target, attempts []Attempt, today Date) []Reminder {
	var out []Reminder
	for _, h := range w.Held {
		if r, ok := renewalReminder(h, today); ok {
			out = append(out, r)
		}
	}
	for _, t := range targets {
		if r, ok := examDueReminder(t, today); ok {
			out = append(out, r)
		}
	}
	out = append(out, retakeReminders(cat, attempts, today)...)
	for _, a := range attempts {
		left := int(a.VoucherExpires - today)
		if a.VoucherExpires.IsZero() || left < 0 || left > voucherReminderDays {
			continue
		}
		out = append(out, Reminder{Kind: VoucherReminder, Code: NormalizeCode(a.Code), Date: a.VoucherExpires, DaysLeft: left,
			Message: fmt.Sprintf("The exam voucher from your %s pass on %s expires %s.", NormalizeCode(a.Code), a.Date, inDays(left, a.VoucherExpires))})
	}
	slices.SortStableFunc(out, func(a, b Reminder) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Code, b.Code))
	})
	return out
}

func renewalReminder(h Held, today Date) (Reminder, bool) {
	if h.Expires.IsZero() {
		return Reminder{}, false
	}
	left := int(h.Expires - today)
	r := Reminder{Kind: RenewalReminder, Code: h.Code, Date: h.Expires, DaysLeft: left}
	if left < 0 {
		if -left > expiredReminderDays {
			return Reminder{}, false
		}
		r.Threshold = expiredThreshold
		r.Message = fmt.Sprintf("%s expired on %s; earn it again to hold it.", h.Code, h.Expires)
		return r, true
	}
	threshold, ok := reached(left, renewalThresholds)
	if !ok {
		return Reminder{}, false
	}
	r.Threshold = threshold
	r.Message = fmt.Sprintf("%s expires %s.", h.Code, inDays(left, h.Expires))
	if h.RenewWith != "" {
		r.Message += fmt.Sprintf(" A pass of %s renews it.", h.RenewWith)
	}
	return r, true
}

func examDueReminder(t Target, today Date) (Reminder, bool) {
	if t.ExamBy.IsZero() {
		return Reminder{}, false
	}
	left := int(t.ExamBy - today)
	threshold, ok := reached(left, examThresholds)
	if left < 0 || !ok {
		return Reminder{}, false
	}
	code := NormalizeCode(t.Code)
	return Reminder{Kind: ExamReminder, Code: code, Date: t.ExamBy, DaysLeft: left, Threshold: threshold,
		Message: fmt.Sprintf("Your %s exam is %s.", code, inDays(left, t.ExamBy))}, true
}

// retakeReminders names each exam whose latest attempt failed and whose
// retake window opened within the last week.
func retakeReminders(cat *catalog.Catalog, attempts []Attempt, today Date) []Reminder {
	latest := map[string]AttemptReport{}
	for _, r := range ReportAttempts(cat, attempts) {
		latest[NormalizeCode(r.Code)] = r // date order: the last one wins
	}
	var out []Reminder
	for code, r := range latest {
		if r.Passed || today < r.RetakeFrom || int(today-r.RetakeFrom) >= retakeReminderDays {
			continue
		}
		out = append(out, Reminder{Kind: RetakeReminder, Code: code, Date: r.RetakeFrom, DaysLeft: int(r.RetakeFrom - today),
			Message: fmt.Sprintf("You may retake %s since %s.", code, r.RetakeFrom)})
	}
	return out
}

// reached returns the smallest threshold that left is at or below.
func reached(left int, thresholds []int) (int, bool) {
	found, ok := 0, false
	for _, t := range thresholds {
		if left <= t {
			found, ok = t, true
		}
	}
	return found, ok
}

func inDays(left int, d Date) string {
	switch left {
	case 0:
		return "today (" + d.String() + ")"
	case 1:
		return "tomorrow (" + d.String() + ")"
	}
	return fmt.Sprintf("on %s, in %d days", d, left)
}
