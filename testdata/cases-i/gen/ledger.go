package main

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// col is one ledger column: what it holds and its header.
type col struct{ key, head string }

// row is one problem row.
type row struct {
	no                                                       int
	p                                                        prob
	leader, deadline, status, completed, evidence, note, amt string
	light                                                    string
}

// group is a header cell spanning the sub-headers of keys (two header rows).
type group struct {
	head string
	keys []string
}

// sheet is one problems sheet's layout.
type sheet struct {
	name, title, fill string
	grp               *group
	cols              []col
	rows              []row
	blankAfter        map[int]bool // a blank row after the row with this 序号
	footer            []string
}

func (r row) cell(key string) any {
	switch key {
	case "no":
		return r.no
	case "cat":
		return r.p.cat
	case "prob":
		return r.p.title
	case "meas":
		return r.p.meas
	case "leader":
		return r.leader
	case "dept":
		return r.p.dept
	case "coop":
		return "财务科"
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
	case "amt":
		return r.amt
	case "light":
		return r.light
	}
	return ""
}

func cellName(c, r int) string {
	n, _ := excelize.CoordinatesToCellName(c, r)
	return n
}

// writeSheet writes s into f and returns the Excel row of each 序号.
func writeSheet(f *excelize.File, s sheet) map[int]int {
	if _, err := f.NewSheet(s.name); err != nil {
		panic(err)
	}
	r := 1
	n := len(s.cols)
	if s.title != "" {
		must(f.SetCellValue(s.name, cellName(1, r), s.title))
		must(f.MergeCell(s.name, cellName(1, r), cellName(n, r)))
		r++
	}
	if s.fill != "" {
		must(f.SetCellValue(s.name, cellName(1, r), s.fill))
		r++
	}
	if s.grp == nil {
		for i, c := range s.cols {
			must(f.SetCellValue(s.name, cellName(i+1, r), c.head))
		}
		r++
	} else {
		in := map[string]bool{}
		for _, k := range s.grp.keys {
			in[k] = true
		}
		first := 0
		for i, c := range s.cols {
			if in[c.key] {
				if first == 0 {
					first = i + 1
				}
				must(f.SetCellValue(s.name, cellName(i+1, r+1), c.head))
				continue
			}
			must(f.SetCellValue(s.name, cellName(i+1, r), c.head))
			must(f.MergeCell(s.name, cellName(i+1, r), cellName(i+1, r+1)))
		}
		must(f.SetCellValue(s.name, cellName(first, r), s.grp.head))
		must(f.MergeCell(s.name, cellName(first, r), cellName(first+len(s.grp.keys)-1, r)))
		r += 2
	}
	at := map[int]int{}
	for _, rw := range s.rows {
		for i, c := range s.cols {
			v := rw.cell(c.key)
			if v == "" {
				continue
			}
			must(f.SetCellValue(s.name, cellName(i+1, r), v))
		}
		at[rw.no] = r
		r++
		if s.blankAfter[rw.no] {
			r++
		}
	}
	if len(s.footer) > 0 {
		r++
		for _, l := range s.footer {
			must(f.SetCellValue(s.name, cellName(1, r), l))
			r++
		}
	}
	return at
}

// table writes a plain table (header row after an optional title) and merges
// the cells listed (A3:A4 …).
func table(f *excelize.File, name, title string, head []string, rows [][]any, merges [][2]string) {
	if _, err := f.NewSheet(name); err != nil {
		panic(err)
	}
	r := 1
	if title != "" {
		must(f.SetCellValue(name, "A1", title))
		must(f.MergeCell(name, "A1", cellName(len(head), 1)))
		r++
	}
	for i, h := range head {
		must(f.SetCellValue(name, cellName(i+1, r), h))
	}
	r++
	for _, rw := range rows {
		for i, v := range rw {
			if v == nil || v == "" {
				continue
			}
			must(f.SetCellValue(name, cellName(i+1, r), v))
		}
		r++
	}
	for _, m := range merges {
		must(f.MergeCell(name, m[0], m[1]))
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func saveBook(f *excelize.File, path string) {
	if i, _ := f.GetSheetIndex("Sheet1"); i >= 0 {
		must(f.DeleteSheet("Sheet1"))
	}
	must(f.SaveAs(path))
	fmt.Println("wrote", path)
}
