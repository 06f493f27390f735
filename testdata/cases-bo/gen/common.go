package main

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"
	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// P is one problem of a case: the same row feeds the ledger and the report's
// item list. Asp is its 方面, Cls its class (立行立改 / 限期整改 / 长期坚持), St
// the ledger's status, RSt the words the report closes the item with (empty:
// said from St), Cut true when the report leaves the item out.
type P struct {
	Asp, Cls, Title, Meas, Lead, Dept, Coop, Due, St, Done, Ev, Note string
	RSt                                                              string
	Cut                                                              bool
}

// Col is a ledger column: Top the header of the group it is under (empty for
// a column alone, its header then spanning both header rows), Sub its own
// header, Get its cell of a problem.
type Col struct {
	Top, Sub string
	Get      func(i int, p P) string
}

func seq(i int, _ P) string { return strconv.Itoa(i + 1) }

// twoRow lays out a problems sheet with a merged title row, an optional
// 填报 line, a two-row header (groups merged across, lone columns merged
// down), the rows and lines under them.
func twoRow(name, title, fill string, cols []Col, ps []P, under ...string) casebuild.Sheet {
	n := len(cols)
	last, _ := excelize.ColumnNumberToName(n)
	rows := [][]string{{title}}
	merges := [][2]string{{"A1", last + "1"}}
	if fill != "" {
		rows = append(rows, []string{fill})
		merges = append(merges, [2]string{"A2", last + "2"})
	}
	h := len(rows) + 1
	top, sub := make([]string, n), make([]string, n)
	for c := 0; c < n; c++ {
		cn, _ := excelize.ColumnNumberToName(c + 1)
		if cols[c].Top == "" {
			top[c] = cols[c].Sub
			merges = append(merges, [2]string{cn + strconv.Itoa(h), cn + strconv.Itoa(h+1)})
			continue
		}
		sub[c] = cols[c].Sub
		if c == 0 || cols[c-1].Top != cols[c].Top {
			top[c] = cols[c].Top
			e := c
			for e+1 < n && cols[e+1].Top == cols[c].Top {
				e++
			}
			en, _ := excelize.ColumnNumberToName(e + 1)
			merges = append(merges, [2]string{cn + strconv.Itoa(h), en + strconv.Itoa(h)})
		}
	}
	rows = append(rows, top, sub)
	for i, p := range ps {
		r := make([]string, n)
		for c, col := range cols {
			r[c] = col.Get(i, p)
		}
		rows = append(rows, r)
	}
	for _, u := range under {
		rows = append(rows, []string{u})
		k := strconv.Itoa(len(rows))
		merges = append(merges, [2]string{"A" + k, last + k})
	}
	return casebuild.Sheet{Name: name, Rows: rows, Merges: merges}
}

// plain is a sheet with a merged title row and a one-row header.
func plain(name, title string, head []string, rows [][]string) casebuild.Sheet {
	last, _ := excelize.ColumnNumberToName(len(head))
	all := append([][]string{{title}, head}, rows...)
	return casebuild.Sheet{Name: name, Rows: all, Merges: [][2]string{{"A1", last + "1"}}}
}

func write(dir, file string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSX(filepath.Join(dir, file), sheets...)
}

var cnNum = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// items lists the problems the report tells one by one: a line per 方面
// （一）…方面 in the order of asp, then each of its problems numbered through
// the whole list (1．关于“…”的问题。measures. status), its numbers from 1.
func items(ps []P, asp []string, head func(a string, n int) string) []string {
	var out []string
	k := 0
	for ai, a := range asp {
		var in []P
		for _, p := range ps {
			if p.Asp == a && !p.Cut {
				in = append(in, p)
			}
		}
		n := 0
		for _, p := range ps {
			if p.Asp == a {
				n++
			}
		}
		out = append(out, "（"+cnNum[ai]+"）"+head(a, n))
		for _, p := range in {
			k++
			st := p.RSt
			if st == "" {
				switch p.St {
				case "已完成", "已销号", "已整改到位":
					st = "已完成整改。"
				case "长期坚持":
					st = "该问题需长期坚持，目前正在持续推进。"
				default:
					st = "目前正在推进。"
				}
			}
			out = append(out, fmt.Sprintf("%d．关于“%s”的问题。%s%s", k, p.Title, p.Meas, st))
		}
	}
	return out
}
