package catalog

import "strings"

// Step is one exam on a role path. Optional marks a step the user may skip:
// a warm-up such as CLF-C02 before an Associate exam, or one branch of an
// "A or B" choice.
type Step struct {
	Code     string `json:"code"`
	Optional bool   `json:"optional,omitempty"`
}

// Path is a suggested order of exams for a job role. No AWS certification has
// a formal prerequisite: paths are advice that seeds a plan, nothing enforces
// them.
type Path struct {
	Role  string `json:"role"`  // stable key, such as "architect"
	Title string `json:"title"` // what the user reads
	Steps []Step `json:"steps"`
	Note  string `json:"note,omitempty"` // explains choices a linear list cannot show
}

// Codes returns the codes of the path's steps in order.
func (p Path) Codes() []string {
	codes := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		codes[i] = s.Code
	}
	return codes
}

func (p Path) clone() Path {
	p.Steps = append([]Step{}, p.Steps...)
	return p
}

func clonePaths(paths []Path) []Path {
	out := make([]Path, len(paths))
	for i, p := range paths {
		out[i] = p.clone()
	}
	return out
}

// Paths returns every role path in file order.
func (c *Catalog) Paths() []Path { return clonePaths(c.paths) }

// Path returns the path for role, ignoring case.
func (c *Catalog) Path(role string) (Path, bool) {
	role = strings.TrimSpace(role)
	for _, p := range c.paths {
		if strings.EqualFold(p.Role, role) {
			return p.clone(), true
		}
	}
	return Path{}, false
}
