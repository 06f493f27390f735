package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/internal/zhcheck"
	"github.com/zhenggai/zhenggai/verify"
)

// checkWords allows what check's help and output may name as written: the
// program and its commands, the values of --format and --fail-on, the rules'
// codes, case.json's fields, and what the user typed, quoted back (pdf,
// frobnicate).
func checkWords(w string) bool {
	if slices.Contains([]string{"zhenggai", "help", "text", "json", "html", "xlsx", "docx", "high", "medium", "low", "never", "as_of", "pdf", "frobnicate"}, w) {
		return true
	}
	for _, c := range commands() {
		if c.name == w {
			return true
		}
	}
	return verify.RuleByID(verify.RuleID(w)) != nil
}

// TestCheckChinese: check's help, its usage errors and its text output on
// the sample cases hold no English word but codes, file names and the
// acronyms users know.
func TestCheckChinese(t *testing.T) {
	runs := [][]string{
		{"check", "-h"},
		{"check", "--format", "pdf", "x"},
		{"check", "--nope", "x"},
		{"check", "--as-of", "2020-02-30", "x"},
		{"check", "--format", "docx", "x"},
		{"check", filepath.Join(cases, "no-such-case")},
		{"frobnicate"},
		{"help"},
	}
	dirs, _ := filepath.Glob(filepath.Join(cases, "*"))
	for _, d := range dirs {
		runs = append(runs, []string{"check", "--as-of", "2026-12-01", d})
	}
	for _, args := range runs {
		_, out, errOut := runCLI(args...)
		assert.Empty(t, zhcheck.Words(out, checkWords), "%v: standard output", args)
		assert.Empty(t, zhcheck.Words(errOut, checkWords), "%v: standard error", args)
	}
}

// otherWords allows, besides checkWords, what the help of parse, extract,
// index and search names as written: the values of their flags and the
// query syntax's operators.
func otherWords(w string) bool {
	return checkWords(w) || slices.Contains([]string{"jsonl", "relevance", "date", "kind", "report", "minutes", "ledger", "other", "AND", "OR", "NOT", "xml"}, w)
}

// TestOtherCommandsChinese: the help, usage errors and text output of
// parse, extract, index and search (on every sample case's files and the
// sample index) hold no English word but codes, file names and the
// acronyms users know.
func TestOtherCommandsChinese(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	runs := [][]string{
		{"parse", "-h"}, {"extract", "-h"}, {"index", "-h"}, {"search", "-h"},
		{"parse", "--format", "xml", "x"}, {"extract", "--format", "xml", "x"},
		{"parse", "no-such-file.pdf"}, {"extract", "no-such-file.pdf"},
		{"search", "--index", idx, "--from", "2020-13-01", "巡察"},
		{"index", "--index", idx, corpusIndexDir},
		{"search", "--index", idx, "巡察 整改"},
		// A folder that holds documents but no index: the error is Chinese.
		{"search", "--index", corpusIndexDir, "巡察"},
		{"search", "--index", idx, "--kind", "report", "--sort", "date", "问题"},
		{"index", "--index", idx, "--delete", corpusIndexDir},
	}
	files, _ := filepath.Glob(filepath.Join(cases, "*", "*.*"))
	minutes, _ := filepath.Glob(filepath.Join(cases, "*", "minutes", "*"))
	for _, f := range append(files, minutes...) {
		if filepath.Ext(f) == ".json" {
			continue
		}
		runs = append(runs, []string{"parse", f}, []string{"extract", f})
	}
	require.Greater(t, len(runs), 40)
	for _, args := range runs {
		_, out, errOut := runCLI(args...)
		if args[0] == "parse" && len(args) == 2 {
			out = parseLabels(out)
		}
		assert.Empty(t, zhcheck.Words(out, otherWords), "%v: standard output", args)
		assert.Empty(t, zhcheck.Words(errOut, otherWords), "%v: standard error", args)
	}
}

// parseLabels keeps the lines of parse's text output that it writes
// itself (a file's heading, its title, a page's label), not the
// document's text.
func parseLabels(out string) string {
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "== ") || strings.HasPrefix(l, "--- ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
