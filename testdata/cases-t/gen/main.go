// Command gen rebuilds the case folders of testdata/cases-t from the texts
// and tables in cases.go: reports as TXT (UTF-8 or GBK), DOCX, WPS, a single
// file web page (.mht, or under a .doc name), Word 2003 XML under a .doc
// name; ledgers as XLSX, GBK CSV, .et (Excel 97 binary), .ods; minutes as
// DOCX, PDF, photographed PNG/JPEG/GIF, a damaged DOCX and an encrypted PDF.
// It needs soffice, pdftoppm and qpdf on PATH.
//
//	cd testdata/cases-t && go run ./gen
//
// expected.json is written by hand and is not touched.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"fmt"
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sheet is one ledger sheet: its rows as written, and the ranges merged.
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
}

// doc is a report or a minutes file: its text (one paragraph a line; a line
// starting with | is a table row) and the format to write it in.
type doc struct {
	name, format, text string
}

type caseDef struct {
	dir, caseJSON string
	report        doc
	ledgerName    string // ledger.xlsx, ledger.csv, ledger.et, ledger.ods
	ledger        []sheet
	minutes       []doc
}

func main() {
	tmp, err := os.MkdirTemp("", "cases-t-gen")
	check(err)
	defer os.RemoveAll(tmp)
	for _, c := range cases {
		dir := c.dir
		check(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		check(os.WriteFile(filepath.Join(dir, "case.json"), []byte(c.caseJSON+"\n"), 0o644))
		writeDoc(tmp, dir, c.report)
		writeLedger(tmp, filepath.Join(dir, c.ledgerName), c.ledger)
		for _, m := range c.minutes {
			writeDoc(tmp, filepath.Join(dir, "minutes"), m)
		}
		log.Println("wrote", dir)
	}
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		out = append(out, strings.TrimSpace(l))
	}
	return out
}

// toHTML renders a text: the first line is the title, | lines are tables.
func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>")
	ls := lines(text)
	b.WriteString(html.EscapeString(ls[0]))
	b.WriteString("</title></head><body>\n")
	b.WriteString("<h1 style=\"text-align:center\">" + html.EscapeString(ls[0]) + "</h1>\n")
	inTable := false
	for _, l := range ls[1:] {
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<table border=\"1\" cellspacing=\"0\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(strings.TrimSpace(c)) + "</td>")
			}
			b.WriteString("</tr>\n")
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if l == "" {
			continue
		}
		b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func soffice(tmp, src, filter, outDir string) string {
	cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", outDir, src)
	cmd.Env = append(os.Environ(), "HOME="+tmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Fatalf("soffice %s: %v\n%s", src, err, out)
	}
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	ext := filter
	if i := strings.Index(ext, ":"); i >= 0 {
		ext = ext[:i]
	}
	return filepath.Join(outDir, base+"."+ext)
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	check(err)
	return b
}

// writeDoc writes d into dir in its format.
func writeDoc(tmp, dir string, d doc) {
	dst := filepath.Join(dir, d.name)
	stem := strings.TrimSuffix(d.name, filepath.Ext(d.name))
	work := filepath.Join(tmp, filepath.Base(dir)+"-"+stem)
	check(os.MkdirAll(work, 0o755))
	htmlPath := filepath.Join(work, stem+".html")
	check(os.WriteFile(htmlPath, []byte(toHTML(d.text)), 0o644))
	text := strings.Join(lines(d.text), "\n") + "\n"
	switch d.format {
	case "txt":
		check(os.WriteFile(dst, []byte(text), 0o644))
	case "txtgbk":
		check(os.WriteFile(dst, gbk(strings.ReplaceAll(text, "\n", "\r\n")), 0o644))
	case "docx":
		copyFile(soffice(tmp, htmlPath, "docx:MS Word 2007 XML", work), dst)
	case "damaged-docx":
		raw, err := os.ReadFile(soffice(tmp, htmlPath, "docx:MS Word 2007 XML", work))
		check(err)
		check(os.WriteFile(dst, raw[:len(raw)*2/5], 0o644))
	case "wps":
		copyFile(soffice(tmp, htmlPath, "doc:MS Word 97", work), dst)
	case "pdf":
		docx := soffice(tmp, htmlPath, "docx:MS Word 2007 XML", work)
		copyFile(soffice(tmp, docx, "pdf", filepath.Join(work, "pdf")), dst)
	case "encrypted-pdf":
		docx := soffice(tmp, htmlPath, "docx:MS Word 2007 XML", work)
		pdf := soffice(tmp, docx, "pdf", filepath.Join(work, "pdf"))
		out, err := exec.Command("qpdf", "--encrypt", "jiedao2023", "jiedao2023owner", "256", "--", pdf, dst).CombinedOutput()
		if err != nil {
			log.Fatalf("qpdf: %v\n%s", err, out)
		}
	case "mht":
		check(os.WriteFile(dst, []byte(mht(toHTML(d.text))), 0o644))
	case "wordxml":
		check(os.WriteFile(dst, []byte(wordXML(d.text)), 0o644))
	case "png", "jpg", "gif":
		// a page photographed on a phone: rendered from a PDF, tinted off-white
		docx := soffice(tmp, htmlPath, "docx:MS Word 2007 XML", work)
		pdf := soffice(tmp, docx, "pdf", filepath.Join(work, "pdf"))
		out, err := exec.Command("pdftoppm", "-r", "120", "-png", "-singlefile", pdf, filepath.Join(work, "page")).CombinedOutput()
		if err != nil {
			log.Fatalf("pdftoppm: %v\n%s", err, out)
		}
		photo(filepath.Join(work, "page.png"), dst, d.format)
	default:
		log.Fatalf("unknown format %s", d.format)
	}
}

