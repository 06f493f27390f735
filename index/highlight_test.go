package index

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkTerms(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"整改", []string{"整改"}},
		{"整改工作会议", []string{"整改工作会议", "整改", "工作", "会议"}},
		{"税", []string{"税"}},
		{`"专题民主生活会" AND 巡察`, []string{"专题民主生活会", "巡察"}},
		{"整改 NOT 民主生活会", []string{"整改"}},
		{"+整改 -问责", []string{"整改"}},
		{"problems_rate:<90 整改", []string{"整改"}},
		{"kind:report", nil},
		{"“驻局纪检监察组” 问题", []string{"驻局纪检监察组", "问题"}},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.query)
		require.NoError(t, err, tt.query)
		assert.ElementsMatch(t, tt.want, markTerms(q), tt.query)
	}
}

func TestFragmentsOf(t *testing.T) {
	text := strings.Repeat("局党组高度重视巡察反馈意见。", 10) + "召开巡视整改专题民主生活会1次，<script>x</script>整改到位。" + strings.Repeat("持续推进。", 30)
	frs := fragmentsOf(text, []string{"专题民主生活会", "整改"})
	require.NotEmpty(t, frs)
	require.LessOrEqual(t, len(frs), maxFragments)
	first := frs[0]
	assert.Contains(t, first, "巡视<mark>整改专题民主生活会</mark>", "terms marked where they occur literally, adjacent ones as one mark")
	assert.Contains(t, first, "&lt;script&gt;", "the text is escaped")
	assert.NotContains(t, first, "<script>")
	assert.True(t, strings.HasPrefix(first, "…"), "a passage inside the text starts with an ellipsis: %s", first)
	for _, f := range frs {
		plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "", "…", "").Replace(f))
		assert.LessOrEqual(t, len([]rune(plain)), FragmentRunes)
	}
	assert.Empty(t, fragmentsOf(text, []string{"不在文中"}))
	assert.Empty(t, fragmentsOf(text, nil))
	// Overlapping terms make one mark.
	assert.Equal(t, []string{"<mark>巡视整改</mark>工作"}, fragmentsOf("巡视整改工作", []string{"巡视整改", "整改"}))
}

// TestFragmentsIgnoreCase: a term with letters is found whatever their
// case; one without is found as it is, the text not lower-cased.
func TestFragmentsIgnoreCase(t *testing.T) {
	text := "上报的PDF文件和Excel台账均已归档，ΣΑΣ 字样保留。"
	tests := []struct {
		terms []string
		want  string
	}{
		{[]string{"pdf"}, "上报的<mark>PDF</mark>文件"},
		{[]string{"excel台账"}, "和<mark>Excel台账</mark>均已"},
		{[]string{"σασ"}, "<mark>ΣΑΣ</mark> 字样"},
		{[]string{"台账"}, "Excel<mark>台账</mark>均已"},
	}
	for _, tt := range tests {
		frs := fragmentsOf(text, tt.terms)
		require.Len(t, frs, 1, tt.terms)
		assert.Contains(t, frs[0], tt.want, tt.terms)
	}
}
