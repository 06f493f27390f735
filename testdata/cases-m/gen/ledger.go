package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// prob is one problem row of a ledger; its fields are written under the
// headers a sheet names (see cell).
type prob struct {
	cat, text, measures, leader, dept, deadline, status, done, evidence, note, money string
}

// cell gives a problem's value under a header of the sheet.
func (p prob) cell(h string, n int) string {
	switch h {
	case "序号":
		return itoa(n)
	case "问题类别", "问题类型":
		return p.cat
	case "具体问题", "问题描述", "反馈问题", "存在问题":
		return p.text
	case "整改措施", "整改举措":
		return p.measures
	case "责任领导", "牵头领导", "责任人":
		return p.leader
	case "责任单位", "责任科室", "牵头科室", "责任部门", "责任股室":
		return p.dept
	case "完成时限", "整改时限":
		return p.deadline
	case "整改进展", "整改进度", "完成情况", "整改情况", "目前进展":
		return p.status
	case "完成时间":
		return p.done
	case "佐证资料", "佐证材料":
		return p.evidence
	case "备注":
		return p.note
	case "涉及金额（万元）":
		return p.money
	}
	return ""
}

func itoa(n int) string {
	const d = "0123456789"
	if n < 10 {
		return d[n : n+1]
	}
	return itoa(n/10) + d[n%10:n%10+1]
}

// sheet is one sheet of a workbook: rows of cells, merged ranges, hidden
// columns and rows (1-based, as Excel numbers them).
type sheet struct {
	name       string
	rows       [][]string
	merges     [][2]string
	hiddenCols []string
	hiddenRows []int
	widths     map[string]float64
}

type ledger struct {
	dst    string
	sheets []sheet
	csv    bool // the first sheet as CSV in GBK
}

// probSheet lays problems out under headers, after the title rows; a
// category's consecutive rows are merged down the 问题类别 column when merge.
func probSheet(name string, title []string, headers []string, ps []prob, merge bool, footer []string) sheet {
	s := sheet{name: name}
	for _, t := range title {
		r := make([]string, len(headers))
		r[0] = t
		s.rows = append(s.rows, r)
		n := len(s.rows)
		s.merges = append(s.merges, [2]string{cellName(0, n), cellName(len(headers)-1, n)})
	}
	s.rows = append(s.rows, headers)
	first := len(s.rows) + 1
	catCol := -1
	for i, h := range headers {
		if h == "问题类别" {
			catCol = i
		}
	}
	for i, p := range ps {
		r := make([]string, len(headers))
		for j, h := range headers {
			r[j] = p.cell(h, i+1)
		}
		s.rows = append(s.rows, r)
	}
	if merge && catCol >= 0 {
		start := 0
		for i := 1; i <= len(ps); i++ {
			if i == len(ps) || ps[i].cat != ps[start].cat {
				if i-start > 1 {
					for k := start + 1; k < i; k++ {
						s.rows[first-1+k][catCol] = ""
					}
					s.merges = append(s.merges, [2]string{cellName(catCol, first+start), cellName(catCol, first+i-1)})
				}
				start = i
			}
		}
	}
	for _, f := range footer {
		r := make([]string, len(headers))
		r[0] = f
		s.rows = append(s.rows, r)
	}
	return s
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col+1, row)
	return n
}

func (l ledger) write() error {
	if err := os.MkdirAll(filepath.Dir(l.dst), 0o755); err != nil {
		return err
	}
	if l.csv {
		var b strings.Builder
		w := csv.NewWriter(&b)
		w.UseCRLF = true
		if err := w.WriteAll(l.sheets[0].rows); err != nil {
			return err
		}
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		if err != nil {
			return err
		}
		return os.WriteFile(l.dst, []byte(gbk), 0o644)
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range l.sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for r, row := range s.rows {
			vals := make([]interface{}, len(row))
			for c, v := range row {
				vals[c] = v
			}
			if err := f.SetSheetRow(s.name, cellName(0, r+1), &vals); err != nil {
				return err
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
		for _, c := range s.hiddenCols {
			if err := f.SetColVisible(s.name, c, false); err != nil {
				return err
			}
		}
		for _, r := range s.hiddenRows {
			if err := f.SetRowVisible(s.name, r, false); err != nil {
				return err
			}
		}
		for c, w := range s.widths {
			if err := f.SetColWidth(s.name, c, c, w); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(l.dst)
}
