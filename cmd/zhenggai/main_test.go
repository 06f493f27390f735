package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

const cases = "../../testdata/corpus/cases"

func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestParseBadFileInTheMiddle(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.pdf")
	require.NoError(t, os.WriteFile(bad, []byte("<html><body>404</body></html>"), 0o644))
	a := filepath.Join(cases, "03-tongling-shichangjianguan", "report.txt")
	c := filepath.Join(cases, "03-tongling-shichangjianguan", "ledger.csv")

	code, out, errOut := runCLI("parse", a, bad, c)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, out, "== "+a)
	assert.Contains(t, out, "== "+c)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	require.Len(t, lines, 1, errOut)
	assert.Contains(t, lines[0], bad)
	assert.Contains(t, lines[0], "HTML")
}

func TestParseJSONStream(t *testing.T) {
	a := filepath.Join(cases, "05-meixi-jiaoti-gbk", "report.txt")
	c := filepath.Join(cases, "05-meixi-jiaoti-gbk", "ledger.xlsx")
	// Flags may follow the files.
	code, out, errOut := runCLI("parse", a, c, "--format", "json")
	require.Equal(t, exitOK, code, errOut)
	dec := json.NewDecoder(strings.NewReader(out))
	var docs []parse.Document
	for {
		var d parse.Document
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		docs = append(docs, d)
	}
	require.Len(t, docs, 2)
	assert.Equal(t, parse.KindReport, docs[0].Kind)
	assert.Equal(t, parse.KindLedger, docs[1].Kind)
	// Offsets in the JSON point into the printed page text.
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			require.Equal(t, p.Text, d.Slice(p.Pos))
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, exitInput, "用法"},
		{[]string{"frobnicate"}, exitInput, "没有 \"frobnicate\" 这个命令"},
		{[]string{"parse"}, exitInput, "用法"},
		{[]string{"parse", "--format", "yaml", "x.txt"}, exitInput, "--format"},
		{[]string{"parse", "--nope", "x.txt"}, exitInput, "没有这个选项：-nope"},
		{[]string{"help"}, exitOK, "命令："},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, errOut := runCLI(tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errOut, tt.msg)
		})
	}
}

func TestExtractJSONL(t *testing.T) {
	a := filepath.Join(cases, "03-tongling-shichangjianguan", "report.txt")
	code, out, errOut := runCLI("extract", "--format", "jsonl", a, "missing.pdf")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, errOut, "missing.pdf")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.NotEmpty(t, lines)
	var found bool
	for _, l := range lines {
		var c struct {
			Kind, Subtype string
			Value         float64
			Source        struct{ File string }
		}
		require.NoError(t, json.Unmarshal([]byte(l), &c), l)
		assert.Equal(t, a, c.Source.File)
		if c.Kind == "meetings" && c.Subtype == "work" && c.Value == 4 {
			found = true
		}
	}
	assert.True(t, found, "the report's 4 work meetings")
}

// TestErrorsAreOneLine: an error that quotes what it was given (here a
// file name of two lines and bytes that are not UTF-8) reaches stderr as
// one line of valid UTF-8; usage text keeps its lines.
func TestErrorsAreOneLine(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "a\nb\xff\xfe\x1b[2J"+strings.Repeat("长", 800)+".pdf")
	for _, cmd := range []string{"parse", "extract", "check"} {
		code, _, errOut := runCLI(cmd, bad)
		assert.Equal(t, exitInput, code, cmd)
		assert.True(t, utf8.ValidString(errOut), "%s: %q", cmd, errOut)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "%s: %q", cmd, errOut)
		assert.NotContains(t, errOut, "\x1b", cmd)
		assert.LessOrEqual(t, len(errOut), 1100, cmd)
	}
	_, _, errOut := runCLI("parse", "-h")
	assert.Greater(t, strings.Count(errOut, "\n"), 2, errOut)
}
