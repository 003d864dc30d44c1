package planner

import (
	"math"
	"time"
)

// The timer is stored, not held in memory, so a practice block survives
// closing the app (or a crash) and shows up again when the app reopens.

// Timer returns the running or paused timer, if any.
func (s *Service) Timer() (Timer, bool, error) { return s.store.Timer() }

// StartTimer starts a timer for code, or resumes the paused one. Starting
// while another certification's timer exists is refused so no time is lost.
func (s *Service) StartTimer(code string, kind EntryKind, domain string) (Timer, error) {
	t, ok, err := s.store.Timer()
	if err != nil {
		return t, err
	}
	if ok {
		if t.Running() {
			return t, nil
		}
		t.Started = s.now()
		return t, s.store.SaveTimer(t)
	}
	probe, err := s.checkEntry(Entry{Date: s.Today(), Kind: kind, Code: code, Hours: 1, Domain: domain})
	if err != nil {
		return t, err
	}
	t = Timer{Code: probe.Code, Kind: probe.Kind, Domain: probe.Domain, Started: s.now()}
	return t, s.store.SaveTimer(t)
}

// PauseTimer banks the time counted so far.
func (s *Service) PauseTimer() (Timer, error) {
	t, ok, err := s.store.Timer()
	if err != nil || !ok || !t.Running() {
		return t, err
	}
	t.Banked = t.Elapsed(s.now())
	t.Started = time.Time{}
	return t, s.store.SaveTimer(t)
}

// StopTimer turns the timer into a log entry on today's date, rounded to the
// nearest quarter hour (at least a quarter), and clears it.
func (s *Service) StopTimer() (Entry, error) {
	t, ok, err := s.store.Timer()
	if err != nil {
		return Entry{}, err
	}
	if !ok {
		return Entry{}, &Error{Kind: NotFound, Msg: "no timer is running"}
	}
	return s.StopTimerLogging(TimerHours(t.Elapsed(s.now())))
}

// StopTimerLogging logs the timer's practice as hours the learner confirmed
// (or corrected), then clears the timer. Nothing changes if hours are refused.
func (s *Service) StopTimerLogging(hours float64) (Entry, error) {
	t, ok, err := s.store.Timer()
	if err != nil {
		return Entry{}, err
	}
	if !ok {
		return Entry{}, &Error{Kind: NotFound, Msg: "no timer is running"}
	}
	e, err := s.AddEntry(Entry{Date: s.Today(), Kind: t.Kind, Code: t.Code, Domain: t.Domain, Hours: hours, Note: "timed"})
	if err != nil {
		return e, err
	}
	return e, s.store.ClearTimer()
}

// DiscardTimer drops the timer without logging anything.
func (s *Service) DiscardTimer() error { return s.store.ClearTimer() }

// TimerHours rounds a timed duration to the quarter hours a log keeps,
// never below one quarter and never above a day.
func TimerHours(d time.Duration) float64 {
	q := math.Round(d.Hours() * quartersPerHour)
	return math.Min(math.Max(q, 1), MaxEntryHours*quartersPerHour) / quartersPerHour
}
