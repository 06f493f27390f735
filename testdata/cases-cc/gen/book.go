package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// notes is the 说明 sheet every ledger of these folders opens with, as the
// county offices' template has it: a few lines of instructions, no table.
func notes(issuer string) casebuild.Sheet {
	return casebuild.Sheet{Name: "说明", Rows: [][]string{
		{"填表说明"},
		{"一、本台账根据" + issuer + "反馈意见建立，由办公室汇总，每月5日前更新一次。"},
		{"二、“整改进展”一栏只填写“已完成”“正在整改”或“持续推进”，不得以颜色代替文字。"},
		{"三、“完成时间”以问题销号审核通过之日为准；佐证材料另行装订，台账只写材料名称。"},
		{"四、本表数据截至填报之日，请勿改动表头和序号。"},
	}, Merges: [][2]string{{"A1", "F1"}}}
}

// book writes dir/ledger.xlsx: the 说明 sheet, the problems sheet (title row,
// header row, 序号 n on row n+2) and any further sheets.
func book(dir, issuer, title, probs string, more ...casebuild.Sheet) error {
	ps := casebuild.ParseProblems(probs)
	sheets := []casebuild.Sheet{notes(issuer), casebuild.ProblemSheet("问题整改台账", title, casebuild.ProblemHead, ps)}
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), append(sheets, more...)...)
}

// gen writes problem lines from titles: row i (0-based) done on done[i%len]
// by due[i%len] unless open names it (its deadline then), in the categories,
// leaders and departments given in turn.
func gen(cats, titles, measures, leaders, depts, due, done, ev []string, open map[int]string, openStatus string) string {
	s := ""
	for i, t := range titles {
		st, dn, e, d := "已完成", done[i%len(done)], ev[i%len(ev)], due[i%len(due)]
		if od, ok := open[i]; ok {
			st, dn, e, d = openStatus, "", "", od
		}
		s += fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s|%s\n", cats[i%len(cats)], t, measures[i%len(measures)], leaders[i%len(leaders)], depts[i%len(depts)], d, st, dn, e)
	}
	return s
}

// blank empties field f (0-based: 类别, 问题, 措施, 领导 …) of problem line i.
func blank(s string, i, f int) string {
	ls := strings.Split(s, "\n")
	fs := strings.Split(ls[i], "|")
	fs[f] = ""
	ls[i] = strings.Join(fs, "|")
	return strings.Join(ls, "\n")
}
