package store

import (
	"os"
	"path/filepath"
)

// lockFileName is the data folder's own lock, held for as long as a Store is
// open. Badger locks only its database folder; the Store also owns the
// folder's siblings of it (db.restore, db.old) and repairs them on Open, which
// is safe only while no other CertPlan can be in the middle of a restore.
const lockFileName = "certplan.lock"

// folderLock is an exclusive, non-blocking lock on a data folder. The lock
// file itself is never removed: removing it would let two processes each
// lock a different file of the same name.
type folderLock struct{ f *os.File }

// lockFolder takes the lock; busy is true when another Store (in this process
// or another) holds it.
func lockFolder(dataDir string) (l *folderLock, busy bool, err error) {
	f, err := os.OpenFile(filepath.Join(dataDir, lockFileName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	busy, err = lockFile(f)
	if err != nil || busy {
		f.Close()
		return nil, busy, err
	}
	return &folderLock{f: f}, false, nil
}

// release drops the lock; closing the file releases it on every platform.
func (l *folderLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
