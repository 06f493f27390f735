package main

import (
	"path/filepath"
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// pr is one problem row: category, title, measures, leader, department,
// deadline, status, completion date, evidence.
type pr struct{ cat, title, measures, leader, dept, due, status, done, ev string }

// book is a ledger: a 说明 sheet first when note is set, then the problems,
// clues, accountability and rules sheets that are not empty.
type book struct {
	title, note        string
	probs              []pr
	clues, acc, rules  [][]string
	probName, clueName string
	accName, ruleName  string
}

func (b book) sheets() []casebuild.Sheet {
	var ss []casebuild.Sheet
	if b.note != "" {
		ss = append(ss, casebuild.Sheet{Name: "说明", Rows: [][]string{{"填报说明"}, {b.note}, {"填报单位：" + b.title}}})
	}
	rows := [][]string{{b.title + "问题整改台账"},
		{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "完成时间", "佐证材料"}}
	for i, p := range b.probs {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev})
	}
	ss = append(ss, casebuild.Sheet{Name: or(b.probName, "问题"), Rows: rows, Merges: [][2]string{{"A1", "J1"}}})
	if b.clues != nil {
		r := append([][]string{{"问题线索处置台账"}, {"序号", "线索编号", "反映对象", "线索摘要", "移交时间", "承办部门", "处置方式", "办结时间", "办理状态"}}, b.clues...)
		ss = append(ss, casebuild.Sheet{Name: or(b.clueName, "线索"), Rows: r, Merges: [][2]string{{"A1", "I1"}}})
	}
	if b.acc != nil {
		r := append([][]string{{"责任追究情况"}, {"序号", "姓名", "单位及职务", "问责方式", "问责时间"}}, b.acc...)
		ss = append(ss, casebuild.Sheet{Name: or(b.accName, "问责"), Rows: r, Merges: [][2]string{{"A1", "E1"}}})
	}
	if b.rules != nil {
		r := append([][]string{{"制度制修订清单"}, {"序号", "制度名称", "新建/修订", "印发时间"}}, b.rules...)
		ss = append(ss, casebuild.Sheet{Name: or(b.ruleName, "制度"), Rows: r, Merges: [][2]string{{"A1", "D1"}}})
	}
	return ss
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (b book) xlsx(dir string) error {
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), b.sheets()...)
}

func (b book) xls(dir string) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"), b.sheets()...)
}

// numRows numbers rows of cells from 1.
func numRows(rows ...[]string) [][]string {
	var out [][]string
	for i, r := range rows {
		out = append(out, append([]string{strconv.Itoa(i + 1)}, r...))
	}
	return out
}

// probs makes n problems from titles, done unless listed open (index → deadline).
func probs(cats, titles, leaders, depts []string, open map[int]string) []pr {
	return probsAt([]string{"2025-05-31", "2025-06-30", "2025-06-30"}, []string{"2025-05-20", "2025-06-16", "2025-06-26"}, cats, titles, leaders, depts, open)
}

// probsAt is probs with the deadlines and completion dates of the done rows given (three each).
func probsAt(dues, dones, cats, titles, leaders, depts []string, open map[int]string) []pr {
	evs := []string{"整改报告及会议纪要", "制度文件及印发通知", "收款凭证、整改说明"}
	var ps []pr
	for i, t := range titles {
		p := pr{cats[i%len(cats)], t, "制定整改方案，逐项落实，建立长效机制", leaders[i%len(leaders)], depts[i%len(depts)],
			dues[i%3], "已完成", dones[i%3], evs[i%3]}
		if d, ok := open[i]; ok {
			p.due, p.status, p.done, p.ev = d, "正在整改", "", ""
		}
		ps = append(ps, p)
	}
	return ps
}
