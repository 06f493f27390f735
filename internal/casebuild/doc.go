// Package casebuild holds the code the case generators under
// testdata/cases-*/gen share: each of them is a small `package main` that
// rebuilds its case folders from plain-text sources in gen/src and ledgers
// written in Go.
//
// The pieces, by concern:
//
//   - run.go: Main, the walk over gen/src/CASE/PATH.EXT.txt and the ledgers;
//   - build.go: Builder, which turns one source into the file its name asks for;
//   - page.go: ToHTML, the line markup of the sources as an HTML page, and
//     InFrame, such a page set in a website's article frame;
//   - office.go: Office, LibreOffice (soffice) run with a profile of its own:
//     conversions, a DOCX printed to PDF, a page photographed, an Excel 97 copy;
//   - scan.go: ScanPDF, a JPEG as a one-page PDF with no text layer;
//   - wps.go: AsWPS, a DOCX's properties rewritten as WPS Office writes them;
//   - sheet.go: Sheet, WriteXLSX and WriteCSVGBK for the ledgers; WriteGBK for text.
//
// A generator's own data (its cases, ledgers, site frames) stays in its gen/.
package casebuild
