package xls

import (
	"encoding/binary"
	"math"
	"unicode/utf16"

	"github.com/zhenggai/zhenggai/parse/model"
)

// BIFF8 record types read here ([MS-XLS] 2.3).
const (
	recFormula     = 0x0006
	recEOF         = 0x000A
	recDateMode    = 0x0022
	recFilePass    = 0x002F
	recContinue    = 0x003C
	recBoundSheet  = 0x0085
	recMulRK       = 0x00BD
	recRString     = 0x00D6
	recXF          = 0x00E0
	recMergedCells = 0x00E5
	recSST         = 0x00FC
	recLabelSST    = 0x00FD
	recNumber      = 0x0203
	recLabel       = 0x0204
	recBoolErr     = 0x0205
	recString      = 0x0207
	recRK          = 0x027E
	recFormat      = 0x041E
	recShrFmla     = 0x04BC
	recArray       = 0x0221
	recTable       = 0x0236
	recBOF         = 0x0809
)

// record is one BIFF record: its type and its payload.
type record struct {
	typ  uint16
	data []byte
}

// splitRecords cuts a substream, starting at off in the stream, into its
// records, up to the EOF that closes it (nested BOF…EOF pairs, such as a
// chart inside a sheet, are kept), and the offset past that EOF. The
// payloads share the stream's memory.
func splitRecords(stream []byte, off int) ([]record, int, error) {
	var recs []record
	depth := 0
	for {
		if off+4 > len(stream) {
			return nil, 0, model.Cause(model.ErrCorrupt, "XLS: record stream ends without EOF")
		}
		typ := binary.LittleEndian.Uint16(stream[off:])
		size := int(binary.LittleEndian.Uint16(stream[off+2:]))
		if off+4+size > len(stream) {
			return nil, 0, model.Cause(model.ErrCorrupt, "XLS: record 0x%04X runs past the end of the stream", typ)
		}
		recs = append(recs, record{typ: typ, data: stream[off+4 : off+4+size]})
		off += 4 + size
		switch typ {
		case recBOF:
			depth++
		case recEOF:
			depth--
			if depth <= 0 {
				return recs, off, nil
			}
		}
		if len(recs) == 1 && typ != recBOF {
			return nil, 0, model.Cause(model.ErrCorrupt, "XLS: substream does not start with BOF")
		}
	}
}

// continued reads data that a record spreads over CONTINUE records: the SST
// and long STRING results. Characters of a string split between two
// records are preceded, in the second, by a fresh option byte saying
// whether they are 8- or 16-bit ([MS-XLS] 2.5.293).
type continued struct {
	segs [][]byte
	i, p int
}

var errShort = model.Cause(model.ErrCorrupt, "XLS: string data ends early")

// avail returns the unread bytes of the current segment, moving to the next
// segment when this one is used up; nil when all are.
func (c *continued) avail() []byte {
	for c.i < len(c.segs) {
		if c.p < len(c.segs[c.i]) {
			return c.segs[c.i][c.p:]
		}
		c.i++
		c.p = 0
	}
	return nil
}

func (c *continued) done() bool { return c.avail() == nil }

// bytes reads n bytes, across segment boundaries.
func (c *continued) bytes(n int) ([]byte, error) {
	if b := c.avail(); len(b) >= n {
		c.p += n
		return b[:n], nil
	}
	out := make([]byte, 0, n)
	for len(out) < n {
		b := c.avail()
		if b == nil {
			return nil, errShort
		}
		k := min(n-len(out), len(b))
		out = append(out, b[:k]...)
		c.p += k
	}
	return out, nil
}

// skip passes over n bytes.
func (c *continued) skip(n int) error {
	for n > 0 {
		b := c.avail()
		if b == nil {
			return errShort
		}
		k := min(n, len(b))
		c.p += k
		n -= k
	}
	return nil
}

func (c *continued) u8() (int, error) {
	b, err := c.bytes(1)
	if err != nil {
		return 0, err
	}
	return int(b[0]), nil
}

func (c *continued) u16() (int, error) {
	b, err := c.bytes(2)
	if err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint16(b)), nil
}

