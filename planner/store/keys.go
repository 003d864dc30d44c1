package store

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"certplan/planner"
)

// The key schema, the one place it is written down. Every key is ASCII and
// starts with a prefix naming its record type, so one record type is one
// prefix scan and no two types share a prefix.
//
//	key                               value                          since
//	-------------------------------   -----------------------------  ------
//	meta/schema                       schema version, decimal text   1
//	cfg/targets                       JSON []targetRecord            1
//	cfg/availability                  JSON availabilityRecord        1
//	timer                             JSON timerRecord               1
//	seq/log                           Badger sequence lease for      1
//	                                  entry IDs (8 bytes, big-endian)
//	log/<YYYY-MM-DD>/<id: 16 hex>     JSON entryRecord               2
//	logid/<id: 16 hex>                YYYY-MM-DD of that entry       2
//	pending/add/<first id: 16 hex>    JSON addMarker: a multi-       2
//	                                  transaction AddEntries that
//	                                  has not finished yet
//	sum/code/<CODE>                   JSON codeTotals: logged hours  3
//	                                  per certification and domain
//	sum/day/<YYYY-MM-DD>              JSON dayTotals: logged study   3
//	                                  and lab hours of one day
//	wallet/history                    JSON historyRecord: earned     3
//	                                  records, extensions, attempts
//	remind/shown                      JSON []string: keys of the     3
//	                                  reminders already shown
//
// Schema 1 kept entries at log/<id: 16 hex> with no date and no index; the
// migration in migrate.go rewrites them. Schema 2 had no sum/ totals; the
// migration to 3 computes them (totals.go). The wallet/ and remind/ keys
// came later within schema 3 and need no migration: an absent key reads as
// an empty history and no reminder shown.
//
// Dates are YYYY-MM-DD and IDs fixed-width lower-case hex, so byte order is
// date order then ID order: a month of the log is one contiguous key range,
// and a seek to log/<from>/ followed by a scan that stops after <to> reads
// nothing outside the range. The logid index lets Entry, UpdateEntry and
// DeleteEntry find an entry's dated key with one lookup instead of a scan.
const (
	currentSchema = 3

	keySchema       = "meta/schema"
	keyTargets      = "cfg/targets"
	keyAvailability = "cfg/availability"
	keyTimer        = "timer"
	keyLogSeq       = "seq/log"
	keyHistory      = "wallet/history"
	keyShown        = "remind/shown"

	prefixLog     = "log/"
	prefixLogID   = "logid/"
	prefixPending = "pending/add/"
	prefixSumCode = "sum/code/"
	prefixSumDay  = "sum/day/"

	// seqBandwidth is how many IDs one sequence lease hands out before it
	// writes the next lease; IDs leased but unused when the app stops are
	// returned by Release on Close, and skipped after a crash.
	seqBandwidth = 100
)

// idHex writes an ID as 16 lower-case hex digits, so IDs sort numerically.
func idHex(id uint64) string { return fmt.Sprintf("%016x", id) }

// parseIDHex reads what idHex writes; ok is false for anything else.
func parseIDHex(s string) (uint64, bool) {
	if len(s) != 16 {
		return 0, false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return 0, false
		}
	}
	id, err := strconv.ParseUint(s, 16, 64)
	return id, err == nil
}

// logKey is the dated key of an entry.
func logKey(d planner.Date, id uint64) []byte {
	return []byte(prefixLog + d.String() + "/" + idHex(id))
}

// logDayPrefix is the prefix of every entry on day d.
func logDayPrefix(d planner.Date) []byte { return []byte(prefixLog + d.String() + "/") }

// logIDKey is the index key that maps an ID to its entry's date.
func logIDKey(id uint64) []byte { return []byte(prefixLogID + idHex(id)) }

// pendingKey marks an unfinished multi-transaction AddEntries.
func pendingKey(firstID uint64) []byte { return []byte(prefixPending + idHex(firstID)) }

// dateLen is the length of YYYY-MM-DD.
const dateLen = len("2006-01-02")

// splitLogKey reads the date and ID of a dated entry key (schema 2).
func splitLogKey(k []byte) (date string, id uint64, ok bool) {
	rest := string(k[len(prefixLog):])
	if len(rest) != dateLen+1+16 || rest[dateLen] != '/' {
		return "", 0, false
	}
	id, ok = parseIDHex(rest[dateLen+1:])
	return rest[:dateLen], id, ok
}

// encodeSeq is the value a Badger sequence stores: the next ID it may hand
// out, as 8 big-endian bytes (see badger.Sequence.updateLease).
func encodeSeq(next uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], next)
	return b[:]
}

func decodeSeq(v []byte) (uint64, bool) {
	if len(v) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(v), true
}
