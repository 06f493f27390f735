// Command gen rebuilds the case folders of testdata/cases-ca from the plain-text
// sources in src/ and the ledgers written in cases.go (see ../README.md).
//
//	cd testdata/cases-ca/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen. A source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT: .docx by LibreOffice from an HTML page of the text (a line
// "# …" a centred title, "|a|b|" a table row, ">…" a right-aligned line);
// NAME.wps.docx.txt a DOCX marked as saved by WPS Office; .wps a Word 97
// binary under WPS's name. Ledgers (.et and .xls, Excel 97 binaries made by
// LibreOffice) are written by cases.go. expected.json and case.json are
// written by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

var soffice = casebuild.NewOffice("casesca")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".wps": "doc:MS Word 97", ".doc": "doc:MS Word 97"},
	}
	casebuild.Main(b.Build, ledgers)
}

var ledgers = map[string]func(dir string) error{}
