package index

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestYearAndDateRanges: ranges over year and date in the query string find
// what the From and To filters find.
func TestYearAndDateRanges(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	total := func(r Request) uint64 {
		r.NoFacets, r.NoHighlight = true, true
		res, err := x.Search(ctx, r)
		require.NoError(t, err, r.Query)
		return res.Total
	}
	from2021 := total(Request{From: "2021-01-01"})
	to2020 := total(Request{To: "2020-12-31"})
	upToJune := total(Request{To: "2021-06-30"})
	require.NotZero(t, from2021)
	require.NotZero(t, to2020)
	t.Logf("from 2021: %d, to 2020: %d, to 2021-06-30: %d", from2021, to2020, upToJune)
	for _, tc := range []struct {
		query string
		want  uint64
	}{
		{"year:>=2021", from2021},
		{"year:>2020", from2021},
		{"year:>2020.5", from2021},
		{"year:<2021", to2020},
		{"year:<=2020", to2020},
		{"year:<2020.5", to2020},
		{"year:>-3", from2021 + to2020},
		{"year:<99999", from2021 + to2020},
		{"year:>99999", 0},
		{"year:<-1", 0},
		{`date:>="2021-01-01"`, from2021},
		{`date:<"2021-01-01"`, to2020},
		{`date:<="2021-06-30"`, upToJune},
		{`date:>"2020-12-31"`, from2021},
		// A range that holds nothing is not dropped.
		{"+整改 +year:>3000", 0},
		{`+整改 +date:>"3000-01-01"`, 0},
		{"+整改 +title:>=3", 0}, // a numeric range over a field without numbers
	} {
		assert.Equal(t, tc.want, total(Request{Query: tc.query}), tc.query)
	}
}
