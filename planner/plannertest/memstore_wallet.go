package plannertest

import (
	"certplan/planner"
)

func (m *MemStore) History() (planner.History, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return cloneHistory(m.history), nil
}

func (m *MemStore) SaveHistory(h planner.History) error {
	return saveRecord(m, h, planner.PrepareHistory, func(h planner.History) { m.history = cloneHistory(h) })
}

func (m *MemStore) ShownReminders() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string{}, m.shown...), nil
}

func (m *MemStore) SaveShownReminders(keys []string) error {
	return saveRecord(m, keys, planner.PrepareShownReminders, func(keys []string) { m.shown = keys })
}

// cloneHistory copies h deeply, with empty lists rather than nil ones, so
// callers can change what they get without touching the store.
func cloneHistory(h planner.History) planner.History {
	out := planner.History{
		Earned:     append([]planner.Earned{}, h.Earned...),
		Extensions: append([]planner.Extension{}, h.Extensions...),
		Attempts:   make([]planner.Attempt, len(h.Attempts)),
	}
	for i, a := range h.Attempts {
		a.Domains = append([]planner.DomainResult{}, a.Domains...)
		out.Attempts[i] = a
	}
	return out
}
