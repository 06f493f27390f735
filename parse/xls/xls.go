package xls

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/richardlehane/mscfb"

	"github.com/zhenggai/zhenggai/parse/model"
	"github.com/zhenggai/zhenggai/parse/sheet"
)

// Limits of the BIFF8 grid ([MS-XLS] 2.5.224, 2.5.14): rows and columns
// past them are damage, not data.
const (
	maxRows = 65536
	maxCols = 256
)

// workbookStream returns the content of the Workbook (or Book) stream at
// the root of the compound file, at most limit bytes (0: no content, only
// the name).
func workbookStream(data []byte, limit int64) ([]byte, string, error) {
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, "", model.Cause(model.ErrCorrupt, "XLS: not a readable compound file (%v)", err)
	}
	for n := 0; n < 100_000; n++ {
		f, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", model.Cause(model.ErrCorrupt, "XLS: compound file directory: %v", err)
		}
		if len(f.Path) != 0 || (f.Name != "Workbook" && f.Name != "Book") {
			continue
		}
		if limit == 0 {
			return nil, f.Name, nil
		}
		if f.Size > limit {
			return nil, "", model.Cause(model.ErrTooLarge, "XLS: workbook stream of %d bytes, over the %d-byte limit", f.Size, limit)
		}
		if f.Size > int64(len(data)) {
			// The stream's sectors are in the file: a larger size is a lie.
			return nil, "", model.Cause(model.ErrCorrupt, "XLS: workbook stream of %d bytes in a file of %d", f.Size, len(data))
		}
		buf := make([]byte, f.Size)
		n, err := io.ReadFull(f, buf)
		if err != nil && n < len(buf) {
			return nil, "", model.Cause(model.ErrCorrupt, "XLS: workbook stream cut short at %d of %d bytes", n, len(buf))
		}
		return buf, f.Name, nil
	}
	return nil, "", model.Cause(model.ErrUnsupported, "compound file without a workbook stream: not an Excel (.xls) or WPS (.et) spreadsheet")
}

// workbook is what the globals substream says.
type workbook struct {
	sst    []string
	sheets []boundSheet
	r      *renderer
}

type boundSheet struct {
	name string
	off  int      // offset of the sheet's BOF in the stream
	recs []record // the sheet's substream
}

// Read reads every worksheet of an .xls or .et workbook as a page holding
// one table, exactly as sheet.ReadXLSX reads the same workbook saved as
// XLSX: the sheet's own row numbers, vertically merged cells repeated on
// every row they cover (sheet.FillMerged), numbers shown in their number
// format and dates found as sheet.CellDate finds them.
func Read(ctx context.Context, data []byte, b *model.Builder, o model.Options) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = model.Cause(model.ErrCorrupt, "XLS: unreadable content (%v)", p)
		}
	}()
	return read(ctx, data, b, o)
}

// read is Read without the recover, so that the fuzz target sees panics.
func read(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	limit := o.MaxDecompressed
	if limit <= 0 {
		limit = model.DefaultMaxDecompressed
	}
	stream, name, err := workbookStream(data, limit)
	if err != nil {
		return err
	}
	if name == "Book" {
		return model.Cause(model.ErrUnsupported, "Excel 5.0/95 workbook (BIFF5); save it as .xlsx or as Excel 97–2003 .xls")
	}
	return readStream(ctx, stream, b, o.MaxTableCells)
}

// readStream reads the Workbook stream's records, at most maxCells cells in
// all.
func readStream(ctx context.Context, stream []byte, b *model.Builder, maxCells int) error {
	wb, err := readGlobals(stream)
	if err != nil {
		return err
	}
	defer wb.r.close()
	cells := 0
	for _, s := range wb.sheets {
		if err := ctx.Err(); err != nil {
			return err
		}
		rows, n, err := wb.readSheet(ctx, s, maxCells-cells)
		if err != nil {
			return err
		}
		cells += n
		if len(rows) == 0 {
			continue
		}
		b.Page(s.name)
		b.Table(rows)
	}
	return nil
}

