package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// A county township ledger as clerks fill it in: a title row, a 填报单位 row,
// a two-row header (整改情况 over 整改进展、完成时间、佐证材料), then section rows
// 一、…方面（N个） each followed by its problems, numbered through.
//
// The problems are given one a line: "title|measures|leader|dept|due|status|done|evidence|note";
// a line "#一、党的建设方面" opens a section (its count is added).

// head is a two-row header: the words of its first row vary by case.
func head(problem, leader, dept, due string) [][]string {
	return [][]string{
		{"序号", problem, "整改措施", leader, dept, due, "整改情况", "", "", "备注"},
		{"", "", "", "", "", "", "整改进展", "完成时间", "佐证材料", ""},
	}
}

var headMerges = [][2]string{{"A3", "A4"}, {"B3", "B4"}, {"C3", "C4"}, {"D3", "D4"}, {"E3", "E4"}, {"F3", "F4"}, {"G3", "I3"}, {"J3", "J4"}}

// problemSheet lays the problems out and prints, for the expected.json, the
// spreadsheet row of each 序号 (when GEN_ROWS is set).
func problemSheet(name, title, filler string, hd [][]string, src string) casebuild.Sheet {
	rows := [][]string{{title}, {filler}}
	rows = append(rows, hd...)
	merges := [][2]string{{"A1", "J1"}, {"A2", "J2"}}
	merges = append(merges, headMerges...)
	n := 0
	secRow := -1
	secCount := 0
	flush := func() {
		if secRow >= 0 {
			rows[secRow][0] = rows[secRow][0] + "（" + strconv.Itoa(secCount) + "个）"
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			flush()
			rows = append(rows, []string{strings.TrimPrefix(line, "#")})
			secRow = len(rows) - 1
			secCount = 0
			r := strconv.Itoa(len(rows))
			merges = append(merges, [2]string{"A" + r, "J" + r})
			continue
		}
		f := strings.Split(line, "|")
		for len(f) < 9 {
			f = append(f, "")
		}
		n++
		secCount++
		rows = append(rows, append([]string{strconv.Itoa(n)}, f[:9]...))
		if os.Getenv("GEN_ROWS") != "" {
			fmt.Printf("%s %s: 序号%d row %d status=%q due=%q done=%q ev=%q\n", name, title, n, len(rows), f[5], f[4], f[6], f[7])
		}
	}
	flush()
	return casebuild.Sheet{Name: name, Rows: rows, Merges: merges}
}

// plain is a sheet with a title row (merged over width columns) and a one-row header.
func plain(name, title string, width int, rows [][]string) casebuild.Sheet {
	col := string(rune('A' + width - 1))
	return casebuild.Sheet{Name: name, Rows: append([][]string{{title}}, rows...), Merges: [][2]string{{"A1", col + "1"}}}
}

// xlsx writes the sheets as an XLSX workbook.
func xlsx(path string, sheets ...casebuild.Sheet) error { return casebuild.WriteXLSX(path, sheets...) }

// damaged writes the first part of a document that was whole, as a file cut
// off in a copy over a bad USB stick.
func damaged(from, to string, keep int) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if keep > len(b) {
		keep = len(b) / 2
	}
	return os.WriteFile(to, b[:keep], 0o644)
}
