package main

import (
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// p is one problem row of a stage ledger: its class (立行立改, 限期整改,
// 长期坚持), title, measures, leader, department, deadline, the state at each
// of the two stages, the final status, completion date and evidence.
type p struct{ cat, title, meas, leader, dept, due, s1, s2, status, done, ev string }

// stageHead is the header of a ledger with a column per stage.
func stageHead(s1, s2 string) []string {
	return []string{"序号", "问题类别", "反馈问题", "整改措施", "牵头领导", "责任单位", "整改时限", s1, s2, "整改状态", "完成时间", "佐证材料"}
}

// stageSheet lays out a title row, the header and one row per problem.
func stageSheet(name, title string, head []string, ps []p) casebuild.Sheet {
	rows := [][]string{{title}, head}
	for i, x := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), x.cat, x.title, x.meas, x.leader, x.dept, x.due, x.s1, x.s2, x.status, x.done, x.ev})
	}
	return casebuild.Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", "L1"}}}
}

// done is a problem finished at the first stage.
func done(cat, title, meas, leader, dept, due, on, ev string) p {
	return p{cat, title, meas, leader, dept, due, "已完成", "已完成", "已完成", on, ev}
}

// done2 is a problem finished at the second stage.
func done2(cat, title, meas, leader, dept, due, on, ev string) p {
	return p{cat, title, meas, leader, dept, due, "阶段性完成", "已完成", "已完成", on, ev}
}

// going is a problem still being worked on.
func going(cat, title, meas, leader, dept, due, s1, s2, status string) p {
	return p{cat, title, meas, leader, dept, due, s1, s2, status, "", ""}
}
