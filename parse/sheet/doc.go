// Package sheet is parse's reader of ledgers kept as spreadsheets: XLSX
// workbooks (ReadXLSX, one page and one table per sheet) and CSV files
// (ReadCSV, one table). Both keep the source's row numbers, so that a
// finding can name the row a clerk sees in the spreadsheet.
package sheet
