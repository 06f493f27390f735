// Command gen rebuilds the case folders of testdata/cases-n from the
// texts and tables in cases.go: `go run ./testdata/cases-n/gen` from the
// repository's root. expected.json is written by hand and left alone.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sheet is one ledger sheet: title rows, header rows, data rows, footer rows.
type sheet struct {
	name    string
	title   []string   // a merged title row each
	header  [][]string // one or two header rows
	merges  []string   // extra merges, e.g. "F2:H2"
	rows    [][]string // "" cells stay empty; "=…" cells are formulas
	footer  []string
	blankAt map[int]bool // a blank row before data row i (0-based)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func writeFile(p string, b []byte) {
	must(os.MkdirAll(filepath.Dir(p), 0o755))
	must(os.WriteFile(p, b, 0o644))
}

// gbkCRLF encodes text as GBK with Windows line ends.
func gbkCRLF(s string) []byte {
	s = strings.ReplaceAll(s, "\n", "\r\n")
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// writeXLSX writes the sheets; it prints where each data row lands so that
// expected.json can name rows as Excel numbers them.
func writeXLSX(p string, sheets []sheet) {
	f := excelize.NewFile()
	for i, sh := range sheets {
		if i == 0 {
			must(f.SetSheetName("Sheet1", sh.name))
		} else {
			_, err := f.NewSheet(sh.name)
			must(err)
		}
		width := len(sh.header[len(sh.header)-1])
		r := 1
		last, _ := excelize.ColumnNumberToName(width)
		for _, t := range sh.title {
			must(f.SetCellValue(sh.name, fmt.Sprintf("A%d", r), t))
			must(f.MergeCell(sh.name, fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r)))
			r++
		}
		for _, h := range sh.header {
			for c, v := range h {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r)
				must(f.SetCellValue(sh.name, cell, v))
			}
			r++
		}
		for _, m := range sh.merges {
			a, b, _ := strings.Cut(m, ":")
			must(f.MergeCell(sh.name, a, b))
		}
		for i, row := range sh.rows {
			if sh.blankAt[i] {
				r++
			}
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r)
				if strings.HasPrefix(v, "=") {
					must(f.SetCellFormula(sh.name, cell, v[1:]))
				} else {
					must(f.SetCellValue(sh.name, cell, v))
				}
			}
			fmt.Printf("  %s %s row %d: %s\n", filepath.Base(filepath.Dir(p)), sh.name, r, row[0])
			r++
		}
		for _, t := range sh.footer {
			must(f.SetCellValue(sh.name, fmt.Sprintf("A%d", r), t))
			r++
		}
	}
	must(os.MkdirAll(filepath.Dir(p), 0o755))
	must(f.SaveAs(p))
}

// recalc has LibreOffice open and save the workbook, so that its formulas
// carry their results as Excel's own files do.
func recalc(p string) {
	tmp, err := os.MkdirTemp("", "casesn")
	must(err)
	defer os.RemoveAll(tmp)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+tmp+"/u",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp+"/out", p)
	out, err := cmd.CombinedOutput()
	if err != nil {
		panic(string(out))
	}
	b, err := os.ReadFile(filepath.Join(tmp, "out", filepath.Base(p)))
	must(err)
	writeFile(p, b)
}

// writeCSVGBK writes one table as a GBK CSV.
func writeCSVGBK(p string, sh sheet) {
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteString(",")
			}
			if strings.ContainsAny(c, ",\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\n")
	}
	n := 0
	for _, t := range sh.title {
		line([]string{t})
		n++
	}
	for _, h := range sh.header {
		line(h)
		n++
	}
	for _, r := range sh.rows {
		line(r)
		n++
		fmt.Printf("  %s csv line %d: %s\n", filepath.Base(filepath.Dir(p)), n, r[0])
	}
	writeFile(p, gbkCRLF(b.String()))
}

// docx builds a plain Word file: paragraphs, and tables given as lines
// starting with "|" (cells split by "|").
func docx(text string) []byte {
	var body strings.Builder
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "|") {
			body.WriteString(`<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>`)
			for ; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
				body.WriteString("<w:tr>")
				for _, c := range strings.Split(strings.Trim(lines[i], "|"), "|") {
					body.WriteString(`<w:tc><w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(c) + `</w:t></w:r></w:p></w:tc>`)
				}
				body.WriteString("</w:tr>")
			}
			body.WriteString("</w:tbl>")
			i--
			continue
		}
		body.WriteString(`<w:p><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + html.EscapeString(l) + `</w:t></w:r></w:p>`)
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `<w:sectPr/></w:body></w:document>`
	return zipOf(map[string]string{"word/document.xml": doc})
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

// zipOf packs a Word file's parts; without word/document.xml it is the
// damaged file of case 09.
func zipOf(parts map[string]string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	all := map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": rels}
	for k, v := range parts {
		all[k] = v
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		v, ok := all[name]
		if !ok {
			continue
		}
		w, err := z.Create(name)
		must(err)
		_, err = w.Write([]byte(v))
		must(err)
	}
	must(z.Close())
	return buf.Bytes()
}

// brokenPDF is a PDF whose cross-reference table points nowhere and whose
// page content stream is cut off mid-way: what a failed upload leaves.
func brokenPDF() []byte {
	return []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" +
		"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
		"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
		"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n" +
		"4 0 obj\n<< /Length 4096 /Filter /FlateDecode >>\nstream\nx\x9c\x8b\x8c\x05\x00\x12\xf3\x99\x01\x7f\x00\x00" +
		"\nxref\n0 5\n0000000000 65535 f \n0000009999 00000 n \n0000019999 00000 n \n0000029999 00000 n \n0000039999 00000 n \n" +
		"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n88888\n%%EOF\n")
}
