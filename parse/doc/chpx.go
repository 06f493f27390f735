package doc

import (
	"encoding/binary"
	"sort"
)

// Character properties come from the PlcBteChpx as paragraph properties
// come from the PlcBtePapx (papx.go): a bin table of 512-byte pages, each a
// ChpxFkp mapping FC ranges to a Chpx (a byte count and the sprms).

// Character sprms the reader looks at.
const (
	sprmCFRMarkDel = 0x0800 // deleted in tracked changes
	sprmCFBold     = 0x0835
	sprmCFVanish   = 0x083C // hidden
	sprmCHps       = 0x4A43 // size in half-points
	sprmCRgFtc1    = 0x4A50 // East Asian font
	fcPlcfBteChpx  = 12
)

// chars are the character properties the reader uses. Unset values are
// those of the styles, which the reader does not read: not bold, size 0,
// font -1.
type chars struct {
	bold, hidden, deleted bool
	size                  int
	font                  int
}

// chpx finds the character properties at stream offsets.
type chpx struct {
	bins  bins
	cache map[uint32]*chpFkp
}

type chpFkp struct {
	fcs   []uint32
	props []chars
}

// bins is a bin table: FC ranges and the page holding each one's FKP.
type bins struct {
	fcs   []uint32 // n+1
	pages []uint32 // n
}

// readBins reads a PlcBte; ok is false when it is malformed.
func readBins(plc []byte) (bins, bool) {
	if len(plc) < 4 || (len(plc)-4)%8 != 0 {
		return bins{}, false
	}
	n := (len(plc) - 4) / 8
	le := binary.LittleEndian
	b := bins{fcs: make([]uint32, n+1), pages: make([]uint32, n)}
	for i := range b.fcs {
		b.fcs[i] = le.Uint32(plc[4*i:])
		if i > 0 && b.fcs[i] < b.fcs[i-1] {
			return bins{}, false
		}
	}
	for i := range b.pages {
		b.pages[i] = le.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF
	}
	return b, true
}

// find returns the index of the range of fcs (n+1 ascending bounds) that
// holds f, or -1.
func find(fcs []uint32, f uint32) int {
	n := len(fcs) - 1
	i := sort.Search(n, func(i int) bool { return fcs[i+1] > f })
	if i == n || fcs[i] > f {
		return -1
	}
	return i
}

// fkpPage returns page pn of word if it is a plausible FKP: its run count
// and the crun+1 FCs, ascending.
func fkpPage(word []byte, pn uint32, entry int) (page []byte, fcs []uint32) {
	off := int64(pn) * fkpSize
	if off+fkpSize > int64(len(word)) {
		return nil, nil
	}
	page = word[off : off+fkpSize]
	crun := int(page[fkpSize-1])
	if crun == 0 || 4*(crun+1)+entry*crun > fkpSize-1 {
		return nil, nil
	}
	fcs = make([]uint32, crun+1)
	for i := range fcs {
		fcs[i] = binary.LittleEndian.Uint32(page[4*i:])
		if i > 0 && fcs[i] < fcs[i-1] {
			return nil, nil
		}
	}
	return page, fcs
}

func newChpx(plc []byte) *chpx {
	b, ok := readBins(plc)
	if !ok {
		return nil
	}
	return &chpx{bins: b, cache: map[uint32]*chpFkp{}}
}

// at returns the character properties at fc and the range [from, to) of
// offsets they hold for.
func (c *chpx) at(word []byte, fc int) (pr chars, from, to int) {
	pr.font = -1
	if c == nil || fc < 0 {
		return pr, fc, fc + 1
	}
	i := find(c.bins.fcs, uint32(fc))
	if i < 0 {
		return pr, fc, fc + 1
	}
	k := c.page(word, c.bins.pages[i])
	if k == nil {
		return pr, fc, fc + 1
	}
	j := find(k.fcs, uint32(fc))
	if j < 0 {
		return pr, fc, fc + 1
	}
	return k.props[j], int(k.fcs[j]), int(k.fcs[j+1])
}

func (c *chpx) page(word []byte, pn uint32) *chpFkp {
	if k, ok := c.cache[pn]; ok {
		return k
	}
	var k *chpFkp
	defer func() { c.cache[pn] = k }()
	page, fcs := fkpPage(word, pn, 1)
	if page == nil {
		return nil
	}
	crun := len(fcs) - 1
	k = &chpFkp{fcs: fcs, props: make([]chars, crun)}
	for i := range k.props {
		k.props[i].font = -1
		at := 2 * int(page[4*(crun+1)+i])
		if at == 0 || at >= fkpSize-1 {
			continue
		}
		n := int(page[at])
		if at+1+n > fkpSize-1 {
			continue
		}
		k.props[i] = charSprms(page[at+1 : at+1+n])
	}
	return k
}

// charSprms reads the character sprms g.
func charSprms(g []byte) chars {
	pr := chars{font: -1}
	le := binary.LittleEndian
	eachSprm(g, func(sprm uint16, op []byte) {
		switch sprm {
		case sprmCFBold:
			// 1 on, 0x81 the opposite of the style's (taken as on).
			pr.bold = op[0] == 1 || op[0] == 0x81
		case sprmCFVanish:
			pr.hidden = op[0] == 1 || op[0] == 0x81
		case sprmCFRMarkDel:
			pr.deleted = op[0] == 1 || op[0] == 0x81
		case sprmCHps:
			pr.size = int(le.Uint16(op))
		case sprmCRgFtc1:
			pr.font = int(le.Uint16(op))
		}
	})
	return pr
}
