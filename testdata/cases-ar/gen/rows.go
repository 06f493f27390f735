package main

import (
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// row is one problem of a ledger: the aspect (方面) it falls under, the
// problem, its tasks and measures, who leads it and the state it is in.
type row struct {
	aspect, title, task, measures, leader, dept, due, status, done, ev string
}

// aspectHead is the header of the aspect-grouped ledgers the universities
// and hospitals keep: 方面 merged down over its problems.
var aspectHead = []string{"序号", "方面", "反馈问题", "整改任务", "整改措施", "责任领导", "责任部门", "完成时限", "整改进展", "完成时间", "佐证材料"}

// aspectSheet lays rows out under a title row (merged over the columns)
// and head, from spreadsheet row 3, merging each run of one aspect in
// column B; the aspect is written in its run's first cell only.
func aspectSheet(name, title string, head []string, rs []row) casebuild.Sheet {
	s := casebuild.Sheet{Name: name, Rows: [][]string{{title}, head}}
	last := string(rune('A' + len(head) - 1))
	s.Merges = append(s.Merges, [2]string{"A1", last + "1"})
	start := 0
	for i, r := range rs {
		aspect := r.aspect
		if i > 0 && rs[i-1].aspect == r.aspect {
			aspect = ""
		} else {
			start = i
		}
		cells := []string{strconv.Itoa(i + 1), aspect, r.title, r.task, r.measures, r.leader, r.dept, r.due, r.status, r.done, r.ev}
		if len(head) == 10 { // no 整改任务 column
			cells = append(cells[:3:3], cells[4:]...)
		}
		s.Rows = append(s.Rows, cells[:len(head)])
		if i == len(rs)-1 || rs[i+1].aspect != r.aspect {
			if i > start {
				s.Merges = append(s.Merges, [2]string{"B" + strconv.Itoa(start+3), "B" + strconv.Itoa(i+3)})
			}
		}
	}
	return s
}
