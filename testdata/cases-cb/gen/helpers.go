package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// P is one problem of an audit's rectification: its ledger row and what the
// report's list says of it.
type P struct {
	Title, Amt, Class, Measures, Leader, Dept, Due, Status, Fixed, Done, Ev string
}

// split reads problems written one a line as fields joined by "|" in P's order.
func split(s string) []P {
	var ps []P
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Split(strings.TrimSpace(l), "|")
		for len(f) < 11 {
			f = append(f, "")
		}
		ps = append(ps, P{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]})
	}
	return ps
}

// numCell writes a cell that reads as a number (money, 序号) as a number,
// any other as a string.
func numCell(f *excelize.File, sheet, cell, v string) error {
	if x, err := strconv.ParseFloat(v, 64); err == nil && !strings.Contains(v, "-") {
		return f.SetCellFloat(sheet, cell, x, -1, 64)
	}
	return f.SetCellStr(sheet, cell, v)
}

func writeXLSX(path string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSXCells(path, numCell, sheets...)
}

// writeCSVUTF8 writes rows as a UTF-8 CSV with a BOM, as Excel's "CSV UTF-8" saves it.
func writeCSVUTF8(path string, rows [][]string) error {
	var b strings.Builder
	b.WriteString("\ufeff")
	for _, r := range rows {
		var cs []string
		for _, c := range r {
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			cs = append(cs, c)
		}
		b.WriteString(strings.Join(cs, ",") + "\r\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// layoutA: one-row header with money columns and the deadline class (整改类别).
var headA = []string{"序号", "问题描述", "涉及金额（万元）", "整改类别", "整改措施", "责任领导", "责任科室", "整改时限", "整改情况", "已整改金额（万元）", "完成时间", "佐证材料", "备注"}

func rowsA(ps []P) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Title, p.Amt, p.Class, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Fixed, p.Done, p.Ev, ""})
	}
	return rows
}

// layoutB: two-row header, 整改情况 over 整改进展, 已整改金额, 完成时间 and 佐证材料.
var headB = [][]string{
	{"序号", "审计发现问题", "问题金额（万元）", "整改措施", "责任领导", "责任部门", "整改时限", "整改情况", "", "", ""},
	{"", "", "", "", "", "", "", "整改进展", "已整改金额（万元）", "完成时间", "佐证材料"},
}

func mergesB(r int) [][2]string {
	var m [][2]string
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "G"} {
		m = append(m, [2]string{c + strconv.Itoa(r), c + strconv.Itoa(r+1)})
	}
	return append(m, [2]string{"H" + strconv.Itoa(r), "K" + strconv.Itoa(r)})
}

func rowsB(ps []P) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Title, p.Amt, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Fixed, p.Done, p.Ev})
	}
	return rows
}

// layoutC: a state firm's plain sheet with a category and no money.
var headC = []string{"序号", "问题类别", "问题内容", "整改措施", "牵头领导", "牵头部门", "完成时限", "整改状态", "完成时间", "佐证材料"}

func rowsC(ps []P) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Class, p.Title, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Done, p.Ev})
	}
	return rows
}

// layoutD: a township's CSV.
var headD = []string{"序号", "审计指出问题", "问题金额(万元)", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况", "完成时间", "佐证资料"}

func rowsD(ps []P) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.Title, p.Amt, p.Measures, p.Leader, p.Dept, p.Due, p.Status, p.Done, p.Ev})
	}
	return rows
}

// cnNum is 1..99 in Chinese numerals (一, 十二).
func cnNum(n int) string { return casebuild.CN(n) }
