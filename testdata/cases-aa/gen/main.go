// Command gen rebuilds the blind case folders of testdata/cases-aa from the
// plain texts in this file: reports (TXT), minutes (TXT) and ledgers (XLSX).
// Run from testdata/cases-aa: go run ./gen
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

type sheet struct {
	name, title string
	header      []string
	rows        [][]string
	footer      string
}

type meeting struct {
	file, title, date, host, body string
}

type kase struct {
	dir      string
	info     map[string]any
	report   string
	sheets   []sheet
	minutes  []meeting
	extra    map[string][]byte
	expected map[string]any
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func writeXLSX(path string, sheets []sheet) {
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			must(err)
		}
		r := 1
		if s.title != "" {
			must(f.SetCellValue(s.name, "A1", s.title))
			last, _ := excelize.CoordinatesToCellName(len(s.header), 1)
			must(f.MergeCell(s.name, "A1", last))
			r = 2
		}
		put := func(row int, vals []string) {
			for c, v := range vals {
				cell, _ := excelize.CoordinatesToCellName(c+1, row)
				must(f.SetCellValue(s.name, cell, v))
			}
		}
		put(r, s.header)
		r++
		for _, row := range s.rows {
			put(r, row)
			r++
		}
		if s.footer != "" {
			r++
			cell, _ := excelize.CoordinatesToCellName(1, r)
			must(f.SetCellValue(s.name, cell, s.footer))
		}
	}
	must(f.SaveAs(path))
}

func writeMinutes(dir string, m meeting) {
	text := m.title + "\n\n时间：" + m.date + "\n地点：机关三楼会议室\n主持：" + m.host +
		"\n参会：党组（班子）成员，各科室主要负责人\n记录：办公室\n\n" + m.body + "\n"
	must(os.WriteFile(filepath.Join(dir, "minutes", m.file), []byte(text), 0o644))
}

func build(k kase) {
	must(os.RemoveAll(k.dir))
	must(os.MkdirAll(filepath.Join(k.dir, "minutes"), 0o755))
	b, _ := json.MarshalIndent(k.info, "", "  ")
	must(os.WriteFile(filepath.Join(k.dir, "case.json"), append(b, '\n'), 0o644))
	must(os.WriteFile(filepath.Join(k.dir, "report.txt"), []byte(strings.TrimSpace(k.report)+"\n"), 0o644))
	if len(k.sheets) > 0 {
		writeXLSX(filepath.Join(k.dir, "ledger.xlsx"), k.sheets)
	}
	for _, m := range k.minutes {
		writeMinutes(k.dir, m)
	}
	for name, data := range k.extra {
		p := filepath.Join(k.dir, name)
		must(os.MkdirAll(filepath.Dir(p), 0o755))
		must(os.WriteFile(p, data, 0o644))
	}
	e, _ := json.MarshalIndent(k.expected, "", "  ")
	must(os.WriteFile(filepath.Join(k.dir, "expected.json"), append(e, '\n'), 0o644))
}

func main() {
	for _, k := range cases() {
		build(k)
		if strings.HasSuffix(k.dir, "-ods") {
			toODS(k.dir)
		}
		if strings.Contains(k.dir, "-gbk-") {
			toGBK(k.dir)
		}
		fmt.Println(k.dir)
	}
}
