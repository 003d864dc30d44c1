package planner

import (
	"fmt"
	"slices"
)

// Snapshot is everything a learner has stored, as one value: what a backup
// file holds (see snapshot_json.go), what Store.Snapshot reads and what
// Store.ReplaceAll writes. Entries keep their IDs; a store that takes a
// snapshot in gives new entries IDs above the highest one in it.
type Snapshot struct {
	Targets      []Target      // in study order
	Availability *Availability // nil when none was saved
	Entries      []Entry       // with their IDs
	Timer        *Timer        // nil when none is running or paused
	History      History       // the wallet: earned records, extensions, attempts
	// ShownReminders are the keys of the reminders already shown, sorted.
	ShownReminders []string
	// Schema is the database schema of the store the snapshot was taken
	// from, kept in backups for support; 0 when unknown. Restoring ignores it.
	Schema int
}

// Validate checks every record with the rules a single write follows
// (record_rules.go), and the log as a whole: every entry has an ID and no
// ID appears twice. It returns the snapshot in the form that is stored. An
// error names the record at fault, counting entries from 1 in the order
// given.
func (s Snapshot) Validate() (Snapshot, error) {
	out := Snapshot{Schema: s.Schema}
	targets, err := PrepareTargets(s.Targets)
	if err != nil {
		return Snapshot{}, recordError("backup targets", err)
	}
	out.Targets = targets
	if s.Availability != nil {
		a := *s.Availability
		a.DaysOff = slices.Clone(a.DaysOff)
		a, err := PrepareAvailability(a)
		if err != nil {
			return Snapshot{}, recordError("backup availability", err)
		}
		out.Availability = &a
	}
	if s.Timer != nil {
		t, err := PrepareTimer(*s.Timer)
		if err != nil {
			return Snapshot{}, recordError("backup timer", err)
		}
		out.Timer = &t
	}
	if out.History, err = PrepareHistory(s.History); err != nil {
		return Snapshot{}, recordError("backup history", err)
	}
	if out.ShownReminders, err = PrepareShownReminders(s.ShownReminders); err != nil {
		return Snapshot{}, recordError("backup shown reminders", err)
	}
	out.Entries = make([]Entry, len(s.Entries))
	seen := make(map[uint64]bool, len(s.Entries))
	for i, e := range s.Entries {
		if e.ID == 0 {
			return Snapshot{}, Invalidf("id", "backup entry %d has no id", i+1)
		}
		if e.ID > MaxEntryID {
			return Snapshot{}, Invalidf("id", "backup entry %d has id %d; ids must be between 1 and %d", i+1, e.ID, uint64(MaxEntryID))
		}
		what := fmt.Sprintf("backup entry %d (id %d)", i+1, e.ID)
		if seen[e.ID] {
			return Snapshot{}, Invalidf("id", "%s: the id appears twice", what)
		}
		seen[e.ID] = true
		n, err := PrepareEntry(e)
		if err != nil {
			return Snapshot{}, recordError(what, err)
		}
		out.Entries[i] = n
	}
	return out, nil
}

// MaxEntryID is the highest ID an entry may have: 2^53 - 1, the largest
// integer every JSON reader holds exactly, which leaves the ID sequence room
// to move past any stored ID without wrapping around to 0.
const MaxEntryID = 1<<53 - 1

// HighestEntryID is the highest entry ID in s, 0 for an empty log.
func (s Snapshot) HighestEntryID() uint64 {
	var id uint64
	for _, e := range s.Entries {
		id = max(id, e.ID)
	}
	return id
}

// recordError names the record at fault, keeping the kind and field of err.
func recordError(what string, err error) error {
	return &Error{Kind: KindOf(err), Field: FieldOf(err), Msg: what, Err: err}
}
