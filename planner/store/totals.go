package store

import (
	"encoding/json"
	"errors"
	"math"
	"sort"

	"github.com/dgraph-io/badger/v4"

	"certplan/planner"
)

// Running totals of the log, kept in the same transaction as every entry
// write, so progress and the Today screen read a handful of small records
// instead of decoding years of entries. They are derived data: not in
// backups, rebuilt by ReplaceAll and by the schema 2 to 3 migration.
//
// Hours are summed as whole micro-hours: integer sums do not drift however
// many times an entry is added, edited and removed.

const microPerHour = 1e6

func toMicro(h float64) int64          { return int64(math.Round(h * microPerHour)) }
func fromMicro(m int64) float64        { return float64(m) / microPerHour }
func codeTotalsKey(code string) []byte { return []byte(prefixSumCode + code) }
func dayTotalsKey(d string) []byte     { return []byte(prefixSumDay + d) }

// codeTotals is the record at sum/code/<CODE>.
type codeTotals struct {
	Study   int64            `json:"study"`
	Lab     int64            `json:"lab"`
	Domains map[string]int64 `json:"domains,omitempty"`
}

// dayTotals is the record at sum/day/<YYYY-MM-DD>.
type dayTotals struct {
	Study int64 `json:"study"`
	Lab   int64 `json:"lab"`
}

func (t *codeTotals) zero() bool {
	if t.Study != 0 || t.Lab != 0 {
		return false
	}
	for _, v := range t.Domains {
		if v != 0 {
			return false
		}
	}
	return true
}

// totalsDelta collects the change a write makes to the totals.
type totalsDelta struct {
	codes map[string]*codeTotals
	days  map[string]*dayTotals
}

func newTotalsDelta() *totalsDelta {
	return &totalsDelta{codes: map[string]*codeTotals{}, days: map[string]*dayTotals{}}
}

// add counts e once (sign +1) or takes it away (sign -1).
func (d *totalsDelta) add(e planner.Entry, sign int64) {
	h := sign * toMicro(e.Hours)
	c := d.codes[e.Code]
	if c == nil {
		c = &codeTotals{Domains: map[string]int64{}}
		d.codes[e.Code] = c
	}
	day := d.days[e.Date.String()]
	if day == nil {
		day = &dayTotals{}
		d.days[e.Date.String()] = day
	}
	if e.Kind == planner.Lab {
		c.Lab += h
		day.Lab += h
	} else {
		c.Study += h
		day.Study += h
	}
	if e.Domain != "" {
		c.Domains[e.Domain] += h
	}
}

// apply adds the delta to the stored totals within txn, removing records
// that fall to zero so a cleared log leaves no trace.
func (d *totalsDelta) apply(txn *badger.Txn) error {
	for code, delta := range d.codes {
		var t codeTotals
		if _, err := getJSON(txn, string(codeTotalsKey(code)), &t); err != nil {
			return err
		}
		t.Study += delta.Study
		t.Lab += delta.Lab
		if t.Domains == nil {
			t.Domains = map[string]int64{}
		}
		for name, h := range delta.Domains {
			t.Domains[name] += h
			if t.Domains[name] == 0 {
				delete(t.Domains, name)
			}
		}
		if err := putOrDelete(txn, codeTotalsKey(code), &t, t.zero()); err != nil {
			return err
		}
	}
	for date, delta := range d.days {
		var t dayTotals
		if _, err := getJSON(txn, string(dayTotalsKey(date)), &t); err != nil {
			return err
		}
		t.Study += delta.Study
		t.Lab += delta.Lab
		if err := putOrDelete(txn, dayTotalsKey(date), &t, t.Study == 0 && t.Lab == 0); err != nil {
			return err
		}
	}
	return nil
}

// ops writes the delta as fresh records, for a database built from scratch.
func (d *totalsDelta) ops() ([]op, error) {
	var out []op
	for code, t := range d.codes {
		raw, err := encode(t)
		if err != nil {
			return nil, err
		}
		out = append(out, op{key: codeTotalsKey(code), val: raw})
	}
	for date, t := range d.days {
		raw, err := encode(t)
		if err != nil {
			return nil, err
		}
		out = append(out, op{key: dayTotalsKey(date), val: raw})
	}
	sort.Slice(out, func(i, j int) bool { return string(out[i].key) < string(out[j].key) })
	return out, nil
}

