package doc

import (
	"encoding/binary"

	"github.com/zhenggai/zhenggai/parse/model"
)

// The File Information Block at the start of the WordDocument stream:
// a fixed FibBase, then three arrays each preceded by its length (16-bit
// words, 32-bit longs, and pairs of 32-bit offset and length into the
// table stream).
const (
	fibBaseSize = 32
	wIdentWord  = 0xA5EC
	// nFib of Word 97 and later; Word 6 and 95 files have smaller numbers
	// and no Unicode piece table.
	minNFib = 0xC1

	fEncrypted    = 0x0100
	fWhichTblStm  = 0x0200
	fObfuscated   = 0x8000
	lwCcpText     = 3  // index of ccpText in fibRgLw
	fcPlcfBtePapx = 13 // index of the pair of the paragraph properties' bin table
	fcClx         = 33 // index of the pair of the piece table
)

// fib is what the reader uses of the File Information Block.
type fib struct {
	nFib    uint16
	flags   uint16
	ccpText int      // characters of the main document text
	fcLcb   []uint32 // fibRgFcLcb as offset, length, offset, length …
}

// readFIB reads the FIB of word, the WordDocument stream.
func readFIB(word []byte) (*fib, error) {
	if len(word) < fibBaseSize+2 {
		return nil, model.Cause(model.ErrCorrupt, "the WordDocument stream is too short (%d bytes)", len(word))
	}
	le := binary.LittleEndian
	if id := le.Uint16(word); id != wIdentWord {
		return nil, model.Cause(model.ErrCorrupt, "not a Word document (identifier %#04x)", id)
	}
	f := &fib{nFib: le.Uint16(word[2:]), flags: le.Uint16(word[10:])}
	if f.flags&fEncrypted != 0 {
		how := "RC4 or XOR encryption"
		if f.flags&fObfuscated != 0 {
			how = "XOR obfuscation"
		}
		return nil, model.Cause(model.ErrEncrypted, "Word document protected by a password (%s)", how)
	}
	if f.nFib != 0 && f.nFib < minNFib {
		return nil, model.Cause(model.ErrUnsupported, "Word 95 or earlier document (version %#x); save it as DOCX", f.nFib)
	}
	pos := fibBaseSize
	csw := int(le.Uint16(word[pos:]))
	pos += 2 + 2*csw
	if pos+2 > len(word) {
		return nil, model.Cause(model.ErrCorrupt, "the FIB is truncated")
	}
	cslw := int(le.Uint16(word[pos:]))
	pos += 2
	if cslw <= lwCcpText || pos+4*cslw+2 > len(word) {
		return nil, model.Cause(model.ErrCorrupt, "the FIB is truncated")
	}
	ccp := le.Uint32(word[pos+4*lwCcpText:])
	pos += 4 * cslw
	cb := int(le.Uint16(word[pos:]))
	pos += 2
	if cb <= fcClx || pos+8*cb > len(word) {
		return nil, model.Cause(model.ErrCorrupt, "the FIB is truncated")
	}
	// A character takes at least one byte of the WordDocument stream.
	if int64(ccp) > int64(len(word)) {
		return nil, model.Cause(model.ErrCorrupt, "the FIB claims %d characters in a %d-byte stream", ccp, len(word))
	}
	f.ccpText = int(ccp)
	f.fcLcb = make([]uint32, 2*cb)
	for i := range f.fcLcb {
		f.fcLcb[i] = le.Uint32(word[pos+4*i:])
	}
	return f, nil
}

// tableStream names the table stream the FIB points into.
func (f *fib) tableStream() string {
	if f.flags&fWhichTblStm != 0 {
		return "1Table"
	}
	return "0Table"
}

// part returns the bytes of table the FIB's pair i points at, nil when
// empty; an offset outside table is damage.
func (f *fib) part(table []byte, i int, what string) ([]byte, error) {
	fc, lcb := uint64(f.fcLcb[2*i]), uint64(f.fcLcb[2*i+1])
	if lcb == 0 {
		return nil, nil
	}
	if fc+lcb > uint64(len(table)) {
		return nil, model.Cause(model.ErrCorrupt, "the %s lies outside the table stream", what)
	}
	return table[fc : fc+lcb], nil
}
