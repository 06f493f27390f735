// Command gen rebuilds the case folders of testdata/cases-ch from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-ch/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen: a source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT (.txt copied, NAME.txt.gbk.txt a GBK text with CRLF, .docx, .doc
// and .pdf made by LibreOffice, NAME.wps.docx.txt a DOCX marked as WPS saved it).
// case.json and expected.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesch")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
	}
	casebuild.Main(b.Build, ledgers)
}
