package parse

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads every sheet of an XLSX workbook as a page holding one table.
// Row numbers are the sheet's own (1-based, title rows included). Vertically
// merged cells repeat their value on every row they cover; date cells (Excel
// serial numbers with a date format) become dates whatever format shows them.
func readXLSX(ctx context.Context, data []byte, b *builder, o Options) error {
	z, err := openZip(data, o)
	if err != nil {
		return err
	}
	if d := z.declared(); d > uint64(o.MaxDecompressed) {
		return cause(ErrTooLarge, "workbook unpacks to %d bytes, over the %d-byte limit", d, o.MaxDecompressed)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    o.MaxDecompressed,
		UnzipXMLSizeLimit: o.MaxDecompressed,
	})
	if err != nil {
		return cause(ErrCorrupt, "XLSX: %v", err)
	}
	defer f.Close()
	cells := 0
	for _, sheet := range f.GetSheetList() {
		if err := ctx.Err(); err != nil {
			return err
		}
		rows, n, err := readSheet(ctx, f, sheet, maxTableCells-cells)
		if err != nil {
			return err
		}
		cells += n
		if len(rows) == 0 {
			continue
		}
		b.page(sheet)
		b.table(rows)
	}
	return nil
}

func readSheet(ctx context.Context, f *excelize.File, sheet string, budget int) ([]rawRow, int, error) {
	shown, err := f.Rows(sheet)
	if err != nil {
		return nil, 0, cause(ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	defer shown.Close()
	raw, err := f.Rows(sheet)
	if err != nil {
		return nil, 0, cause(ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	defer raw.Close()
	var rows []rawRow
	cells := 0
	for num := 1; shown.Next(); num++ {
		raw.Next()
		vals, err := shown.Columns()
		if err != nil {
			return nil, 0, cause(ErrCorrupt, "sheet %q row %d: %v", sheet, num, err)
		}
		raws, _ := raw.Columns(excelize.Options{RawCellValue: true})
		cells += len(vals)
		if cells > budget {
			return nil, 0, cause(ErrTooLarge, "workbook has more than %d cells", maxTableCells)
		}
		if num%1024 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		row := rawRow{number: num, cells: make([]rawCell, len(vals))}
		for i, v := range vals {
			row.cells[i].text = v
			if i < len(raws) && raws[i] != v {
				row.cells[i].date = cellDate(v, raws[i])
			}
		}
		rows = append(rows, row)
	}
	if err := shown.Error(); err != nil {
		return nil, 0, cause(ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	fillMerged(f, sheet, rows)
	return rows, cells, nil
}

var reShownDate = regexp.MustCompile(`^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?`)

// cellDate returns the date of a cell whose number format turns its serial
// number into a date, or "".
func cellDate(shown, raw string) string {
	if _, err := strconv.ParseFloat(raw, 64); err != nil {
		return ""
	}
	if !reShownDate.MatchString(strings.TrimSpace(shown)) && !strings.ContainsAny(shown, "年月日") {
		return ""
	}
	t, ok := isSerial(raw)
	if !ok {
		return ""
	}
	return t.Format(dateLayout)
}

// fillMerged copies the value of a vertically merged range into each row it
// covers, in the range's first column. Horizontal merges are left as they are
// (the value stays in the first column), so a merged title is not repeated.
func fillMerged(f *excelize.File, sheet string, rows []rawRow) {
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return
	}
	byNum := make(map[int]int, len(rows))
	for i, r := range rows {
		byNum[r.number] = i
	}
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 <= r1 {
			continue
		}
		top, ok := byNum[r1]
		if !ok || c1-1 >= len(rows[top].cells) {
			continue
		}
		v := rows[top].cells[c1-1]
		for r := r1 + 1; r <= r2 && r-r1 <= 10000; r++ {
			i, ok := byNum[r]
			if !ok {
				continue
			}
			for len(rows[i].cells) < c1 {
				rows[i].cells = append(rows[i].cells, rawCell{})
			}
			if rows[i].cells[c1-1].text == "" {
				rows[i].cells[c1-1] = v
			}
		}
	}
}
