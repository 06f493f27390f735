package index

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClaimTermOrder(t *testing.T) {
	// Ascending values must give ascending terms, so that a range of values
	// is a range of terms.
	values := []float64{-1e12, -3.5, -1, -0.25, 0, 1e-9, 0.5, 1, 9.99, 10, 10.5, 11, 80, 85, 89.9, 90, 100, 1e6, 1.2e8, 1e300}
	for i := 1; i < len(values); i++ {
		a, b := claimTerm("meetings_total", values[i-1]), claimTerm("meetings_total", values[i])
		assert.Less(t, a, b, "%g < %g", values[i-1], values[i])
	}
	negZero := 0.0
	negZero = -negZero
	assert.Equal(t, claimTerm("problems_rate", 0), claimTerm("problems_rate", negZero))
	// A field's terms lie strictly between the open bounds claimRange uses,
	// and outside those of the fields whose names begin like it.
	for _, f := range ClaimFields {
		for _, v := range values {
			term := claimTerm(f, v)
			assert.True(t, f+"=" < term && term < f+">", term)
			for _, g := range ClaimFields {
				if g != f {
					assert.False(t, g+"=" < term && term < g+">", "%s inside %s", term, g)
				}
			}
		}
	}
}

func TestClaimValuesStoredForm(t *testing.T) {
	in := map[string]float64{"meetings_work": 13, "problems_rate": 85.5, "money_total": 1.2e8, "problems_total": 0}
	terms, stored := claimTerms(in)
	assert.Equal(t, "meetings_work=13 money_total=1.2e+08 problems_rate=85.5 problems_total=0", stored)
	assert.Equal(t, in, parseClaimValues(stored))
	assert.Len(t, terms, len(in))
	assert.Nil(t, parseClaimValues(""))
	assert.Equal(t, map[string]float64{"a": 1}, parseClaimValues("a=1 b c=x"))
}

func TestClaimRangeBounds(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	docs := map[string]map[string]float64{
		"m3":    {"meetings_total": 3},
		"m9.5":  {"meetings_total": 9.5},
		"m10":   {"meetings_total": 10, "problems_rate": 100},
		"m10.5": {"meetings_total": 10.5},
		"m13":   {"meetings_total": 13, "meetings_work": 13, "problems_rate": 85},
		"none":  {},
	}
	b := x.bi.NewBatch()
	for name, values := range docs {
		rec := record{FieldPath: name, FieldFile: name, FieldKind: "report"}
		if terms, stored := claimTerms(values); len(terms) > 0 {
			rec[FieldClaims], rec[FieldClaimValues] = terms, stored
		}
		require.NoError(t, x.batchAdd(b, name, rec))
	}
	require.NoError(t, x.bi.Batch(b))

	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"meetings_total:>=10", []string{"m10", "m10.5", "m13"}},
		{"meetings_total:>10", []string{"m10.5", "m13"}},
		{"meetings_total:<10", []string{"m3", "m9.5"}},
		{"meetings_total:<=10", []string{"m10", "m3", "m9.5"}},
		{"meetings_total:10", []string{"m10"}},
		{"meetings_total:9.5", []string{"m9.5"}},
		{"+meetings_total:>3 +meetings_total:<13", []string{"m10", "m10.5", "m9.5"}},
		{"meetings_total:>=0 -meetings_total:>=10", []string{"m3", "m9.5"}},
		{"meetings_total:>13", nil},
		{"meetings_work:>=0", []string{"m13"}},
		{"problems_rate:<90", []string{"m13"}},
		{"problems_rate:>=90 meetings_total:3", []string{"m10", "m3"}},
		{"meetings_total:-1", nil},
	} {
		res, err := x.Search(context.Background(), Request{Query: tc.query, Limit: 100, NoFacets: true, NoHighlight: true})
		require.NoError(t, err, tc.query)
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.File)
		}
		sort.Strings(got)
		assert.Equal(t, tc.want, got, tc.query)
	}

	d, err := x.getKey("m13")
	require.NoError(t, err)
	assert.Equal(t, docs["m13"], d.Claims)
	d, err = x.getKey("none")
	require.NoError(t, err)
	assert.Nil(t, d.Claims)
}
