package main

import (
	"fmt"
	"os"
)

// p is one problem row: 序号 is given by the section it is in.
type p struct {
	title, measures, leader, dept, due, status, done, ev, note string
}

// sec is one 方面 of a problems sheet: a section row over its problems, and
// (when sub is set) a subtotal row under them.
type sec struct {
	head  string
	rows  []p
	sub   string // the subtotal row's status cell, e.g. 已完成3个、持续推进1个
	first int    // 序号 of the first problem
}

// problemRows lays the sections out from spreadsheet row start (1-based):
// each section row merged over the ten columns, its problems, its subtotal.
// It prints each problem's 序号 and row, for checking expected.json.
func problemRows(label string, start int, secs []sec) ([][]string, [][2]string) {
	var rows [][]string
	var merges [][2]string
	r := start
	for _, s := range secs {
		rows = append(rows, []string{s.head})
		merges = append(merges, [2]string{fmt.Sprintf("A%d", r), fmt.Sprintf("J%d", r)})
		r++
		for i, q := range s.rows {
			n := itoa(s.first + i)
			rows = append(rows, []string{n, q.title, q.measures, q.leader, q.dept, q.due, q.status, q.done, q.ev, q.note})
			fmt.Fprintf(os.Stderr, "%s 序号%s row %d %s\n", label, n, r, q.status)
			r++
		}
		if s.sub != "" {
			rows = append(rows, []string{"", fmt.Sprintf("小计（%d个）", len(s.rows)), "", "", "", "", s.sub})
			r++
		}
	}
	return rows, merges
}

func itoa(n int) string { return fmt.Sprint(n) }

// cols keeps only the columns of the row named by idx (0-based), for ledgers
// laid out with fewer or other columns than problemRows'.
func cols(rows [][]string, idx ...int) [][]string {
	var out [][]string
	for _, r := range rows {
		if len(r) == 1 {
			out = append(out, r)
			continue
		}
		var o []string
		for _, i := range idx {
			if i < len(r) {
				o = append(o, r[i])
			} else {
				o = append(o, "")
			}
		}
		out = append(out, o)
	}
	return out
}
