package store

import (
	"bufio"
	"fmt"
	"io"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The backup file: one JSON document holding everything stored.
//
//	{"format":"certplan-backup","version":1,"schema":2,"created":"<RFC 3339>",
//	 "targets":[...],"availability":{...}|null,"entries":[...],"timer":{...}|null}
//
// "version" is the version of this document's layout and changes only when a
// record's JSON changes incompatibly; "schema" is the database schema of the
// CertPlan that wrote it, for support. Records use the same JSON as the
// database (records.go).
const (
	backupFormat  = "certplan-backup"
	backupVersion = 1
)

type backupDoc struct {
	Format       string              `json:"format"`
	Version      int                 `json:"version"`
	Schema       int                 `json:"schema"`
	Created      string              `json:"created"`
	Targets      []targetRecord      `json:"targets"`
	Availability *availabilityRecord `json:"availability"`
	Entries      []entryRecord       `json:"entries"`
	Timer        *timerRecord        `json:"timer"`
}

// Backup writes a backup document of everything stored, read in one
// transaction so it is consistent even while the app keeps writing. Entries
// are written one per line, so a large log streams out without being held in
// memory twice and the file diffs well.
func (s *Store) Backup(w io.Writer) error {
	bw := bufio.NewWriter(w)
	err := s.view(func(txn *badger.Txn) error {
		targets, err := getTargets(txn)
		if err != nil {
			return err
		}
		var avail, timer any // JSON null when absent
		if a, ok, err := getAvailability(txn); err != nil {
			return err
		} else if ok {
			avail = toAvailabilityRecord(a)
		}
		if t, ok, err := getTimer(txn); err != nil {
			return err
		} else if ok {
			timer = toTimerRecord(t)
		}
		head := struct {
			Format  string `json:"format"`
			Version int    `json:"version"`
			Schema  int    `json:"schema"`
			Created string `json:"created"`
		}{backupFormat, backupVersion, currentSchema, s.now().UTC().Format(time.RFC3339)}
		hb, err := encode(head)
		if err != nil {
			return err
		}
		tb, err := encode(toTargetRecords(targets))
		if err != nil {
			return err
		}
		ab, err := encode(avail)
		if err != nil {
			return err
		}
		// Drop the head's closing brace and continue the same object.
		fmt.Fprintf(bw, "%s,\n\"targets\":%s,\n\"availability\":%s,\n\"entries\":[", hb[:len(hb)-1], tb, ab)

		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixLog)})
		defer it.Close()
		sep := "\n"
		for it.Rewind(); it.Valid(); it.Next() {
			raw, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			e, err := decodeEntry(raw)
			if err != nil {
				return fmt.Errorf("log entry %s is damaged: %w", it.Item().Key(), err)
			}
			eb, err := encode(toEntryRecord(e))
			if err != nil {
				return err
			}
			bw.WriteString(sep)
			bw.Write(eb)
			sep = ",\n"
		}
		mb, err := encode(timer)
		if err != nil {
			return err
		}
		fmt.Fprintf(bw, "\n],\n\"timer\":%s}\n", mb)
		return nil
	})
	if err != nil {
		return err
	}
	// bufio keeps the first write error and reports it here.
	if err := bw.Flush(); err != nil {
		return s.wrap(fmt.Errorf("writing the backup: %w", err))
	}
	return nil
}
