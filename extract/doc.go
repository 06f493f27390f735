// Package extract finds claims, problem items, meetings and ledger rows in
// parsed documents.
//
// Numbers are parsed by ParseNumber (a whole string that is one number, such
// as a table cell) and FindNumbers (every number in running text, with
// code-point offsets, the approximation words around it and a Role that tells
// counts apart from dates, document numbers, ordinals, set phrases and the
// like).
package extract
