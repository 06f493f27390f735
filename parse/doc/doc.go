// Package doc is parse's reader of legacy Word files (.doc, Word 97–2003)
// and of WPS text files (.wps), which WPS Office writes in the same binary
// format.
//
// Such a file is a compound file (OLE2 structured storage) whose
// WordDocument stream begins with the File Information Block (FIB). The FIB
// points into a table stream (0Table or 1Table) at the piece table, which
// says where each run of the text is stored, 8-bit (Windows-1252) or
// UTF-16, and at the bin tables of paragraph and character properties.
// The reader takes the main document's text through the piece table and
// splits it at paragraph marks (\r) and cell marks (\x07). Paragraph
// properties (including the huge ones kept in the Data stream) say which
// paragraphs are in a table, which mark ends a table row, and where the
// row's cells lie, so rows and cells become tables in document order, laid
// out on the table's grid as the DOCX reader lays them: a cell spanning
// columns is followed by empty cells, a vertically merged cell repeats the
// text above. Of a field (\x13 code \x14 result \x15) the result is kept
// and the code dropped; hidden and deleted text, pictures, object anchors,
// footnote references and other special characters are dropped. Headings
// come from the built-in heading styles and outline levels, else from the
// looks of the paragraph (centred, bold, large or in another font, with a
// section number), as in the DOCX reader. The binary format has no
// reliable pages, so the whole text is one page.
//
// Files protected by a password (the FIB's fEncrypted flag) are
// ErrEncrypted; a damaged or truncated file is ErrCorrupt.
package doc

// BUG(legacy-word): Headers, footers, footnotes, endnotes, comments and
// text boxes are not read: only the main document text.

// BUG(legacy-word): Styles are not read. Bold, size and font set by a
// paragraph or character style (rather than on the text itself) are not
// seen by the heading heuristics, and a style that hides text does not
// hide it; headings by style are told only for the built-in Heading 1–9
// (style indexes 1–9).

// BUG(legacy-word): Property modifiers stored in the piece table (Prm, left
// by fast saves of old Word versions) are ignored. When a file has no
// usable paragraph properties, tables are told by cell marks alone: a cell
// mark right after an empty cell's is taken for the row end, so a row
// whose last cell is empty is split wrongly, and a first cell's paragraphs
// before its cell mark are taken for body text. A table nested in a cell
// is flattened into the cell's text.

// BUG(legacy-word): Symbol-font characters (sprmCSymbol) are not mapped;
// their placeholder is dropped. Word 6/95 files (nFib below 0xC1) are
// refused; old Kingsoft WPS files (before WPS 2005) are not compound files
// and are refused by Detect.

import (
	"context"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/zhenggai/zhenggai/parse/model"
)

// Characters with a meaning in the text stream.
const (
	chParagraph  = 0x0D
	chCell       = 0x07
	chPageBreak  = 0x0C // page or section break
	chLineBreak  = 0x0B
	chTab        = 0x09
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNoBreakHyp = 0x1E
	maxFieldNest = 64
)

// Read reads a Word 97–2003 or WPS text file into b.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	c, err := openCompound(data)
	if err != nil {
		return err
	}
	if !c.has("WordDocument") {
		if c.has("EncryptionInfo") || c.has("EncryptedPackage") {
			return model.Cause(model.ErrEncrypted, "password-protected Office file")
		}
		return model.Cause(model.ErrCorrupt, "compound file without a WordDocument stream: not a Word document")
	}
	word, err := c.read("WordDocument")
	if err != nil {
		return err
	}
	f, err := readFIB(word)
	if err != nil {
		return err
	}
	table, err := c.read(f.tableStream())
	if err != nil {
		return err
	}
	clx, err := f.part(table, fcClx, "piece table")
	if err != nil {
		return err
	}
	pieces, err := readPieces(ctx, clx, len(word))
	if err != nil {
		return err
	}
	text, err := mainText(ctx, word, pieces, f.ccpText)
	if err != nil {
		return err
	}
	plc, err := f.part(table, fcPlcfBtePapx, "paragraph properties")
	if err != nil {
		return err
	}
	var dataStream []byte
	if c.has("Data") {
		// Without it, rows whose properties are kept there are found by
		// their cell marks alone.
		dataStream, _ = c.read("Data")
	}
	chp, err := f.part(table, fcPlcfBteChpx, "character properties")
	if err != nil {
		return err
	}
	r := newReader(ctx, b, word, newPapx(word, dataStream, plc), newChpx(chp))
	return r.read(text, fcOf(pieces))
}

