package main

import (
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// arow is one problem of an audit-rectification ledger: the finding, the
// money it involves and the money rectified (万元, as written), and how it
// stands.
type arow struct {
	title, amt, measures, leader, dept, due, status, fixed, done, ev, note string
}

// auditHead is the one-row header the audit ledgers use.
var auditHead = []string{"序号", "审计发现问题", "涉及金额（万元）", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况", "已整改金额（万元）", "完成时间", "佐证材料", "备注"}

// auditRows numbers the problems from 1 under a title row and auditHead
// (with a 填报 line between them when fill is not empty).
func auditRows(title, fill string, ps []arow) [][]string {
	rows := [][]string{{title}}
	if fill != "" {
		rows = append(rows, []string{fill})
	}
	rows = append(rows, auditHead)
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.title, p.amt, p.measures, p.leader, p.dept, p.due, p.status, p.fixed, p.done, p.ev, p.note})
	}
	return rows
}

// sheet is a sheet of rows with its title row merged over width columns.
func sheet(name string, rows [][]string, width int) casebuild.Sheet {
	last := string(rune('A' + width - 1))
	return casebuild.Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", last + "1"}}}
}
