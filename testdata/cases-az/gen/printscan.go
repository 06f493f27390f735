package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// printedSheet is a worksheet laid out for printing: A4 landscape, fitted to the
// page's width, every cell of the table (from row head, 1-based) boxed, the columns
// as wide as widths says.
type printedSheet struct {
	casebuild.Sheet
	head   int
	widths []float64
}

// scanWorkbook prints the sheets (LibreOffice → PDF), scans every page (200 dpi,
// grey, treated as fx says by page) and binds the scans as the PDF at out: a
// ledger that reached the office only on paper.
func scanWorkbook(out string, fx map[int][]string, sheets ...printedSheet) error {
	tmp, err := os.MkdirTemp("", "casesaz")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	f := excelize.NewFile()
	land, one, zero, yes := "landscape", 1, 0, true
	a4 := 9
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		box, _ := f.NewStyle(&excelize.Style{
			Border:    []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"}, {Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
			Font:      &excelize.Font{Size: 10, Family: "宋体"},
		})
		title, _ := f.NewStyle(&excelize.Style{
			Alignment: &excelize.Alignment{Horizontal: "center"},
			Font:      &excelize.Font{Size: 16, Bold: true, Family: "黑体"},
		})
		for r, row := range s.Rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if v != "" {
					if err := f.SetCellStr(s.Name, cell, v); err != nil {
						return err
					}
				}
				if r+1 >= s.head && len(row) > 1 && !strings.HasPrefix(row[0], "填表人") {
					f.SetCellStyle(s.Name, cell, cell, box)
				}
			}
		}
		f.SetCellStyle(s.Name, "A1", "A1", title)
		for r := s.head; r <= len(s.Rows); r++ {
			f.SetRowHeight(s.Name, r, 36)
		}
		for _, m := range s.Merges {
			if err := f.MergeCell(s.Name, m[0], m[1]); err != nil {
				return err
			}
		}
		for c, w := range s.widths {
			col, _ := excelize.ColumnNumberToName(c + 1)
			f.SetColWidth(s.Name, col, col, w)
		}
		if err := f.SetPageLayout(s.Name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &land, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return err
		}
		if err := f.SetSheetProps(s.Name, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
			return err
		}
	}
	x := filepath.Join(tmp, "print.xlsx")
	if err := f.SaveAs(x); err != nil {
		return err
	}
	f.Close()
	if err := soffice.Convert(tmp, "pdf", x); err != nil {
		return err
	}
	pdf := filepath.Join(tmp, "print.pdf")
	n, err := pageCount(pdf)
	if err != nil {
		return err
	}
	var imgs []string
	for p := 1; p <= n; p++ {
		img, err := scanPage(pdf, tmp, p, fx[p], false)
		if err != nil {
			return err
		}
		imgs = append(imgs, img)
	}
	if len(imgs) == 0 {
		return fmt.Errorf("%s: no pages printed", out)
	}
	return imagePDF(imgs, out, 200)
}
