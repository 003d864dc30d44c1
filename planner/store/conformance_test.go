package store

import (
	"testing"

	"certplan/planner"
	"certplan/planner/plannertest"
)

func TestStoreConformance(t *testing.T) {
	plannertest.StoreConformance(t, func(t *testing.T) planner.Store { return openStore(t, "") })
}
