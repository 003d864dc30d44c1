package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"certplan/planner"
)

// Badger's own file names inside db/.
const (
	manifestName = "MANIFEST"
	tableExt     = ".sst"
	valueLogExt  = ".vlog"
	memTableExt  = ".mem"
)

// guardDatabase runs before every Badger open, because some of Badger's
// reactions to a damaged folder destroy data and cannot be undone after
// Open has started:
//   - without a MANIFEST, Badger starts an empty database and deletes every
//     table file it does not know, that is all of them. A folder that holds
//     data files but no MANIFEST (a sync tool dropped it, a partial copy) is
//     refused and nothing in it is touched.
//   - a memtable file of zero bytes (a kill between creating the file and
//     writing its header) makes Open fail with "Create a new file" (upstream
//     dgraph-io/badger#2207). Such a file holds nothing, so it is removed.
//
// With deferBlocks (Options.VerifyBlocksAfterOpen), every check runs but
// the reading of every block of the tables the MANIFEST lists: each is only
// opened as Badger opens it (footer, index, last block), and they are
// returned for verifyLater to read once Badger has opened them read-only.
// Their blocks are read here anyway when the folder is about to change (an
// empty memtable to remove), so that a damaged folder is still left
// untouched, when unlisted tables are checked, which reads them all, and
// when one of them does not open.
func guardDatabase(dataDir, dbDir string, deferBlocks bool) (unread []string, err error) {
	files, err := os.ReadDir(dbDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, folderError(dataDir, err)
	}
	var hasManifest bool
	var dataFiles int
	var emptyMemTables []string
	for _, f := range files {
		name := f.Name()
		switch {
		case name == manifestName:
			hasManifest = true
		case strings.HasSuffix(name, tableExt), strings.HasSuffix(name, valueLogExt):
			dataFiles++
		case strings.HasSuffix(name, memTableExt):
			info, err := f.Info()
			if err != nil {
				return nil, folderError(dataDir, err)
			}
			if info.Size() == 0 {
				emptyMemTables = append(emptyMemTables, name)
			} else {
				dataFiles++
			}
		}
	}
	if !hasManifest && dataFiles > 0 {
		return nil, damaged(dataDir, "its database has data files but no MANIFEST (the file that lists them); nothing was changed")
	}
	if hasManifest {
		unread, err = checkDatabase(dbDir, deferBlocks && len(emptyMemTables) == 0)
		if err != nil {
			return nil, guardDamage(dataDir, err)
		}
	}
	for _, name := range emptyMemTables {
		if err := os.Remove(filepath.Join(dbDir, name)); err != nil {
			return nil, folderError(dataDir, err)
		}
	}
	return unread, nil
}

// guardDamage is guardDatabase's error for a database its checks refuse,
// whether they ran before Open returned or after (verifyLater).
func guardDamage(dataDir string, err error) error {
	return damaged(dataDir, err.Error()+"; nothing was changed")
}

// damaged reports a data folder whose database cannot be read in full. The
// front ends add the way out (restore a backup, or salvage what is readable).
func damaged(dataDir, why string) error {
	return &planner.Error{Kind: planner.Damaged, Msg: "data folder " + dataDir + " is damaged: " + why}
}
