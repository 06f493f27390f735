// Package casebuild holds the code the case generators under
// testdata/cases-*/gen share: each of them is a small `package main` that
// rebuilds its case folders from plain-text sources in gen/src and ledgers
// written in Go.
//
// The pieces, by concern:
//
//   - run.go: Main, Run and RunLedgers, the walk over gen/src/CASE/PATH.EXT.txt
//     and the ledger writers;
//   - build.go: Builder, which turns one source into the file its name asks
//     for, by way of an HTML page and LibreOffice;
//   - page.go: ToHTML and Markup, the line markup of the sources as an HTML
//     page, and InFrame, such a page set in a website's article frame;
//     ruled.go: RuledHTML and TableHTML, the markup with merged table cells;
//   - blocks.go: Blocks, the "@NAME" lines of a source expanded from Go, and CaseOf;
//   - docx.go: DOCX, Word documents written by hand from a richer markup
//     (red-letter heads, fields, notes, comments, text boxes, revisions, a
//     seal), and docbuild.go: DocBuilder, its .docx/.doc/.pdf;
//   - minutes.go: Meeting, one meeting's minutes as a source;
//   - problems.go: Problem, a problems ledger's rows, their sheet (ProblemSheet)
//     and a report's list of them (ReportItems, Annex, CN);
//   - office.go: Office, LibreOffice (soffice) run with a profile of its own:
//     conversions, a DOCX printed to PDF, a page photographed, a workbook converted;
//   - scan.go: ScanPDF, a JPEG as a one-page PDF with no text layer;
//   - wps.go: AsWPS, a DOCX's properties rewritten as WPS Office writes them;
//   - sheet.go: Sheet, WriteXLSX (and WriteXLSXCells/WriteXLSXWith for a
//     generator's own cells), WriteCSVGBK, WriteCSVGBKQuoted and GBKText.
//
// A generator's own data (its cases, ledgers, site frames, page looks) stays
// in its gen/.
package casebuild