func (c *continued) u32() (uint32, error) {
	b, err := c.bytes(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// chars reads n characters, 16-bit when wide; at a segment boundary the
// next segment starts with an option byte that says the width anew.
func (c *continued) chars(n int, wide bool) (string, error) {
	units := make([]uint16, 0, n)
	seg := c.i
	for len(units) < n {
		b := c.avail()
		if b == nil {
			return "", errShort
		}
		if c.i != seg {
			// A new segment: its first byte is the option byte.
			wide = b[0]&1 != 0
			c.p++
			seg = c.i
			continue
		}
		if wide {
			k := min(n-len(units), len(b)/2)
			if k == 0 {
				return "", errShort
			}
			for j := 0; j < k; j++ {
				units = append(units, binary.LittleEndian.Uint16(b[2*j:]))
			}
			c.p += 2 * k
		} else {
			k := min(n-len(units), len(b))
			for j := 0; j < k; j++ {
				units = append(units, uint16(b[j]))
			}
			c.p += k
		}
	}
	return string(utf16.Decode(units)), nil
}

// richString reads an XLUnicodeRichExtendedString (an SST entry): the text,
// with its formatting runs and phonetic data skipped.
func (c *continued) richString() (string, error) {
	n, flags, err := c.stringHeader()
	if err != nil {
		return "", err
	}
	runs, ext := 0, uint32(0)
	if flags&0x08 != 0 {
		if runs, err = c.u16(); err != nil {
			return "", err
		}
	}
	if flags&0x04 != 0 {
		if ext, err = c.u32(); err != nil {
			return "", err
		}
	}
	s, err := c.chars(n, flags&1 != 0)
	if err != nil {
		return "", err
	}
	if err := c.skip(4 * runs); err != nil {
		return "", err
	}
	if ext > math.MaxInt32 {
		return "", errShort
	}
	return s, c.skip(int(ext))
}

// plainString reads an XLUnicodeString: a 16-bit count, an option byte and
// the characters.
func (c *continued) plainString() (string, error) {
	n, flags, err := c.stringHeader()
	if err != nil {
		return "", err
	}
	return c.chars(n, flags&1 != 0)
}

// stringHeader reads what starts every BIFF8 string: a 16-bit character
// count and an option byte (bit 0: 16-bit characters).
func (c *continued) stringHeader() (n, flags int, err error) {
	if n, err = c.u16(); err != nil {
		return 0, 0, err
	}
	flags, err = c.u8()
	return n, flags, err
}

// segments returns the payload of recs[i] and of the CONTINUE records that
// follow it.
func segments(recs []record, i int) [][]byte {
	segs := [][]byte{recs[i].data}
	for j := i + 1; j < len(recs) && recs[j].typ == recContinue; j++ {
		segs = append(segs, recs[j].data)
	}
	return segs
}

// readSST reads the shared string table that starts at recs[i].
func readSST(recs []record, i int) ([]string, error) {
	c := &continued{segs: segments(recs, i)}
	if err := c.skip(4); err != nil { // cstTotal
		return nil, err
	}
	unique, err := c.u32()
	if err != nil {
		return nil, err
	}
	sst := make([]string, 0, min(int(unique), 1<<16))
	for k := uint32(0); k < unique && !c.done(); k++ {
		s, err := c.richString()
		if err != nil {
			return nil, err
		}
		sst = append(sst, s)
	}
	return sst, nil
}

// shortString reads a ShortXLUnicodeString (a sheet's name) from b.
func shortString(b []byte) (string, bool) {
	if len(b) < 2 {
		return "", false
	}
	c := &continued{segs: [][]byte{b[2:]}}
	s, err := c.chars(int(b[0]), b[1]&1 != 0)
	return s, err == nil
}

// rk decodes an RK number ([MS-XLS] 2.5.217).
func rk(v uint32) float64 {
	var f float64
	if v&2 != 0 {
		f = float64(int32(v) >> 2)
	} else {
		f = math.Float64frombits(uint64(v&^3) << 32)
	}
	if v&1 != 0 {
		f /= 100
	}
	return f
}

// errorText is how Excel shows a cell's error value.
func errorText(code byte) string {
	switch code {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	case 0x2A:
		return "#N/A"
	case 0x2B:
		return "#GETTING_DATA"
	}
	return "#ERROR!"
}
