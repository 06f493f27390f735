package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarker(t *testing.T) {
	for _, tt := range []struct {
		query, text, want string
		n                 int
	}{
		{"桐岭", "中共桐岭市财政局党组：桐岭<市>", "中共<mark>桐岭</mark>市财政局党组：<mark>桐岭</mark>&lt;市&gt;", 2},
		{`"民主生活会"`, "专题民主生活会和民主生活", "专题<mark>民主生活会</mark>和民主生活", 1},
		{"整改 -落实", "整改落实", "<mark>整改</mark>落实", 1},
		{"整改 改落", "整改落实", "<mark>整改落</mark>实", 1}, // overlapping: one mark
		{"GDP", "gdp 与 GDP", "<mark>gdp</mark> 与 <mark>GDP</mark>", 2},
		{"", "整改", "整改", 0},
		{"柘川", "a & b", "a &amp; b", 0},
	} {
		m, err := NewMarker(tt.query)
		require.NoError(t, err, tt.query)
		got, n := m.Mark(tt.text)
		assert.Equal(t, tt.want, got, tt.query)
		assert.Equal(t, tt.n, n, tt.query)
	}
	_, err := NewMarker(`"整改`)
	var re *RequestError
	assert.ErrorAs(t, err, &re, "an unclosed quote")
}
