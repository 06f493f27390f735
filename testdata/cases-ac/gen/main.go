// Command gen rebuilds the case folders of testdata/cases-ac from the
// plain-text sources in gen/src/ and the ledgers written below (audit
// rectification of state-owned enterprises, hospitals and funds).
//
//	cd testdata/cases-ac && go run ./gen
//
// Reports and minutes are written as text (src/NN/report.txt, src/NN/minutes/*.txt:
// "# " a title line, "|" a table row, other lines paragraphs), turned into HTML
// and converted by LibreOffice to DOCX, DOC (saved as .wps too) or PDF; PNG
// "photos" are pdftoppm renderings of such a PDF. expected.json files are
// written by hand beside each folder and are not generated.
package main

import (
	"archive/zip"
	"bytes"
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

func main() {
	for _, c := range cases {
		if err := build(c); err != nil {
			log.Fatalf("%s: %v", c.dir, err)
		}
	}
}

// kase is one folder: its report and minutes come from src/<dir>/.
type kase struct {
	dir        string
	caseJSON   string
	reportFmt  string            // txt, docx, wps, pdf
	minutesFmt map[string]string // minutes source base name → docx, pdf, txt, png, imgdocx
	ledger     func(dir string) error
}

func build(c kase) error {
	out := c.dir
	if err := os.MkdirAll(filepath.Join(out, "minutes"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "case.json"), []byte(c.caseJSON+"\n"), 0o644); err != nil {
		return err
	}
	src := filepath.Join("gen", "src", c.dir)
	if err := convert(filepath.Join(src, "report.txt"), out, "report", c.reportFmt); err != nil {
		return err
	}
	for base, f := range c.minutesFmt {
		if err := convert(filepath.Join(src, "minutes", base+".txt"), filepath.Join(out, "minutes"), base, f); err != nil {
			return err
		}
	}
	return c.ledger(out)
}

// convert writes the source text as dir/name.<format>.
func convert(srcPath, dir, name, format string) error {
	raw, err := os.ReadFile(srcPath)
	if err != nil {
		return err
	}
	text := string(raw)
	switch format {
	case "txt":
		return os.WriteFile(filepath.Join(dir, name+".txt"), []byte(plain(text)), 0o644)
	case "gbktxt":
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.ReplaceAll(plain(text), "\n", "\r\n")))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".txt"), b, 0o644)
	}
	tmp, err := os.MkdirTemp("", "gen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	h := filepath.Join(tmp, name+".html")
	if err := os.WriteFile(h, []byte(toHTML(text)), 0o644); err != nil {
		return err
	}
	soffice := func(to string) error {
		in := h
		if strings.HasPrefix(to, "pdf") { // through Word, as offices print their documents
			in = filepath.Join(tmp, name+".docx")
			if _, err := os.Stat(in); err != nil {
				cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/casesac-lo", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, h)
				cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
				if err := cmd.Run(); err != nil {
					return err
				}
			}
		}
		cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/casesac-lo", "--headless", "--convert-to", to, "--outdir", tmp, in)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		return cmd.Run()
	}
	switch format {
	case "docx":
		if err := soffice("docx:MS Word 2007 XML"); err != nil {
			return err
		}
		return copyFile(filepath.Join(tmp, name+".docx"), filepath.Join(dir, name+".docx"))
	case "wps": // WPS .wps is the Word 97–2003 binary format (docs/interface.md)
		if err := soffice("doc:MS Word 97"); err != nil {
			return err
		}
		return copyFile(filepath.Join(tmp, name+".doc"), filepath.Join(dir, name+".wps"))
	case "pdf":
		if err := soffice("pdf:writer_pdf_Export"); err != nil {
			return err
		}
		return copyFile(filepath.Join(tmp, name+".pdf"), filepath.Join(dir, name+".pdf"))
	case "png", "imgdocx":
		if err := soffice("pdf:writer_pdf_Export"); err != nil {
			return err
		}
		cmd := exec.Command("pdftoppm", "-png", "-r", "150", "-W", "1240", "-H", "760", "-gray", "-singlefile", filepath.Join(tmp, name+".pdf"), filepath.Join(tmp, name))
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return err
		}
		// 16 grey levels keep the page legible to OCR at half the size
		cmd = exec.Command("convert", filepath.Join(tmp, name+".png"), "-colors", "16", filepath.Join(tmp, name+".png"))
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return err
		}
		if format == "png" {
			return copyFile(filepath.Join(tmp, name+".png"), filepath.Join(dir, name+".png"))
		}
		png, err := os.ReadFile(filepath.Join(tmp, name+".png"))
		if err != nil {
			return err
		}
		return imageDocx(filepath.Join(dir, name+".docx"), png)
	}
	return fmt.Errorf("unknown format %q", format)
}

func plain(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "# "):
			l = strings.TrimPrefix(l, "# ")
		case strings.HasPrefix(l, "|"):
			l = strings.ReplaceAll(strings.Trim(l, "|"), "|", "\t")
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:14pt} td{border:1px solid #000;padding:2px} table{border-collapse:collapse}</style></head><body>`)
	inTable := false
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "|") {
			if !inTable {
				b.WriteString("<table>")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case l == "":
		case strings.HasPrefix(l, "# "):
			b.WriteString(`<p align="center"><b>` + html.EscapeString(strings.TrimPrefix(l, "# ")) + "</b></p>")
		default:
			b.WriteString("<p>" + html.EscapeString(l) + "</p>")
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// imageDocx writes a Word document whose only content is one picture: the
// signed minutes photographed and pasted into Word, as offices file them.
func imageDocx(path string, png []byte) error {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body><w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="7600000"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="7600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:sectPr/></w:body></w:document>`},
	}
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return err
		}
	}
	w, err := z.Create("word/media/image1.png")
	if err != nil {
		return err
	}
	if _, err := w.Write(png); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// sheet is one worksheet: an optional merged title, header rows, data rows
// (an empty row is left blank), an optional footer line, and merges.
type sheet struct {
	name    string
	title   string
	headers [][]string
	rows    [][]string
	footer  string
	merges  [][2]string // cell ranges merged after writing, e.g. {"F5","F7"}
}

func writeXLSX(path string, sheets []sheet, password string) error {
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
		r := 1
		width := 0
		for _, h := range s.headers {
			if len(h) > width {
				width = len(h)
			}
		}
		if s.title != "" {
			if err := f.SetCellStr(s.name, "A1", s.title); err != nil {
				return err
			}
			last, _ := excelize.CoordinatesToCellName(width, 1)
			if err := f.MergeCell(s.name, "A1", last); err != nil {
				return err
			}
			r++
		}
		for _, row := range append(append([][]string{}, s.headers...), s.rows...) {
			for j, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(j+1, r)
				if err := f.SetCellStr(s.name, cell, v); err != nil {
					return err
				}
			}
			r++
		}
		if s.footer != "" {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetCellStr(s.name, cell, s.footer); err != nil {
				return err
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	if password != "" {
		return f.SaveAs(path, excelize.Options{Password: password})
	}
	return f.SaveAs(path)
}

func writeGBKCSV(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
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
	enc, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, enc, 0o644)
}
