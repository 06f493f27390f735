package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFacetsEqualBleves: the facets Search counts (facetCache) are those
// bleve's own facets give for the same query, for every facet.
func TestFacetsEqualBleves(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	for _, r := range []Request{
		{Query: "整改"},
		{Query: `"民主生活会"`},
		{Query: "整改 NOT 巡察", Kind: "report"},
		{Unit: "桐岭"},
		{Query: "没有这样的词语组合"},
		{},
	} {
		t.Run(r.Query+"|"+r.Unit+"|"+r.Kind, func(t *testing.T) {
			got, err := x.Search(ctx, r)
			require.NoError(t, err)
			// Twice: the second reads the cached terms.
			again, err := x.Search(ctx, r)
			require.NoError(t, err)
			assert.Equal(t, got.Facets, again.Facets)

			var parsed = mustParse(t, r.Query)
			q, err := x.buildQuery(r, parsed)
			require.NoError(t, err)
			req := bleve.NewSearchRequestOptions(q, 10, 0, false)
			for _, f := range FacetFields {
				req.AddFacet(f, bleve.NewFacetRequest(facetField(f), maxFacetTerms))
			}
			res, err := x.bi.SearchInContext(ctx, req)
			require.NoError(t, err)
			require.Equal(t, res.Total, got.Total)
			for _, f := range FacetFields {
				want := []Facet{}
				for _, tf := range res.Facets[f].Terms.Terms() {
					want = append(want, Facet{Term: tf.Term, Count: tf.Count})
				}
				assert.Equal(t, want, got.Facets[f], f)
			}
			if got.Total > 0 {
				assert.NotEmpty(t, got.Facets[FieldKind])
			}
		})
	}
}

// mustParse parses a query string, or gives nil for an empty one.
func mustParse(t *testing.T, s string) bquery.Query {
	t.Helper()
	if s == "" {
		return nil
	}
	q, err := ParseQuery(s)
	require.NoError(t, err)
	return q
}
