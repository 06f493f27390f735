// Command gen rebuilds the case folders of testdata/cases-am from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-am/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt is copied as UTF-8; a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import "github.com/zhenggai/zhenggai/internal/casebuild"

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.Office{Profile: "file:///tmp/casesam-soffice-profile", Temp: "casesam"}

func main() {
	b := casebuild.Builder{Office: soffice}
	casebuild.Main(b.Build, ledgers)
}

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
