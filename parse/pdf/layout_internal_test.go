package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParaBreakWrappedWord: a line that stops short of the margin ends its
// paragraph, unless it stopped short only because the next line's first
// word of digits or Latin letters would not fit, and it ends no sentence.
func TestParaBreakWrappedWord(t *testing.T) {
	b := body{size: 12, pitch: 18}
	mk := func(text string, x1, y float64) *line {
		return &line{x0: 72, x1: x1, y: y, size: 12, text: text, colL: 72, colR: 523}
	}
	tests := []struct {
		name       string
		prev, next *line
		want       bool
	}{
		{"word moved down whole", mk("整改完成率为", 500, 700), mk("88.7%，另有2个问题正在整改。", 300, 682), false},
		{"room left for the word", mk("整改完成率为", 400, 700), mk("88.7%，另有2个问题正在整改。", 300, 682), true},
		{"the short line ends a sentence", mk("已全部完成整改。", 500, 700), mk("2024年将继续推进。", 300, 682), true},
		{"the next line starts with a CJK glyph", mk("整改完成率为", 500, 700), mk("百分之九十。", 300, 682), true},
		{"a full line goes on", mk("截至8月底，已完成整改", 522, 700), mk("13个问题。", 300, 682), false},
		{"a heading ends short on its own", mk("（三）关于基层党组织建设薄弱的问题", 500, 700), mk("2024年以来，镇党委逐项整改。", 300, 682), true},
		{"a line that starts with a year starts a paragraph", mk("对照反馈意见逐项抓好整改", 500, 700), mk("2024年以来，镇党委逐项整改。", 300, 682), true},
		{"a list item ends short on its own", mk("1.健全制度", 500, 700), mk("12项，已印发。", 300, 682), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, paraBreak(tt.prev, tt.next, b))
		})
	}
}
