package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// prob is one ledger row of the problems sheet.
type prob struct {
	No                                     int
	Cat, Title, Measures, Leader, Dept     string
	Deadline, Status, Done, Evidence, Note string
	Fill                                   string // a fill colour for the status cell
}

// col is one column of a problems sheet: its header and what it shows.
type col struct {
	Head string
	Get  func(p prob) string
}

var (
	cNo       = func(h string) col { return col{h, func(p prob) string { return fmt.Sprint(p.No) }} }
	cCat      = func(h string) col { return col{h, func(p prob) string { return p.Cat }} }
	cTitle    = func(h string) col { return col{h, func(p prob) string { return p.Title }} }
	cMeasures = func(h string) col { return col{h, func(p prob) string { return p.Measures }} }
	cLeader   = func(h string) col { return col{h, func(p prob) string { return p.Leader }} }
	cDept     = func(h string) col { return col{h, func(p prob) string { return p.Dept }} }
	cDeadline = func(h string) col { return col{h, func(p prob) string { return p.Deadline }} }
	cStatus   = func(h string) col { return col{h, func(p prob) string { return p.Status }} }
	cDone     = func(h string) col { return col{h, func(p prob) string { return p.Done }} }
	cEvidence = func(h string) col { return col{h, func(p prob) string { return p.Evidence }} }
	cNote     = func(h string) col { return col{h, func(p prob) string { return p.Note }} }
)

// sheet is one worksheet: its rows as written (row 1 first), the merged
// ranges and the fills of single cells.
type sheet struct {
	Name   string
	Rows   [][]string
	Merges [][2]string
	Fills  map[string]string
}

func (s *sheet) add(cells ...string) int {
	s.Rows = append(s.Rows, cells)
	return len(s.Rows)
}

// title adds a row holding text merged across n columns.
func (s *sheet) title(text string, n int) {
	r := s.add(text)
	s.Merges = append(s.Merges, [2]string{cell(0, r), cell(n-1, r)})
}

func cell(c, r int) string {
	name, err := excelize.CoordinatesToCellName(c+1, r)
	must(err)
	return name
}

// problems adds the header row and a row per problem; rowOf maps a 序号
// to its sheet row. statusCol is the index of the status column, where a
// problem's Fill is applied.
func (s *sheet) problems(cols []col, ps []prob, rowOf map[int]int) {
	var h []string
	status := -1
	for i, c := range cols {
		h = append(h, c.Head)
		if c.Get(prob{Status: "\x00"}) == "\x00" {
			status = i
		}
	}
	s.add(h...)
	written = append(written, ps...)
	for _, p := range ps {
		var cells []string
		for _, c := range cols {
			cells = append(cells, c.Get(p))
		}
		r := s.add(cells...)
		if rowOf != nil {
			rowOf[p.No] = r
		}
		if p.Fill != "" && status >= 0 {
			if s.Fills == nil {
				s.Fills = map[string]string{}
			}
			s.Fills[cell(status, r)] = p.Fill
		}
	}
}

// written collects the problems of the case being written, for sane.
var written []prob

func writeXLSX(path string, sheets []*sheet) {
	f := excelize.NewFile()
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	plain, err := f.NewStyle(&excelize.Style{Border: border, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	must(err)
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.Name))
		} else {
			_, err := f.NewSheet(s.Name)
			must(err)
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				must(f.SetCellStr(s.Name, cell(c, r+1), v))
				must(f.SetCellStyle(s.Name, cell(c, r+1), cell(c, r+1), plain))
			}
		}
		for _, m := range s.Merges {
			must(f.MergeCell(s.Name, m[0], m[1]))
		}
		for at, color := range s.Fills {
			st, err := f.NewStyle(&excelize.Style{Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
			must(err)
			must(f.SetCellStyle(s.Name, at, at, st))
		}
		must(f.SetColWidth(s.Name, "A", "P", 16))
	}
	must(os.MkdirAll(filepath.Dir(path), 0o755))
	must(f.SaveAs(path))
}
