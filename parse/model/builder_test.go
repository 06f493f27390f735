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
