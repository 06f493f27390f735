// Command gen rebuilds the case folders of testdata/cases-ck from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
// Adapted from testdata/cases-bc/gen.
//
//	cd testdata/cases-ck/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT (.docx, .pdf and .doc by
// LibreOffice from an HTML page of the text; NAME.wps.docx a DOCX marked as saved
// by WPS; NAME.scan.pdf a scan with no text layer). expected.json and case.json
// are written by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

var soffice = casebuild.NewOffice("casesck")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
	}
	casebuild.Main(b.Build, ledgers)
}

var ledgers = map[string]func(dir string) error{}
