// Command gen rebuilds the case folders of testdata/cases-by from the plain-text
// sources in src/ and the Go in cases.go (see ../README.md).
//
//	cd testdata/cases-by/gen && go run . [CASE ...]
//
// A source src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT as casebuild.Builder
// makes it (.docx, .doc, .pdf by LibreOffice; NAME.scan.pdf a scan with no text
// layer; .jpg a photographed page; NAME.txt.gbk a GBK text). The ledgers, the
// minutes and the broken files (an encrypted .xls, a truncated .xlsx, a minutes
// file of zero bytes, a .doc that is a plain text, a .zip of the minutes) are
// written by the functions of cases.go. expected.json and case.json are written
// by hand.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesby")

var bd = casebuild.Builder{
	Office:  soffice,
	Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".doc": "doc:MS Word 97"},
}

func main() {
	casebuild.Main(bd.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger,
// minutes and broken files.
var ledgers = map[string]func(dir string) error{}