func newReader(ctx context.Context, b *model.Builder, word []byte, p *papx, c *chpx) *reader {
	return &reader{ctx: ctx, b: b, word: word, papx: p, chpx: c, sizeRunes: map[int]int{}, fontRunes: map[int]int{}}
}

// read reads the text into the builder; fcOf gives the stream offset of a
// character.
func (r *reader) read(text []uint16, fcOf func(cp int) int) error {
	if err := r.walk(text, fcOf); err != nil {
		return err
	}
	r.assignLevels()
	r.emit()
	return r.ctx.Err()
}

// reader splits the text into paragraphs and tables.
type reader struct {
	ctx  context.Context
	b    *model.Builder
	word []byte
	papx *papx
	chpx *chpx

	fields []bool // open fields: true while in the field code

	// The character run being read: its properties and the stream
	// offsets they hold for.
	run       chars
	runFrom   int
	runTo     int
	sizeRunes map[int]int // characters per font size, for the body size
	fontRunes map[int]int // characters per East Asian font
	blocks    []block
	para      strings.Builder // text of the paragraph being read
	stats     stats           // of its characters
	// Table being read: its rows, the cells of the open row and the
	// paragraphs of the open cell.
	rows     []tableRow
	row      []string
	cell     []string
	prevMark uint16 // the mark that ended the previous paragraph
}

// walk reads the text; fcOf gives the stream offset of a character.
func (r *reader) walk(text []uint16, fcOf func(cp int) int) error {
	for cp := 0; cp < len(text); cp++ {
		if cp%checkEvery == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		ch := text[cp]
		switch ch {
		case chParagraph, chCell, chPageBreak:
			r.mark(ch, r.papx.at(fcOf(cp)))
			continue
		case chFieldBegin:
			r.fields = append(r.fields, true)
			if len(r.fields) > maxFieldNest {
				// Too deep to be a real document: keep the text.
				r.fields = r.fields[:0]
			}
			continue
		case chFieldSep:
			if n := len(r.fields); n > 0 {
				r.fields[n-1] = false
			}
			continue
		case chFieldEnd:
			if n := len(r.fields); n > 0 {
				r.fields = r.fields[:n-1]
			}
			continue
		}
		if r.inCode() {
			continue
		}
		if fc := fcOf(cp); fc < r.runFrom || fc >= r.runTo {
			r.run, r.runFrom, r.runTo = r.chpx.at(r.word, fc)
		}
		if r.run.hidden || r.run.deleted {
			continue
		}
		if ch > ' ' {
			r.count()
		}
		switch {
		case ch == chTab:
			r.para.WriteByte('\t')
		case ch == chLineBreak:
			r.para.WriteByte('\n')
		case ch == chNoBreakHyp:
			r.para.WriteByte('-')
		case ch < 0x20:
			// Pictures, drawn objects, footnote and comment references,
			// soft hyphens and the like.
		case utf16.IsSurrogate(rune(ch)):
			if cp+1 < len(text) {
				if rr := utf16.DecodeRune(rune(ch), rune(text[cp+1])); rr != 0xFFFD {
					r.para.WriteRune(rr)
					cp++
				}
			}
		case ch == 0xFFFF, ch == 0xFFFE:
		default:
			r.para.WriteRune(rune(ch))
		}
	}
	// Text after the last mark (a damaged file has no final mark).
	if r.para.Len() > 0 {
		r.mark(chParagraph, props{})
	}
	r.endTable()
	return r.ctx.Err()
}

