package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// migrations[v] upgrades a database from schema v to v+1. They run in order
// on Open; each is safe to run again after an interruption, because the
// version is stamped only once the migration has finished.
var migrations = map[int]func(db *badger.DB) error{
	1: migrateDatedLogKeys,
	2: rebuildTotals,
}

// readSchema returns the stored schema version; found is false in a database
// that has none (a new one).
func readSchema(txn *badger.Txn) (v int, found bool, err error) {
	item, err := txn.Get([]byte(keySchema))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return 0, false, err
	}
	v, err = strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil || v < 1 {
		return 0, true, fmt.Errorf("schema version %q is not a version number", raw)
	}
	return v, true, nil
}

func writeSchema(txn *badger.Txn, v int) error {
	return txn.Set([]byte(keySchema), []byte(strconv.Itoa(v)))
}

// prepare brings an open database to the current schema: stamps a new one,
// refuses a newer one, migrates an older one, undoes an AddEntries that a
// crash interrupted, and makes sure the ID sequence is above every stored ID.
func prepare(dataDir string, db *badger.DB) error {
	var v int
	var found, empty bool
	err := db.View(func(txn *badger.Txn) error {
		var err error
		if v, found, err = readSchema(txn); err != nil || found {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return folderError(dataDir, err)
	}
	switch {
	case !found && !empty:
		return &planner.Error{Kind: planner.Incompatible,
			Msg: "data folder " + dataDir + " holds a database that CertPlan did not write (no schema version)"}
	case !found:
		if err := db.Update(func(txn *badger.Txn) error { return writeSchema(txn, currentSchema) }); err != nil {
			return folderError(dataDir, err)
		}
		v = currentSchema
	case v > currentSchema:
		return newerSchema(dataDir, v)
	}
	for ; v < currentSchema; v++ {
		migrate, ok := migrations[v]
		if !ok {
			return &planner.Error{Kind: planner.Incompatible,
				Msg: fmt.Sprintf("data folder %s has schema %d, which this CertPlan cannot upgrade", dataDir, v)}
		}
		if err := migrate(db); err != nil {
			return &planner.Error{Kind: planner.Other,
				Msg: fmt.Sprintf("data folder %s: upgrading schema %d to %d", dataDir, v, v+1), Err: err}
		}
		next := v + 1
		if err := db.Update(func(txn *badger.Txn) error { return writeSchema(txn, next) }); err != nil {
			return folderError(dataDir, err)
		}
	}
	if err := rollbackPendingAdds(db); err != nil {
		return folderError(dataDir, err)
	}
	if err := raiseSequence(db); err != nil {
		return folderError(dataDir, err)
	}
	return nil
}

// migrateDatedLogKeys (schema 1 to 2) moves entries from log/<id> to
// log/<date>/<id> and writes the logid index. It reads a snapshot and writes
// in as many transactions as Badger's size cap needs; every transaction moves
// whole entries (old key deleted, new key and index written together), so an
// interruption leaves each entry in exactly one place and the next Open
// carries on with the rest.
func migrateDatedLogKeys(db *badger.DB) error {
	return db.View(func(snap *badger.Txn) error {
		it := snap.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixLog)})
		defer it.Close()
		w := newChunkedWriter(db)
		defer w.discard()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			key := item.KeyCopy(nil)
			id, ok := parseIDHex(string(key[len(prefixLog):]))
			if !ok {
				continue // already in the dated form
			}
			raw, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			var rec entryRecord
			if err := json.Unmarshal(raw, &rec); err != nil {
				return fmt.Errorf("log entry %s: %w", key, err)
			}
			rec.ID = id // the key is authoritative
			e, err := rec.entry()
			if err != nil || e.Date.IsZero() {
				return fmt.Errorf("log entry %s has no valid date (%q)", key, rec.Date)
			}
			val, err := encode(toEntryRecord(e))
			if err != nil {
				return err
			}
			if err := w.apply(append([]op{{key: key, del: true}}, entryOps(e.Date, id, val)...)...); err != nil {
				return err
			}
		}
		return w.commit()
	})
}

