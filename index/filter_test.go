package index

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFilteredEqualsFilteringAfterwards: a filtered search returns exactly
// the hits of the unfiltered search that the filter keeps, in the same
// order with the same scores, whichever of query and filter leads
// (filteredSearcher).
func TestFilteredEqualsFilteringAfterwards(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	tests := []struct {
		name string
		req  Request
		keep func(Hit) bool
	}{
		{"common word, rare unit (the filter leads)", Request{Query: "整改", Unit: "桐岭"},
			func(h Hit) bool { return strings.Contains(h.Unit, "桐岭") }},
		{"phrase, kind", Request{Query: `"民主生活会"`, Kind: "minutes"},
			func(h Hit) bool { return h.Kind == "minutes" }},
		{"rare word, common kind (the query leads)", Request{Query: "公车私用", Kind: "report"},
			func(h Hit) bool { return h.Kind == "report" }},
		{"boolean, dates", Request{Query: "整改 AND 问题 NOT 巡察", From: "2021-01-01", To: "2022-12-31"},
			func(h Hit) bool { return h.Date >= "2021-01-01" && h.Date <= "2022-12-31" }},
		{"phrases and NOT, dates (the filter's documents only are verified)", Request{Query: "整改措施 民主生活会 NOT 公车私用", From: "2021-01-01", To: "2021-12-31"},
			func(h Hit) bool { return h.Date >= "2021-01-01" && h.Date <= "2021-12-31" }},
		{"phrase, unit", Request{Query: `"整改工作"`, Unit: "桐岭"},
			func(h Hit) bool { return strings.Contains(h.Unit, "桐岭") }},
		{"two filters", Request{Query: "整改", Kind: "report", From: "2022-01-01"},
			func(h Hit) bool { return h.Kind == "report" && h.Date >= "2022-01-01" }},
		{"a filter that keeps nothing", Request{Query: "整改", Unit: "没有这个单位"},
			func(Hit) bool { return false }},
		{"no query, unit", Request{Unit: "商务局"},
			func(h Hit) bool { return strings.Contains(h.Unit, "商务局") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := tt.req
			all.Kind, all.Unit, all.From, all.To = "", "", "", ""
			all.Limit, all.NoFacets, all.NoHighlight = 1000, true, true
			want, err := x.Search(ctx, all)
			require.NoError(t, err)
			var kept []Hit
			for _, h := range want.Hits {
				if tt.keep(h) {
					kept = append(kept, h)
				}
			}
			if tt.req.Unit != "没有这个单位" {
				require.NotEmpty(t, kept, "the case must keep some hits")
				require.Less(t, len(kept), len(want.Hits), "the case must drop some hits")
			}
			got := tt.req
			got.Limit, got.NoFacets, got.NoHighlight = 1000, true, true
			res, err := x.Search(ctx, got)
			require.NoError(t, err)
			require.Equal(t, len(kept), int(res.Total))
			require.Len(t, res.Hits, len(kept))
			for i, h := range res.Hits {
				assert.Equal(t, kept[i].ID, h.ID, "hit %d", i)
				assert.InEpsilon(t, kept[i].Score, h.Score, 1e-9, "hit %d", i)
			}
		})
	}
}
