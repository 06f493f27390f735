package main

import (
	"fmt"
	"strconv"
)

// row is one problem of a township's or village's ledger: 序号 is given by
// its place; cells in the order of head.
type row struct {
	cat, title, measures, leader, dept, due, status, done, ev, note string
}

// section is a 方面 row of the ledger (一、党的建设方面) and its problems.
type section struct {
	name string
	rows []row
	sub  []string // a 小计 row after the rows, when not nil
}

// twoRowHead is the merged two-row header township offices use: 整改情况
// spans 整改进展, 完成时间 and 佐证材料 (H to J).
func twoRowHead(problem, dept, due string) [][]string {
	return [][]string{
		{"序号", "问题类别", problem, "整改措施", "责任领导", dept, due, "整改情况", "", "", "备注"},
		{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料", ""},
	}
}

// headMerges merges the two header rows starting at row r (1-based).
func headMerges(r int) [][2]string {
	var m [][2]string
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "G", "K"} {
		m = append(m, [2]string{c + strconv.Itoa(r), c + strconv.Itoa(r+1)})
	}
	return append(m, [2]string{"H" + strconv.Itoa(r), "J" + strconv.Itoa(r)})
}

// layout puts the title, the 填报 line (when not empty), the two-row header
// and the sections' rows (each section opened by a merged row) in a sheet's
// rows; it returns the rows, the merges and each 序号's row number.
func layout(title, fill string, head [][]string, secs []section) ([][]string, [][2]string, map[int]int) {
	rows := [][]string{{title}}
	merges := [][2]string{{"A1", "K1"}}
	if fill != "" {
		rows = append(rows, []string{fill})
		merges = append(merges, [2]string{"A2", "K2"})
	}
	merges = append(merges, headMerges(len(rows)+1)...)
	rows = append(rows, head...)
	at := map[int]int{}
	n := 0
	for _, s := range secs {
		if s.name != "" {
			rows = append(rows, []string{s.name})
			r := strconv.Itoa(len(rows))
			merges = append(merges, [2]string{"A" + r, "K" + r})
		}
		for _, p := range s.rows {
			n++
			rows = append(rows, []string{strconv.Itoa(n), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev, p.note})
			at[n] = len(rows)
		}
		if s.sub != nil {
			rows = append(rows, s.sub)
		}
	}
	return rows, merges, at
}

// show prints where each 序号 fell (for writing expected.json).
func show(name string, at map[int]int) {
	for i := 1; i <= len(at); i++ {
		fmt.Printf("%s: 序号%d → row %d\n", name, i, at[i])
	}
}
