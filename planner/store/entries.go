package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

func notFound(id uint64) error {
	return &planner.Error{Kind: planner.NotFound, Field: "id", Msg: fmt.Sprintf("entry %d not found", id)}
}

// entryOps are the writes that store one entry: its record and its index.
func entryOps(d planner.Date, id uint64, val []byte) []op {
	return []op{
		{key: logKey(d, id), val: val},
		{key: logIDKey(id), val: []byte(d.String())},
	}
}

// putEntry writes a validated, normalized entry that has its ID.
func putEntry(txn *badger.Txn, e planner.Entry) error {
	val, err := encode(toEntryRecord(e))
	if err != nil {
		return err
	}
	return setOps(txn, entryOps(e.Date, e.ID, val))
}

// entryDate looks an ID up in the index.
func entryDate(txn *badger.Txn, id uint64) (planner.Date, error) {
	item, err := txn.Get(logIDKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, notFound(id)
	}
	if err != nil {
		return 0, err
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return 0, err
	}
	d, err := planner.ParseDate(string(raw))
	if err != nil {
		return 0, fmt.Errorf("index of entry %d is damaged: %w", id, err)
	}
	return d, nil
}

func decodeEntry(raw []byte) (planner.Entry, error) {
	var rec entryRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return planner.Entry{}, err
	}
	return rec.entry()
}