// op is one key write (or delete, when del is set).
type op struct {
	key, val []byte
	del      bool
}

// chunkedWriter writes groups of ops over as many transactions as Badger's
// size cap needs, never splitting a group: each group lands in a single
// transaction.
type chunkedWriter struct {
	db   *badger.DB
	txn  *badger.Txn
	done []op // ops of the whole groups already in txn
}

func newChunkedWriter(db *badger.DB) *chunkedWriter {
	return &chunkedWriter{db: db, txn: db.NewTransaction(true)}
}

func (w *chunkedWriter) apply(group ...op) error {
	err := setOps(w.txn, group)
	if err == nil {
		w.done = append(w.done, group...)
		return nil
	}
	if !errors.Is(err, badger.ErrTxnTooBig) || len(w.done) == 0 {
		return err
	}
	// The group did not fit, and part of it may already be in the
	// transaction. Rebuild the transaction from the whole groups only,
	// commit it, and start the next one with this group.
	w.txn.Discard()
	w.txn = w.db.NewTransaction(true)
	if err := setOps(w.txn, w.done); err != nil {
		return err
	}
	if err := w.commit(); err != nil {
		return err
	}
	if err := setOps(w.txn, group); err != nil {
		return err
	}
	w.done = append(w.done, group...)
	return nil
}

func setOps(txn *badger.Txn, ops []op) error {
	for _, o := range ops {
		var err error
		if o.del {
			err = txn.Delete(o.key)
		} else {
			err = txn.Set(o.key, o.val)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// commit writes the current transaction and starts a new one.
func (w *chunkedWriter) commit() error {
	err := w.txn.Commit()
	w.txn = w.db.NewTransaction(true)
	w.done = nil
	return err
}

func (w *chunkedWriter) discard() { w.txn.Discard() }

// raiseSequence makes the stored sequence lease point above the highest
// stored entry ID, so new entries never reuse an ID after a migration or a
// restore. It writes the lease in Badger's sequence encoding and must run
// before GetSequence.
func raiseSequence(db *badger.DB) error {
	return db.Update(func(txn *badger.Txn) error {
		maxID, err := highestID(txn)
		if err != nil {
			return err
		}
		next := uint64(0)
		item, err := txn.Get([]byte(keyLogSeq))
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
		case err != nil:
			return err
		default:
			raw, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if n, ok := decodeSeq(raw); ok {
				next = n
			}
		}
		if next > maxID {
			return nil
		}
		return txn.Set([]byte(keyLogSeq), encodeSeq(maxID+1))
	})
}

// highestID reads the last key of the logid index: IDs are fixed-width hex,
// so the last key holds the highest ID.
func highestID(txn *badger.Txn) (uint64, error) {
	prefix := []byte(prefixLogID)
	it := txn.NewIterator(badger.IteratorOptions{Reverse: true, Prefix: prefix})
	defer it.Close()
	it.Seek(append(append([]byte{}, prefix...), 0xff))
	if !it.Valid() {
		return 0, nil
	}
	id, ok := parseIDHex(string(it.Item().Key()[len(prefix):]))
	if !ok {
		return 0, fmt.Errorf("index key %q is damaged", it.Item().Key())
	}
	return id, nil
}

// checkSchemaCurrent succeeds when db, opened read-only, needs nothing
// written before use: it has the schema this CertPlan writes.
func checkSchemaCurrent(dataDir string, db *badger.DB) error {
	var v int
	var found bool
	err := db.View(func(txn *badger.Txn) error {
		var err error
		v, found, err = readSchema(txn)
		return err
	})
	if err != nil {
		return folderError(dataDir, err)
	}
	if !found || v != currentSchema {
		return &planner.Error{Kind: planner.Incompatible,
			Msg: fmt.Sprintf("data folder %s has schema %d and must be upgraded before use", dataDir, v)}
	}
	return nil
}
