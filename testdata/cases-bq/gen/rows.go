package main

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// pet is one row of a ledger of petitions handed over (交办件) or of problems
// fed back: its number, what it reports, the place, the unit and leader in
// charge, the deadline, the result, the state, the day it was closed and the
// evidence.
type pet struct {
	no, code, problem, place, dept, leader, due, result, status, done, ev string
}

// petitionRows lays petitions out under the header cols, a cell per column
// named by key: no code problem place dept leader due result status done ev.
func petitionRows(title string, cols []string, keys []string, ps []pet) [][]string {
	rows := [][]string{{title}, cols}
	for _, p := range ps {
		m := map[string]string{"no": p.no, "code": p.code, "problem": p.problem, "place": p.place,
			"dept": p.dept, "leader": p.leader, "due": p.due, "result": p.result,
			"status": p.status, "done": p.done, "ev": p.ev}
		var r []string
		for _, k := range keys {
			r = append(r, m[k])
		}
		rows = append(rows, r)
	}
	return rows
}

// number gives the rows 序号 1, 2, … in order.
func number(ps []pet) []pet {
	for i := range ps {
		ps[i].no = strconv.Itoa(i + 1)
	}
	return ps
}

// col is the spreadsheet column letter of index i (0-based, up to Z).
func col(i int) string { return string(rune('A' + i)) }

// titleMerge merges the title row over n columns.
func titleMerge(n int) [][2]string { return [][2]string{{"A1", col(n-1) + "1"}} }

// xlsx and et write the workbook as XLSX, or as WPS .et (Excel 97 binary).
func xlsx(dir string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), sheets...)
}

func et(dir string, sheets ...casebuild.Sheet) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.et"), sheets...)
}

// renameTo moves a built file to another name in the case folder (a photo
// sent under a .pdf name).
func renameTo(dir, from, to string) error {
	if _, err := os.Stat(filepath.Join(dir, from)); err != nil {
		return nil
	}
	return os.Rename(filepath.Join(dir, from), filepath.Join(dir, to))
}
