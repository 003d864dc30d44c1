// Package assets holds the files compiled into the CertPlan binary, so the
// app runs from a single executable with no data files installed beside it.
package assets

import _ "embed"

// CatalogJSON is the built-in certification catalog (catalog.json in this
// folder). It is plain JSON so the yearly AWS changes can be made by editing
// the file by hand; package catalog parses and validates it.
//
//go:embed catalog.json
var CatalogJSON []byte
