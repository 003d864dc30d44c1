package planner

import "fmt"

// RemovedTarget is what RemoveTargetForUndo took away: the target as it
// was, with its place in the study order, so RestoreTarget can put it back.
type RemovedTarget struct {
	Target Target
	Index  int
}

// RemoveTargetForUndo drops a target like RemoveTarget and returns what
// an Undo needs.
func (s *Service) RemoveTargetForUndo(code string) (RemovedTarget, error) {
	ts, err := s.store.Targets()
	if err != nil {
		return RemovedTarget{}, err
	}
	i := indexOfTarget(ts, NormalizeCode(code))
	if i < 0 {
		return RemovedTarget{}, notATarget(code)
	}
	removed := RemovedTarget{Target: ts[i], Index: i}
	if err := s.store.SaveTargets(append(ts[:i:i], ts[i+1:]...)); err != nil {
		return RemovedTarget{}, err
	}
	return removed, nil
}

// RestoreTarget puts a removed target back where it was (or last, if the
// list is shorter now), with its exam date and the day it was added. An exam
// date that has passed meanwhile is refused like any other.
func (s *Service) RestoreTarget(r RemovedTarget) error {
	t, err := s.checkTarget(r.Target)
	if err != nil {
		return err
	}
	t.Added = r.Target.Added
	ts, err := s.store.Targets()
	if err != nil {
		return err
	}
	if indexOfTarget(ts, t.Code) >= 0 {
		return &Error{Kind: Exists, Field: "cert", Msg: fmt.Sprintf("%s is already a target", t.Code)}
	}
	at := min(max(r.Index, 0), len(ts))
	out := make([]Target, 0, len(ts)+1)
	out = append(out, ts[:at]...)
	out = append(out, t)
	return s.store.SaveTargets(append(out, ts[at:]...))
}

// RestoreEntry logs a deleted entry again, under a new ID.
func (s *Service) RestoreEntry(e Entry) (Entry, error) {
	e.ID = 0
	return s.AddEntry(e)
}

// RestoreHistory puts back the wallet as it was before a removal (an Undo):
// the whole history, checked like any change to it.
func (s *Service) RestoreHistory(h History) error { return s.saveHistory(h) }
