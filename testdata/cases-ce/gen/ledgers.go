package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// row is one problem of a ledger with its money columns (万元, empty when the
// problem involves no money) and how it was put right (上缴、归还、调账 …).
type row struct {
	cat, title, amt, fixed, way, measures string
	open                                  bool   // in progress
	due                                   string // a deadline of its own (open rows)
	noLeader                              bool
}

// spec is how a case's problems sheet is filled.
type spec struct {
	title, sheet string
	leaders      []string
	depts        []string
	due, doneOn  []string
	ev           []string
	openStatus   string
}

var moneyHead = []string{"序号", "问题类别", "问题描述", "涉及金额（万元）", "已整改金额（万元）", "整改方式", "整改措施", "责任领导", "责任单位", "整改时限", "整改进展", "完成时间", "佐证材料"}

// sheetRows lays the rows out under a title row and moneyHead.
func (s spec) sheetRows(rs []row) [][]string {
	out := [][]string{{s.title}, moneyHead}
	for i, r := range rs {
		leader := s.leaders[i%len(s.leaders)]
		if r.noLeader {
			leader = ""
		}
		due, status, done, ev := s.due[i%len(s.due)], "已完成", s.doneOn[i%len(s.doneOn)], s.ev[i%len(s.ev)]
		if r.open {
			due, status, done, ev = r.due, s.openStatus, "", ""
		}
		out = append(out, []string{strconv.Itoa(i + 1), r.cat, r.title, r.amt, r.fixed, r.way, r.measures,
			leader, s.depts[i%len(s.depts)], due, status, done, ev})
	}
	return out
}

func xlsx(dir, name string, s spec, rs []row) error {
	return casebuild.WriteXLSX(filepath.Join(dir, name),
		casebuild.Sheet{Name: s.sheet, Rows: s.sheetRows(rs), Merges: [][2]string{{"A1", "M1"}}})
}

func xls(dir, name string, s spec, rs []row) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, name),
		casebuild.Sheet{Name: s.sheet, Rows: s.sheetRows(rs), Merges: [][2]string{{"A1", "M1"}}})
}

// csvFile writes the sheet as a UTF-8 CSV with a byte-order mark, no title row.
func csvFile(dir, name string, s spec, rs []row) error {
	var b strings.Builder
	b.WriteString("\ufeff")
	for _, r := range s.sheetRows(rs)[1:] {
		for i, c := range r {
			if i > 0 {
				b.WriteString(",")
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644)
}
