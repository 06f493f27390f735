package doc

import "encoding/binary"

// Paragraph properties come from the PlcBtePapx in the table stream: for
// ranges of stream offsets (FCs), the 512-byte page of the WordDocument
// stream holding a PapxFkp. An FKP maps finer FC ranges to a PAPX: a style
// index and a list of property modifiers (sprms). The properties of a
// paragraph are those of the range holding its paragraph mark.

// Sprms the reader looks at.
const (
	sprmPFInTable  = 0x2416
	sprmPFTtp      = 0x2417
	sprmPJc80      = 0x2403
	sprmPJc        = 0x2461
	sprmPOutLvl    = 0x2640
	sprmPItap      = 0x6649
	sprmPFInnerTtp = 0x244C
	sprmPChgTabs   = 0xC615
	sprmTDefTable  = 0xD608
	sprmTVertMerge = 0xD62B
	sprmPHugePapx  = 0x6646
)

const (
	fkpSize  = 512
	maxCells = 64 // the most cells a Word 97 table row has
)

// props are the paragraph properties the reader uses.
type props struct {
	known    bool // false: no PAPX found for the paragraph
	inTable  bool
	ttp      bool // the mark ends a table row
	innerTtp bool // the mark ends a row of a nested table
	istd     int
	outline  int // outline level + 1; 0 unset
	center   bool
	// At a row end: merged[i] is set when cell i continues a vertically
	// merged cell from the row above, and edges are the cells' left edges
	// and the last one's right edge, in twips.
	merged []bool
	edges  []int
}

// papx finds the paragraph properties at stream offsets.
type papx struct {
	word  []byte
	data  []byte // the Data stream, where huge PAPX are, or nil
	bins  bins
	cache map[uint32]*fkp
}

type fkp struct {
	fcs  []uint32 // crun+1
	grps [][]byte // crun, nil for default properties
}

// newPapx reads the bin table plc; nil when absent or malformed (the
// reader then finds tables by their cell marks alone).
func newPapx(word, data, plc []byte) *papx {
	b, ok := readBins(plc)
	if !ok {
		return nil
	}
	return &papx{word: word, data: data, bins: b, cache: map[uint32]*fkp{}}
}

// at returns the properties of the paragraph whose mark is at stream
// offset fc.
func (p *papx) at(fc int) props {
	if p == nil || fc < 0 {
		return props{}
	}
	i := find(p.bins.fcs, uint32(fc))
	if i < 0 {
		return props{}
	}
	page := p.page(p.bins.pages[i])
	if page == nil {
		return props{}
	}
	j := find(page.fcs, uint32(fc))
	if j < 0 {
		return props{}
	}
	g := page.grps[j]
	pr := props{known: true}
	if len(g) >= 2 {
		pr.istd = int(binary.LittleEndian.Uint16(g))
		p.sprms(g[2:], &pr, true)
	}
	return pr
}

// page reads (once) the FKP in page pn of the WordDocument stream: after
// the FCs, crun entries of 13 bytes whose first byte is the word offset of
// the run's PAPX.
func (p *papx) page(pn uint32) *fkp {
	if k, ok := p.cache[pn]; ok {
		return k
	}
	var k *fkp
	defer func() { p.cache[pn] = k }()
	b, fcs := fkpPage(p.word, pn, 13)
	if b == nil {
		return nil
	}
	crun := len(fcs) - 1
	k = &fkp{fcs: fcs, grps: make([][]byte, crun)}
	for i := range k.grps {
		at := 2 * int(b[4*(crun+1)+13*i])
		if at == 0 || at >= fkpSize-1 {
			continue
		}
		// PapxInFkp: cb, and if cb is 0 a second count cb'; then
		// GrpPrlAndIstd of 2cb-1 (or 2cb') bytes.
		size := 2*int(b[at]) - 1
		at++
		if size < 0 {
			size = 2 * int(b[at])
			at++
		}
		if size < 2 || at+size > fkpSize-1 {
			continue
		}
		k.grps[i] = b[at : at+size]
	}
	return k
}

