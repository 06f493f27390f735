package main

import "strings"

// ar is one problem row of an audit rectification ledger, in the columns
// audit offices use (see auditHead).
type ar struct {
	title, amt, measures, dept, leader, due, result, fixamt, status, done, ev string
}

// auditHead is the one-row header of the audit ledgers (12 columns).
var auditHead = []string{"序号", "审计发现问题", "涉及金额（万元）", "整改措施", "整改责任单位", "整改责任人", "整改时限", "整改结果", "整改金额（万元）", "销号情况", "销号时间", "佐证材料"}

// arows numbers the rows from first, in auditHead's columns.
func arows(first int, rs []ar) [][]string {
	var out [][]string
	for i, r := range rs {
		out = append(out, []string{itoa(first + i), r.title, r.amt, r.measures, r.dept, r.leader, r.due, r.result, r.fixamt, r.status, r.done, r.ev})
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// section is a section row (一、预算编制方面) of a ledger: text in the first cell.
func section(text string, width int) []string {
	r := make([]string, width)
	r[0] = text
	return r
}

// parse reads rows written one a line, cells split by "|".
func parse(s string) []ar {
	var out []ar
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		c := strings.Split(strings.TrimSpace(l), "|")
		for len(c) < 11 {
			c = append(c, "")
		}
		out = append(out, ar{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]})
	}
	return out
}
