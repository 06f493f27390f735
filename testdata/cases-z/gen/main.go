// Command gen rebuilds the blind case folders of testdata/cases-z from the
// cases written out in cases.go, more.go and last.go: from the repository
// root, go run ./testdata/cases-z/gen testdata/cases-z (the folder argument
// defaults to .., for a run inside gen/). Reports and minutes are written as text (or HTML), the
// ledgers as XLSX with excelize, or as CSV in GBK.
package main

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sheet is one sheet of a ledger: title rows, header rows, data rows, footer rows.
type sheet struct {
	name   string
	title  string
	header [][]string
	rows   [][]string
	footer []string
	merges [][2]string
}

type minutes struct{ name, text string }

type kase struct {
	dir      string
	caseJSON map[string]any
	report   string // file name
	text     string
	ledger   string // ledger file name; "" none
	sheets   []sheet
	raw      []byte // raw ledger bytes, when set
	convert  string // "docx" or "wps": text is HTML turned into this by LibreOffice
	minutes  []minutes
	expected map[string]any
}

func main() {
	root := ".."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	for _, c := range cases() {
		d := filepath.Join(root, c.dir)
		must(os.RemoveAll(d))
		must(os.MkdirAll(filepath.Join(d, "minutes"), 0o755))
		writeJSON(filepath.Join(d, "case.json"), c.caseJSON)
		writeJSON(filepath.Join(d, "expected.json"), c.expected)
		if c.convert != "" {
			office(d, c.report, c.text, c.convert)
		} else {
			must(os.WriteFile(filepath.Join(d, c.report), []byte(c.text), 0o644))
		}
		for _, m := range c.minutes {
			must(os.WriteFile(filepath.Join(d, "minutes", m.name), []byte(m.text), 0o644))
		}
		switch {
		case c.raw != nil:
			must(os.WriteFile(filepath.Join(d, c.ledger), c.raw, 0o644))
		case strings.HasSuffix(c.ledger, ".csv"):
			writeCSV(filepath.Join(d, c.ledger), c.sheets[0])
		case c.ledger != "":
			writeXLSX(filepath.Join(d, c.ledger), c.sheets)
		}
	}
}

// office writes html through LibreOffice as a DOCX, or as a Word 97 binary
// saved under .wps (the format WPS Writer's .wps shares).
func office(dir, name, html, to string) {
	tmp, err := os.MkdirTemp("", "casesz")
	must(err)
	defer os.RemoveAll(tmp)
	src := filepath.Join(tmp, "report.html")
	must(os.WriteFile(src, []byte(html), 0o644))
	format := map[string]string{"docx": "docx:MS Word 2007 XML", "wps": "doc:MS Word 97"}[to]
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/profile",
		"--convert-to", format, "--outdir", tmp, src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Fatalf("gen: soffice: %v: %s", err, out)
	}
	ext := map[string]string{"docx": ".docx", "wps": ".doc"}[to]
	b, err := os.ReadFile(filepath.Join(tmp, "report"+ext))
	must(err)
	must(os.WriteFile(filepath.Join(dir, name), b, 0o644))
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
			w := len(s.header[0])
			end, _ := excelize.CoordinatesToCellName(w, 1)
			must(f.MergeCell(s.name, "A1", end))
			r++
		}
		for _, rows := range [][][]string{s.header, s.rows} {
			for _, row := range rows {
				for j, v := range row {
					cell, _ := excelize.CoordinatesToCellName(j+1, r)
					must(f.SetCellValue(s.name, cell, v))
				}
				r++
			}
		}
		for _, v := range s.footer {
			cell, _ := excelize.CoordinatesToCellName(1, r)
			must(f.SetCellValue(s.name, cell, v))
			r++
		}
		for _, m := range s.merges {
			must(f.MergeCell(s.name, m[0], m[1]))
		}
	}
	must(f.SaveAs(path))
}

func writeCSV(path string, s sheet) {
	var b strings.Builder
	for _, rows := range [][][]string{s.header, s.rows} {
		for _, row := range rows {
			b.WriteString(strings.Join(row, ","))
			b.WriteString("\r\n")
		}
	}
	enc, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	must(err)
	must(os.WriteFile(path, []byte(enc), 0o644))
}

// zipWithout returns a ZIP archive that holds no workbook: a ledger.xlsx
// packed by hand from a folder of notes.
func zipWithout(text string) []byte {
	var b strings.Builder
	w := zip.NewWriter(&sb{&b})
	f, err := w.Create("说明.txt")
	must(err)
	_, err = f.Write([]byte(text))
	must(err)
	must(w.Close())
	return []byte(b.String())
}

type sb struct{ b *strings.Builder }

func (s *sb) Write(p []byte) (int, error) { return s.b.Write(p) }

func writeJSON(path string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	must(err)
	must(os.WriteFile(path, append(b, '\n'), 0o644))
}

func must(err error) {
	if err != nil {
		log.Fatal(fmt.Errorf("gen: %w", err))
	}
}
