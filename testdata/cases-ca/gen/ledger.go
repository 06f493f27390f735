package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// r is one problem row: its text, measures, deadline, status, completion
// date, evidence, leader, department and note.
type r struct {
	prob, meas, due, status, done, ev, leader, dept, note string
}

// sec is a section of the ledger by 方面: its heading and its rows.
type sec struct {
	head string
	rows []r
}

// col is one column: its top header cell ("" continues the group on its
// left), its lower cell ("" when the top one spans both rows) and the field it shows.
type col struct{ top, sub, field string }

func (x r) get(f string) string {
	switch f {
	case "prob":
		return x.prob
	case "meas":
		return x.meas
	case "due":
		return x.due
	case "status":
		return x.status
	case "done":
		return x.done
	case "ev":
		return x.ev
	case "leader":
		return x.leader
	case "dept":
		return x.dept
	case "note":
		return x.note
	}
	return ""
}

func colName(i int) string { n, _ := excelCol(i + 1); return n }

func excelCol(n int) (string, error) {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s, nil
}

// layout is a ledger's problems sheet as county desks keep it: a title
// row, a 填报单位（盖章）/填报时间 row, a two-row header, section rows by
// 方面 with their counts, optional 小计 rows, and a 合计 row. It prints
// each 序号's row number (for expected.json).
type layout struct {
	name, title, unit, filled string
	cols                      []col
	secs                      []sec
	subtotals                 bool
	total                     string // the 合计 row's text
	secCount                  func(i int, s sec) string
}

func (l layout) sheet(caseName string) casebuild.Sheet {
	n := len(l.cols)
	last := colName(n - 1)
	rows := [][]string{{l.title}}
	merges := [][2]string{{"A1", last + "1"}}
	fill := make([]string, n)
	fill[0] = "填报单位（盖章）：" + l.unit
	fill[n-3] = "填报时间：" + l.filled
	rows = append(rows, fill)
	merges = append(merges, [2]string{"A2", colName(n-4) + "2"}, [2]string{colName(n-3) + "2", last + "2"})
	top := make([]string, n)
	sub := make([]string, n)
	for i, c := range l.cols {
		top[i], sub[i] = c.top, c.sub
		if c.sub == "" {
			merges = append(merges, [2]string{colName(i) + "3", colName(i) + "4"})
		}
	}
	for i := 0; i < n; i++ {
		if l.cols[i].top != "" && i+1 < n && l.cols[i+1].top == "" && l.cols[i].sub != "" {
			j := i
			for j+1 < n && l.cols[j+1].top == "" {
				j++
			}
			merges = append(merges, [2]string{colName(i) + "3", colName(j) + "3"})
		}
	}
	rows = append(rows, top, sub)
	no := 0
	for si, s := range l.secs {
		h := make([]string, n)
		h[0] = s.head
		if l.secCount != nil {
			h[0] = l.secCount(si, s)
		}
		rows = append(rows, h)
		rn := len(rows)
		merges = append(merges, [2]string{"A" + fmt.Sprint(rn), last + fmt.Sprint(rn)})
		done := 0
		for _, x := range s.rows {
			no++
			row := make([]string, n)
			for i, c := range l.cols {
				if c.field == "no" {
					row[i] = fmt.Sprint(no)
				} else {
					row[i] = x.get(c.field)
				}
			}
			rows = append(rows, row)
			fmt.Printf("%s %s 序号%d row %d %s\n", caseName, l.name, no, len(rows), x.status)
			if isDone(x.status) {
				done++
			}
		}
		if l.subtotals {
			st := make([]string, n)
			st[0] = "小计"
			st[1] = fmt.Sprintf("%d个问题，已整改%d个", len(s.rows), done)
			rows = append(rows, st)
		}
	}
	if l.total != "" {
		t := make([]string, n)
		t[0] = "合计"
		t[1] = l.total
		rows = append(rows, t)
	}
	return casebuild.Sheet{Name: l.name, Rows: rows, Merges: merges}
}

// isDone is this generator's own reading, for the 小计 rows only.
func isDone(s string) bool {
	for _, w := range []string{"待", "拟", "基本", "持续", "长期", "未", "中"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return s != ""
}

// plain is a sheet with a title row and a one-row header.
func plain(name string, rows [][]string) casebuild.Sheet {
	last := colName(len(rows[1]) - 1)
	return casebuild.Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", last + "1"}}}
}

func write(dir, file string, sheets ...casebuild.Sheet) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, file), sheets...)
}
