package msg

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestOneLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "无法读取 report.pdf：文件已损坏", "无法读取 report.pdf：文件已损坏"},
		{"lines", "malformed PDF:\n%PDF-1.4\r\n1 0 obj\n\t<< /Type /Page >>\n", "malformed PDF: %PDF-1.4 1 0 obj << /Type /Page >>"},
		{"invalid UTF-8", "stream \xff\xfe\x00\x01 data \x80", "stream \uFFFD data \uFFFD"},
		{"escape sequences", "a\x1b[31mred\x1b[0m\x7f", "a [31mred [0m"},
		{"separators and overrides", "a\u2028b\u202ecba\u2066", "a bcba"},
		{"empty", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, OneLine(tt.in))
		})
	}
}

func TestOneLineCaps(t *testing.T) {
	for _, in := range []string{strings.Repeat("整", 2000), strings.Repeat("a", 5000), strings.Repeat("a\n", 5000), strings.Repeat("\xff整", 900)} {
		out := OneLine(in)
		assert.True(t, utf8.ValidString(out))
		assert.LessOrEqual(t, len(out), MaxBytes+len("…"))
		assert.True(t, strings.HasSuffix(out, "…"), out[len(out)-10:])
		assert.NotContains(t, out, "\n")
	}
}
