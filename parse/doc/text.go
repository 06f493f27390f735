package doc

import (
	"context"
	"encoding/binary"
	"sort"

	"golang.org/x/text/encoding/charmap"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Bounds on what a hostile file can make the reader do.
const (
	maxPieces = 1 << 20 // pieces of the piece table
	maxPrcs   = 1 << 16 // property modifiers before it
	// checkEvery is how many characters or pieces pass between checks of
	// the context.
	checkEvery = 1 << 14
)

// piece is one entry of the piece table: the characters [cpStart, cpEnd)
// stored at byte offset off of the WordDocument stream, one byte each
// (compressed, Windows-1252) or two (UTF-16LE).
type piece struct {
	cpStart, cpEnd int
	off            int
	compressed     bool
}

// fc is the stream offset of character cp, which the piece holds.
func (p piece) fc(cp int) int {
	if p.compressed {
		return p.off + (cp - p.cpStart)
	}
	return p.off + 2*(cp-p.cpStart)
}

// readPieces reads the piece table from the CLX: property modifiers
// (Prc, clxt 1) that the reader skips, then the Pcdt (clxt 2) holding the
// PlcPcd: n+1 character positions and n piece descriptors of 8 bytes.
func readPieces(ctx context.Context, clx []byte, wordLen int) ([]piece, error) {
	le := binary.LittleEndian
	pos := 0
	for n := 0; ; n++ {
		if pos >= len(clx) || n > maxPrcs {
			return nil, model.Cause(model.ErrCorrupt, "the piece table is missing")
		}
		switch clx[pos] {
		case 1:
			if pos+3 > len(clx) {
				return nil, model.Cause(model.ErrCorrupt, "the piece table is truncated")
			}
			cb := int(int16(le.Uint16(clx[pos+1:])))
			if cb < 0 {
				return nil, model.Cause(model.ErrCorrupt, "a property modifier has a negative size")
			}
			pos += 3 + cb
			continue
		case 2:
		default:
			return nil, model.Cause(model.ErrCorrupt, "unknown entry %#x before the piece table", clx[pos])
		}
		break
	}
	if pos+5 > len(clx) {
		return nil, model.Cause(model.ErrCorrupt, "the piece table is truncated")
	}
	lcb := uint64(le.Uint32(clx[pos+1:]))
	plc := clx[pos+5:]
	if lcb > uint64(len(plc)) || lcb < 4 || (lcb-4)%12 != 0 {
		return nil, model.Cause(model.ErrCorrupt, "the piece table's size (%d bytes) is wrong", lcb)
	}
	n := int((lcb - 4) / 12)
	if n > maxPieces {
		return nil, model.Cause(model.ErrTooLarge, "%d pieces of text, over the limit of %d", n, maxPieces)
	}
	pcd := plc[4*(n+1):]
	pieces := make([]piece, 0, n)
	prev := 0
	for i := 0; i < n; i++ {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		start, end := int64(le.Uint32(plc[4*i:])), int64(le.Uint32(plc[4*i+4:]))
		if start < int64(prev) || end < start || end > int64(wordLen) {
			return nil, model.Cause(model.ErrCorrupt, "piece %d has character positions %d..%d out of order", i, start, end)
		}
		prev = int(end)
		fcc := le.Uint32(pcd[8*i+2:])
		p := piece{cpStart: int(start), cpEnd: int(end), compressed: fcc&(1<<30) != 0}
		fcv := int64(fcc & 0x3FFFFFFF)
		size := end - start
		if p.compressed {
			fcv /= 2
		} else {
			size *= 2
		}
		if fcv+size > int64(wordLen) {
			return nil, model.Cause(model.ErrCorrupt, "piece %d lies outside the WordDocument stream", i)
		}
		p.off = int(fcv)
		pieces = append(pieces, p)
	}
	return pieces, nil
}

// cp1252 decodes the bytes of compressed pieces.
var cp1252 = func() (t [256]uint16) {
	dec := charmap.Windows1252
	for i := range t {
		t[i] = uint16(dec.DecodeByte(byte(i)))
	}
	return t
}()

// mainText returns the main document's characters, [0, ccp), as UTF-16
// code units (one per character position).
func mainText(ctx context.Context, word []byte, pieces []piece, ccp int) ([]uint16, error) {
	le := binary.LittleEndian
	text := make([]uint16, 0, min(ccp, len(word)))
	for i, p := range pieces {
		if p.cpStart >= ccp {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p.cpStart != len(text) {
			// Pieces cover the text without gaps or overlaps.
			return nil, model.Cause(model.ErrCorrupt, "piece %d starts at character %d, not %d", i, p.cpStart, len(text))
		}
		end := min(p.cpEnd, ccp)
		for cp := p.cpStart; cp < end; cp++ {
			at := p.fc(cp)
			if p.compressed {
				text = append(text, cp1252[word[at]])
			} else {
				text = append(text, le.Uint16(word[at:]))
			}
		}
	}
	if len(text) < ccp {
		return nil, model.Cause(model.ErrCorrupt, "the piece table covers %d of the text's %d characters", len(text), ccp)
	}
	return text, nil
}

// fcOf returns a function giving the stream offset of character cp, for
// characters asked for in increasing order (others are found too, by a
// search).
func fcOf(pieces []piece) func(cp int) int {
	i := 0
	return func(cp int) int {
		if i >= len(pieces) || cp < pieces[i].cpStart || cp >= pieces[i].cpEnd {
			i = sort.Search(len(pieces), func(j int) bool { return pieces[j].cpEnd > cp })
			if i == len(pieces) || cp < pieces[i].cpStart {
				return -1
			}
		}
		return pieces[i].fc(cp)
	}
}
