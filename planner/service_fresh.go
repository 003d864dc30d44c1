package planner

// IsNewLearner reports whether the data folder has nothing a learner set up:
// no targets, no saved availability and no wallet records (earned,
// extensions or attempts). The app offers its first-run guide then; logged
// hours alone do not count, since the guide would not touch them.
func (s *Service) IsNewLearner() (bool, error) {
	ts, err := s.store.Targets()
	if err != nil || len(ts) > 0 {
		return false, err
	}
	if _, saved, err := s.store.Availability(); err != nil || saved {
		return false, err
	}
	h, err := s.store.History()
	if err != nil {
		return false, err
	}
	return len(h.Earned) == 0 && len(h.Extensions) == 0 && len(h.Attempts) == 0, nil
}
