package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// row is one problem of the group's template.
type row struct{ cat, title, measures, leader, dept, due, status, done, ev, note string }

// groupHead is the group's ledger template: a title row, a 填报单位 row, then a
// two-row header where 整改落实情况 spans 整改进展, 完成时间 and 佐证材料 (H–J).
func groupSheet(name, title, unit string, rs []row) casebuild.Sheet {
	rows := [][]string{
		{title},
		{"填报单位（盖章）：" + unit, "", "", "", "", "", "", "", "填报日期：", "", ""},
		{"序号", "问题类别", "反馈问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改落实情况", "", "", "备注"},
		{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料", ""},
	}
	for i, r := range rs {
		rows = append(rows, []string{itoa(i + 1), r.cat, r.title, r.measures, r.leader, r.dept, r.due, r.status, r.done, r.ev, r.note})
	}
	m := [][2]string{{"A1", "K1"}, {"A2", "H2"}, {"I2", "K2"}, {"H3", "J3"}}
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "G", "K"} {
		m = append(m, [2]string{c + "3", c + "4"})
	}
	return casebuild.Sheet{Name: name, Rows: rows, Merges: m}
}
