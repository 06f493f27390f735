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

// TestBodyPitch: the step from line to line inside a paragraph is read from
// the steps after full lines — not the median of all steps, which in a
// text of one-line paragraphs set apart by space is a paragraph step
// (cases-am 08), and not a low quantile, which a tight list pulls down
// (review of session 13).
func TestBodyPitch(t *testing.T) {
	var items []item
	y := 800.0
	add := func(x1, step float64, n int) {
		for i := 0; i < n; i++ {
			items = append(items, item{line: &line{x0: 57, x1: x1, y: y, size: 15, text: "某", colL: 57, colR: 567}})
			y -= step
		}
	}
	add(567, 21.7, 3) // a paragraph of full lines
	for i := 0; i < 6; i++ {
		y -= 14.1 // space after the paragraph: a step of 35.8
		add(300, 21.7, 1)
	}
	add(200, 12, 10) // a tight list of short lines
	add(567, 21.7, 3)
	pl := &pageLayout{items: items, sizes: map[float64]int{15: 100}, fonts: map[string]int{"F": 100}}
	assert.InDelta(t, 21.7, bodyStyle([]*pageLayout{pl}).pitch, 0.01, "a tight list does not pull the pitch down")

	// A report of one-line paragraphs set apart by space: most steps are
	// paragraph steps, and their median is one.
	items, y = nil, 800
	add(567, 21.7, 3)
	for i := 0; i < 10; i++ {
		y -= 14.1
		add(300, 21.7, 1)
	}
	pl = &pageLayout{items: items, sizes: map[float64]int{15: 100}, fonts: map[string]int{"F": 100}}
	assert.InDelta(t, 21.7, bodyStyle([]*pageLayout{pl}).pitch, 0.01, "paragraph steps do not push the pitch up")
}
