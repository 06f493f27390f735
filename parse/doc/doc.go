// Package doc is parse's reader of legacy Word files (.doc, Word 97–2003)
// and of WPS text files (.wps), which WPS Office writes in the same binary
// format.
//
// Such a file is a compound file (OLE2 structured storage) whose
// WordDocument stream begins with the File Information Block (FIB). The FIB
// points into a table stream (0Table or 1Table) at the piece table, which
// says where each run of the text is stored, 8-bit (Windows-1252) or
// UTF-16, and at the bin table of paragraph properties. The reader takes
// the main document's text through the piece table and splits it at
// paragraph marks (\r) and cell marks (\x07); paragraph properties say
// which paragraphs are in a table and which mark ends a table row, so rows
// and cells become tables in document order. Of a field (\x13 code \x14
// result \x15) the result is kept and the code dropped; pictures, object
// anchors, footnote references and other special characters are dropped.
// Headings come from the built-in heading styles and outline levels. The
// binary format has no reliable pages, so the whole text is one page.
//
// Files protected by a password (the FIB's fEncrypted flag) are
// ErrEncrypted; a damaged or truncated file is ErrCorrupt.
//
// BUG(legacy-word): Headers, footers, footnotes, endnotes, comments and
// text boxes are not read (only the main document text).
//
// BUG(legacy-word): Headings are told only from the built-in heading
// styles (Heading 1–9) and outline levels, not from character formatting
// (bold, size, font), which the DOCX reader also weighs; a centred first
// paragraph is taken as the title.
//
// BUG(legacy-word): Horizontally merged cells are one cell (the row has
// fewer cells than the grid); vertically merged cells repeat the text of
// the cell above, as in DOCX. A table nested in a cell is flattened into
// the cell's text. Property modifiers stored in the piece table (Prm) and
// huge PAPX in the Data stream are ignored, so a table marked only there is
// read by its cell marks alone.
//
// BUG(legacy-word): Symbol-font characters (sprmCSymbol) are not mapped;
// their placeholder is dropped. Word 6/95 files (nFib below 0xC1) and
// old Kingsoft WPS files (before WPS 2005, not compound files) are refused.
package doc

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
	text, owner, err := mainText(ctx, word, pieces, f.ccpText)
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
	r := &reader{ctx: ctx, b: b, papx: newPapx(word, dataStream, plc)}
	return r.walk(text, func(cp int) int { return pieces[owner[cp]].fc(cp) })
}

// reader splits the text into paragraphs and tables.
type reader struct {
	ctx  context.Context
	b    *model.Builder
	papx *papx

	fields []bool // open fields: true while in the field code

	para strings.Builder // text of the paragraph being read
	// Table being read: its rows, the cells of the open row and the
	// paragraphs of the open cell.
	rows     []tableRow
	row      []string
	cell     []string
	seen     int    // non-empty paragraphs emitted
	prevMark uint16 // the mark that ended the previous paragraph
	prevText string // and that paragraph's text
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
	r.para.Reset()
	inTable, rowEnd := pr.inTable, pr.ttp
	if !pr.known {
		// No properties: a cell mark is in a table, and a cell mark right
		// after an empty cell's ends the row; a paragraph mark is in a
		// table while a row is open.
		inTable = ch == chCell || len(r.row) > 0 || len(r.cell) > 0
		rowEnd = ch == chCell && r.prevMark == chCell && s == "" && len(r.row) > 0
	}
	r.prevMark, r.prevText = ch, s
	if !inTable {
		r.endTable()
		r.paragraph(s, pr)
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
		r.b.Table(layout(r.rows))
		r.seen++
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

// paragraph hands a body paragraph to the builder with its level.
func (r *reader) paragraph(s string, pr props) {
	if strings.TrimSpace(s) == "" {
		return
	}
	level := 0
	switch {
	case pr.outline > 0 && pr.outline <= 9:
		level = pr.outline
	case pr.istd >= 1 && pr.istd <= 9:
		// The first styles of every style sheet are Normal and Heading 1–9.
		level = pr.istd
	case r.seen == 0 && pr.center && len([]rune(s)) <= 100:
		level = 1
	}
	r.seen++
	r.b.Paragraph(s, level)
}
