package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// writeText writes n characters of report text to dir/name.
func writeText(t *testing.T, dir, name string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := 0; b.Len() < 3*n; i++ {
		fmt.Fprintf(&b, "第%04d项问题已整改到位。\n", i%10000)
	}
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(string([]rune(b.String())[:n])), 0o644))
	return p
}

// TestTextBoundsCLI: the bounds of a document's text and of a case's
// documents together (docs/interface.md, "Limits") hold in the CLI as in
// serve: the file past them is named, in Chinese, and the exit status is 2.
func TestTextBoundsCLI(t *testing.T) {
	big := t.TempDir()
	report := writeText(t, big, "report.txt", parse.DefaultMaxChars+1000)
	kase := t.TempDir()
	writeText(t, kase, "report.txt", parse.DefaultMaxChars-1000)
	var last string
	for _, n := range []string{"a", "b", "c"} { // together past DefaultMaxCaseChars
		last = writeText(t, kase, "minutes/"+n+".txt", parse.DefaultMaxCaseChars/3)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"parse, a document past its bound", []string{"parse", report}, report + "：文件过大：文字超过一份文件的字数上限"},
		{"check, the report past its bound", []string{"check", big}, report + "：文件过大：文字超过一份文件的字数上限"},
		{"check, the case past its bound", []string{"check", "--fail-on", "never", kase}, "无法读取 " + last + "：文件过大：案卷各文件的文字合计超过一个案卷的字数上限"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(tt.args...)
			assert.Equal(t, exitInput, code)
			assert.Contains(t, errOut, tt.want)
		})
	}
}