func putOrDelete(txn *badger.Txn, key []byte, v any, del bool) error {
	if del {
		return txn.Delete(key)
	}
	raw, err := encode(v)
	if err != nil {
		return err
	}
	return txn.Set(key, raw)
}

// Totals returns the logged hours per certification: study, lab and per
// exam domain.
func (s *Store) Totals() (map[string]planner.Done, error) {
	out := map[string]planner.Done{}
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixSumCode)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			code := string(it.Item().Key()[len(prefixSumCode):])
			var t codeTotals
			if err := it.Item().Value(func(raw []byte) error { return json.Unmarshal(raw, &t) }); err != nil {
				return err
			}
			d := planner.Done{Study: fromMicro(t.Study), Lab: fromMicro(t.Lab)}
			if len(t.Domains) > 0 {
				d.ByDomain = make(map[string]float64, len(t.Domains))
				for name, h := range t.Domains {
					d.ByDomain[name] = fromMicro(h)
				}
			}
			out[code] = d
		}
		return nil
	})
	return out, err
}

// DailyTotals returns the study and lab hours of each day in [from, to]
// that has any, in date order.
func (s *Store) DailyTotals(from, to planner.Date) ([]planner.DayTotal, error) {
	out := []planner.DayTotal{}
	if err := errors.Join(planner.ValidateStoredDate("from", from), planner.ValidateStoredDate("to", to)); err != nil {
		return nil, err
	}
	last := to.String()
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixSumDay)})
		defer it.Close()
		for it.Seek(dayTotalsKey(from.String())); it.Valid(); it.Next() {
			date := string(it.Item().Key()[len(prefixSumDay):])
			if date > last {
				break
			}
			d, err := planner.ParseDate(date)
			if err != nil {
				return err
			}
			var t dayTotals
			if err := it.Item().Value(func(raw []byte) error { return json.Unmarshal(raw, &t) }); err != nil {
				return err
			}
			out = append(out, planner.DayTotal{Date: d, Study: fromMicro(t.Study), Lab: fromMicro(t.Lab)})
		}
		return nil
	})
	return out, err
}

// rebuildTotals (schema 2 to 3) recomputes every total from the entries. It
// first removes the old totals, so running it again after an interruption
// gives the same result. Entries of an import that a crash interrupted are
// left out: they are not committed, and Open removes them next.
func rebuildTotals(db *badger.DB) error {
	delta := newTotalsDelta()
	var stale [][]byte
	var pending []addMarker
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixPending)})
		for it.Rewind(); it.Valid(); it.Next() {
			var m addMarker
			if err := it.Item().Value(func(raw []byte) error { return json.Unmarshal(raw, &m) }); err != nil {
				it.Close()
				return err
			}
			pending = append(pending, m)
		}
		it.Close()
		for _, p := range []string{prefixSumCode, prefixSumDay} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(p)})
			for it.Rewind(); it.Valid(); it.Next() {
				stale = append(stale, it.Item().KeyCopy(nil))
			}
			it.Close()
		}
		it = txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100, Prefix: []byte(prefixLog)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			_, id, ok := splitLogKey(it.Item().Key())
			if !ok || inPendingAdd(id, pending) {
				continue
			}
			raw, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			e, err := decodeEntry(raw)
			if err != nil {
				return err
			}
			delta.add(e, 1)
		}
		return nil
	})
	if err != nil {
		return err
	}
	w := newChunkedWriter(db)
	defer w.discard()
	for _, k := range stale {
		if err := w.apply(op{key: k, del: true}); err != nil {
			return err
		}
	}
	ops, err := delta.ops()
	if err != nil {
		return err
	}
	for _, o := range ops {
		if err := w.apply(o); err != nil {
			return err
		}
	}
	return w.commit()
}

func inPendingAdd(id uint64, markers []addMarker) bool {
	for _, m := range markers {
		if id >= m.FirstID && id <= m.LastID {
			return true
		}
	}
	return false
}
