package main

// prob is one problem row of a ledger, in the eleven columns of a
// township's usual problems sheet (the header is given per case).
type prob struct {
	cat, title, measures, leader, dept, due, status, done, ev, note string
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

// numbered lays the problems out one row each, 序号 from first.
func numbered(first int, ps []prob) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{itoa(first + i), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev, p.note})
	}
	return rows
}

// township builds a problems sheet as a township office fills it: a title
// row, a 填报 line, the header, the rows, then notes under them.
func township(title, filled string, head []string, ps []prob, notes ...string) [][]string {
	rows := [][]string{{title}, {filled}, head}
	rows = append(rows, numbered(1, ps)...)
	for _, n := range notes {
		rows = append(rows, []string{n})
	}
	return rows
}

// colName is the spreadsheet's name of column n (1-based), up to Z.
func colName(n int) string { return string(rune('A' + n - 1)) }

// titleMerges merges the title row and the 填报 line over the header's width.
func titleMerges(width int) [][2]string {
	last := colName(width)
	return [][2]string{{"A1", last + "1"}, {"A2", last + "2"}}
}
