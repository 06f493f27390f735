package main

import (
	"strconv"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// row is one problem of a ledger.
type row struct {
	title, measures, dept, leader, due, status, done, ev, note string
}

// aspect is one sheet of problems: one 方面 of the feedback.
type aspect struct {
	sheet string // sheet name, e.g. 党的建设方面
	rows  []row
}

// headA is the two-row header of most of these ledgers: 整改落实情况 spans
// 整改完成情况, 完成时间 and 佐证材料名称 (columns G to I).
var headA = [][]string{
	{"序号", "问题描述", "整改措施", "整改责任单位", "责任领导", "完成时限", "整改落实情况", "", "", "备注"},
	{"", "", "", "", "", "", "整改完成情况", "完成时间", "佐证材料名称", ""},
}

// headB puts 责任领导 before the unit and calls the span 整改情况.
var headB = [][]string{
	{"序号", "反馈问题", "整改任务", "责任领导", "整改责任单位", "完成时限", "整改情况", "", "", "备注"},
	{"", "", "", "", "", "", "整改完成情况", "完成时间", "佐证材料名称", ""},
}

// problemSheet lays an aspect out: a merged title row, the two-row header
// (merged), the rows numbered from first.
func problemSheet(title string, head [][]string, leaderFirst bool, first int, a aspect) casebuild.Sheet {
	rows := [][]string{{title}}
	rows = append(rows, head...)
	for i, p := range a.rows {
		d, l := p.dept, p.leader
		if leaderFirst {
			d, l = l, d
		}
		rows = append(rows, []string{strconv.Itoa(first + i), p.title, p.measures, d, l, p.due, p.status, p.done, p.ev, p.note})
	}
	var m [][2]string
	m = append(m, [2]string{"A1", "J1"})
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "J"} {
		m = append(m, [2]string{c + "2", c + "3"})
	}
	m = append(m, [2]string{"G2", "I2"})
	return casebuild.Sheet{Name: a.sheet, Rows: rows, Merges: m}
}

// summary is the 汇总 sheet: per aspect the problems fed back, done and under
// way (its headers name no problem column: it is no problems sheet).
func summary(title string, as []aspect) casebuild.Sheet {
	rows := [][]string{{title}, {"方面", "反馈数量", "整改进度", "", "完成比例"}, {"", "", "已完成", "推进中", ""}}
	tn, td := 0, 0
	for _, a := range as {
		n, d := len(a.rows), 0
		for _, p := range a.rows {
			if p.status == "已完成" || p.status == "已完成整改" || p.status == "已整改到位" {
				d++
			}
		}
		tn += n
		td += d
		rows = append(rows, []string{a.sheet, strconv.Itoa(n), strconv.Itoa(d), strconv.Itoa(n - d), pct(d, n)})
	}
	rows = append(rows, []string{"合计", strconv.Itoa(tn), strconv.Itoa(td), strconv.Itoa(tn - td), pct(td, tn)})
	return casebuild.Sheet{Name: "汇总", Rows: rows, Merges: [][2]string{{"A1", "E1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "E3"}}}
}

func pct(d, n int) string {
	v := float64(d) * 1000 / float64(n)
	r := int(v + 0.5)
	return strconv.Itoa(r/10) + "." + strconv.Itoa(r%10) + "%"
}

// plain is a sheet of one title row, one header row and rows numbered from 1.
func plain(name, title string, head []string, rows [][]string) casebuild.Sheet {
	out := [][]string{{title}, head}
	for i, r := range rows {
		out = append(out, append([]string{strconv.Itoa(i + 1)}, r...))
	}
	last := string(rune('A' + len(head) - 1))
	return casebuild.Sheet{Name: name, Rows: out, Merges: [][2]string{{"A1", last + "1"}}}
}

// ledger writes a ledger of the summary sheet, one sheet per aspect
// (numbered through when through is set, else from 1 in each) and the extra sheets.
func ledger(path, title string, head [][]string, leaderFirst, through bool, as []aspect, extra ...casebuild.Sheet) error {
	sheets := []casebuild.Sheet{summary(title+"汇总表", as)}
	n := 1
	for _, a := range as {
		if !through {
			n = 1
		}
		sheets = append(sheets, problemSheet(title+"（"+a.sheet+"）", head, leaderFirst, n, a))
		n += len(a.rows)
	}
	return casebuild.WriteXLSX(path, append(sheets, extra...)...)
}
