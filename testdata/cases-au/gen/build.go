package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// build writes out, a file of the format its name asks for, from the text source src.
// The source's name without ".txt" is the output's, with these markers taken out:
//
//   - NAME.txt / NAME.txt.gbk: UTF-8, or GBK with CRLF line ends;
//   - NAME.docx, NAME.odt: LibreOffice from an HTML page made of the text (casebuild.ToHTML:
//     "# …" a centred title, "|a|b|" a table row, ">…" right-aligned, "<…" not
//     indented, "%page" a page break, any other line an indented paragraph);
//   - NAME.doc: that DOCX saved again by LibreOffice as Word 97–2003 (.doc);
//   - NAME.wps: the same Word 97 binary under the .wps name, as WPS Office's
//     own format is;
//   - NAME.pdf: that DOCX converted to PDF (text layer);
//   - NAME.enc.pdf: the PDF encrypted with an opening password (zg2024);
//   - NAME.trunc.docx: the DOCX cut off at 55% of its bytes (a copy that broke off);
//   - NAME.scan.pdf: the PDF's first page rendered at 200 dpi, grey, as the only
//     content of a PDF (a scan with no text layer);
//   - NAME.jpg: the first page photographed: 150 dpi, turned a little, JPEG;
//     NAME.png: the first page at 150 dpi, grey, PNG;
//   - NAME.num.docx and NAME.rev.docx: written by hand (docxraw.go): Word's automatic
//     list numbering, or tracked changes and comments.
func build(src, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	text := string(raw)
	switch {
	case strings.HasSuffix(out, ".txt.gbk"):
		g, err := casebuild.GBKText(text)
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		return os.WriteFile(strings.TrimSuffix(out, ".gbk"), g, 0o644)
	case strings.HasSuffix(out, ".txt"):
		return os.WriteFile(out, raw, 0o644)
	case strings.HasSuffix(out, ".num.docx"):
		return writeRawDOCX(strings.Replace(out, ".num.docx", ".docx", 1), text)
	case strings.HasSuffix(out, ".rev.docx"):
		return writeRawDOCX(strings.Replace(out, ".rev.docx", ".docx", 1), text)
	}
	tmp, err := os.MkdirTemp("", "casesau")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	page := filepath.Join(tmp, "page.html")
	if err := os.WriteFile(page, []byte(casebuild.ToHTML(text)), 0o644); err != nil {
		return err
	}
	docx := filepath.Join(tmp, "page.docx")
	pdf := filepath.Join(tmp, "page.pdf")
	if err := soffice.Convert(tmp, "docx:MS Word 2007 XML", page); err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(out, ".trunc.docx"):
		b, err := os.ReadFile(docx)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.Replace(out, ".trunc.docx", ".docx", 1), b[:len(b)*55/100], 0o644)
	case strings.HasSuffix(out, ".docx"):
		return casebuild.CopyFile(docx, out)
	case strings.HasSuffix(out, ".odt"):
		if err := soffice.Convert(tmp, "odt", docx); err != nil {
			return err
		}
		return casebuild.CopyFile(filepath.Join(tmp, "page.odt"), out)
	case strings.HasSuffix(out, ".doc"), strings.HasSuffix(out, ".wps"):
		if err := soffice.Convert(tmp, "doc:MS Word 97", docx); err != nil {
			return err
		}
		return casebuild.CopyFile(filepath.Join(tmp, "page.doc"), out)
	case strings.HasSuffix(out, ".enc.pdf"):
		if err := soffice.Convert(tmp, `pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"zg2024"}}`, docx); err != nil {
			return err
		}
		return casebuild.CopyFile(pdf, strings.Replace(out, ".enc.pdf", ".pdf", 1))
	}
	if err := soffice.Convert(tmp, "pdf", docx); err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(out, ".scan.pdf"):
		img := filepath.Join(tmp, "scan")
		if b, err := exec.Command("pdftoppm", "-r", "200", "-gray", "-singlefile", "-f", "1", "-jpeg", pdf, img).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", pdf, err, b)
		}
		return casebuild.ScanPDF(img+".jpg", strings.Replace(out, ".scan.pdf", ".pdf", 1), 200)
	case strings.HasSuffix(out, ".pdf"):
		return casebuild.CopyFile(pdf, out)
	case strings.HasSuffix(out, ".png"):
		img := filepath.Join(tmp, "shot")
		if b, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-singlefile", "-f", "1", "-png", pdf, img).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", pdf, err, b)
		}
		return casebuild.CopyFile(img+".png", out)
	case strings.HasSuffix(out, ".jpg"):
		img := filepath.Join(tmp, "shot")
		if b, err := exec.Command("pdftoppm", "-r", "150", "-singlefile", "-f", "1", "-png", pdf, img).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", pdf, err, b)
		}
		// a page photographed on a desk: turned a little, a warm cast, JPEG
		return photograph(img+".png", out, 1.2)
	}
	return fmt.Errorf("%s: no converter for %s", src, filepath.Ext(out))
}
