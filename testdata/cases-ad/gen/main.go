// Command gen builds the case folders of testdata/cases-ad from the plain
// texts in gen/src: reports and minutes as DOCX (a small OOXML writer with
// a header and a page-numbered footer), PDF (LibreOffice from that DOCX),
// encrypted PDF (qpdf) and image-only DOCX (a page rendered by LibreOffice
// and pdftoppm, pasted as a picture); ledgers as XLSX (excelize) with merged title and
// two-row headers; WPS .wps (LibreOffice's Word 97 binary under WPS's name);
// photographed minutes as PNG (pdftoppm); GBK CSV.
//
//	cd testdata/cases-ad && go run ./gen
//
// case.json and expected.json are written by hand in each case folder.
package main

import (
	"archive/zip"
	"bufio"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	cases, err := filepath.Glob("gen/src/*")
	check(err)
	for _, src := range cases {
		name := filepath.Base(src)
		out := name
		check(os.MkdirAll(filepath.Join(out, "minutes"), 0o755))
		files, err := filepath.Glob(filepath.Join(src, "*.txt"))
		check(err)
		mins, err := filepath.Glob(filepath.Join(src, "minutes", "*.txt"))
		check(err)
		for _, f := range append(files, mins...) {
			rel, _ := filepath.Rel(src, f)
			build(f, filepath.Join(out, strings.TrimSuffix(rel, ".txt")))
		}
		fmt.Println("built", out)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// build makes dst (its extension says how) from the text file src.
func build(src, dst string) {
	raw, err := os.ReadFile(src)
	check(err)
	text := string(raw)
	switch ext := filepath.Ext(dst); ext {
	case ".xlsx":
		check(ledger(text, dst))
	case ".docx":
		check(os.WriteFile(dst, docx(text, nil), 0o644))
	case ".csv":
		// as offices' Excel saves it: GBK, CRLF
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(text, "\n", "\r\n"))
		check(err)
		check(os.WriteFile(dst, []byte(gbk), 0o644))
	case ".pdf":
		check(toPDF(text, dst))
	case ".wps":
		// WPS Office's own format: the Word 97–2003 binary under a .wps name
		check(convert(text, dst, "doc"))
	case ".png":
		// minutes photographed: a page rendered to a greyscale picture
		check(os.WriteFile(dst, picture(text, "110"), 0o644))
	case ".encpdf":
		pdf := strings.TrimSuffix(dst, ext) + ".pdf"
		check(toPDF(text, pdf+".tmp.pdf"))
		check(run("qpdf", "--encrypt", "xc2024", "xc2024owner", "256", "--", pdf+".tmp.pdf", pdf))
		check(os.Remove(pdf + ".tmp.pdf"))
	case ".imgdocx":
		// the minutes photographed and pasted into Word: a picture, no text
		check(os.WriteFile(strings.TrimSuffix(dst, ext)+".docx", docx("", picture(text, "80")), 0o644))
	default:
		check(fmt.Errorf("%s: unknown target %s", src, ext))
	}
}

// picture renders the text's first page as a greyscale PNG at dpi.
func picture(text, dpi string) []byte {
	tmp, err := os.MkdirTemp("", "casesad")
	check(err)
	defer os.RemoveAll(tmp)
	check(toPDF(text, filepath.Join(tmp, "page.pdf")))
	check(run("pdftoppm", "-png", "-r", dpi, "-singlefile", "-gray", filepath.Join(tmp, "page.pdf"), filepath.Join(tmp, "page")))
	png, err := os.ReadFile(filepath.Join(tmp, "page.png"))
	check(err)
	return png
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", name, err, out)
	}
	return nil
}

func toPDF(text, dst string) error { return convert(text, dst, "pdf") }

