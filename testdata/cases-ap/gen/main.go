// Command gen rebuilds the case folders of testdata/cases-ap from the plain-text
// sources in src/ and the ledgers written in ledgerNN.go (see ../README.md).
//
//	cd testdata/cases-ap/gen && go run . [CASE ...]
//
// With case folder names as arguments only those cases are rebuilt.
// A source file src/CASE/PATH.EXT.txt becomes CASE/PATH.EXT:
//
//   - .txt and .html are copied as written (UTF-8); a source named NAME.txt.gbk.txt becomes NAME.txt
//     in GBK with CRLF line ends, as a Windows PC in a small office saves it;
//   - .docx and .rtf are converted by LibreOffice from an HTML page made of the
//     text (a line "# …" is a centred title, a line "|a|b|" a table row, a line
//     ">…" a right-aligned line, any other line an indented paragraph);
//   - .wps is the page converted by LibreOffice to a Word 97 binary document,
//     under the name WPS Office saves it;
//   - NAME.wps.docx.txt becomes NAME.docx marked as WPS Office saved it (its
//     docProps name WPS and carry the KSOProductBuildVer property);
//   - .pdf is that page converted to DOCX and then to PDF;
//   - .png is the first page of that PDF rendered at 150 dpi (a photographed page);
//     NAME.scan.pdf.txt becomes NAME.pdf holding only that page's image (a scan
//     with no text layer: read by OCR).
//
// expected.json and case.json are written by hand in each case folder.
package main

import (
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/zhenggai/zhenggai/internal/casebuild"
)

// soffice runs LibreOffice with this generator's own profile.
var soffice = casebuild.NewOffice("casesap")

func main() {
	b := casebuild.Builder{
		Office:  soffice,
		Targets: map[string]string{".docx": "docx:MS Word 2007 XML", ".rtf": "rtf:Rich Text Format", ".wps": "doc:MS Word 97"},
		Site:    asIs,
	}
	casebuild.Main(b.Build, ledgers)
}

// writeXLSX writes the sheets as an XLSX workbook, amounts as numbers (moneyCells).
func writeXLSX(path string, sheets ...casebuild.Sheet) error {
	return casebuild.WriteXLSXWith(path, moneyCells, sheets...)
}

// moneyCells adds the two-decimal number style to the workbook and writes
// amounts (涉及金额, 整改金额; not in column A) as numbers in that style,
// everything else as strings.
func moneyCells(f *excelize.File) (casebuild.CellFunc, error) {
	fmtCode := "#,##0.00"
	twoDec, err := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCode})
	if err != nil {
		return nil, err
	}
	return func(f *excelize.File, sheet, cell, v string) error {
		if c, _, _ := excelize.CellNameToCoordinates(cell); c > 1 && money.MatchString(v) {
			x, _ := strconv.ParseFloat(v, 64)
			if err := f.SetCellFloat(sheet, cell, x, -1, 64); err != nil {
				return err
			}
			return f.SetCellStyle(sheet, cell, cell, twoDec)
		}
		return f.SetCellStr(sheet, cell, v)
	}, nil
}

// binaryWorkbook writes the sheets as an Excel 97 workbook: writeXLSX's
// workbook converted by LibreOffice.
func binaryWorkbook(path string, sheets ...casebuild.Sheet) error {
	return soffice.XLS(path, func(x string) error { return writeXLSX(x, sheets...) })
}

// money matches an amount written with its decimals (38.72, 210.00).
var money = regexp.MustCompile(`^\d+\.\d+$`)

// asIs writes a .html source as it is: it is a saved page already.
func asIs(_, text string) string { return text }

// ledgers holds, by case folder, the function that writes its ledger.
var ledgers = map[string]func(dir string) error{}
