package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// P is one problem row of a ledger as an office fills it in.
type P struct {
	Cat      string // the 方面 the problem belongs to (section rows)
	Title    string
	Measure  string
	Leader   string
	Dept     string
	Deadline string
	Status   string
	Done     string // completion date
	Evid     string
	Note     string
}

// Col is a column: the field it shows, its header, and the group header
// above it when the sheet has a two-row header (整改情况 over 整改进展 …).
type Col struct {
	Key   string // no cat title measure leader dept deadline status done evid note
	Head  string
	Group string
}

// Ledger is the problems sheet and the other sheets of a workbook.
type Ledger struct {
	Sheet     string
	Title     string // a title row over the table ("" for none)
	Filler    string // a 填报单位（盖章）… row ("" for none)
	Cols      []Col
	Merged    bool // two-row header merged (xlsx); otherwise written flat
	Sections  bool // 一、…方面（N个） rows before each category
	Subtotals bool // 小计 rows after each section
	NoPrefix  string
	Probs     []P
	Extra     []Sheet
	GBK       bool // csv only
}

// Sheet is any other sheet: rows of cells as written (the header among them).
type Sheet struct {
	Name string
	Rows [][]string
}

var cnNum = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func field(p P, key string, no int) string {
	switch key {
	case "no":
		return fmt.Sprint(no)
	case "cat":
		return p.Cat
	case "title":
		return p.Title
	case "measure":
		return p.Measure
	case "leader":
		return p.Leader
	case "dept":
		return p.Dept
	case "deadline":
		return p.Deadline
	case "status":
		return p.Status
	case "done":
		return p.Done
	case "evid":
		return p.Evid
	case "note":
		return p.Note
	}
	return ""
}

func isDone(s string) bool {
	// only for the subtotal rows' text: what the office itself counts as done
	return (strings.Contains(s, "已完成") || strings.Contains(s, "已销号") || strings.Contains(s, "整改到位")) &&
		!strings.Contains(s, "未")
}

// rows lays the problems sheet out; merges are cell ranges to merge, and
// rowOf the 1-based row of each problem.
func (l Ledger) rows() (rows [][]string, merges [][2]string, rowOf []int) {
	n := len(l.Cols)
	last := func(r int) string { c, _ := excelize.CoordinatesToCellName(n, r); return c }
	if l.Title != "" {
		rows = append(rows, append([]string{l.Title}, make([]string, n-1)...))
		merges = append(merges, [2]string{fmt.Sprintf("A%d", len(rows)), last(len(rows))})
	}
	if l.Filler != "" {
		rows = append(rows, append([]string{l.Filler}, make([]string, n-1)...))
		merges = append(merges, [2]string{fmt.Sprintf("A%d", len(rows)), last(len(rows))})
	}
	two := false
	for _, c := range l.Cols {
		if c.Group != "" {
			two = true
		}
	}
	top := make([]string, n)
	sub := make([]string, n)
	for i, c := range l.Cols {
		if c.Group == "" {
			top[i] = c.Head
		} else {
			if i == 0 || l.Cols[i-1].Group != c.Group {
				top[i] = c.Group
			}
			sub[i] = c.Head
		}
	}
	rows = append(rows, top)
	hr := len(rows)
	if two {
		rows = append(rows, sub)
		if l.Merged {
			for i, c := range l.Cols {
				a, _ := excelize.CoordinatesToCellName(i+1, hr)
				if c.Group == "" {
					b, _ := excelize.CoordinatesToCellName(i+1, hr+1)
					merges = append(merges, [2]string{a, b})
				} else if i == 0 || l.Cols[i-1].Group != c.Group {
					j := i
					for j+1 < n && l.Cols[j+1].Group == c.Group {
						j++
					}
					b, _ := excelize.CoordinatesToCellName(j+1, hr)
					merges = append(merges, [2]string{a, b})
				}
			}
		}
	}
	// sections
	type sec struct {
		cat   string
		probs []int
	}
	var secs []sec
	for i, p := range l.Probs {
		if len(secs) == 0 || secs[len(secs)-1].cat != p.Cat {
			secs = append(secs, sec{cat: p.Cat})
		}
		secs[len(secs)-1].probs = append(secs[len(secs)-1].probs, i)
	}
	rowOf = make([]int, len(l.Probs))
	no := 0
	for si, s := range secs {
		if l.Sections {
			rows = append(rows, append([]string{fmt.Sprintf("%s、%s方面（%d个）", cnNum[si], s.cat, len(s.probs))}, make([]string, n-1)...))
			merges = append(merges, [2]string{fmt.Sprintf("A%d", len(rows)), last(len(rows))})
		}
		done := 0
		for _, i := range s.probs {
			no++
			p := l.Probs[i]
			if isDone(p.Status) {
				done++
			}
			r := make([]string, n)
			for ci, c := range l.Cols {
				r[ci] = field(p, c.Key, no)
				if c.Key == "no" && l.NoPrefix != "" {
					r[ci] = l.NoPrefix + r[ci]
				}
			}
			rows = append(rows, r)
			rowOf[i] = len(rows)
		}
		if l.Subtotals {
			r := make([]string, n)
			r[0] = "小计"
			if n > 2 {
				r[1] = fmt.Sprintf("%d个", len(s.probs))
				r[2] = fmt.Sprintf("已完成%d个，正在整改%d个", done, len(s.probs)-done)
			}
			rows = append(rows, r)
		}
	}
	return rows, merges, rowOf
}

func writeXLSX(path string, l Ledger) []int {
	f := excelize.NewFile()
	defer f.Close()
	first := l.Sheet
	if err := f.SetSheetName("Sheet1", first); err != nil {
		panic(err)
	}
	rows, merges, rowOf := l.rows()
	put(f, first, rows)
	for _, m := range merges {
		must(f.MergeCell(first, m[0], m[1]))
	}
	for _, s := range l.Extra {
		_, err := f.NewSheet(s.Name)
		must(err)
		put(f, s.Name, s.Rows)
	}
	must(f.SaveAs(path))
	return rowOf
}

func put(f *excelize.File, sheet string, rows [][]string) {
	for r, row := range rows {
		for c, v := range row {
			if v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			must(f.SetCellStr(sheet, cell, v))
		}
	}
	_ = f.SetColWidth(sheet, "A", "A", 6)
	_ = f.SetColWidth(sheet, "B", "L", 22)
}

func writeCSV(path string, l Ledger) []int {
	rows, _, rowOf := l.rows()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = l.GBK
	must(w.WriteAll(rows))
	out := b.Bytes()
	if l.GBK {
		var err error
		out, err = simplifiedchinese.GBK.NewEncoder().Bytes(out)
		must(err)
	}
	must(os.WriteFile(path, out, 0o644))
	return rowOf
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// writeLedger writes the ledger and prints where each problem landed, so
// that expected.json can point at rows.
func writeLedger(dir, name string, l Ledger) {
	path := filepath.Join(dir, name)
	var rowOf []int
	if strings.HasSuffix(name, ".csv") {
		rowOf = writeCSV(path, l)
	} else {
		rowOf = writeXLSX(path, l)
	}
	var b strings.Builder
	for i, r := range rowOf {
		fmt.Fprintf(&b, "%d:%d[%s] ", i+1, r, l.Probs[i].Status)
	}
	fmt.Fprintf(os.Stderr, "%s %s rows: %s\n", filepath.Base(dir), name, b.String())
}
