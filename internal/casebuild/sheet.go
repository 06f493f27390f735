package casebuild

import (
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Sheet is one worksheet of a ledger: its rows from row 1 (an empty string
// leaves its cell empty), and the ranges to merge, as {"A1", "L1"}.
type Sheet struct {
	Name   string
	Rows   [][]string
	Merges [][2]string
}

// CellFunc writes the value v of one cell (named as "B3") of a sheet.
type CellFunc func(f *excelize.File, sheet, cell, v string) error

// SetStr is the CellFunc that writes every value as a string cell.
func SetStr(f *excelize.File, sheet, cell, v string) error {
	return f.SetCellStr(sheet, cell, v)
}

// WriteXLSX writes the sheets, in their order, as an XLSX workbook at path,
// every value a string cell.
func WriteXLSX(path string, sheets ...Sheet) error {
	return WriteXLSXCells(path, SetStr, sheets...)
}

// WriteXLSXCells is WriteXLSX with each non-empty value written by set (a
// generator's own: numbers as numbers, styles …).
func WriteXLSXCells(path string, set CellFunc, sheets ...Sheet) error {
	return WriteXLSXWith(path, func(*excelize.File) (CellFunc, error) { return set, nil }, sheets...)
}

// WriteXLSXWith is WriteXLSX with each non-empty value written by the
// CellFunc setup returns: setup runs once on the new workbook, before any
// sheet is named or made (where the styles the cells use are added).
func WriteXLSXWith(path string, setup func(f *excelize.File) (CellFunc, error), sheets ...Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	set, err := setup(f)
	if err != nil {
		return err
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := set(f, s.Name, cell, v); err != nil {
					return err
				}
			}
		}
		for _, m := range s.Merges {
			if err := f.MergeCell(s.Name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// WriteCSVGBK writes rows as a GBK CSV with CRLF line ends, as Excel on a
// Chinese Windows saves one. A cell may hold no comma or quote (it is not quoted).
func WriteCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			if strings.ContainsAny(c, ",\"") {
				return fmt.Errorf("cell %q holds a comma or quote", c)
			}
		}
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// WriteCSVGBKQuoted writes rows as a GBK CSV with CRLF line ends, a cell
// that holds a comma, a quote or a line end quoted (its quotes doubled).
func WriteCSVGBKQuoted(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// GBKText is text in GBK with CRLF line ends, as a Windows PC in a small
// office saves it.
func GBKText(text string) ([]byte, error) {
	s := strings.ReplaceAll(text, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\n", "\r\n")
	g, err := simplifiedchinese.GBK.NewEncoder().String(s)
	return []byte(g), err
}
