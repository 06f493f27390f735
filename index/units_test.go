package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
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
