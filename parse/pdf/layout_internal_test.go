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

// TestUnhang: marks set out past the right margin (标点悬挂) do not make the
// column's edge; against them a full line would look short and break its
// paragraph (cases-am 04: …已完成整改十 / 六个，正在整改三个).
func TestUnhang(t *testing.T) {
	b := body{size: 15, pitch: 21.7}
	mk := func(text string, x1, y float64) *line {
		return &line{x0: 57, x1: x1, y: y, size: 15, text: text, colL: 57, colR: 582}
	}
	full := mk("街道党工委书记履行整改第一责任人职责，班子成员按照分工抓好分管领域问", 567, 700)
	hung := mk("理精细化程度不高的问题，对主次干道实行网格化管理，明确网格员四十二名。", 582, 678)
	short := mk("县委第三巡察组反馈问题十九个，截至2024年11月30日，已完成整改十", 556, 656)
	next := mk("六个，正在整改三个，完成率达89.5%。", 333, 634)
	ended := mk("凭证一百一十六张。", 192, 612)
	after := mk("（三）基层党组织建设方面。", 300, 590)
	pl := &pageLayout{items: []item{{line: full}, {line: hung}, {line: short}, {line: next}, {line: ended}, {line: after}}}
	assert.True(t, paraBreak(short, next, b), "against the hanging mark the line looks short")
	pl.unhang()
	assert.Equal(t, 567.0, short.colR)
	assert.False(t, paraBreak(short, next, b), "a line a glyph short of the margin goes on")
	assert.True(t, paraBreak(ended, after, b), "a short line still ends its paragraph")
	// Guard: with no line ending in a glyph, the edge stays.
	only := mk("已完成。", 400, 500)
	pl = &pageLayout{items: []item{{line: only}}}
	pl.unhang()
	assert.Equal(t, 582.0, only.colR)
}
