// Package extract finds claims, problem items, meetings and ledger rows in
// parsed documents.
//
// Numbers are parsed by ParseNumber (a whole string that is one number, such
// as a table cell) and FindNumbers (every number in running text, with
// code-point offsets, the approximation words around it and a Role that tells
// counts apart from dates, document numbers, ordinals, set phrases and the
// like).
//
// The domain's vocabulary — claim kinds and subtypes, statuses, meeting
// types, ledger sheet and column kinds, approximations — is defined here,
// once, as Go types with constants; each concept has one table (vocab_*.go,
// approx.go) giving every code its Chinese name and the words that signal
// it, and one classifier over that table that every caller shares.
// docs/vocabulary.md is rendered from the tables.
package extract
