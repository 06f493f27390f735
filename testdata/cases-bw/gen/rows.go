package main

import "strconv"

// arow is one problem row of an audit-rectification ledger: the problem, its
// amount (万元, "—" when no money is at issue), the measures and the way it was
// put right (上缴财政, 归还原资金渠道, 调整账目, 追回资金 …), who answers for it,
// its deadline, status, the amount put right, the day it was done and the
// evidence.
type arow struct {
	cat, title, amt, measures, way, leader, dept, due, status, fixed, done, ev string
}

// auditHead is the one-row header of the audit ledgers (13 columns).
var auditHead = []string{"序号", "问题类别", "问题描述", "问题金额（万元）", "整改措施", "整改方式", "责任领导", "责任科室", "完成时限", "整改情况", "已整改金额（万元）", "完成时间", "佐证材料"}

// auditRows numbers the rows from 1 in auditHead's columns.
func auditRows(ps []arow) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.cat, p.title, p.amt, p.measures, p.way, p.leader, p.dept, p.due, p.status, p.fixed, p.done, p.ev})
	}
	return rows
}

// withTitle puts a title row (and an optional 填报 line) over the header and rows.
func withTitle(title string, fill []string, head []string, rows [][]string) [][]string {
	out := [][]string{{title}}
	if fill != nil {
		out = append(out, fill)
	}
	out = append(out, head)
	return append(out, rows...)
}

func itoa(n int) string { return strconv.Itoa(n) }
