// Command wordxmlfixtures writes the test fixtures of Word documents saved
// as one XML file under testdata/wordxml, from src/report.html (text of our
// own), with LibreOffice.
//
// Run it from the repository root (soffice must be installed):
//
//	go run ./scripts/wordxmlfixtures
//
// It writes:
//
//   - report.docx: src/report.html saved by LibreOffice as DOCX (the reference:
//     the XML fixtures must read as it does);
//   - word2003.xml: report.docx saved by LibreOffice as "MS Word 2003 XML"
//     (root w:wordDocument, styles inline, list numbers in wx:t);
//   - oa-export.doc: the same bytes under a .doc name, as office systems
//     export reports;
//   - flat-package.xml: report.docx as Word's "Word XML Document" lays a
//     package out in one file (Flat OPC: each XML part inside pkg:xmlData,
//     each other part base64 inside pkg:binaryData);
//   - flat-no-document.xml: a flat package without its main part.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

var root = flag.String("root", ".", "repository root")

func convert(dir, src, filter string) {
	cmd := exec.Command("soffice", "--headless", "--convert-to", filter, "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("soffice %s: %v\n%s", filter, err, out)
	}
}

var xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*\?>\s*`)

// flat lays the members of a DOCX out as one Flat OPC document; skip
// names members to leave out.
func flat(docx []byte, skip string) []byte {
	z, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>\n")
	b.WriteString("<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">")
	for _, f := range z.File {
		if f.Name == skip || strings.HasSuffix(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			log.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			log.Fatal(err)
		}
		name := "/" + f.Name
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			fmt.Fprintf(&b, "<pkg:part pkg:name=%q pkg:contentType=\"application/xml\"><pkg:xmlData>%s</pkg:xmlData></pkg:part>", name, xmlDecl.ReplaceAll(data, nil))
		} else {
			fmt.Fprintf(&b, "<pkg:part pkg:name=%q pkg:contentType=\"application/octet-stream\" pkg:compression=\"store\"><pkg:binaryData>%s</pkg:binaryData></pkg:part>", name, base64.StdEncoding.EncodeToString(data))
		}
	}
	b.WriteString("</pkg:package>\n")
	return []byte(b.String())
}

func write(path string, data []byte) {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", path)
}

func main() {
	flag.Parse()
	dir := filepath.Join(*root, "testdata", "wordxml")
	tmp, err := os.MkdirTemp("", "wordxml")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	convert(tmp, filepath.Join(dir, "src", "report.html"), "docx:MS Word 2007 XML")
	convert(tmp, filepath.Join(tmp, "report.docx"), "xml:MS Word 2003 XML")
	docx, err := os.ReadFile(filepath.Join(tmp, "report.docx"))
	if err != nil {
		log.Fatal(err)
	}
	w2003, err := os.ReadFile(filepath.Join(tmp, "report.xml"))
	if err != nil {
		log.Fatal(err)
	}
	write(filepath.Join(dir, "report.docx"), docx)
	write(filepath.Join(dir, "word2003.xml"), w2003)
	write(filepath.Join(dir, "oa-export.doc"), w2003)
	write(filepath.Join(dir, "flat-package.xml"), flat(docx, ""))
	write(filepath.Join(dir, "flat-no-document.xml"), flat(docx, "word/document.xml"))
}
