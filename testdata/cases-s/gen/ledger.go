package main

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// prow is one problem row of a ledger, by field.
type prow struct {
	no, cat, prob, meas, leader, dept, deadline, status, completed, evidence, note, money string
}

// field names a prow field by the header that shows it.
func (r prow) field(key string) string {
	switch key {
	case "no":
		return r.no
	case "cat":
		return r.cat
	case "prob":
		return r.prob
	case "meas":
		return r.meas
	case "leader":
		return r.leader
	case "dept":
		return r.dept
	case "deadline":
		return r.deadline
	case "status":
		return r.status
	case "completed":
		return r.completed
	case "evidence":
		return r.evidence
	case "note":
		return r.note
	case "money":
		return r.money
	}
	return ""
}

// col is a column of a problems sheet: its header (two rows when group is set) and field.
type col struct{ head, group, key string }

// sheet is one worksheet: a merged title, a header (one or two rows), records and a footer.
type sheet struct {
	name       string
	title      string
	fill       string // a 填报单位 line under the title
	cols       []col
	rows       [][]string
	footer     []string
	blankAfter map[int]bool // a blank row after record i
	merges     [][2]string  // cells merged among the records
	hidden     []int        // rows hidden
}

func problemsSheet(name, title string, cols []col, ps []prow) sheet {
	s := sheet{name: name, title: title, cols: cols}
	for _, p := range ps {
		var r []string
		for _, c := range cols {
			r = append(r, p.field(c.key))
		}
		s.rows = append(s.rows, r)
	}
	return s
}

func cell(c, r int) string {
	n, _ := excelize.CoordinatesToCellName(c, r)
	return n
}

func writeWorkbook(path string, sheets []sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		r := 1
		n := len(s.cols)
		if s.title != "" {
			f.SetCellValue(s.name, cell(1, r), s.title)
			f.MergeCell(s.name, cell(1, r), cell(n, r))
			r++
		}
		if s.fill != "" {
			f.SetCellValue(s.name, cell(1, r), s.fill)
			f.MergeCell(s.name, cell(1, r), cell(n, r))
			r++
		}
		two := false
		for _, c := range s.cols {
			if c.group != "" {
				two = true
			}
		}
		if two {
			for j := 0; j < n; j++ {
				c := s.cols[j]
				if c.group == "" {
					f.SetCellValue(s.name, cell(j+1, r), c.head)
					f.MergeCell(s.name, cell(j+1, r), cell(j+1, r+1))
					continue
				}
				k := j
				for k+1 < n && s.cols[k+1].group == c.group {
					k++
				}
				f.SetCellValue(s.name, cell(j+1, r), c.group)
				if k > j {
					f.MergeCell(s.name, cell(j+1, r), cell(k+1, r))
				}
				for m := j; m <= k; m++ {
					f.SetCellValue(s.name, cell(m+1, r+1), s.cols[m].head)
				}
				j = k
			}
			r += 2
		} else {
			for j, c := range s.cols {
				f.SetCellValue(s.name, cell(j+1, r), c.head)
			}
			r++
		}
		for i, row := range s.rows {
			for j, v := range row {
				if v != "" {
					f.SetCellValue(s.name, cell(j+1, r), v)
				}
			}
			r++
			if s.blankAfter[i] {
				r++
			}
		}
		for _, l := range s.footer {
			f.SetCellValue(s.name, cell(1, r), l)
			f.MergeCell(s.name, cell(1, r), cell(n, r))
			r++
		}
		for _, m := range s.merges {
			f.MergeCell(s.name, m[0], m[1])
		}
		for _, h := range s.hidden {
			f.SetRowVisible(s.name, h, false)
		}
		for j := range s.cols {
			name, _ := excelize.ColumnNumberToName(j + 1)
			f.SetColWidth(s.name, name, name, 18)
		}
	}
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
