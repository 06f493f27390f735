package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// P is one problem of a ledger.
type P struct {
	No, Cat, Title, Measure, Leader, Dept, Coop, Deadline, Status, Done, Evid, Note string
}

// hdr is one column: its header (top over sub when the header has two rows;
// a top shared by neighbours is merged over them) and the field it shows.
type hdr struct{ Top, Sub, Field string }

// Sheet is one sheet of a ledger.
type Sheet struct {
	Name    string
	Title   string // merged title row
	Fill    string // a 填报单位 row under the title
	Cols    []hdr  // two header rows when any Sub is set
	Rows    [][]string
	Footer  []string // 填表人 / 说明 lines
	Freeze  bool
	Hidden  bool
	Plain   bool // header row only (no title rows)
	rowNums map[string]int
}

func field(p P, f string) string {
	switch f {
	case "no":
		return p.No
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
	case "coop":
		return p.Coop
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
	panic(f)
}

// rowsOf lays problems out in the sheet's columns; a P whose Title starts
// with "§" is a section row, one whose Title is "-" a blank row.
func rowsOf(cols []hdr, ps []P) [][]string {
	var out [][]string
	for _, p := range ps {
		switch {
		case p.Title == "-":
			out = append(out, nil)
			continue
		case strings.HasPrefix(p.Title, "§"):
			out = append(out, []string{strings.TrimPrefix(p.Title, "§")})
			continue
		}
		r := make([]string, len(cols))
		for i, c := range cols {
			r[i] = field(p, c.Field)
		}
		out = append(out, r)
	}
	return out
}

// serial is an Excel date serial.
func serial(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

func cellName(c, r int) string {
	n, err := excelize.CoordinatesToCellName(c, r)
	must(err)
	return n
}

// xlsx writes the sheets and prints where each numbered row landed.
func xlsx(path string, sheets []*Sheet) {
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.Name))
		} else {
			_, err := f.NewSheet(s.Name)
			must(err)
		}
		n := len(s.Cols)
		r := 1
		if !s.Plain && s.Title != "" {
			must(f.SetCellValue(s.Name, cellName(1, r), s.Title))
			must(f.MergeCell(s.Name, cellName(1, r), cellName(n, r)))
			r++
		}
		if s.Fill != "" {
			must(f.SetCellValue(s.Name, cellName(1, r), s.Fill))
			must(f.MergeCell(s.Name, cellName(1, r), cellName(n, r)))
			r++
		}
		two := false
		for _, c := range s.Cols {
			if c.Sub != "" {
				two = true
			}
		}
		for ci := 0; ci < n; ci++ {
			c := s.Cols[ci]
			if !two {
				must(f.SetCellValue(s.Name, cellName(ci+1, r), c.Top))
				continue
			}
			if c.Sub == "" {
				must(f.SetCellValue(s.Name, cellName(ci+1, r), c.Top))
				must(f.MergeCell(s.Name, cellName(ci+1, r), cellName(ci+1, r+1)))
				continue
			}
			end := ci
			for end+1 < n && s.Cols[end+1].Top == c.Top && s.Cols[end+1].Sub != "" {
				end++
			}
			must(f.SetCellValue(s.Name, cellName(ci+1, r), c.Top))
			if end > ci {
				must(f.MergeCell(s.Name, cellName(ci+1, r), cellName(end+1, r)))
			}
			for k := ci; k <= end; k++ {
				must(f.SetCellValue(s.Name, cellName(k+1, r+1), s.Cols[k].Sub))
			}
			ci = end
		}
		if two {
			r++
		}
		r++
		if s.Freeze {
			must(f.SetPanes(s.Name, &excelize.Panes{Freeze: true, YSplit: r - 1, TopLeftCell: cellName(1, r), ActivePane: "bottomLeft"}))
		}
		s.rowNums = map[string]int{}
		for _, row := range s.Rows {
			if row == nil {
				r++
				continue
			}
			if len(row) == 1 && n > 1 {
				must(f.SetCellValue(s.Name, cellName(1, r), row[0]))
				must(f.MergeCell(s.Name, cellName(1, r), cellName(n, r)))
				r++
				continue
			}
			for ci, v := range row {
				if strings.HasPrefix(v, "#n:") {
					var x int
					fmt.Sscan(strings.TrimPrefix(v, "#n:"), &x)
					must(f.SetCellValue(s.Name, cellName(ci+1, r), x))
				} else if v != "" {
					must(f.SetCellValue(s.Name, cellName(ci+1, r), v))
				}
			}
			fmt.Printf("  %s %s!%d = %s\n", path, s.Name, r, row[0])
			r++
		}
		for _, l := range s.Footer {
			r++
			must(f.SetCellValue(s.Name, cellName(1, r), l))
			must(f.MergeCell(s.Name, cellName(1, r), cellName(n, r)))
		}
		if s.Hidden {
			must(f.SetSheetVisible(s.Name, false))
		}
	}
	f.SetActiveSheet(0)
	must(f.SaveAs(path))
}

func csvField(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// csvText is a flat CSV of a sheet (headers joined top+sub as offices
// flatten them), lines printed with their numbers.
func csvText(path string, s *Sheet) string {
	var b strings.Builder
	var h []string
	for _, c := range s.Cols {
		h = append(h, csvField(c.Top+c.Sub))
	}
	b.WriteString(strings.Join(h, ",") + "\r\n")
	line := 2
	for _, row := range s.Rows {
		var cs []string
		for _, v := range row {
			cs = append(cs, csvField(v))
		}
		b.WriteString(strings.Join(cs, ",") + "\r\n")
		if len(row) > 0 {
			fmt.Printf("  %s line %d = %s\n", path, line, row[0])
		}
		line++
	}
	return b.String()
}

// htmlXLS is what office systems' 导出Excel saves: an HTML table under .xls.
func htmlXLS(s *Sheet) string {
	var b strings.Builder
	b.WriteString(`<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>` + s.Name + `</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table border="1">`)
	b.WriteString(fmt.Sprintf(`<tr><td colspan="%d" align="center"><b>%s</b></td></tr>`, len(s.Cols), esc(s.Title)))
	b.WriteString("<tr>")
	for _, c := range s.Cols {
		b.WriteString("<th>" + esc(c.Top+c.Sub) + "</th>")
	}
	b.WriteString("</tr>")
	for _, row := range s.Rows {
		b.WriteString("<tr>")
		for _, v := range row {
			b.WriteString("<td>" + esc(v) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></body></html>")
	return b.String()
}
