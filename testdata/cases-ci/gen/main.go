// Command gen rebuilds the case folders of testdata/cases-ci from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-ci/gen && go run . [CASE ...]
//
// Adapted from cases-bc's generator. A source src/CASE/PATH.EXT.txt becomes
// CASE/PATH.EXT: .txt is copied (NAME.txt.gbk.txt: GBK with CRLF), .docx and
// .pdf are made by LibreOffice from an HTML page of the text (a line "# …" a
// centred title, "|a|b|" a table row, ">…" right-aligned, "<…" a line not
// indented), NAME.wps.docx.txt a DOCX marked as saved by WPS Office. A first
// line %gongwen lays a document out as a 公文.
//
// expected.json and case.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesci")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
