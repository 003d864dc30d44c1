package cli

import (
	"path/filepath"

	"certplan/catalog"
	"certplan/planner"
)

// DataFolder is an open data folder and the planner service working on it.
type DataFolder struct {
	Dir     string
	Store   DataStore // close it when done: it holds the folder's lock
	Service *planner.Service
	// CatalogWarning says why the folder's catalog.json could not be used;
	// the built-in catalog is in use then.
	CatalogWarning error
}

// OpenDataFolder is the one start-up path of the desktop app and of the
// commands that use stored data: it resolves the data folder, opens its
// store with env.OpenStore, loads the catalog with the folder's overlay and
// builds the planner service.
func OpenDataFolder(g Global, env Env) (*DataFolder, error) {
	dir, err := resolveDataDir(g.DataDir, env.Platform)
	if err != nil {
		return nil, err
	}
	// The folder first: if it cannot be used, that is the one thing to say.
	st, err := env.OpenStore(dir)
	if err != nil {
		return nil, err
	}
	cat, overlayErr, err := loadCatalog(dir)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &DataFolder{Dir: dir, Store: st, Service: planner.NewService(st, cat, env.Now), CatalogWarning: overlayErr}, nil
}

// loadCatalog is the built-in catalog with the learner's additions from the
// data folder's catalog.json. An overlay that cannot be used is returned as
// overlayErr, with the built-in catalog; err means no catalog at all.
func loadCatalog(dataDir string) (cat *catalog.Catalog, overlayErr, err error) {
	builtin, err := catalog.Builtin()
	if err != nil {
		return nil, nil, err
	}
	cat, overlayErr = builtin.WithOverlay(overlayPath(dataDir))
	return cat, overlayErr, nil
}

// overlayPath is where a learner's own catalog additions live.
func overlayPath(dataDir string) string { return filepath.Join(dataDir, catalog.OverlayFileName) }
