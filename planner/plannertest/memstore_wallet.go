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
	h, err := planner.PrepareHistory(h)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.writeErr(); err != nil {
		return err
	}
	m.history = cloneHistory(h)
	return nil
}

func (m *MemStore) ShownReminders() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string{}, m.shown...), nil
}

func (m *MemStore) SaveShownReminders(keys []string) error {
	keys, err := planner.PrepareShownReminders(keys)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.writeErr(); err != nil {
		return err
	}
	m.shown = keys
	return nil
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