// sprms reads the property modifiers g into pr. A huge PAPX (the
// modifiers of a paragraph too large for its FKP, such as a table row's
// end with its cell definitions) is read from the Data stream when huge
// is set: it cannot point further.
func (p *papx) sprms(g []byte, pr *props, huge bool) {
	le := binary.LittleEndian
	eachSprm(g, func(sprm uint16, op []byte) {
		n := len(op)
		switch sprm {
		case sprmPFInTable:
			pr.inTable = n > 0 && op[0] != 0
		case sprmPFTtp:
			pr.ttp = n > 0 && op[0] != 0
		case sprmPFInnerTtp:
			pr.innerTtp = n > 0 && op[0] != 0
		case sprmPItap:
			pr.inTable = pr.inTable || (n == 4 && le.Uint32(op) > 0)
		case sprmPJc, sprmPJc80:
			pr.center = n > 0 && op[0] == 1
		case sprmPOutLvl:
			if n > 0 && op[0] < 9 {
				pr.outline = int(op[0]) + 1
			}
		case sprmPHugePapx:
			if huge && n == 4 {
				if grp := prcData(p.data, le.Uint32(op)); grp != nil {
					p.sprms(grp, pr, false)
				}
			}
		case sprmTDefTable:
			pr.merged, pr.edges = defTable(op)
		case sprmTVertMerge:
			// cb (2), cell index, merge kind: 1 continues, 3 restarts.
			if n >= 3 && int(op[1]) < maxCells {
				i := int(op[1])
				for len(pr.merged) <= i {
					pr.merged = append(pr.merged, false)
				}
				pr.merged[i] = op[2] == 1
			}
		}
	})
}

// eachSprm calls f with each modifier of g and its operand, up to the
// first one whose size cannot be told.
func eachSprm(g []byte, f func(sprm uint16, op []byte)) {
	for len(g) >= 2 {
		sprm := binary.LittleEndian.Uint16(g)
		g = g[2:]
		n := operandSize(sprm, g)
		if n < 0 || n > len(g) {
			return
		}
		f(sprm, g[:n])
		g = g[n:]
	}
}

// prcData returns the modifiers of the PrcData at offset at of the Data
// stream (a 16-bit size, then the modifiers), nil when it is not there.
func prcData(data []byte, at uint32) []byte {
	if uint64(at)+2 > uint64(len(data)) {
		return nil
	}
	n := int(binary.LittleEndian.Uint16(data[at:]))
	start := int(at) + 2
	if n > len(data)-start {
		return nil
	}
	return data[start : start+n]
}

// operandSize is the size of the operand of sprm, whose bytes start op,
// or -1 when it cannot be told. The top three bits say the size; size 6
// is variable, given by the first byte (or, for sprmTDefTable, by the first
// two).
func operandSize(sprm uint16, op []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	switch {
	case sprm == sprmTDefTable:
		if len(op) < 2 {
			return -1
		}
		return 2 + int(binary.LittleEndian.Uint16(op)) - 1
	case len(op) < 1:
		return -1
	case sprm == sprmPChgTabs && op[0] == 255:
		return -1
	}
	return 1 + int(op[0])
}

// defTable reads the cells' vertical merge flags and edges from a
// TDefTableOperand: cb (2), itcMac (1), itcMac+1 cell edges (2 each), then
// up to itcMac TC80 of 20 bytes whose first 16 bits hold the flags
// (vertMerge in bits 5–6: 1 continues a merged cell, 3 starts one).
func defTable(op []byte) (merged []bool, edges []int) {
	if len(op) < 3 {
		return nil, nil
	}
	le := binary.LittleEndian
	itc := min(int(op[2]), maxCells)
	at := 3
	for i := 0; i <= itc && at+2 <= len(op); i++ {
		edges = append(edges, int(int16(le.Uint16(op[at:]))))
		at += 2
	}
	at = 3 + 2*(int(op[2])+1)
	for i := 0; i < itc && at+20 <= len(op); i++ {
		flags := le.Uint16(op[at:])
		merged = append(merged, (flags>>5)&3 == 1)
		at += 20
	}
	return merged, edges
}
