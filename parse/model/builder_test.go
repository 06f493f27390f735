package model

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuilderBounds: past a bound the builder records nothing more and
// says which bound was passed, for every reader alike.
func TestBuilderBounds(t *testing.T) {
	row := func(cells ...string) RawRow {
		r := RawRow{}
		for _, c := range cells {
			r.Cells = append(r.Cells, RawCell{Text: c})
		}
		return r
	}
	tests := []struct {
		name  string
		opt   Options
		build func(b *Builder)
		want  string // "" for no error
		paras int    // paragraphs recorded
	}{
		{"paragraphs within", Options{MaxParagraphs: 3}, func(b *Builder) {
			for i := 0; i < 3; i++ {
				b.Paragraph("整改", 0)
			}
			b.Paragraph("  ", 0) // empty: adds nothing, passes nothing
		}, "", 3},
		{"paragraphs past", Options{MaxParagraphs: 3}, func(b *Builder) {
			for i := 0; i < 5; i++ {
				b.Paragraph("整改", 0)
			}
		}, "more than 3 paragraphs", 3},
		{"table rows count as paragraphs", Options{MaxParagraphs: 3}, func(b *Builder) {
			b.Paragraph("标题", 0)
			b.Table([]RawRow{row("a", "b"), row("1", "2"), row("3", "4")})
		}, "more than 3 paragraphs", 1},
		{"cells", Options{MaxTableCells: 5}, func(b *Builder) {
			b.Table([]RawRow{row("a", "b"), row("1", "2")})
			b.Table([]RawRow{row("x", "y")})
		}, "more than 5 table cells", 2},
		{"characters within", Options{MaxChars: 11}, func(b *Builder) {
			b.Paragraph("整改工作", 0)
			b.Table([]RawRow{row("问题", "状态")}) // a line break and a tab count
		}, "", 2},
		{"characters past", Options{MaxChars: 10}, func(b *Builder) {
			b.Paragraph("整改工作", 0)
			b.Table([]RawRow{row("问题", "状态")})
			b.Paragraph("再一段", 0)
		}, "more than 10 characters of text", 2},
		{"characters past inside a table", Options{MaxChars: 6}, func(b *Builder) {
			b.Table([]RawRow{row("问题", "状态"), row("一", "已完成"), row("二", "未完成")})
		}, "more than 6 characters of text", 1},
		{"pages", Options{MaxPages: 2}, func(b *Builder) {
			for i := 0; i < 3; i++ {
				b.Page("")
				b.Paragraph("第"+strings.Repeat("一", i+1)+"页", 0)
			}
		}, "more than 2 pages", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := NewBuilder("x.txt", FormatText)
			b.Limit(tc.opt)
			tc.build(b)
			doc := b.Finish()
			assert.Len(t, doc.Paragraphs, tc.paras)
			if tc.want == "" {
				assert.NoError(t, b.Err())
				return
			}
			require.ErrorIs(t, b.Err(), ErrTooLarge)
			assert.Contains(t, b.Err().Error(), tc.want)
		})
	}
}

func TestBuilderDefaultBounds(t *testing.T) {
	b := NewBuilder("x.txt", FormatText)
	for i := 0; i <= DefaultMaxParagraphs; i++ {
		b.Paragraph("整改", 0)
	}
	require.ErrorIs(t, b.Err(), ErrTooLarge)
	assert.Len(t, b.Finish().Paragraphs, DefaultMaxParagraphs)
}

// TestBuilderBudget: documents sharing a budget (the files of one case)
// take their characters from it; the one that finds it spent is refused,
// and one abandoned gives back what it took.
func TestBuilderBudget(t *testing.T) {
	text := strings.Repeat("整改", budgetStep) // two steps of characters
	build := func(budget *Budget, paras int) *Builder {
		b := NewBuilder("x.txt", FormatText)
		b.Limit(Options{Budget: budget})
		for i := 0; i < paras && b.Err() == nil; i++ {
			b.Paragraph(text, 0)
		}
		b.Finish()
		return b
	}
	per := 2 * budgetStep // characters of one paragraph
	tests := []struct {
		name   string
		max    int
		paras  []int // paragraphs of each document, built in turn
		refuse int   // the first refused (-1: none)
	}{
		{"within", 4 * per, []int{1, 2}, -1},
		{"the second passes it", 3 * per, []int{2, 2}, 1},
		{"the first alone passes it, early", 2 * per, []int{40}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			budget := NewBudget(tc.max)
			refused := -1
			for i, n := range tc.paras {
				b := build(budget, n)
				if b.Err() != nil {
					require.ErrorIs(t, b.Err(), ErrTooLarge)
					assert.Contains(t, b.Err().Error(), "characters of text together")
					// It stopped soon after the bound, not at its last paragraph.
					assert.Less(t, len(b.doc.Paragraphs), tc.max/per+2)
					refused = i
					break
				}
			}
			assert.Equal(t, tc.refuse, refused)
		})
	}
	t.Run("abandoned documents give back", func(t *testing.T) {
		budget := NewBudget(4 * per)
		b := build(budget, 2)
		require.NoError(t, b.Err())
		assert.Equal(t, 2*per-1, budget.Left()) // two paragraphs and the line break between them
		b.Abandon()
		assert.Equal(t, 4*per, budget.Left())
		assert.NoError(t, build(budget, 3).Err(), "the whole budget is there again")
	})
}
