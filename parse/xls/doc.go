// Package xls is parse's reader of legacy Excel workbooks (.xls, Excel
// 97–2003, the BIFF8 record format) and of WPS spreadsheets (.et), which
// WPS writes in the same binary format. It reads them into the same model
// as parse/sheet reads XLSX: one page and one table per worksheet, the
// sheet's row numbers, vertically merged cells repeated on each row they
// cover and date cells with their date, so that a ledger kept as .xls or .et
// gives the ledger rows, problems and statuses of the same ledger as .xlsx.
//
// The compound file is opened with github.com/richardlehane/mscfb (already
// used by excelize); the records are read here: SST (with its CONTINUE
// records), LABELSST, LABEL, NUMBER, RK, MULRK, FORMULA cached results and
// their STRING, BOOLERR, MERGEDCELLS, BOUNDSHEET, FORMAT, XF and DATEMODE.
// Numbers are shown through excelize under the cell's number format, the
// library the XLSX reader shows them with, so a date reads 2024-02-29 (or
// 2024年2月29日) in both.
//
// Why not a library: the Go readers of .xls on the module proxy were
// measured on the LibreOffice-converted sample ledgers (testdata/zoo).
// github.com/extrame/xls (v0.0.1, 2017) found 77% and 89% of the XLSX
// source's cell texts in the first two ledgers, then ran out of memory, a
// crash no recover catches, on a truncated copy; github.com/shakinm/xlsReader
// (v0.9.12, 2022) found 82–100% (dates come out as serial numbers) and
// panicked on 133 of 420 truncated or corrupted copies. Neither gives merged
// cells. This reader finds 100% of them (parse/xls tests).
//
// Bad input: an encrypted workbook (FILEPASS) is ErrEncrypted; a damaged
// or cut-short one is ErrCorrupt, never a panic; a Book stream (Excel 95)
// is ErrUnsupported. Work is bounded by the stream's size (read whole, at
// most Options.MaxDecompressed), the BIFF8 grid (65536 rows, 256 columns)
// and sheet.MaxTableCells, and checks the context.
package xls
