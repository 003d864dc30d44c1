package planner

// DayTotal is the logged hours of one day.
type DayTotal struct {
	Date  Date
	Study float64
	Lab   float64
}

// Store keeps a learner's data. The planner declares what it needs; the
// Badger-backed implementation lives in planner/store, and tests may use any
// other. Every method is one transaction: it fully happens or not at all.
type Store interface {
	// Targets returns the study targets in study order.
	Targets() ([]Target, error)
	// SaveTargets replaces the whole ordered target list.
	SaveTargets([]Target) error
	// Availability returns the saved availability, or ok=false if none was saved.
	Availability() (a Availability, ok bool, err error)
	SaveAvailability(Availability) error

	// AddEntry stores e under a new ID and returns it with the ID set.
	AddEntry(e Entry) (Entry, error)
	// AddEntries stores all entries under new IDs, all or nothing.
	AddEntries(es []Entry) ([]Entry, error)
	// UpdateEntry replaces the entry with e.ID; NotFound if there is none.
	UpdateEntry(e Entry) error
	// DeleteEntry removes an entry; NotFound if there is none.
	DeleteEntry(id uint64) error
	// Entry returns one entry; NotFound if there is none.
	Entry(id uint64) (Entry, error)
	// Entries returns the entries matching q in date order, then ID order.
	Entries(q EntryQuery) ([]Entry, error)
	// Totals returns the logged hours per certification (study, lab, per
	// domain). A store keeps them current with every entry write, so they
	// cost the same with ten entries or twenty thousand.
	Totals() (map[string]Done, error)
	// DailyTotals returns the logged study and lab hours of each day in
	// [from, to] that has any, in date order.
	DailyTotals(from, to Date) ([]DayTotal, error)

	// Timer returns the saved timer, ok=false when none is running or paused.
	Timer() (t Timer, ok bool, err error)
	SaveTimer(Timer) error
	ClearTimer() error

	// History returns the wallet's history: earned records, maintain
	// extensions and exam attempts (empty lists when none was saved).
	History() (History, error)
	// SaveHistory replaces the whole wallet history. It checks the records
	// with PrepareHistory; the catalog rules are the Service's.
	SaveHistory(History) error
	// ShownReminders returns the keys (Reminder.Key) of the reminders the
	// app has already shown, sorted.
	ShownReminders() ([]string, error)
	// SaveShownReminders replaces the set of reminder keys already shown.
	SaveShownReminders([]string) error

	// Snapshot reads everything stored, consistently: as of one moment even
	// while others keep writing. Entries come in date order, then ID order.
	Snapshot() (Snapshot, error)
	// ReplaceAll replaces everything stored with s, all or nothing, however
	// large s is. It checks s with Snapshot.Validate first, so an invalid
	// snapshot changes nothing. Entry IDs are kept; new entries get IDs
	// above the highest one in s.
	ReplaceAll(s Snapshot) error
}