// inCode reports whether the text is inside a field code.
func (r *reader) inCode() bool {
	for _, code := range r.fields {
		if code {
			return true
		}
	}
	return false
}

// mark ends the paragraph the character ch (a paragraph, cell or page
// mark) closes, with properties pr.
func (r *reader) mark(ch uint16, pr props) {
	s := r.para.String()
	st := r.stats
	r.para.Reset()
	r.stats = stats{}
	inTable, rowEnd := pr.inTable, pr.ttp
	if !pr.known {
		// No properties: a cell mark is in a table, and a cell mark right
		// after an empty cell's ends the row; a paragraph mark is in a
		// table while a row is open.
		inTable = ch == chCell || len(r.row) > 0 || len(r.cell) > 0
		rowEnd = ch == chCell && r.prevMark == chCell && s == "" && len(r.row) > 0
	}
	r.prevMark = ch
	if !inTable {
		r.endTable()
		r.paragraph(s, pr, st)
		return
	}
	switch {
	case ch == chCell && rowEnd:
		if strings.TrimSpace(s) != "" || len(r.cell) > 0 {
			// Text before a row mark belongs to no cell; keep it.
			r.endCell(s)
		}
		r.endRow(pr)
	case ch == chCell:
		r.endCell(s)
	case pr.innerTtp:
		// The end of a nested table's row: no text.
	default:
		r.cell = append(r.cell, s)
	}
}

