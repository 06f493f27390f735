package sheet

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/parse/internal/safezip"
	"github.com/zhenggai/zhenggai/parse/model"
)

// ReadXLSX reads every sheet of an XLSX workbook as a page holding one table.
// Row numbers are the sheet's own (1-based, title rows included). Vertically
// merged cells repeat their value on every row they cover; date cells (Excel
// serial numbers with a date format) become dates whatever format shows them.
func ReadXLSX(ctx context.Context, data []byte, b *model.Builder, o model.Options) error {
	z, err := safezip.Open(data, o.MaxDecompressed)
	if err != nil {
		return err
	}
	if d := z.Declared(); d > uint64(o.MaxDecompressed) {
		return model.Cause(model.ErrTooLarge, "workbook unpacks to %d bytes, over the %d-byte limit", d, o.MaxDecompressed)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    o.MaxDecompressed,
		UnzipXMLSizeLimit: o.MaxDecompressed,
	})
	if err != nil {
		return model.Cause(model.ErrCorrupt, "XLSX: %v", err)
	}
	defer f.Close()
	o = o.WithDefaults()
	cells, nrows := 0, 0
	for _, sheet := range f.GetSheetList() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := b.Err(); err != nil {
			return err
		}
		rows, n, err := readSheet(ctx, f, sheet, o.MaxTableCells-cells, o.MaxParagraphs-nrows)
		if err != nil {
			if errors.Is(err, errCells) {
				return model.Cause(model.ErrTooLarge, "workbook has more than %d cells", o.MaxTableCells)
			}
			if errors.Is(err, errRows) {
				return model.TooManyParagraphs(o.MaxParagraphs)
			}
			return err
		}
		cells += n
		nrows += len(rows)
		if len(rows) == 0 {
			continue
		}
		b.Page(sheet)
		b.Table(rows)
	}
	return nil
}

// Budgets of readSheet, exhausted.
var (
	errCells = errors.New("over the cell budget")
	errRows  = errors.New("over the row budget")
)

func readSheet(ctx context.Context, f *excelize.File, sheet string, budget, rowBudget int) ([]model.RawRow, int, error) {
	shown, err := f.Rows(sheet)
	if err != nil {
		return nil, 0, model.Cause(model.ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	defer shown.Close()
	raw, err := f.Rows(sheet)
	if err != nil {
		return nil, 0, model.Cause(model.ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	defer raw.Close()
	var rows []model.RawRow
	cells := 0
	for num := 1; shown.Next(); num++ {
		raw.Next()
		vals, err := shown.Columns()
		if err != nil {
			return nil, 0, model.Cause(model.ErrCorrupt, "sheet %q row %d: %v", sheet, num, err)
		}
		raws, _ := raw.Columns(excelize.Options{RawCellValue: true})
		cells += len(vals)
		if cells > budget {
			return nil, 0, errCells
		}
		if len(rows) >= rowBudget {
			return nil, 0, errRows
		}
		if num%1024 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		row := model.RawRow{Number: num, Cells: make([]model.RawCell, len(vals))}
		for i, v := range vals {
			row.Cells[i].Text = v
			if i < len(raws) && raws[i] != v {
				row.Cells[i].Date = CellDate(v, raws[i])
			}
		}
		rows = append(rows, row)
	}
	if err := shown.Error(); err != nil {
		return nil, 0, model.Cause(model.ErrCorrupt, "sheet %q: %v", sheet, err)
	}
	fillMerged(f, sheet, rows)
	return rows, cells, nil
}

var reShownDate = regexp.MustCompile(`^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?`)

// CellDate returns the date of a cell whose number format turns its serial
// number (raw) into a date (shown), or "". Spreadsheet readers other than
// XLSX's (parse/xls) call it so that their dates are XLSX's.
func CellDate(shown, raw string) string {
	if _, err := strconv.ParseFloat(raw, 64); err != nil {
		return ""
	}
	if !reShownDate.MatchString(strings.TrimSpace(shown)) && !strings.ContainsAny(shown, "年月日") {
		return ""
	}
	t, ok := model.SerialDate(raw)
	if !ok {
		return ""
	}
	return t.Format(model.DateLayout)
}

// Merge is a merged range of cells: its first and last rows and first
// column, 1-based as a sheet numbers them.
type Merge struct{ Row1, Row2, Col1 int }

// fillMerged reads the merged ranges of an XLSX sheet and fills them in.
func fillMerged(f *excelize.File, sheet string, rows []model.RawRow) {
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return
	}
	ms := make([]Merge, 0, len(merged))
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 == nil && err2 == nil {
			ms = append(ms, Merge{Row1: r1, Row2: r2, Col1: c1})
		}
	}
	FillMerged(rows, ms)
}

// FillMerged copies the value of a vertically merged range into each row it
// covers, in the range's first column. Horizontal merges are left as they are
// (the value stays in the first column), so a merged title is not repeated.
// Every spreadsheet reader calls it, so that merged cells mean the same in
// every format.
func FillMerged(rows []model.RawRow, merged []Merge) {
	byNum := make(map[int]int, len(rows))
	for i, r := range rows {
		byNum[r.Number] = i
	}
	for _, m := range merged {
		c1, r1, r2 := m.Col1, m.Row1, m.Row2
		if c1 < 1 || r2 <= r1 {
			continue
		}
		top, ok := byNum[r1]
		if !ok || c1-1 >= len(rows[top].Cells) {
			continue
		}
		v := rows[top].Cells[c1-1]
		for r := r1 + 1; r <= r2 && r-r1 <= 10000; r++ {
			i, ok := byNum[r]
			if !ok {
				continue
			}
			for len(rows[i].Cells) < c1 {
				rows[i].Cells = append(rows[i].Cells, model.RawCell{})
			}
			if rows[i].Cells[c1-1].Text == "" {
				rows[i].Cells[c1-1] = v
			}
		}
	}
}