// readGlobals reads the workbook globals substream: the shared strings,
// the number formats, the XF records that point cells at them, the date
// system and the sheets.
func readGlobals(stream []byte) (*workbook, error) {
	recs, end, err := splitRecords(stream, 0)
	if err != nil {
		return nil, err
	}
	if v := recs[0].data; len(v) < 4 || binary.LittleEndian.Uint16(v) != 0x0600 {
		return nil, model.Cause(model.ErrUnsupported, "not an Excel 97–2003 (BIFF8) workbook; save it as .xlsx")
	}
	wb := &workbook{r: newRenderer()}
	ok := false
	defer func() {
		if !ok {
			wb.r.close()
		}
	}()
	for i, rec := range recs {
		d := rec.data
		switch rec.typ {
		case recFilePass:
			return nil, model.Cause(model.ErrEncrypted, "password-protected Excel workbook")
		case recDateMode:
			if len(d) >= 2 && binary.LittleEndian.Uint16(d) == 1 {
				wb.r.date1904 = true
			}
		case recFormat:
			if len(d) < 2 {
				return nil, model.Cause(model.ErrCorrupt, "XLS: short FORMAT record")
			}
			c := &continued{segs: [][]byte{d[2:]}}
			code, err := c.plainString()
			if err != nil {
				return nil, err
			}
			wb.r.formats[int(binary.LittleEndian.Uint16(d))] = code
		case recXF:
			if len(d) < 4 {
				return nil, model.Cause(model.ErrCorrupt, "XLS: short XF record")
			}
			wb.r.xfFmt = append(wb.r.xfFmt, int(binary.LittleEndian.Uint16(d[2:])))
		case recSST:
			if wb.sst, err = readSST(recs, i); err != nil {
				return nil, err
			}
		case recBoundSheet:
			if len(d) < 8 {
				return nil, model.Cause(model.ErrCorrupt, "XLS: short BOUNDSHEET record")
			}
			if d[5] != 0 { // a chart, macro or VBA sheet: no cells
				continue
			}
			name, good := shortString(d[6:])
			off := int(binary.LittleEndian.Uint32(d))
			if !good || off <= 0 || off >= len(stream) {
				return nil, model.Cause(model.ErrCorrupt, "XLS: bad sheet entry")
			}
			wb.sheets = append(wb.sheets, boundSheet{name: name, off: off})
		}
	}
	if err := wb.splitSheets(stream, end); err != nil {
		return nil, err
	}
	ok = true
	return wb, nil
}

// splitSheets cuts each sheet's substream into records. Substreams follow
// the globals and one another without overlapping, as Excel writes them;
// a workbook whose sheets share records is damaged (and would have its
// records read once per sheet).
func (wb *workbook) splitSheets(stream []byte, globalsEnd int) error {
	order := make([]int, len(wb.sheets))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return wb.sheets[order[a]].off < wb.sheets[order[b]].off })
	end := globalsEnd
	for _, i := range order {
		s := &wb.sheets[i]
		if s.off < end {
			return model.Cause(model.ErrCorrupt, "XLS: sheet %q overlaps another part of the workbook", s.name)
		}
		recs, e, err := splitRecords(stream, s.off)
		if err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, err)
		}
		s.recs, end = recs, e
	}
	return nil
}

// grid collects a sheet's cells by row and column (0-based).
type grid struct {
	rows  map[int][]model.RawCell
	last  int // highest row seen, -1 when none
	cells int
	max   int
}

func (g *grid) set(row, col int, c model.RawCell) error {
	if row < 0 || row >= maxRows || col < 0 || col >= maxCols {
		return model.Cause(model.ErrCorrupt, "XLS: cell (%d, %d) outside the sheet", row, col)
	}
	if c.Text == "" {
		return nil
	}
	r := g.rows[row]
	if col >= len(r) {
		r = append(r, make([]model.RawCell, col+1-len(r))...)
	}
	if r[col].Text == "" {
		g.cells++
		if g.cells > g.max {
			return model.Cause(model.ErrTooLarge, "workbook has more table cells than a document may hold")
		}
	}
	r[col] = c
	g.rows[row] = r
	g.last = max(g.last, row)
	return nil
}

