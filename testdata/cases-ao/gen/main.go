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
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesao")

func main() {
	casebuild.Main(build, ledgers)
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
	if err := soffice.Convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	made := filepath.Join(tmp, stem+".docx")
	if ext == ".pdf" {
		if err := soffice.Convert(tmp, "pdf", made); err != nil {
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

// A cell of a sheet written "num:N" is the number N (a date left as its
// serial in the General format).

// serial is the spreadsheet's day number of a date, as a "num:" cell.
func serial(y, m, d int) string {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return "num:" + strconv.Itoa(int(t.Sub(base).Hours()/24))
}

// writeXLSX writes the sheets as an XLSX workbook, "num:" cells as numbers (numCell).
func writeXLSX(path string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSXCells(path, numCell, sheets...)
}

// numCell writes a "num:N" value as the number N, any other as a string.
func numCell(f *excelize.File, sheet, cell, v string) error {
	if n, ok := strings.CutPrefix(v, "num:"); ok {
		x, err := strconv.Atoi(n)
		if err != nil {
			return err
		}
		return f.SetCellInt(sheet, cell, int64(x))
	}
	return f.SetCellStr(sheet, cell, v)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls, or .et, which WPS writes in the same format).
func binaryWorkbook(path string, sheets ...casebuild.Sheet) error {
	return soffice.XLS(path, func(x string) error { return writeXLSX(x, sheets...) })
}

func itoa(n int) string { return strconv.Itoa(n) }
