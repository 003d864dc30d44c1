package catalog

import (
	"fmt"
	"strings"
)

// Tier groups entries the way AWS presents them; the UI lists and filters by it.
type Tier string

// The known tiers. Badge is not an AWS certification level but gets its own
// tier so badges can be listed, filtered and planned alongside exams.
const (
	Foundational Tier = "foundational"
	Associate    Tier = "associate"
	Professional Tier = "professional"
	Specialty    Tier = "specialty"
	Badge        Tier = "badge"
)

// Tiers returns every known tier in display order, easiest first.
// It returns a new slice on each call so callers may modify it.
func Tiers() []Tier {
	return []Tier{Foundational, Associate, Professional, Specialty, Badge}
}

// ParseTier reads a tier name as typed by a user (CLI flag, overlay file):
// case and surrounding spaces are ignored. The error lists the accepted
// values so the person can correct the input without looking them up.
func ParseTier(s string) (Tier, error) {
	want := strings.ToLower(strings.TrimSpace(s))
	for _, t := range Tiers() {
		if string(t) == want {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown tier %q (accepted: %s)", s, tierList())
}

// Title is the tier's heading in lists and menus.
func (t Tier) Title() string {
	switch t {
	case Foundational:
		return "Foundational"
	case Associate:
		return "Associate"
	case Professional:
		return "Professional"
	case Specialty:
		return "Specialty"
	case Badge:
		return "Skill Builder badges"
	}
	return string(t)
}

// Valid reports whether t is one of Tiers().
func (t Tier) Valid() bool { return tierRank(t) >= 0 }

// tierRank is t's position in Tiers(), or -1 when t is unknown; All and
// Filter sort by it.
func tierRank(t Tier) int {
	for i, known := range Tiers() {
		if t == known {
			return i
		}
	}
	return -1
}

func tierList() string {
	names := make([]string, 0, len(Tiers()))
	for _, t := range Tiers() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// Kind separates proctored certifications from Skill Builder badges: they
// differ in how the passing score reads and in whether they expire.
type Kind string

// Status says whether an entry can still be booked. Retired entries stay in
// the catalog because certifications earned on them remain valid until they
// expire, so the wallet and renewal views must still recognise their codes.
type Status string

// The known kinds and statuses.
const (
	Certification Kind   = "certification"
	BadgeKind     Kind   = "badge"
	Active        Status = "active"
	Retired       Status = "retired"
)

// Valid reports whether k is Certification or BadgeKind.
func (k Kind) Valid() bool { return k == Certification || k == BadgeKind }

// Valid reports whether s is Active or Retired.
func (s Status) Valid() bool { return s == Active || s == Retired }
