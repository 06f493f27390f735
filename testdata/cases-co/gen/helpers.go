package main

import "strconv"

// row is one problem of an audit-rectification ledger.
type row struct {
	cls, title, amount, measures, leader, dept, due, status, done, ev, note string
}

// head is the one-row header the county and city ledgers of this folder use.
var head = []string{"序号", "问题类别", "问题描述", "涉及金额（万元）", "整改措施", "责任领导", "责任股室", "整改时限", "整改情况", "完成时间", "佐证材料", "备注"}

// table puts a title row and the header over the rows, numbered from 1.
func table(title string, rs []row) [][]string { return tableH(title, head, rs) }

// tableH is table with a header of the unit's own words.
func tableH(title string, h []string, rs []row) [][]string {
	out := [][]string{{title}, h}
	for i, r := range rs {
		out = append(out, []string{strconv.Itoa(i + 1), r.cls, r.title, r.amount, r.measures, r.leader, r.dept, r.due, r.status, r.done, r.ev, r.note})
	}
	return out
}

// done and open make rows in the two usual states.
func done(cls, title, amount, measures, leader, dept, due, on, ev string) row {
	return row{cls, title, amount, measures, leader, dept, due, "已完成", on, ev, ""}
}

func open(cls, title, amount, measures, leader, dept, due, status string) row {
	return row{cls, title, amount, measures, leader, dept, due, status, "", "", ""}
}

// firmHead is the header the state firms use: departments and subsidiaries.
var firmHead = []string{"序号", "问题类别", "审计发现问题", "涉及金额（万元）", "整改措施", "责任领导", "责任部门（单位）", "整改时限", "整改情况", "完成时间", "佐证材料", "备注"}
