package planner_test

import (
	"testing"

	"certplan/planner"
)

func TestIsNewLearner(t *testing.T) {
	cases := []struct {
		name  string
		setUp func(*planner.Service) error
		want  bool
	}{
		{"empty folder", func(*planner.Service) error { return nil }, true},
		{"a target", func(s *planner.Service) error {
			_, err := s.AddTarget(planner.Target{Code: "SAA-C03"})
			return err
		}, false},
		{"availability saved", func(s *planner.Service) error {
			return s.SetAvailability(planner.DefaultAvailability())
		}, false},
		{"a held certification", func(s *planner.Service) error {
			_, err := s.AddEarned(planner.Earned{Code: "CLF-C02", Date: day("2026-01-10")})
			return err
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			svc, _, _ := newService(t, "2026-11-23 09:00")
			if err := c.setUp(svc); err != nil {
				t.Fatal(err)
			}
			got, err := svc.IsNewLearner()
			if err != nil || got != c.want {
				t.Fatalf("IsNewLearner() = %v, %v; want %v", got, err, c.want)
			}
		})
	}
}