// convert writes the text as DOCX and has LibreOffice convert it to the
// format to (pdf, doc), saved as dst.
func convert(text, dst, to string) error {
	tmp, err := os.MkdirTemp("", "casesad")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "in.docx"), docx(text, nil), 0o644); err != nil {
		return err
	}
	if err := run("soffice", "--headless", "--convert-to", to, "--outdir", tmp, filepath.Join(tmp, "in.docx")); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, "in."+to))
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// docx writes a Word document from the text's markup:
//
//	@header TEXT   the running header (a footer with 第 N 页 is always added)
//	# TITLE        a centred bold title
//	## HEADING     a bold heading
//	@pb            a page break
//	|a|b|c|        a table row (consecutive rows make one table)
//	other lines    paragraphs, first line indented
func docx(text string, picture []byte) []byte {
	var body strings.Builder
	header := ""
	var table [][]string
	flush := func() {
		if len(table) == 0 {
			return
		}
		body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>` +
			`<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>` +
			`<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>` +
			`</w:tblBorders></w:tblPr>`)
		for _, r := range table {
			body.WriteString("<w:tr>")
			for _, c := range r {
				body.WriteString(`<w:tc><w:p>` + run1(c, false) + `</w:p></w:tc>`)
			}
			body.WriteString("</w:tr>")
		}
		body.WriteString("</w:tbl>")
		table = nil
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.HasPrefix(line, "|") {
			cells := strings.Split(strings.Trim(line, "|"), "|")
			table = append(table, cells)
			continue
		}
		flush()
		switch {
		case strings.HasPrefix(line, "@header "):
			header = strings.TrimPrefix(line, "@header ")
		case line == "@pb":
			body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		case strings.HasPrefix(line, "# "):
			body.WriteString(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + run1(line[2:], true) + `</w:p>`)
		case strings.HasPrefix(line, "## "):
			body.WriteString(`<w:p>` + run1(line[3:], true) + `</w:p>`)
		case line == "":
		default:
			body.WriteString(`<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>` + run1(line, false) + `</w:p>`)
		}
	}
	flush()
	if picture != nil {
		body.WriteString(`<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="7640000"/><wp:docPr id="1" name="扫描件"/>` +
			`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
			`<pic:nvPicPr><pic:cNvPr id="1" name="page.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
			`<pic:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
			`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="7640000"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>` +
			`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`)
	}
	sect := `<w:sectPr><w:footerReference w:type="default" r:id="rIdFtr"/>`
	if header != "" {
		sect += `<w:headerReference w:type="default" r:id="rIdHdr"/>`
	}
	sect += `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/></w:sectPr>`
	ns := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
		`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
		`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + body.String() + sect + `</w:body></w:document>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
	if header != "" {
		rels += `<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`
	}
	if picture != nil {
		rels += `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`
	}
	rels += `</Relationships>`
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Default Extension="png" ContentType="image/png"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
			`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
			`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": rels,
		"word/document.xml":            doc,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>` +
			`<w:pPrDefault><w:pPr><w:spacing w:line="520" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`,
		"word/footer1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
			`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`,
		"word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + run1(header, false) + `</w:p></w:hdr>`,
	}
	if picture != nil {
		files["word/media/image1.png"] = string(picture)
	}
	var buf strings.Builder
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
		"word/styles.xml", "word/header1.xml", "word/footer1.xml", "word/media/image1.png"} {
		c, ok := files[n]
		if !ok {
			continue
		}
		w, err := zw.Create(n)
		check(err)
		_, err = w.Write([]byte(c))
		check(err)
	}
	check(zw.Close())
	return []byte(buf.String())
}

func run1(s string, bold bool) string {
	// headings are set in a size of their own, not bold: a bold face is one
	// more embedded font in every PDF made from the document
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:sz w:val="32"/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + html.EscapeString(s) + `</w:t></w:r>`
}

// ledger writes an XLSX from the text's markup:
//
//	@sheet NAME          a new sheet
//	@title TEXT          a title row merged over the header's width
//	@header A<TAB>B…     the header
//	@group G<TAB>FROM<TAB>TO   a two-row header: G over the columns FROM…TO, the others merged down
//	@merge A4:A6         merge cells (Excel references)
//	@footer TEXT         a line after a blank row
//	other lines          data rows, cells split by TAB (an empty line is a blank row)
func ledger(text, dst string) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := ""
	row := 0
	var header []string
	first := true
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "@sheet "):
			name := strings.TrimPrefix(line, "@sheet ")
			if first {
				if err := f.SetSheetName("Sheet1", name); err != nil {
					return err
				}
				first = false
			} else if _, err := f.NewSheet(name); err != nil {
				return err
			}
			sheet, row, header = name, 0, nil
		case strings.HasPrefix(line, "@title "):
			row++
			cell(f, sheet, 1, row, strings.TrimPrefix(line, "@title "))
		case strings.HasPrefix(line, "@header "):
			header = strings.Split(strings.TrimPrefix(line, "@header "), "\t")
			row++
			for i, h := range header {
				cell(f, sheet, i+1, row, h)
			}
			if row > 1 {
				check(f.MergeCell(sheet, ref(1, 1), ref(len(header), 1)))
			}
		case strings.HasPrefix(line, "@group "):
			g := strings.Split(strings.TrimPrefix(line, "@group "), "\t")
			from, to := index(header, g[1]), index(header, g[2])
			top := row
			row++
			for i, h := range header {
				c := i + 1
				if c >= from && c <= to {
					cell(f, sheet, c, row, h)
					continue
				}
				check(f.MergeCell(sheet, ref(c, top), ref(c, row)))
			}
			cell(f, sheet, from, top, g[0])
			check(f.MergeCell(sheet, ref(from, top), ref(to, top)))
		case strings.HasPrefix(line, "@merge "):
			r := strings.Split(strings.TrimPrefix(line, "@merge "), ":")
			check(f.MergeCell(sheet, r[0], r[1]))
		case strings.HasPrefix(line, "@footer "):
			row += 2
			cell(f, sheet, 1, row, strings.TrimPrefix(line, "@footer "))
		default:
			row++
			if line == "" {
				continue
			}
			for i, c := range strings.Split(line, "\t") {
				if c != "" {
					cell(f, sheet, i+1, row, c)
				}
			}
		}
	}
	return f.SaveAs(dst)
}

func index(h []string, name string) int {
	for i, x := range h {
		if x == name {
			return i + 1
		}
	}
	check(fmt.Errorf("no column %s", name))
	return 0
}

func ref(c, r int) string {
	s, err := excelize.CoordinatesToCellName(c, r)
	check(err)
	return s
}

func cell(f *excelize.File, sheet string, c, r int, v string) {
	check(f.SetCellValue(sheet, ref(c, r), v))
}
