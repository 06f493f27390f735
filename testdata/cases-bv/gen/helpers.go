package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// row is one problem of a ledger, as "类别|问题|措施|领导|部门|时限|状态|完成时间|佐证|备注".
func cells(spec string) []string {
	c := strings.Split(spec, "|")
	for len(c) < 10 {
		c = append(c, "")
	}
	return c
}

// probSheet lays problems out under a title row, a 填报单位 row and a one-row
// header of eleven columns (序号 first); data rows start at row 4.
func probSheet(name, title, filler string, head []string, specs []string) casebuild.Sheet {
	rows := [][]string{{title}, {filler}, head}
	for i, s := range specs {
		rows = append(rows, append([]string{fmt.Sprint(i + 1)}, cells(s)...))
	}
	last := string(rune('A' + len(head) - 1))
	return casebuild.Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", last + "1"}, {"A2", last + "2"}}}
}

// plain is a sheet of a title row, a header and numbered rows (cells split on "|").
func plain(name, title string, head []string, specs []string) casebuild.Sheet {
	rows := [][]string{{title}, head}
	for i, s := range specs {
		rows = append(rows, append([]string{fmt.Sprint(i + 1)}, strings.Split(s, "|")...))
	}
	last := string(rune('A' + len(head) - 1))
	return casebuild.Sheet{Name: name, Rows: rows, Merges: [][2]string{{"A1", last + "1"}}}
}

// xls writes the sheets as dir/ledger.xls.
func xls(dir string, sheets ...casebuild.Sheet) error {
	return soffice.BinaryWorkbook(filepath.Join(dir, "ledger.xls"), sheets...)
}

// damaged writes a .docx that was cut short in copying: the start of a zip
// archive and nothing after it.
func damaged(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b := []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
	b = append(b, []byte(strings.Repeat("\x8b\x1f\xe3\x07\x00", 300))...)
	return os.WriteFile(path, b, 0o644)
}
