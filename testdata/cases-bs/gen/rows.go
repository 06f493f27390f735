package main

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// p is one problem row: title, measures, leader, department, deadline,
// status, completion date, evidence.
type p struct{ title, measures, leader, dept, due, status, done, ev string }

// parse reads problem rows from lines "title｜measures｜leader｜dept｜due｜status｜done｜ev".
func parse(s string) []p {
	var ps []p
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Split(strings.TrimSpace(l), "｜")
		for len(f) < 8 {
			f = append(f, "")
		}
		ps = append(ps, p{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]})
	}
	return ps
}

var head = []string{"序号", "问题描述", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展", "完成时间", "佐证材料"}

// rows numbers the problems from 1 in head's columns.
func rows(ps []p) [][]string {
	var r [][]string
	for i, x := range ps {
		r = append(r, []string{strconv.Itoa(i + 1), x.title, x.measures, x.leader, x.dept, x.due, x.status, x.done, x.ev})
	}
	return r
}

// titled puts a title row and a header over the rows.
func titled(title string, h []string, r [][]string) [][]string {
	return append([][]string{{title}, h}, r...)
}

func xlsx(dir string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSX(filepath.Join(dir, "ledger.xlsx"), sheets...)
}