// readSheet reads one worksheet substream into rows numbered as the sheet
// numbers them.
func (wb *workbook) readSheet(ctx context.Context, s boundSheet, budget int) ([]model.RawRow, int, error) {
	recs := s.recs
	var err error
	g := &grid{rows: map[int][]model.RawCell{}, last: -1, max: budget}
	var merged []sheet.Merge
	num := func(row, col, xf int, v float64) error {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return g.set(row, col, model.RawCell{Text: "#NUM!"})
		}
		shown, raw := wb.r.number(v, xf)
		c := model.RawCell{Text: shown}
		if raw != shown {
			c.Date = sheet.CellDate(shown, raw)
		}
		return g.set(row, col, c)
	}
	short := func(r record) error {
		return model.Cause(model.ErrCorrupt, "sheet %q: short record 0x%04X", s.name, r.typ)
	}
	for i, rec := range recs {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		d := rec.data
		var row, col, xf int
		if len(d) >= 6 {
			row, col, xf = int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), int(binary.LittleEndian.Uint16(d[4:]))
		}
		switch rec.typ {
		case recLabelSST:
			if len(d) < 10 {
				return nil, 0, short(rec)
			}
			k := int(binary.LittleEndian.Uint32(d[6:]))
			if k < 0 || k >= len(wb.sst) {
				return nil, 0, model.Cause(model.ErrCorrupt, "sheet %q: string %d not in the shared string table", s.name, k)
			}
			err = g.set(row, col, model.RawCell{Text: wb.sst[k]})
		case recLabel, recRString:
			if len(d) < 9 {
				return nil, 0, short(rec)
			}
			c := &continued{segs: [][]byte{d[6:]}}
			var t string
			if t, err = c.plainString(); err == nil {
				err = g.set(row, col, model.RawCell{Text: t})
			}
		case recNumber:
			if len(d) < 14 {
				return nil, 0, short(rec)
			}
			err = num(row, col, xf, math.Float64frombits(binary.LittleEndian.Uint64(d[6:])))
		case recRK:
			if len(d) < 10 {
				return nil, 0, short(rec)
			}
			err = num(row, col, xf, rk(binary.LittleEndian.Uint32(d[6:])))
		case recMulRK:
			if len(d) < 6 || (len(d)-6)%6 != 0 {
				return nil, 0, short(rec)
			}
			for k := 0; 4+6*k+6 <= len(d)-2 && err == nil; k++ {
				p := d[4+6*k:]
				err = num(row, col+k, int(binary.LittleEndian.Uint16(p)), rk(binary.LittleEndian.Uint32(p[2:])))
			}
		case recBoolErr:
			if len(d) < 8 {
				return nil, 0, short(rec)
			}
			err = g.set(row, col, model.RawCell{Text: boolErr(d[6], d[7] != 0)})
		case recFormula:
			if len(d) < 14 {
				return nil, 0, short(rec)
			}
			err = wb.formula(recs, i, g, num)
		case recMergedCells:
			if len(d) < 2 {
				return nil, 0, short(rec)
			}
			n := int(binary.LittleEndian.Uint16(d))
			for k := 0; k < n && 2+8*k+8 <= len(d); k++ {
				p := d[2+8*k:]
				merged = append(merged, sheet.Merge{
					Row1: int(binary.LittleEndian.Uint16(p)) + 1,
					Row2: int(binary.LittleEndian.Uint16(p[2:])) + 1,
					Col1: int(binary.LittleEndian.Uint16(p[4:])) + 1,
				})
			}
		}
		if err != nil {
			return nil, 0, fmt.Errorf("sheet %q: %w", s.name, err)
		}
	}
	if g.last < 0 {
		return nil, 0, nil
	}
	rows, err := g.rawRows(merged)
	if err != nil {
		return nil, 0, fmt.Errorf("sheet %q: %w", s.name, err)
	}
	sheet.FillMerged(rows, merged)
	return rows, g.cells, nil
}

// maxMergedRows bounds the rows that a sheet's merged ranges cover, summed
// over the ranges: non-overlapping ranges cannot cover more than the grid.
const maxMergedRows = maxRows * maxCols

// rawRows returns the rows that hold cells, and the rows that merged ranges
// whose top row holds cells cover (sheet.FillMerged fills those), in order.
// Rows without cells are left out: the XLSX reader's blank rows add nothing
// to the document either.
func (g *grid) rawRows(merged []sheet.Merge) ([]model.RawRow, error) {
	nums := make(map[int]bool, len(g.rows))
	for r := range g.rows {
		nums[r+1] = true
	}
	covered := 0
	for _, m := range merged {
		if m.Row2 <= m.Row1 || !nums[m.Row1] {
			continue
		}
		covered += m.Row2 - m.Row1
		if covered > maxMergedRows {
			return nil, model.Cause(model.ErrCorrupt, "XLS: merged ranges cover more rows than the sheet has")
		}
		for r := m.Row1 + 1; r <= m.Row2 && r <= maxRows; r++ {
			nums[r] = true
		}
	}
	order := make([]int, 0, len(nums))
	for n := range nums {
		order = append(order, n)
	}
	sort.Ints(order)
	rows := make([]model.RawRow, len(order))
	for i, n := range order {
		rows[i] = model.RawRow{Number: n, Cells: g.rows[n-1]}
	}
	return rows, nil
}

// formula reads the cached result of the FORMULA record recs[i]; a string
// result is in the STRING record that follows it.
func (wb *workbook) formula(recs []record, i int, g *grid, num func(row, col, xf int, v float64) error) error {
	d := recs[i].data
	row, col, xf := int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:])), int(binary.LittleEndian.Uint16(d[4:]))
	val := d[6:14]
	if val[6] != 0xFF || val[7] != 0xFF {
		return num(row, col, xf, math.Float64frombits(binary.LittleEndian.Uint64(val)))
	}
	switch val[0] {
	case 1:
		return g.set(row, col, model.RawCell{Text: boolErr(val[2], false)})
	case 2:
		return g.set(row, col, model.RawCell{Text: boolErr(val[2], true)})
	case 0:
		// The STRING record comes next, or after the formula's own SHRFMLA,
		// ARRAY or TABLE record.
		for j := i + 1; j < len(recs) && j <= i+2; j++ {
			switch recs[j].typ {
			case recShrFmla, recArray, recTable:
				continue
			case recString:
				c := &continued{segs: segments(recs, j)}
				t, err := c.plainString()
				if err != nil {
					return err
				}
				return g.set(row, col, model.RawCell{Text: t})
			}
			break
		}
	}
	return nil
}

// boolErr is how a Boolean or error cell shows.
func boolErr(v byte, isErr bool) string {
	switch {
	case isErr:
		return errorText(v)
	case v != 0:
		return "TRUE"
	}
	return "FALSE"
}
