// Command gen rebuilds the case folders of testdata/cases-ae from the plain
// texts under gen/src (reports, case.json, expected.json) and the ledgers and
// minutes written in this package.
//
//	go run ./testdata/cases-ae/gen            (from the repository root)
//
// A source file's name says what it becomes: NAME.docx.txt, NAME.pdf.txt and
// NAME.wps.txt are a small markup (a line a paragraph; "# " a centred title;
// lines starting "|" a table row) turned into HTML and converted by
// LibreOffice (.wps is the Word 97 binary saved under the WPS name);
// NAME.gbk.txt is NAME.txt written in GBK; NAME.jpg.txt, NAME.png.txt and
// NAME.webp.txt are drawn as a photographed page (ImageMagick);
// NAME.enc.pdf.txt is a PDF then encrypted with a password (qpdf); other
// files are copied as they are.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var (
	out = flag.String("out", "testdata/cases-ae", "folder the case folders are written to")
	src = flag.String("src", "testdata/cases-ae/gen/src", "the plain-text sources")
)

func main() {
	flag.Parse()
	cases, err := filepath.Glob(filepath.Join(*src, "[0-9][0-9]-*"))
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range cases {
		name := filepath.Base(c)
		dst := filepath.Join(*out, name)
		must(os.RemoveAll(dst))
		must(filepath.Walk(c, func(p string, fi os.FileInfo, err error) error {
			if err != nil || fi.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(c, p)
			return build(p, filepath.Join(dst, rel))
		}))
		for file, m := range minutesOf[name] {
			must(build(writeTemp(m), filepath.Join(dst, "minutes", file)))
		}
		if l, ok := ledgers[name]; ok {
			l(dst)
		}
	}
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// writeTemp writes generated markup to a temporary file named as a source
// file is (the kind in its name), so build treats it as one.
func writeTemp(m minute) string {
	dir, err := os.MkdirTemp("", "casesae")
	must(err)
	p := filepath.Join(dir, "m."+m.as+".txt")
	must(os.WriteFile(p, []byte(m.text()), 0o644))
	return p
}

// build makes dst (a source name with its .txt suffix cut) from the source p.
func build(p, dst string) error {
	must(os.MkdirAll(filepath.Dir(dst), 0o755))
	raw, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	base := filepath.Base(p)
	target := strings.TrimSuffix(dst, ".txt")
	if filepath.Base(dst) != filepath.Base(p) {
		target = dst // generated minutes: dst is already the final name
	}
	switch {
	case strings.HasSuffix(base, ".enc.pdf.txt"):
		tmp := convert(raw, "pdf")
		return run("qpdf", "--encrypt", "kaihui2024", "owner2024", "256", "--", tmp, target)
	case strings.HasSuffix(base, ".docx.txt"), strings.HasSuffix(base, ".pdf.txt"):
		ext := "docx"
		if strings.HasSuffix(base, ".pdf.txt") {
			ext = "pdf"
		}
		return os.Rename(convert(raw, ext), target)
	case strings.HasSuffix(base, ".wps.txt"):
		return os.Rename(convert(raw, "doc"), target)
	case strings.HasSuffix(base, ".gbk.txt"):
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes(raw)
		if err != nil {
			return err
		}
		return os.WriteFile(strings.TrimSuffix(dst, ".gbk.txt")+".txt", b, 0o644)
	case strings.HasSuffix(base, ".jpg.txt"), strings.HasSuffix(base, ".png.txt"), strings.HasSuffix(base, ".webp.txt"):
		return photo(raw, target)
	}
	if strings.HasSuffix(base, ".txt") && filepath.Base(dst) == base {
		target = dst // a plain text file stays .txt
	}
	return os.WriteFile(target, raw, 0o644)
}

// toHTML turns the markup into an HTML page.
func toHTML(raw []byte) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC";font-size:14pt} td{border:1px solid black;padding:2pt} table{border-collapse:collapse}</style></head><body>`)
	inTable := false
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r ")
		if strings.HasPrefix(line, "|") {
			if !inTable {
				b.WriteString("<table>")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				b.WriteString("<td>" + html.EscapeString(strings.TrimSpace(c)) + "</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		if inTable {
			b.WriteString("</table>")
			inTable = false
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			b.WriteString(`<p align="center"><b>` + html.EscapeString(line[2:]) + "</b></p>")
		default:
			b.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	if inTable {
		b.WriteString("</table>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// convert writes the markup as HTML and converts it with LibreOffice,
// returning the converted file's path.
func convert(raw []byte, ext string) string {
	dir, err := os.MkdirTemp("", "casesae")
	must(err)
	in := filepath.Join(dir, "doc.html")
	must(os.WriteFile(in, []byte(toHTML(raw)), 0o644))
	if ext == "pdf" {
		// by way of Word: the web filter's PDF drops the centred title
		in = convert(raw, "docx")
		must(run("soffice", "--headless", "-env:UserInstallation=file://"+dir+"/lo", "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir, in))
		return filepath.Join(dir, "doc.pdf")
	}
	filter := map[string]string{"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}[ext]
	must(run("soffice", "--headless", "-env:UserInstallation=file://"+dir+"/lo", "--convert-to", filter, "--outdir", dir, in))
	return filepath.Join(dir, "doc."+ext)
}

// photo draws the text as a slightly tilted page, as a phone photographs it.
func photo(raw []byte, target string) error {
	// the text goes on the command line: ImageMagick's policy refuses @file
	text := strings.ReplaceAll(string(bytes.TrimSpace(raw)), "# ", "")
	return run("convert", "-size", "1400x", "-background", "white", "-fill", "black",
		"-font", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "-pointsize", "34",
		"-interline-spacing", "14", "caption:"+text, "-bordercolor", "white", "-border", "60",
		"-background", "white", "-rotate", "0.4", "-colorspace", "Gray", "-colors", "16", "-depth", "8", "-quality", "70", target)
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %v: %v: %s", name, args, err, stderr.String())
	}
	return nil
}
