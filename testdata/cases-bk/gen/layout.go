package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// prob is one problem row of a municipal bureau's ledger.
type prob struct {
	title, measures, leader, dept, due, status, done, ev, note string
}

// sec is one section of a ledger: a row 一、…方面（N个） and its problems.
type sec struct {
	name string
	ps   []prob
}

// book is a bureau's ledger as city offices fill it in: a title row, a 填报单位
// row, a two-row header with merged cells, section rows, the problems numbered
// on through the sections, and a 合计 row.
type book struct {
	title, filler, date string
	top, sub            []string // the two header rows; sub "" merges a column down
	sections            []sec
	total               []string // the 合计 row's cells
	after               []string // lines under the table (说明 …)
}

// cols lays a problem out in the columns the header names.
func (b book) cells(no int, p prob) []string {
	row := make([]string, len(b.top))
	for c := range b.top {
		h := b.sub[c]
		if h == "" {
			h = b.top[c]
		}
		switch h {
		case "序号":
			row[c] = itoa(no)
		case "反馈问题", "问题描述", "存在问题", "问题表现":
			row[c] = p.title
		case "整改措施", "整改举措":
			row[c] = p.measures
		case "责任领导", "牵头领导", "分管领导":
			row[c] = p.leader
		case "责任科室", "责任处室", "牵头科室", "责任单位":
			row[c] = p.dept
		case "整改时限", "完成时限":
			row[c] = p.due
		case "整改进展", "完成情况", "整改状态":
			row[c] = p.status
		case "完成时间":
			row[c] = p.done
		case "佐证材料", "佐证资料":
			row[c] = p.ev
		case "备注":
			row[c] = p.note
		default:
			panic("unknown header " + h)
		}
	}
	return row
}

// sheet builds the rows and merges, and prints each problem's row number
// (1-based, as Excel numbers it) for writing expected.json by hand.
func (b book) sheet(name, label string) casebuild.Sheet {
	n := len(b.top)
	last := colName(n)
	rows := [][]string{{b.title}}
	m := [][2]string{{"A1", last + "1"}}
	fill := make([]string, n)
	fill[0] = b.filler
	fill[n-1] = b.date
	rows = append(rows, fill)
	rows = append(rows, b.top, b.sub)
	for c := 0; c < n; c++ {
		col := colName(c + 1)
		if b.sub[c] == "" {
			m = append(m, [2]string{col + "3", col + "4"})
			continue
		}
		if b.top[c] != "" {
			e := c
			for e+1 < n && b.top[e+1] == "" && b.sub[e+1] != "" {
				e++
			}
			m = append(m, [2]string{col + "3", colName(e+1) + "3"})
		}
	}
	no := 0
	for _, s := range b.sections {
		if s.name != "" {
			r := make([]string, n)
			r[0] = s.name
			rows = append(rows, r)
			m = append(m, [2]string{"A" + itoa(len(rows)), last + itoa(len(rows))})
		}
		for _, p := range s.ps {
			no++
			rows = append(rows, b.cells(no, p))
			fmt.Fprintf(os.Stderr, "%s %s row %d: 序号%d %s [%s]\n", label, name, len(rows), no, p.title, p.status)
		}
	}
	if b.total != nil {
		r := make([]string, n)
		copy(r, b.total)
		rows = append(rows, r)
	}
	for _, a := range b.after {
		rows = append(rows, []string{a})
		m = append(m, [2]string{"A" + itoa(len(rows)), last + itoa(len(rows))})
	}
	return casebuild.Sheet{Name: name, Rows: rows, Merges: m}
}

func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

func itoa(n int) string { return fmt.Sprint(n) }

// simple is a sheet with a title row, a one-row header and its rows.
func simple(name, title string, head []string, rows ...[]string) casebuild.Sheet {
	all := append([][]string{{title}, head}, rows...)
	return casebuild.Sheet{Name: name, Rows: all, Merges: [][2]string{{"A1", colName(len(head)) + "1"}}}
}

// count prints a ledger's problems by status, for the README.
func count(label string, secs []sec) {
	by := map[string]int{}
	for _, s := range secs {
		for _, p := range s.ps {
			by[p.status]++
		}
	}
	var ks []string
	for k, v := range by {
		ks = append(ks, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(ks)
	fmt.Fprintf(os.Stderr, "%s: %s\n", label, strings.Join(ks, ", "))
}
