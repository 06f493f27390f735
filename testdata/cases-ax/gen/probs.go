package main

import (
	"fmt"
	"strconv"
	"strings"
)

// prob is one problem: its ledger row and what the report's own table says of it.
type prob struct {
	cat, title, measures, leader, dept, due, status, done, ev string
	// rstatus is the report table's 完成情况 when it differs from the
	// ledger's words (a planted discrepancy, or the report's own phrasing)
	rstatus string
	// omit leaves the problem out of the report's list
	omit bool
}

func (p prob) reportStatus() string {
	if p.rstatus != "" {
		return p.rstatus
	}
	return p.status
}

// reportDone says whether the report's table calls the problem done.
func (p prob) reportDone() bool {
	s := p.reportStatus()
	return strings.HasPrefix(s, "已完成") || strings.HasPrefix(s, "已整改") || strings.HasPrefix(s, "已销号") || strings.HasPrefix(s, "完成")
}

// ledgerHead is the one-row header of the problems sheets of this batch.
func ledgerHead(dept string) []string {
	return []string{"序号", "问题类别", "问题描述", "整改措施", "责任领导", dept, "整改时限", "整改进展", "完成时间", "佐证材料"}
}

// ledgerRows lays the problems out one row each, 序号 from 1.
func ledgerRows(ps []prob) [][]string {
	var rows [][]string
	for i, p := range ps {
		rows = append(rows, []string{strconv.Itoa(i + 1), p.cat, p.title, p.measures, p.leader, p.dept, p.due, p.status, p.done, p.ev})
	}
	return rows
}

// col is a column of a report's list: its header and the cell of a problem.
type col struct {
	head string
	cell func(n int, p prob) string
}

var (
	cNo       = func(h string) col { return col{h, func(n int, p prob) string { return strconv.Itoa(n) }} }
	cCat      = func(h string) col { return col{h, func(n int, p prob) string { return p.cat }} }
	cTitle    = func(h string) col { return col{h, func(n int, p prob) string { return p.title }} }
	cMeasures = func(h string) col { return col{h, func(n int, p prob) string { return p.measures }} }
	cDept     = func(h string) col { return col{h, func(n int, p prob) string { return p.dept }} }
	cLeader   = func(h string) col { return col{h, func(n int, p prob) string { return p.leader }} }
	cStatus   = func(h string) col { return col{h, func(n int, p prob) string { return p.reportStatus() }} }
	cDone     = func(h string) col {
		return col{h, func(n int, p prob) string {
			if p.reportDone() {
				return p.done
			}
			return ""
		}}
	}
)

// listTable writes a report's 整改清单 as table lines: the header rows given
// (nil: one row of the columns' headers), then one row a problem listed,
// numbered through; mergeCat merges the category cells of a run (column 2).
func listTable(head [][]string, cols []col, ps []prob, mergeCat bool) []string {
	if head == nil {
		var h []string
		for _, c := range cols {
			h = append(h, c.head)
		}
		head = [][]string{h}
	}
	var out []string
	for _, h := range head {
		out = append(out, "|"+strings.Join(h, "|")+"|")
	}
	n, prev := 0, ""
	for _, p := range ps {
		if p.omit {
			continue
		}
		n++
		var cells []string
		for i, c := range cols {
			v := c.cell(n, p)
			if mergeCat && i == 1 {
				if p.cat == prev {
					v = "^"
				}
			}
			cells = append(cells, v)
		}
		prev = p.cat
		out = append(out, "|"+strings.Join(cells, "|")+"|")
	}
	return out
}

// summaryTable writes the per-category summary with a 合计 row, from the
// report's statuses: 问题类别 | 问题数 | 已完成 | 正在整改 [| 完成率].
// override, when not nil, replaces the 合计 row's cells.
func summaryTable(head []string, ps []prob, rate bool, override []string) []string {
	var cats []string
	total, done := map[string]int{}, map[string]int{}
	for _, p := range ps {
		if _, ok := total[p.cat]; !ok {
			cats = append(cats, p.cat)
		}
		total[p.cat]++
		if p.reportDone() {
			done[p.cat]++
		}
	}
	out := []string{"|" + strings.Join(head, "|") + "|"}
	row := func(name string, t, d int) string {
		cells := []string{name, strconv.Itoa(t), strconv.Itoa(d), strconv.Itoa(t - d)}
		if rate {
			cells = append(cells, pct(d, t))
		}
		return "|" + strings.Join(cells, "|") + "|"
	}
	T, D := 0, 0
	for _, c := range cats {
		out = append(out, row(c, total[c], done[c]))
		T += total[c]
		D += done[c]
	}
	if override != nil {
		out = append(out, "|"+strings.Join(override, "|")+"|")
	} else {
		out = append(out, row("合计", T, D))
	}
	return out
}

// pct is d/t as a percentage the way a report's table writes it (75%, 83.3%).
func pct(d, t int) string {
	v := float64(d) * 100 / float64(t)
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	return s + "%"
}

// counts returns the problems, those done in the ledger, and those the report's table calls done.
func counts(ps []prob) (n, ledgerDone, reportDone int) {
	for _, p := range ps {
		n++
		if strings.HasPrefix(p.status, "已完成") {
			ledgerDone++
		}
		if p.reportDone() {
			reportDone++
		}
	}
	return
}
