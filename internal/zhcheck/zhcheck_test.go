package zhcheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"整改报告 report.pdf 第2页", nil},
		{"上传 PDF、DOCX 或 Markdown 文件", nil},
		{"规则编号 claim.item-status", nil},
		{"线索 2016-XS03-03 超期", nil},
		{"HIGH (8) not run:", []string{"HIGH", "not", "run"}},
		{"事项 done", []string{"done"}},
		{"已完成（done）", []string{"done"}},
		{"method GET not allowed.", []string{"method", "not", "allowed"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Words(tt.in, nil), tt.in)
	}
	assert.Empty(t, Words("zhenggai check", func(w string) bool { return w == "zhenggai" || w == "check" }))
}
