package main

// prob is one problem row of a ledger.
type prob struct {
	cat, title, measures, leader, dept, due, status, done, ev, note string
}

// twoRowHead is the two-row header most township ledgers use: 整改情况 spans
// 整改进展, 完成时间 and 佐证材料 (columns H to J).
var twoRowHead = [][]string{
	{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任单位", "整改时限", "整改情况", "", "", "备注"},
	{"", "", "", "", "", "", "", "整改进展", "完成时间", "佐证材料", ""},
}

// twoRowMerges merges the two header rows starting at row r (1-based).
func twoRowMerges(r int) [][2]string {
	var m [][2]string
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "G", "K"} {
		m = append(m, [2]string{c + itoa(r), c + itoa(r+1)})
	}
	return append(m, [2]string{"H" + itoa(r), "J" + itoa(r)})
}

func itoa(n int) string {
	s := ""
	if n == 0 {
		return "0"
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// numbered lays the problems out one row each, 序号 from first, in the
// eleven columns of twoRowHead.
func numbered(first int, ps []prob) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{itoa(first + i), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev, p.note})
	}
	return rows
}

// oneRowHead is the plain one-row header of a problems sheet, in the eleven
// columns numbered() fills.
var oneRowHead = []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展", "完成时间", "佐证材料", "备注"}

// withHead puts a title row and the one-row header over the rows.
func withHead(title string, rows [][]string) [][]string {
	return append([][]string{{title}, oneRowHead}, rows...)
}
