package main

// p is one problem row: category, title, measures, leader, office, deadline,
// status, completion date, evidence.
type p struct{ cat, title, measures, leader, dept, due, status, done, ev string }

// rows numbers the problems from 1 in the columns of head (nine or more:
// 序号 then the fields of p, then empty cells to the header's width).
func rows(head []string, ps []p) [][]string {
	out := [][]string{head}
	for i, x := range ps {
		r := []string{itoa(i + 1), x.cat, x.title, x.measures, x.leader, x.dept, x.due, x.status, x.done, x.ev}
		for len(r) < len(head) {
			r = append(r, "")
		}
		out = append(out, r)
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

// head is the usual problems header of a county bureau's ledger.
var head = []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", "责任股室", "整改时限", "整改进展", "完成时间", "佐证材料", "备注"}
