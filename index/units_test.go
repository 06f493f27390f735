package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnitGroup(t *testing.T) {
	for _, tt := range []struct{ unit, want string }{
		{"中共桐岭市财政局党组", "桐岭市财政局"},
		{"桐岭市财政局党委", "桐岭市财政局"},
		{"桐岭市财政局", "桐岭市财政局"},
		{"中共东川工程职业技术学院委员会", "东川工程职业技术学院"},
		{"中共桐岭市发展和改革委员会党组", "桐岭市发展和改革委员会"},
		{"桐岭市发展和改革委员会", "桐岭市发展和改革委员会"}, // a commission, not a party committee
		{"梅溪县委巡察工作领导小组办公室", "梅溪县委巡察工作领导小组办公室"},
		{"中共党组", "中共党组"},
		{" 中共霁川市水利局党组 ", "霁川市水利局"},
	} {
		assert.Equal(t, tt.want, UnitGroup(tt.unit), tt.unit)
	}
}

// TestUnitFilterAndFacet: the unit filter takes part of a name, and the
// facet counts a unit's forms together.
func TestUnitFilterAndFacet(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	ctx := context.Background()
	units := []string{"中共桐岭市财政局党组", "桐岭市财政局", "桐岭市财政局党委", "中共桐岭市人民医院委员会", "中共霁川市财政局党组", "霁川市水利局"}
	for i, u := range units {
		text := fmt.Sprintf("关于巡察整改情况的报告\n第%d份，落实整改责任。", i)
		_, _, err := x.Add(ctx, filepath.Join(t.TempDir(), fmt.Sprintf("%d.txt", i)), []byte(text), Meta{Unit: u})
		require.NoError(t, err)
	}
	unitsOf := func(unit string) []string {
		res, err := x.Search(ctx, Request{Query: "整改", Unit: unit, Limit: 100})
		require.NoError(t, err)
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Unit)
		}
		sort.Strings(out)
		return out
	}
	for _, tt := range []struct {
		filter string
		want   []string
	}{
		{"桐岭", []string{"中共桐岭市人民医院委员会", "中共桐岭市财政局党组", "桐岭市财政局", "桐岭市财政局党委"}},
		{"桐岭市财政局", []string{"中共桐岭市财政局党组", "桐岭市财政局", "桐岭市财政局党委"}},
		{"财政局", []string{"中共桐岭市财政局党组", "中共霁川市财政局党组", "桐岭市财政局", "桐岭市财政局党委"}},
		{"中共霁川市财政局党组", []string{"中共霁川市财政局党组"}},
		{"霁川市水利局", []string{"霁川市水利局"}},
		{"柘川", nil},
		{"局.*", nil}, // written literally, not as a regexp
	} {
		assert.Equal(t, tt.want, unitsOf(tt.filter), tt.filter)
	}
	res, err := x.Search(ctx, Request{Query: "整改", Limit: 100})
	require.NoError(t, err)
	assert.Equal(t, []Facet{{"桐岭市财政局", 3}, {"桐岭市人民医院", 1}, {"霁川市水利局", 1}, {"霁川市财政局", 1}}, res.Facets[FieldUnit])
}

func TestSortByDate(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	for _, sortBy := range []string{"", SortRelevance, SortDate} {
		res, err := x.Search(ctx, Request{Query: "整改", Limit: MaxLimit, Sort: sortBy, NoFacets: true, NoHighlight: true})
		require.NoError(t, err, sortBy)
		require.Greater(t, len(res.Hits), 10)
		dated := true
		for i, h := range res.Hits {
			if i == 0 {
				continue
			}
			prev := res.Hits[i-1]
			if sortBy != SortDate {
				assert.GreaterOrEqual(t, prev.Score, h.Score, "by relevance")
				continue
			}
			if h.Date != "" {
				assert.True(t, dated, "%s dated after an undated hit", h.File)
				assert.GreaterOrEqual(t, prev.Date, h.Date, "newest first")
				if prev.Date == h.Date {
					assert.GreaterOrEqual(t, prev.Score, h.Score, "equal dates by relevance")
				}
			}
			dated = dated && h.Date != ""
		}
	}
	_, err := x.Search(ctx, Request{Query: "整改", Sort: "size"})
	var re *RequestError
	assert.ErrorAs(t, err, &re)
}

// TestUnitFilterCostsNoExpansion: a unit filter of one or two characters
// that many units hold (局) neither fails the search, whatever the number
// of units, nor takes a place of the query's expanding terms: a query with
// MaxExpanding regexps still runs with it.
func TestUnitFilterCostsNoExpansion(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	old := maxExpansion
	maxExpansion = 2 // fewer than the units below that hold 局
	defer func() { maxExpansion = old }()
	ctx := context.Background()
	units := []string{"桐岭市财政局", "霁川市水利局", "柘川市审计局", "梅溪县统计局", "桐岭市人民医院", "ＡＢ市税务局"}
	for i, u := range units {
		text := fmt.Sprintf("关于巡察整改情况的报告\n第%d份，落实整改责任。", i)
		_, _, err := x.Add(ctx, filepath.Join(t.TempDir(), fmt.Sprintf("%d.txt", i)), []byte(text), Meta{Unit: u})
		require.NoError(t, err)
	}
	for _, u := range units {
		assertFieldAnalysis(t, newUnitGramsField(u), NewAnalyzer(AnalyzerUnitGrams), queryText(u))
	}
	regexps := strings.TrimSpace(strings.Repeat("/整./ ", MaxExpanding))
	for _, tt := range []struct {
		query, unit string
		want        int
	}{
		{"整改", "局", 5},
		{"整改", "市", 5},
		{"整改", "桐岭", 2},
		{"整改", "市 局", 0}, // 市局, white space between Chinese characters dropped as in the text
		{"整改", "ab市", 1}, // as the text: full width and case folded
		{"整改", "川市水", 1},
		{"整改", "院局", 0},
		{regexps, "局", 5},
	} {
		res, err := x.Search(ctx, Request{Query: tt.query, Unit: tt.unit, Limit: 100})
		require.NoError(t, err, "%s / %s", tt.query, tt.unit)
		assert.EqualValues(t, tt.want, res.Total, "%s / %s", tt.query, tt.unit)
	}
}