func copyFile(src, dst string) {
	raw, err := os.ReadFile(src)
	check(err)
	check(os.WriteFile(dst, raw, 0o644))
}

// mht wraps a page as Word saves a single-file web page.
func mht(page string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(page))
	var b strings.Builder
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9A1B2.5C3E7F60\"\r\n\r\n")
	b.WriteString("此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n")
	b.WriteString("------=_NextPart_01D9A1B2.5C3E7F60\r\nContent-Location: file:///C:/D1A2B3C4/report.htm\r\n")
	b.WriteString("Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n")
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n\r\n------=_NextPart_01D9A1B2.5C3E7F60--\r\n")
	return b.String()
}

// wordXML writes a Word 2003 XML document: paragraphs, and tables for | lines.
func wordXML(text string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<?mso-application progid="Word.Document"?>` + "\n")
	b.WriteString(`<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"><w:body>`)
	para := func(s string) string {
		var x bytes.Buffer
		check(xmlEscape(&x, s))
		return `<w:p><w:r><w:rPr><w:rFonts w:hint="fareast"/></w:rPr><w:t>` + x.String() + `</w:t></w:r></w:p>`
	}
	inTable := false
	for _, l := range lines(text) {
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<w:tbl>")
				inTable = true
			}
			b.WriteString("<w:tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<w:tc>" + para(strings.TrimSpace(c)) + "</w:tc>")
			}
			b.WriteString("</w:tr>")
			continue
		}
		if inTable {
			b.WriteString("</w:tbl>")
			inTable = false
		}
		b.WriteString(para(l))
	}
	if inTable {
		b.WriteString("</w:tbl>")
	}
	b.WriteString("<w:sectPr/></w:body></w:wordDocument>\n")
	return b.String()
}

func xmlEscape(w *bytes.Buffer, s string) error {
	w.WriteString(html.EscapeString(s))
	return nil
}

func writeLedger(tmp, dst string, sheets []sheet) {
	switch filepath.Ext(dst) {
	case ".csv":
		var buf bytes.Buffer
		cw := csv.NewWriter(&buf)
		cw.UseCRLF = true
		check(cw.WriteAll(sheets[0].rows))
		check(os.WriteFile(dst, gbk(buf.String()), 0o644))
		return
	case ".xlsx":
		writeXLSX(dst, sheets)
		return
	}
	// .et and .ods: through an XLSX and soffice
	work := filepath.Join(tmp, "ledger-"+filepath.Base(filepath.Dir(dst)))
	check(os.MkdirAll(work, 0o755))
	x := filepath.Join(work, "ledger.xlsx")
	writeXLSX(x, sheets)
	switch filepath.Ext(dst) {
	case ".et":
		copyFile(soffice(tmp, x, "xls:MS Excel 97", filepath.Join(work, "out")), dst)
	case ".ods":
		copyFile(soffice(tmp, x, "ods", filepath.Join(work, "out")), dst)
	default:
		log.Fatalf("unknown ledger %s", dst)
	}
}

func writeXLSX(dst string, sheets []sheet) {
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			check(f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			check(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, err := excelize.CoordinatesToCellName(c+1, r+1)
				check(err)
				check(f.SetCellStr(s.name, cell, v))
			}
		}
		for _, m := range s.merges {
			check(f.MergeCell(s.name, m[0], m[1]))
		}
		check(f.SetColWidth(s.name, "A", "L", 16))
	}
	check(f.SaveAs(dst))
}

// problem is a ledger row of a problems sheet, before its columns are laid out.
type problem struct {
	no, cat, title, measures, leader, dept, deadline, status, done, evidence, note string
}

// cols lays problems out in the order of the header's kinds.
func cols(order []string, ps []problem) [][]string {
	var out [][]string
	for _, p := range ps {
		m := map[string]string{"no": p.no, "cat": p.cat, "title": p.title, "measures": p.measures,
			"leader": p.leader, "dept": p.dept, "deadline": p.deadline, "status": p.status,
			"done": p.done, "evidence": p.evidence, "note": p.note}
		var row []string
		for _, k := range order {
			v, ok := m[k]
			if !ok {
				panic(fmt.Sprintf("no column %s", k))
			}
			row = append(row, v)
		}
		out = append(out, row)
	}
	return out
}