func (r *reader) endCell(s string) {
	r.cell = append(r.cell, s)
	var parts []string
	for _, p := range r.cell {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	r.row = append(r.row, strings.Join(parts, "\n"))
	r.cell = r.cell[:0]
	if len(r.row) > maxCells*4 {
		// A row of hundreds of cells is damage: close it.
		r.endRow(props{})
	}
}

// tableRow is a row as read: its cells' text, and from the row end's
// properties the cells' edges and vertical merges.
type tableRow struct {
	cells  []string
	merged []bool
	edges  []int
}

func (r *reader) endRow(pr props) {
	if len(r.cell) > 0 {
		r.endCell("")
	}
	r.rows = append(r.rows, tableRow{cells: append([]string(nil), r.row...), merged: pr.merged, edges: pr.edges})
	r.row = r.row[:0]
}

// endTable hands the table being read, if any, to the builder.
func (r *reader) endTable() {
	if len(r.row) > 0 || len(r.cell) > 0 {
		r.endRow(props{})
	}
	if len(r.rows) > 0 {
		r.blocks = append(r.blocks, block{table: layout(r.rows)})
	}
	r.rows = nil
}

// maxGridCols bounds the columns of a table's grid.
const maxGridCols = 1000

// layout puts the rows on the table's grid, the edges of all its cells,
// as the DOCX reader does: a cell spanning grid columns is followed by
// empty cells, and an empty cell that continues a vertical merge takes the
// text of the cell above. Rows whose edges are unknown are laid out cell
// by cell.
func layout(rows []tableRow) []model.RawRow {
	aligned := func(r tableRow) bool {
		if len(r.edges) != len(r.cells)+1 {
			return false
		}
		for i := 1; i < len(r.edges); i++ {
			if r.edges[i] <= r.edges[i-1] {
				return false
			}
		}
		return true
	}
	set := map[int]bool{}
	for _, r := range rows {
		if aligned(r) {
			for _, e := range r.edges {
				set[e] = true
			}
		}
	}
	grid := make([]int, 0, len(set))
	for e := range set {
		grid = append(grid, e)
	}
	sort.Ints(grid)
	onGrid := len(grid) <= maxGridCols
	above := map[int]string{}
	out := make([]model.RawRow, 0, len(rows))
	for _, r := range rows {
		var row model.RawRow
		gridded := onGrid && aligned(r)
		next := 0
		for i, s := range r.cells {
			start, span := next, 1
			if gridded {
				start = sort.SearchInts(grid, r.edges[i])
				span = sort.SearchInts(grid, r.edges[i+1]) - start
			}
			if start >= maxGridCols {
				break
			}
			for len(row.Cells) < start {
				row.Cells = append(row.Cells, model.RawCell{})
			}
			if i < len(r.merged) && r.merged[i] && strings.TrimSpace(s) == "" {
				s = above[start]
			}
			above[start] = s
			row.Cells = append(row.Cells, model.RawCell{Text: s})
			for k := 1; k < span; k++ {
				above[start+k] = ""
				row.Cells = append(row.Cells, model.RawCell{})
			}
			next = start + span
		}
		out = append(out, row)
	}
	return out
}

// block is a paragraph or a table, in document order.
type block struct {
	text  string
	props props
	stats stats
	level int
	table []model.RawRow
}

// stats are the character statistics of a paragraph's visible text,
// which tell headings from body text.
type stats struct {
	runes, boldRunes, maxSize int
	font                      int // the one East Asian font of all text
	mixedFont                 bool
}

// count adds a visible, non-space character of the current run to the
// paragraph's and the document's statistics.
func (r *reader) count() {
	size := r.run.size
	if size == 0 {
		size = 21 // Word's built-in 10.5 pt, as the DOCX reader assumes
	}
	st := &r.stats
	st.runes++
	if r.run.bold {
		st.boldRunes++
	}
	st.maxSize = max(st.maxSize, size)
	switch {
	case st.runes == 1:
		st.font = r.run.font
	case st.font != r.run.font:
		st.mixedFont = true
	}
	r.sizeRunes[size]++
	r.fontRunes[r.run.font]++
}

// paragraph keeps a body paragraph.
func (r *reader) paragraph(s string, pr props, st stats) {
	if strings.TrimSpace(s) == "" {
		return
	}
	r.blocks = append(r.blocks, block{text: s, props: pr, stats: st})
}

// assignLevels gives every paragraph its level, as the DOCX reader does:
// from its heading style or outline level, else from its looks (a centred
// paragraph in large or bold type near the top is the title; a short one
// in bold, large or another font that starts with a section number such
// as 一、 or （一） is a heading).
func (r *reader) assignLevels() {
	body, bodyFont := mostCommon(r.sizeRunes), mostCommon(r.fontRunes)
	seen, titleOpen := 0, true
	for i := range r.blocks {
		bl := &r.blocks[i]
		seen++
		if bl.table != nil {
			titleOpen = false
			continue
		}
		pr, st := bl.props, bl.stats
		switch {
		case pr.outline > 0:
			bl.level = pr.outline
		case pr.istd >= 1 && pr.istd <= 9:
			// The first styles of every style sheet are Normal and
			// Heading 1–9.
			bl.level = pr.istd
		case st.runes > 0:
			large := body > 0 && st.maxSize*10 >= body*12
			bold := st.boldRunes == st.runes
			if titleOpen && seen <= 5 && pr.center && (large || bold) && st.runes <= 100 {
				bl.level = 1
			} else if st.runes <= 80 && (bold || large || (!st.mixedFont && st.font != bodyFont)) {
				bl.level = model.HeadingNumberLevel(bl.text)
			}
		}
		if bl.level == 1 {
			titleOpen = seen <= 5
		} else if titleOpen && seen > 1 && !pr.center {
			titleOpen = false
		}
	}
}

// mostCommon returns the key with the highest count, the smallest on a
// tie.
func mostCommon(counts map[int]int) int {
	best, n := 0, -1
	for k, c := range counts {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// emit hands the blocks to the builder.
func (r *reader) emit() {
	for _, bl := range r.blocks {
		if bl.table != nil {
			r.b.Table(bl.table)
			continue
		}
		r.b.Paragraph(bl.text, bl.level)
	}
}
