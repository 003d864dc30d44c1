package planner

import (
	"time"

	"certplan/catalog"
)

// Service is the planner's front door: every CLI command and every GUI
// screen that changes or reads a learner's data goes through it, so both
// behave the same way. It validates input before anything reaches the Store.
type Service struct {
	store Store
	cat   *catalog.Catalog
	now   func() time.Time
}

// NewService wires a store and a catalog; now is injectable so "today" is
// testable (nil means time.Now).
func NewService(st Store, cat *catalog.Catalog, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{store: st, cat: cat, now: now}
}

// Catalog returns the catalog the service plans with.
func (s *Service) Catalog() *catalog.Catalog { return s.cat }

// Today is the learner's current calendar day in local time.
func (s *Service) Today() Date { return DateOf(s.now()) }

// Now is the service clock.
func (s *Service) Now() time.Time { return s.now() }
