package main

import "strconv"

// prob is one problem row of an audit rectification ledger: the amount at
// issue (涉及金额) beside the problem, the amount rectified (整改金额) beside
// its status.
type prob struct {
	cat, title, amt, measures, leader, dept, due, status, fixed, done, ev string
}

// moneyHead is the one-row header of a ledger with both amounts, in the
// order of prob's fields after 序号.
var moneyHead = []string{"序号", "问题类别", "审计发现问题", "涉及金额（万元）", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况", "整改金额（万元）", "完成时间", "佐证材料"}

// moneyRows lays the problems out one row each, 序号 from 1, in moneyHead's columns.
func moneyRows(ps []prob) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.cat, p.title, p.amt, p.measures, p.leader, p.dept, p.due, p.status, p.fixed, p.done, p.ev})
	}
	return rows
}
