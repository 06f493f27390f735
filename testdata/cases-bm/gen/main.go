// Command gen rebuilds the case folders of testdata/cases-bm from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-bm/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt is copied as UTF-8; a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .html is that page set in a county government website's article frame (menu, 浏览次数, footer);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
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
	srcs, err := filepath.Glob("src/*")
	if err != nil {
		log.Fatal(err)
	}
	only := map[string]bool{}
	for _, a := range os.Args[1:] {
		only[a] = true
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

// build writes out, a file of the format its extension names, from the text source src.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(out, ".txt.gbk"):
		s := strings.ReplaceAll(string(raw), "\r\n", "\n")
		s = strings.ReplaceAll(s, "\n", "\r\n")
		g, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		return os.WriteFile(strings.TrimSuffix(out, ".gbk"), []byte(g), 0o644)
	case strings.HasSuffix(out, ".txt"):
		return os.WriteFile(out, raw, 0o644)
	case strings.HasSuffix(out, ".html"):
		return os.WriteFile(out, []byte(sitePage(string(raw))), 0o644)
	}
	tmp, err := os.MkdirTemp("", "casesbm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	wps := strings.HasSuffix(out, ".wps.docx")
	scan := strings.HasSuffix(out, ".scan.pdf")
	out = strings.Replace(strings.Replace(out, ".wps.docx", ".docx", 1), ".scan.pdf", ".pdf", 1)
	ext := filepath.Ext(out)
	stem := "page"
	page := filepath.Join(tmp, stem+".html")
	if err := os.WriteFile(page, []byte(toHTML(string(raw))), 0o644); err != nil {
		return err
	}
	switch {
	case scan:
		img := filepath.Join(tmp, "scan.jpg")
		if err := photo(page, tmp, img); err != nil {
			return err
		}
		return scanPDF(img, out)
	case ext == ".png" || ext == ".jpg":
		return photo(page, tmp, out)
	case ext == ".pdf":
		return viaDOCX(page, tmp, out)
	}
	target := map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format", ".doc": "doc:MS Word 97"}[ext]
	if target == "" {
		return fmt.Errorf("%s: no converter for %s", src, ext)
	}
	if err := soffice(tmp, target, page); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, stem+"."+strings.SplitN(target, ":", 2)[0]))
	if err != nil {
		return err
	}
	if wps {
		if b, err = asWPS(b); err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
	}
	return os.WriteFile(out, b, 0o644)
}

func soffice(outdir, target, in string) error {
	// a profile of its own: another soffice running on the machine would lock the default one
	cmd := exec.Command("soffice", "-env:UserInstallation=file:///tmp/lo-cases-bm", "--headless", "--convert-to", target, "--outdir", outdir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", in, err, b)
	}
	return nil
}

func toHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"><style>body{font-family:'仿宋_GB2312','Noto Serif CJK SC',serif;font-size:15pt}p{text-indent:2em;margin:0}td{border:1px solid #000;padding:2pt;font-size:11pt}table{border-collapse:collapse}</style></head><body>\n")
	inTable := false
	// a first line "%gongwen" lays the paragraphs out as an official document
	// (公文) does: justified, the first line indented by two characters
	para := "<p>"
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "%gongwen" {
		para = "<p style=\"text-indent:30pt;text-align:justify;margin-top:0;margin-bottom:0\">"
		lines = lines[1:]
	}
	for _, line := range lines {
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
			b.WriteString("<h1 style=\"text-align:center;font-size:20pt;font-family:'方正小标宋简体','Noto Serif CJK SC',serif\">" + html.EscapeString(line[2:]) + "</h1>\n")
		case strings.HasPrefix(line, ">"):
			b.WriteString("<p style=\"text-align:right\">" + html.EscapeString(line[1:]) + "</p>\n")
		case strings.HasPrefix(line, "<"):
			b.WriteString("<p style=\"text-indent:0\">" + html.EscapeString(line[1:]) + "</p>\n")
		default:
			b.WriteString(para + html.EscapeString(line) + "</p>\n")
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// viaDOCX converts the HTML page to a DOCX, then that to the PDF at out.
func viaDOCX(page, tmp, out string) error {
	docx := strings.TrimSuffix(page, ".html") + ".docx"
	if err := soffice(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	if err := soffice(tmp, "pdf", docx); err != nil {
		return err
	}
	if out == "" {
		return nil
	}
	b, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".pdf")
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// photo renders the page as a PDF, then its first page as a grey image at out (.png or .jpg).
func photo(page, tmp, out string) error {
	if err := viaDOCX(page, tmp, ""); err != nil {
		return err
	}
	pdf := strings.TrimSuffix(page, ".html") + ".pdf"
	img := filepath.Join(tmp, "shot")
	format := "-png"
	if filepath.Ext(out) == ".jpg" {
		format = "-jpeg"
	}
	if b, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-singlefile", "-f", "1", format, pdf, img).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", pdf, err, b)
	}
	b, err := os.ReadFile(img + filepath.Ext(out))
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// scanPDF writes a one-page PDF whose page is the JPEG at img (A4 at 150 dpi), with no text layer.
func scanPDF(img, out string) error {
	jpg, err := os.ReadFile(img)
	if err != nil {
		return err
	}
	w, h, comps, err := jpegSize(jpg)
	if err != nil {
		return err
	}
	pw, ph := float64(w)*72/150, float64(h)*72/150
	content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>", pw, ph),
		"", // the image stream
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		if i == 3 {
			cs := "/DeviceGray"
			if comps == 3 {
				cs = "/DeviceRGB"
			}
			fmt.Fprintf(&b, "<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n", w, h, cs, len(jpg))
			b.Write(jpg)
			b.WriteString("\nendstream")
		} else {
			b.WriteString(o)
		}
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// jpegSize reads the width, height and number of components from a JPEG's SOF marker.
func jpegSize(b []byte) (int, int, int, error) {
	for i := 2; i+9 < len(b); {
		if b[i] != 0xFF {
			return 0, 0, 0, fmt.Errorf("bad JPEG marker at %d", i)
		}
		m := b[i+1]
		l := int(b[i+2])<<8 | int(b[i+3])
		if m >= 0xC0 && m <= 0xC3 {
			return int(b[i+7])<<8 | int(b[i+8]), int(b[i+5])<<8 | int(b[i+6]), int(b[i+9]), nil
		}
		i += 2 + l
	}
	return 0, 0, 0, fmt.Errorf("no SOF marker")
}

// asWPS rewrites a DOCX's document properties as WPS Office writes them.
func asWPS(docx []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>3</Pages><Words>0</Words><Characters>0</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces><Application>WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>`
	const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8E3A1C5D0B2F4A6E9C7D1B3F5A2E4C6D_12</vt:lpwstr></property></Properties>`
	saved := time.Date(2024, 9, 2, 16, 41, 8, 0, time.Local)
	hasCustom := false
	for _, f := range zr.File {
		if f.Name == "docProps/custom.xml" {
			hasCustom = true
		}
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		switch f.Name {
		case "docProps/app.xml":
			data = []byte(app)
		case "docProps/custom.xml":
			data = []byte(custom)
		case "[Content_Types].xml":
			if !hasCustom {
				data = bytes.Replace(data, []byte("</Types>"), []byte(`<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`), 1)
			}
		case "_rels/.rels":
			if !hasCustom {
				data = bytes.Replace(data, []byte("</Relationships>"), []byte(`<Relationship Id="rIdWpsCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`), 1)
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: saved})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if !hasCustom {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "docProps/custom.xml", Method: zip.Deflate, Modified: saved})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(custom)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// sheet is one worksheet: its rows from row 1, and the ranges to merge.
type sheet struct {
	name   string
	rows   [][]string
	merges [][2]string
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

// writeCSVGBK writes rows as a GBK CSV with CRLF line ends (cells hold no comma or quote).
func writeCSVGBK(path string, rows [][]string) error {
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			if strings.ContainsAny(c, ",\"") {
				return fmt.Errorf("cell %q holds a comma or quote", c)
			}
		}
		b.WriteString(strings.Join(r, ",") + "\r\n")
	}
	s, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// binaryWorkbook writes the sheets as an Excel 97 workbook (.xls).
func binaryWorkbook(path string, sheets ...sheet) error {
	tmp, err := os.MkdirTemp("", "casesbm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	x := filepath.Join(tmp, "ledger.xlsx")
	if err := writeXLSX(x, sheets...); err != nil {
		return err
	}
	if err := soffice(tmp, "xls:MS Excel 97", x); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(tmp, "ledger.xls"))
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}

// sitePage sets the article's page in a website's frame: a menu above, a
// line of publishing details, and a footer with the site's notices.
func sitePage(text string) string {
	body := toHTML(text)
	i := strings.Index(body, "<body>") + len("<body>")
	j := strings.LastIndex(body, "</body>")
	head := `<div class="top"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/zdly/">重点领域</a></div>
<div class="loc">当前位置：首页 &gt; 信息公开 &gt; 部门信息 &gt; 县住建局</div>
<div class="info">发布时间：2024-11-18　来源：县住房和城乡建设局　浏览次数：263</div>
`
	foot := `<div class="foot">主办：梅溪县人民政府办公室　地址：梅溪县城东路16号　邮编：421600<br>网站标识码：4313250012　ICP备案号：东ICP备12003456号-2</div>
`
	return body[:i] + "\n" + head + body[i:j] + foot + body[j:]
}
