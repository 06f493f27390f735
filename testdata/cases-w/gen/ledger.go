package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// col is a ledger column: its header (h1 over h2 for a two-row header; the
// same h1 on neighbours is merged across, an empty h2 merged down) and the
// field of a row it shows.
type col struct{ h1, h2, key string }

type row map[string]string

type sheet struct {
	name, title string
	pre         []string // rows between the title and the header (填报单位…)
	cols        []col
	rows        []row
	blankAfter  map[int]bool // a blank row after these data rows (0-based)
	footer      []string
	mergeDown   []string                      // fields whose equal neighbours are merged (one cell over several rows)
	formula     map[string]func(r int) string // field → formula for Excel row r (the cached value is the row's field)
}

// xlsx writes a workbook and prints where each data row landed, so that
// expected.json can point at rows as Excel numbers them.
func xlsx(dst string, sheets []sheet) {
	f := excelize.NewFile()
	cached := map[string]map[string]string{} // sheet → cell → cached value of a formula
	for si, s := range sheets {
		if si == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		cached[s.name] = map[string]string{}
		n := len(s.cols)
		last, _ := excelize.ColumnNumberToName(n)
		r := 1
		if s.title != "" {
			must(f.SetCellValue(s.name, "A1", s.title))
			must(f.MergeCell(s.name, "A1", last+"1"))
			r++
		}
		for _, p := range s.pre {
			must(f.SetCellValue(s.name, fmt.Sprintf("A%d", r), p))
			must(f.MergeCell(s.name, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
			r++
		}
		two := false
		for _, c := range s.cols {
			if c.h2 != "" {
				two = true
			}
		}
		for i, c := range s.cols {
			cn, _ := excelize.ColumnNumberToName(i + 1)
			must(f.SetCellValue(s.name, fmt.Sprintf("%s%d", cn, r), c.h1))
			if two {
				if c.h2 == "" {
					must(f.MergeCell(s.name, fmt.Sprintf("%s%d", cn, r), fmt.Sprintf("%s%d", cn, r+1)))
				} else {
					must(f.SetCellValue(s.name, fmt.Sprintf("%s%d", cn, r+1), c.h2))
				}
			}
		}
		if two {
			for i := 0; i < n; {
				j := i
				for j+1 < n && s.cols[j+1].h1 == s.cols[i].h1 && s.cols[i].h2 != "" {
					j++
				}
				if j > i {
					a, _ := excelize.ColumnNumberToName(i + 1)
					b, _ := excelize.ColumnNumberToName(j + 1)
					must(f.MergeCell(s.name, fmt.Sprintf("%s%d", a, r), fmt.Sprintf("%s%d", b, r)))
				}
				i = j + 1
			}
			r++
		}
		r++
		var at []string
		rowOf := make([]int, len(s.rows))
		for k, rw := range s.rows {
			rowOf[k] = r
			for i, c := range s.cols {
				cn, _ := excelize.ColumnNumberToName(i + 1)
				cell := fmt.Sprintf("%s%d", cn, r)
				if fn, ok := s.formula[c.key]; ok {
					must(f.SetCellFormula(s.name, cell, fn(r)))
					cached[s.name][cell] = rw[c.key]
					continue
				}
				v := rw[c.key]
				switch {
				case strings.HasPrefix(v, "D:"):
					t, err := time.Parse("2006-01-02", v[2:])
					must(err)
					must(f.SetCellValue(s.name, cell, t))
					must(f.SetCellStyle(s.name, cell, cell, dateStyle(f)))
				case v != "":
					must(f.SetCellValue(s.name, cell, v))
				}
			}
			at = append(at, fmt.Sprintf("%s=%d", rw["no"], r))
			r++
			if s.blankAfter[k] {
				r++
			}
		}
		for _, key := range s.mergeDown {
			ci := -1
			for i, c := range s.cols {
				if c.key == key {
					ci = i
				}
			}
			cn, _ := excelize.ColumnNumberToName(ci + 1)
			for k := 0; k < len(s.rows); {
				j := k
				for j+1 < len(s.rows) && s.rows[j+1][key] == s.rows[k][key] && rowOf[j+1] == rowOf[j]+1 {
					j++
				}
				if j > k {
					for m := k + 1; m <= j; m++ {
						must(f.SetCellValue(s.name, fmt.Sprintf("%s%d", cn, rowOf[m]), nil))
					}
					must(f.MergeCell(s.name, fmt.Sprintf("%s%d", cn, rowOf[k]), fmt.Sprintf("%s%d", cn, rowOf[j])))
				}
				k = j + 1
			}
		}
		r++
		for _, ft := range s.footer {
			must(f.SetCellValue(s.name, fmt.Sprintf("A%d", r), ft))
			must(f.MergeCell(s.name, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
			r++
		}
		fmt.Printf("  %s [%s] rows %s\n", dst[len(root)+1:], s.name, strings.Join(at, " "))
	}
	must(f.SaveAs(dst))
	// excelize leaves no computed value on a formula cell; Excel and WPS save
	// the value they computed beside the formula, so write it in.
	fixCached(dst, sheets, cached)
}

var reCell = regexp.MustCompile(`<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f>(<v>[^<]*</v>)?</c>`)

func fixCached(dst string, sheets []sheet, cached map[string]map[string]string) {
	any := false
	for _, m := range cached {
		if len(m) > 0 {
			any = true
		}
	}
	if !any {
		return
	}
	zr, err := zipRead(dst)
	must(err)
	var parts [][2]string
	for _, p := range zr {
		body := p[1]
		if strings.HasPrefix(p[0], "xl/worksheets/sheet") {
			idx := 0
			fmt.Sscanf(strings.TrimPrefix(p[0], "xl/worksheets/sheet"), "%d", &idx)
			m := cached[sheets[idx-1].name]
			body = reCell.ReplaceAllStringFunc(body, func(s string) string {
				sm := reCell.FindStringSubmatch(s)
				v, ok := m[sm[1]]
				if !ok {
					return s
				}
				return fmt.Sprintf(`<c r="%s" t="str"><f>%s</f><v>%s</v></c>`, sm[1], sm[3], xmlEsc(v))
			})
		}
		parts = append(parts, [2]string{p[0], body})
	}
	zipFiles(dst, parts)
}

// csvGBK writes rows as a CSV in GBK with CRLF, as Excel saves 「CSV（逗号分隔）」 on a Chinese Windows.
func csvGBK(dst string, lines [][]string) {
	var b strings.Builder
	for _, l := range lines {
		for i, c := range l {
			if i > 0 {
				b.WriteString(",")
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	must(os.WriteFile(dst, gbk(b.String()), 0o644))
}

func dateStyle(f *excelize.File) int {
	fmtStr := "yyyy\"年\"m\"月\"d\"日\""
	id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtStr})
	must(err)
	return id
}
