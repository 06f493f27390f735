// Command gen rebuilds the case folders of testdata/cases-bv from the plain-text
// sources in src/ and the ledgers written in ledgers.go (see ../README.md).
//
//	cd testdata/cases-bv/gen && go run . [CASE ...]
//
// Adapted from testdata/cases-bc/gen. A source file src/CASE/PATH.EXT.txt
// becomes CASE/PATH.EXT: .docx is converted by LibreOffice from an HTML page
// of the text (a line "# …" a centred title, "|a|b|" a table row, ">…" a
// right-aligned line, "<…" an unindented line); .odt goes by way of that DOCX;
// .png is the first page of the PDF of that page rendered at 150 dpi (a
// photographed page, read by OCR); NAME.scan.pdf becomes NAME.pdf holding only
// that rendered page (an image-only PDF). Ledgers are Excel 97 .xls workbooks
// made by LibreOffice from XLSX. A damaged minutes file is written by
// ledgers.go too (a .docx cut short). expected.json and case.json are written
// by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
// Photos are rendered at casebuild's 150 dpi, the resolution ScanPDF declares,
// so that an image-only PDF's page is A4.
var soffice = casebuild.NewOffice("casesbv")

func main() {
	b := casebuild.Builder{
		Office:   soffice,
		Targets:  map[string]string{".docx": "docx:MS Word 2007 XML"},
		FromDOCX: map[string]string{".odt": "odt:writer8"},
	}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
