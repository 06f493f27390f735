package main

import (
	"path/filepath"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// sheet lays problems out as township offices fill their WPS sheets: a merged
// title (row 1), a 填报 line (row 2), the two-row header (rows 3–4), a row a
// problem from row 5, a blank row after the rows whose 0-based index is in
// blank, and a note line under the rows when note is set.
func sheet(name, title, fill string, ps []prob, blank map[int]bool, note string) casebuild.Sheet {
	rows := [][]string{{title}, {fill}}
	rows = append(rows, twoRowHead...)
	for i, r := range numbered(1, ps) {
		rows = append(rows, r)
		if blank[i] {
			rows = append(rows, []string{})
		}
	}
	m := [][2]string{{"A1", "K1"}, {"A2", "K2"}}
	if note != "" {
		rows = append(rows, []string{}, []string{note})
		m = append(m, [2]string{"A" + itoa(len(rows)), "K" + itoa(len(rows))})
	}
	return casebuild.Sheet{Name: name, Rows: rows, Merges: append(m, twoRowMerges(3)...)}
}

func done(cat, title, measures, leader, dept, due, on, ev string) prob {
	return prob{cat: cat, title: title, measures: measures, leader: leader, dept: dept, due: due, status: "已完成", done: on, ev: ev}
}

func open(cat, title, measures, leader, dept, due, status string) prob {
	return prob{cat: cat, title: title, measures: measures, leader: leader, dept: dept, due: due, status: status}
}

func xlsx(dir string, sh ...casebuild.Sheet) error {
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), sh...)
}

func et(dir string, sh ...casebuild.Sheet) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"), sh...)
}
