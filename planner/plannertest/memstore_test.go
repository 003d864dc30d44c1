package plannertest

import (
	"testing"

	"certplan/planner"
)

func TestMemStoreConformance(t *testing.T) {
	StoreConformance(t, func(*testing.T) planner.Store { return NewMemStore() })
}
