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
//
// Claims are read sentence by sentence (claims.go): each figure with a
// measure word is found with the words around it, and classifyFigure
// (classify.go) decides what it counts, by its measure word first and then
// by the questions each file answers:
//
//	words.go           word lists and their matching, shared by every rule
//	nouns.go           which noun a count counts (items, things, units, groups)
//	problem_state.go   which problems: total, done, in progress, not done
//	meeting_claims.go  which meetings a count of times counts
//	people_claims.go   sanctions, clues and cases, leaders' and inspectors' work
//	money_claims.go    money recovered or at issue, and ordinary money
//	names.go           figures of other units, round-ups, bylines, names
//	idiom.go           set phrases and slogans, which are not counts
//	part.go            counts inside a count before them
//	earlier_round.go   figures of an earlier round or year
//	demote.go          second passes once the sentence has been read
//	table_claims.go    figures in tables
//
// docs/phrasing.md lists the rules with an example each.
package extract
