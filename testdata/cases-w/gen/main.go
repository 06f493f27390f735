// Command gen rebuilds the case folders of testdata/cases-w from the plain
// texts under src/ and the ledgers described in ledgers.go. It needs
// LibreOffice (soffice), ImageMagick (convert) and qpdf on the PATH.
//
//	cd testdata/cases-w && go run ./gen [NN ...]
//
// expected.json in each folder is written by hand and never touched here.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"image/jpeg"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var root string

func main() {
	wd, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	root = wd
	if filepath.Base(wd) == "gen" {
		root = filepath.Dir(wd)
	}
	for _, c := range cases {
		if !wanted(c.name) {
			continue
		}
		dir := filepath.Join(root, c.name)
		must(os.MkdirAll(filepath.Join(dir, "minutes"), 0o755))
		must(os.WriteFile(filepath.Join(dir, "case.json"), []byte(c.caseJSON+"\n"), 0o644))
		c.build(dir)
	}
}

// wanted tells whether a case is to be built: all of them, or those whose
// names start with one of the arguments (go run ./gen 07 12).
func wanted(name string) bool {
	if len(os.Args) < 2 {
		return true
	}
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(name, a) {
			return true
		}
	}
	return false
}

type caseSpec struct {
	name     string
	caseJSON string
	build    func(dir string)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// src reads a plain source text of the generator.
func src(rel string) string {
	b, err := os.ReadFile(filepath.Join(root, "gen", "src", rel))
	must(err)
	return strings.TrimRight(string(b), "\n")
}

// toHTML renders a source text: its first line is the title, a line starting
// with | is a table row (the first of a run is the header), a line starting
// with > is set right (signature, date), others are paragraphs.
func toHTML(text string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:15pt} h1{text-align:center;font-size:20pt} p{text-indent:2em;line-height:1.6} p.r{text-align:right} table{border-collapse:collapse} td,th{border:1px solid #000;padding:2pt 4pt;font-size:11pt}</style></head><body>`)
	lines := strings.Split(text, "\n")
	b.WriteString("<h1>" + html.EscapeString(lines[0]) + "</h1>")
	inTable := false
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "|") {
			cells := strings.Split(strings.Trim(l, "|"), "|")
			tag := "td"
			if !inTable {
				b.WriteString("<table>")
				inTable = true
				tag = "th"
			}
			b.WriteString("<tr>")
			for _, c := range cells {
				b.WriteString("<" + tag + ">" + html.EscapeString(strings.TrimSpace(c)) + "</" + tag + ">")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case strings.TrimSpace(l) == "":
		case strings.HasPrefix(l, ">"):
			b.WriteString(`<p class="r">` + html.EscapeString(strings.TrimPrefix(l, ">")) + "</p>")
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

// office converts a source text to a document with LibreOffice: ext is docx,
// pdf or doc; the result is written to dst.
func office(text, ext, dst string) {
	tmp, err := os.MkdirTemp("", "casesw-gen")
	must(err)
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "doc.html")
	must(os.WriteFile(in, []byte(toHTML(text)), 0o644))
	filter := ext
	switch ext {
	case "docx":
		filter = `docx:MS Word 2007 XML`
	case "doc":
		filter = `doc:MS Word 97`
	case "pdf":
		filter = `docx:MS Word 2007 XML`
	}
	cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", tmp, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("soffice: %v: %s", err, out)
	}
	if ext == "pdf" {
		// a PDF as Word or WPS prints it: from the document, not the web page
		cmd = exec.Command("soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, filepath.Join(tmp, "doc.docx"))
		if out, err := cmd.CombinedOutput(); err != nil {
			log.Fatalf("soffice: %v: %s", err, out)
		}
	}
	b, err := os.ReadFile(filepath.Join(tmp, "doc."+ext))
	must(err)
	must(os.WriteFile(dst, b, 0o644))
}

func writeText(dst, text string) { must(os.WriteFile(dst, []byte(text+"\n"), 0o644)) }

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	must(err)
	return b
}

// run runs a tool and stops on failure.
func run(name string, args ...string) {
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		log.Fatalf("%s %v: %v: %s", name, args, err, out)
	}
}

// scanPDF renders a text as a photographed-looking page (an image only, no
// text layer) and wraps it in a PDF.
func scanPDF(text, dst string) {
	tmp, err := os.MkdirTemp("", "casesw-scan")
	must(err)
	defer os.RemoveAll(tmp)
	png := filepath.Join(tmp, "p.png")
	run("convert", "-size", "1654x2339", "xc:#f4f1ea", "-font", "Noto-Sans-CJK-SC", "-pointsize", "40",
		"-fill", "#222222", "-annotate", "+130+200", text, "-rotate", "0.6", "-attenuate", "0.3", "+noise", "Gaussian",
		"-flatten", png)
	jpg := filepath.Join(tmp, "p.jpg")
	run("convert", png, "-quality", "85", jpg)
	img, err := os.ReadFile(jpg)
	must(err)
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(img))
	must(err)
	imagePDF(img, cfg.Width, cfg.Height, dst)
}

// imagePDF writes a one-page PDF holding only a JPEG, as a scanner does.
func imagePDF(jpg []byte, w, h int, dst string) {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>")
	obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream", w, h, len(jpg), jpg))
	content := "q 595 0 0 842 0 0 cm /Im0 Do Q"
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	must(os.WriteFile(dst, b.Bytes(), 0o644))
}

// watermark lays a light text over every page of a PDF, as WPS prints it.
func watermark(pdf, mark string) {
	tmp, err := os.MkdirTemp("", "casesw-wm")
	must(err)
	defer os.RemoveAll(tmp)
	wm := filepath.Join(tmp, "wm.pdf")
	h := `<html><head><meta charset="utf-8"><style>p{color:#d8d8d8;font-size:40pt;text-align:center;margin-top:300pt;font-family:"Noto Sans CJK SC"}</style></head><body><p>` + html.EscapeString(mark) + `</p></body></html>`
	must(os.WriteFile(filepath.Join(tmp, "wm.html"), []byte(h), 0o644))
	run("soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, filepath.Join(tmp, "wm.html"))
	run("soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, filepath.Join(tmp, "wm.docx"))
	out := filepath.Join(tmp, "out.pdf")
	run("qpdf", pdf, "--overlay", wm, "--repeat=1", "--", out)
	b, err := os.ReadFile(out)
	must(err)
	must(os.WriteFile(pdf, b, 0o644))
}

// encryptPDF protects a PDF with an open password (an OA system's export).
func encryptPDF(pdf string) {
	out := pdf + ".enc"
	run("qpdf", "--encrypt", "zgb2023", "zgb2023owner", "256", "--", pdf, out)
	must(os.Rename(out, pdf))
}

// zipFiles writes a zip (DOCX, OFD …) of the given parts in order.
func zipFiles(dst string, parts [][2]string) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := w.Create(p[0])
		must(err)
		_, err = f.Write([]byte(p[1]))
		must(err)
	}
	must(w.Close())
	must(os.WriteFile(dst, buf.Bytes(), 0o644))
}

var reMark = regexp.MustCompile(`\{(ins|del|com):([^{}]*)\}`)

func xmlEsc(s string) string {
	var b strings.Builder
	must(func() error { _, err := fmt.Fprint(&b, html.EscapeString(s)); return err }())
	return b.String()
}

func zipRead(path string) ([][2]string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out [][2]string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, [2]string{f.Name, b.String()})
	}
	return out, nil
}