func getEntry(txn *badger.Txn, id uint64) (planner.Entry, error) {
	d, err := entryDate(txn, id)
	if err != nil {
		return planner.Entry{}, err
	}
	item, err := txn.Get(logKey(d, id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return planner.Entry{}, fmt.Errorf("entry %d is in the index but its record is missing", id)
	}
	if err != nil {
		return planner.Entry{}, err
	}
	raw, err := item.ValueCopy(nil)
	if err != nil {
		return planner.Entry{}, err
	}
	e, err := decodeEntry(raw)
	if err != nil {
		return planner.Entry{}, fmt.Errorf("entry %d is damaged: %w", id, err)
	}
	return e, nil
}

// Entry returns one entry; kind planner.NotFound if there is none.
func (s *Store) Entry(id uint64) (planner.Entry, error) {
	var e planner.Entry
	err := s.view(func(txn *badger.Txn) error {
		var err error
		e, err = getEntry(txn, id)
		return err
	})
	return e, err
}

// Entries returns the entries matching q in date order, then ID order. It
// reads only the keys between q.From and q.To; an empty range (From after To)
// selects nothing.
func (s *Store) Entries(q planner.EntryQuery) ([]planner.Entry, error) {
	out := []planner.Entry{}
	if q.From > planner.MaxStoredDate || (q.To > 0 && q.From > q.To) {
		return out, nil
	}
	// Keys hold four-digit years; bounds beyond them mean "no bound".
	start := []byte(prefixLog)
	if q.From > 0 {
		start = logDayPrefix(q.From)
	}
	to := ""
	if q.To > 0 && q.To <= planner.MaxStoredDate {
		to = q.To.String()
	}
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 64, Prefix: []byte(prefixLog)})
		defer it.Close()
		for it.Seek(start); it.Valid(); it.Next() {
			item := it.Item()
			date, _, ok := splitLogKey(item.Key())
			if !ok {
				return fmt.Errorf("log key %q is damaged", item.Key())
			}
			if to != "" && date > to {
				break
			}
			raw, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			e, err := decodeEntry(raw)
			if err != nil {
				return fmt.Errorf("log entry %s is damaged: %w", item.Key(), err)
			}
			if q.Matches(e) {
				out = append(out, e)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// AddEntry stores e under a new ID and returns it, normalized, with the ID
// set. When AddEntry returns without error the entry is on disk.
func (s *Store) AddEntry(e planner.Entry) (planner.Entry, error) {
	e, err := planner.PrepareEntry(e)
	if err != nil {
		return planner.Entry{}, err
	}
	if err := s.beginWrite(); err != nil {
		return planner.Entry{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return planner.Entry{}, s.closedError()
	}
	if err := s.writable(); err != nil {
		return planner.Entry{}, err
	}
	if e.ID, err = s.allocIDs(1); err != nil {
		return planner.Entry{}, s.wrap(err)
	}
	delta := newTotalsDelta()
	delta.add(e, 1)
	if err := updateRetry(s.db, func(txn *badger.Txn) error {
		if err := putEntry(txn, e); err != nil {
			return err
		}
		return delta.apply(txn)
	}); err != nil {
		return planner.Entry{}, s.wrap(err)
	}
	return e, nil
}

// allocIDs takes n consecutive IDs from the sequence and returns the first;
// the caller holds mu. ID 0 is never used: it means "no ID" in an Entry.
// Taking IDs is its own small write (a new lease every seqBandwidth IDs), so
// an ID may be skipped, never reused.
func (s *Store) allocIDs(n int) (uint64, error) {
	s.allocMu.Lock()
	defer s.allocMu.Unlock()
	if s.seq == nil {
		// The lease must start above every stored ID, whatever wrote them
		// (a restore, a migration, a sequence record that was damaged), so
		// no two entries ever share an ID.
		if err := raiseSequence(s.db); err != nil {
			return 0, err
		}
		seq, err := s.db.GetSequence([]byte(keyLogSeq), seqBandwidth)
		if err != nil {
			return 0, err
		}
		s.seq = seq
	}
	var first uint64
	for i := 0; i < n; i++ {
		id, err := s.seq.Next()
		if err != nil {
			return 0, err
		}
		if id == 0 {
			if id, err = s.seq.Next(); err != nil {
				return 0, err
			}
		}
		if i == 0 {
			first = id
		}
	}
	return first, nil
}

// entryError names the entry of a batch at fault, keeping the kind and field.
func entryError(what string, err error) error {
	return &planner.Error{Kind: planner.KindOf(err), Field: planner.FieldOf(err), Msg: what, Err: err}
}

// AddEntries stores all entries under new consecutive IDs, all or nothing.
// Every entry is validated before anything is written.
//
// A batch that fits in one Badger transaction (a few thousand entries with
// 8 MB memtables) is one transaction. A larger one, such as a big CSV
// import, cannot be, so it is written in three steps that keep it
// all-or-nothing across a crash:
//  1. a marker pending/add/<first id> recording the ID and date range,
//  2. the entries, through a WriteBatch,
//  3. deletion of the marker: the commit point.
//
// If step 2 fails the entries written so far are removed; if the process
// dies before step 3, the next Open finds the marker and removes them. While
// such a batch is being written, a concurrent Entries call may see part of it.
func (s *Store) AddEntries(es []planner.Entry) ([]planner.Entry, error) {
	out := make([]planner.Entry, len(es))
	for i, e := range es {
		n, err := planner.PrepareEntry(e)
		if err != nil {
			return nil, entryError(fmt.Sprintf("entry %d", i+1), err)
		}
		out[i] = n
	}
	if len(out) == 0 {
		return out, nil
	}
	if err := s.beginWrite(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return nil, s.closedError()
	}
	if err := s.writable(); err != nil {
		return nil, err
	}
	first, err := s.allocIDs(len(out))
	if err != nil {
		return nil, s.wrap(err)
	}
	for i := range out {
		out[i].ID = first + uint64(i)
	}
	delta := newTotalsDelta()
	for _, e := range out {
		delta.add(e, 1)
	}
	err = updateRetry(s.db, func(txn *badger.Txn) error {
		for _, e := range out {
			if err := putEntry(txn, e); err != nil {
				return err
			}
		}
		return delta.apply(txn)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		err = addLarge(s.db, out, delta)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	return out, nil
}

// addLarge writes a batch too big for one transaction; see AddEntries. The
// batch's totals change in the commit transaction, with the marker's removal.
func addLarge(db *badger.DB, es []planner.Entry, delta *totalsDelta) error {
	m := addMarker{FirstID: es[0].ID, LastID: es[len(es)-1].ID, From: es[0].Date.String(), To: es[0].Date.String()}
	for _, e := range es {
		d := e.Date.String()
		if d < m.From {
			m.From = d
		}
		if d > m.To {
			m.To = d
		}
	}
	mval, err := encode(m)
	if err != nil {
		return err
	}
	if err := db.Update(func(txn *badger.Txn) error { return txn.Set(pendingKey(m.FirstID), mval) }); err != nil {
		return err
	}
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	for _, e := range es {
		val, err := encode(toEntryRecord(e))
		if err == nil {
			for _, o := range entryOps(e.Date, e.ID, val) {
				if err = wb.Set(o.key, o.val); err != nil {
					break
				}
			}
		}
		if err != nil {
			wb.Cancel()
			return errors.Join(err, rollbackAdd(db, m))
		}
	}
	err = wb.Flush()
	if err == nil {
		err = db.Update(func(txn *badger.Txn) error {
			if err := txn.Delete(pendingKey(m.FirstID)); err != nil {
				return err
			}
			return delta.apply(txn)
		})
	}
	if err != nil {
		return errors.Join(err, rollbackAdd(db, m))
	}
	return nil
}

// rollbackAdd removes whatever an unfinished large AddEntries wrote, then its
// marker. The batch's IDs are consecutive and were never returned to a
// caller, so every key in its ID range within its date range is its own.
func rollbackAdd(db *badger.DB, m addMarker) error {
	from, err1 := planner.ParseDate(m.From)
	to, err2 := planner.ParseDate(m.To)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("pending import marker is damaged: %w", err)
	}
	var keys [][]byte
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixLog)})
		defer it.Close()
		for it.Seek(logDayPrefix(from)); it.Valid(); it.Next() {
			date, id, ok := splitLogKey(it.Item().Key())
			if ok && date > to.String() {
				break
			}
			if ok && id >= m.FirstID && id <= m.LastID {
				keys = append(keys, it.Item().KeyCopy(nil))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	wb := db.NewWriteBatch()
	defer wb.Cancel()
	for _, k := range keys {
		if err := wb.Delete(k); err != nil {
			return err
		}
	}
	for id := m.FirstID; id <= m.LastID && id != 0; id++ {
		if err := wb.Delete(logIDKey(id)); err != nil {
			return err
		}
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	return db.Update(func(txn *badger.Txn) error { return txn.Delete(pendingKey(m.FirstID)) })
}

// rollbackPendingAdds undoes every large AddEntries a crash interrupted.
func rollbackPendingAdds(db *badger.DB) error {
	var markers []addMarker
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixPending)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			raw, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			var m addMarker
			if err := json.Unmarshal(raw, &m); err != nil {
				return fmt.Errorf("pending import marker %s is damaged: %w", it.Item().Key(), err)
			}
			markers = append(markers, m)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, m := range markers {
		if err := rollbackAdd(db, m); err != nil {
			return err
		}
	}
	return nil
}

// UpdateEntry replaces the entry with e.ID, moving it when its date changed;
// kind planner.NotFound if there is none.
func (s *Store) UpdateEntry(e planner.Entry) error {
	n, err := planner.PrepareEntry(e)
	if err != nil {
		return err
	}
	return s.update(func(txn *badger.Txn) error {
		old, err := getEntry(txn, n.ID)
		if err != nil {
			return err
		}
		if old.Date != n.Date {
			if err := txn.Delete(logKey(old.Date, n.ID)); err != nil {
				return err
			}
		}
		if err := putEntry(txn, n); err != nil {
			return err
		}
		delta := newTotalsDelta()
		delta.add(old, -1)
		delta.add(n, 1)
		return delta.apply(txn)
	})
}

// DeleteEntry removes an entry; kind planner.NotFound if there is none.
func (s *Store) DeleteEntry(id uint64) error {
	return s.update(func(txn *badger.Txn) error {
		old, err := getEntry(txn, id)
		if err != nil {
			return err
		}
		if err := txn.Delete(logKey(old.Date, id)); err != nil {
			return err
		}
		if err := txn.Delete(logIDKey(id)); err != nil {
			return err
		}
		delta := newTotalsDelta()
		delta.add(old, -1)
		return delta.apply(txn)
	})
}
