package store

import (
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4/fb"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/badger/v4/y"
	"github.com/klauspost/compress/snappy"
	"google.golang.org/protobuf/proto"
)

// A table file, as Badger v4 writes it:
//
//	block 0 | block 1 | ... | index | index length (4) | index checksum | checksum length (4)
//
// and a block, once decompressed:
//
//	entries | entry offsets (4 each) | entry count (4) | checksum | checksum length (4)
//
// where each checksum covers what precedes it in its part.

var errTableLayout = errors.New("its layout is damaged")

// maxBlockBytes bounds a block's decompressed size, so a damaged length
// cannot ask for gigabytes: a block holds at most one memtable's worth.
const maxBlockBytes = 64 << 20

// verifyBlocks checks the checksum of every block of the table file data,
// as Badger does when it reads a block, and returns the buffer it
// decompressed into for the next call to reuse. Badger's own
// Table.VerifyChecksum keeps every decompressed block of a table until it
// returns: about 45 MB for 200,000 entries, and allocating it was most of
// the cost of opening a large folder. Here one buffer serves every block.
func verifyBlocks(data []byte, compression options.CompressionType, buf []byte) ([]byte, error) {
	index, indexStart, err := tableIndex(data)
	if err != nil {
		return buf, err
	}
	var bo fb.BlockOffset
	for i := range index.OffsetsLength() {
		if !index.Offsets(&bo, i) {
			return buf, errTableLayout
		}
		start, end := int(bo.Offset()), int(bo.Offset())+int(bo.Len())
		if end > indexStart || start > end {
			return buf, errTableLayout
		}
		var block []byte
		if block, buf, err = decompressBlock(data[start:end], compression, buf); err != nil {
			return buf, fmt.Errorf("block %d: %w", i, err)
		}
		if err := checkBlock(block); err != nil {
			return buf, fmt.Errorf("block %d: %w", i, err)
		}
	}
	return buf, nil
}

// tableIndex finds the index at the end of data and verifies its checksum.
func tableIndex(data []byte) (*fb.TableIndex, int, error) {
	end := len(data) - 4
	if end < 0 {
		return nil, 0, errTableLayout
	}
	end -= int(y.BytesToU32(data[end:]))
	if end < 4 {
		return nil, 0, errTableLayout
	}
	var want pb.Checksum
	if err := proto.Unmarshal(data[end:len(data)-4], &want); err != nil {
		return nil, 0, errTableLayout
	}
	end -= 4
	start := end - int(y.BytesToU32(data[end:end+4]))
	if start < 0 {
		return nil, 0, errTableLayout
	}
	if err := y.VerifyChecksum(data[start:end], &want); err != nil {
		return nil, 0, errors.New("its index fails its checksum")
	}
	return fb.GetRootAsTableIndex(data[start:end], 0), start, nil
}

// decompressBlock returns the block's plain bytes, in buf when it has to
// decompress them, growing buf as needed.
func decompressBlock(src []byte, compression options.CompressionType, buf []byte) (block, grown []byte, err error) {
	switch compression {
	case options.None:
		return src, buf, nil
	case options.Snappy:
		n, err := snappy.DecodedLen(src)
		if err != nil {
			return nil, buf, err
		}
		if n > maxBlockBytes {
			return nil, buf, errTableLayout
		}
		if cap(buf) < n {
			buf = make([]byte, n)
		}
		block, err = snappy.Decode(buf[:cap(buf)], src)
		return block, buf, err
	default:
		return nil, buf, fmt.Errorf("compression %d is not one CertPlan writes", compression)
	}
}

// checkBlock verifies a plain block's checksum, which covers its entries,
// their offsets and their count.
func checkBlock(b []byte) error {
	end := len(b) - 4
	if end < 0 {
		return errTableLayout
	}
	sumLen := int(y.BytesToU32(b[end:]))
	if sumLen > end-4 {
		return errTableLayout
	}
	var want pb.Checksum
	if err := proto.Unmarshal(b[end-sumLen:end], &want); err != nil {
		return errTableLayout
	}
	return y.VerifyChecksum(b[:end-sumLen], &want)
}
