package main

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

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
