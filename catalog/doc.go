// Package catalog describes the certifications and Skill Builder badges a
// CertPlan user can plan for, hold or renew.
//
// The data itself lives in assets/catalog.json so that the yearly changes AWS
// makes to its exams are a data edit, not a code change. This package parses
// that file, refuses it when it is inconsistent (so a bad edit fails loudly in
// tests instead of producing wrong plans), and lets the user patch it with an
// overlay file of their own (see WithOverlay) because prep hours in particular
// are personal and some published facts are uncertain.
//
// A *Catalog is immutable once built: every accessor returns copies, so one
// catalog can be shared by the UI, the CLI and the planner without locking.
package catalog
