// Command gen rebuilds the case folders of testdata/cases-ao from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-ao/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT: .txt and .html are
// copied as they are; .docx is converted by LibreOffice from an HTML page made
// of the text (a line "# …" is a centred title, "## …" a bold heading, a line
// "|a|b|" a table row, any other line a paragraph); .pdf is that DOCX
// converted to PDF. case.json and expected.json are written by hand.
package main

import (
	"fmt"
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	root, err := filepath.Abs("..")
	if err != nil {
		log.Fatal(err)
	}
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
	}
	srcs, err := filepath.Glob("src/*")
	if err != nil {
		log.Fatal(err)
	}
	for _, dir := range srcs {
		name := filepath.Base(dir)
		if len(only) > 0 && !only[name] {
			continue
		}
		err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(dir, strings.TrimSuffix(p, ".txt"))
			return build(p, filepath.Join(root, name, rel))
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	for name, b := range ledgers {
		if len(only) > 0 && !only[name] {
			continue
		}
		if err := b(filepath.Join(root, name)); err != nil {
			log.Fatal(name, ": ", err)
		}
	}
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	ext := filepath.Ext(out)
	if ext == ".txt" || ext == ".html" {
		return os.WriteFile(out, raw, 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesao")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	stem := strings.TrimSuffix(filepath.Base(out), ext)
	page := filepath.Join(tmp, stem+".html")
	if err := os.WriteFile(page, []byte(toHTML(string(raw))), 0o644); err != nil {
		return err
	}
	if err := convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	made := filepath.Join(tmp, stem+".docx")
	if ext == ".pdf" {
		if err := convert(tmp, "pdf", made); err != nil {
			return err
		}
		made = filepath.Join(tmp, stem+".pdf")
	} else if ext != ".docx" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	b, err := os.ReadFile(made)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

func convert(dir, target, file string) error {
	cmd := exec.Command("soffice", "--headless", "--convert-to", target, "--outdir", dir, file)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", file, err, b)
	}
	return nil
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'Noto Serif CJK SC',serif;font-size:15pt}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}h2{font-size:15pt;font-family:'Noto Sans CJK SC',sans-serif}</style></head><body>\n")
	inTable := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString("<h1 style=\"text-align:center;font-size:20pt\">" + html.EscapeString(line[2:]) + "</h1>\n")
		case strings.HasPrefix(line, "## "):
			b.WriteString("<h2>" + html.EscapeString(line[3:]) + "</h2>\n")
		default:
			b.WriteString("<p style=\"text-indent:2em\">" + html.EscapeString(line) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// sheet is one worksheet: its rows from row 1 and the ranges to merge. A cell
// written "num:N" is the number N (a date left as its serial in the General format).
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
}

// serial is the spreadsheet's day number of a date, as a "num:" cell.
func serial(y, m, d int) string {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return "num:" + strconv.Itoa(int(t.Sub(base).Hours()/24))
}

func writeXLSX(path string, sheets ...sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if n, ok := strings.CutPrefix(v, "num:"); ok {
					x, err := strconv.Atoi(n)
					if err != nil {
						return err
					}
					if err := f.SetCellInt(s.name, cell, int64(x)); err != nil {
						return err
					}
					continue
				}
				if err := f.SetCellStr(s.name, cell, v); err != nil {
					return err
				}
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls, or .et, which WPS writes in the same format).
func binaryWorkbook(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesao")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if err := convert(tmp, "xls:MS Excel 97", x); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends, quoting the cells that need it.
func writeCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(",")
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = "\"" + strings.ReplaceAll(c, "\"", "\"\"") + "\""
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

func itoa(n int) string { return strconv.Itoa(n) }
