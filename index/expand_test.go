package index

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSearchBoundsExpansion: queries that stand for too many words are
// refused as the asker's fault (RequestError) before they cost anything:
// too many regexps, wildcards or fuzzy words, one that matches too many
// words, a fuzziness bleve would refuse with an error that is not the
// asker's.
func TestSearchBoundsExpansion(t *testing.T) {
	x := corpusIndex(t)
	defer func(n int) { maxExpansion = n }(maxExpansion)
	maxExpansion = 50
	tests := []struct {
		name, query string
	}{
		{"199 /.*/", strings.TrimSpace(strings.Repeat("/.*/ ", 199))},
		{"9 regexps", strings.TrimSpace(strings.Repeat("/整.*/ ", MaxExpanding+1))},
		{"leading wildcards", strings.TrimSpace(strings.Repeat("*改 ", 199))},
		{"fuzzy words", "整改落实情况巡视反馈问题整改工作~1"},
		{"one regexp, every word", "/.*/"},
		{"one wildcard, every word", "?*"},
		{"fuzziness past bleve's maximum", "整改~3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.LessOrEqual(t, len(tt.query), 1000)
			start := time.Now()
			_, err := x.Search(context.Background(), Request{Query: tt.query})
			var re *RequestError
			require.True(t, errors.As(err, &re), "want a RequestError, got %v", err)
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
}

// TestSearchExpansionMatchesBleve: within the bounds, regexps, wildcards
// and fuzzy words find the documents bleve's own searchers find, and a
// wildcard of stars alone finds every document.
func TestSearchExpansionMatchesBleve(t *testing.T) {
	x := corpusIndex(t)
	for _, q := range []string{`/整改.*/`, `整改*`, `整?`, `text:/落.*/`, `整改~1`, `整改~1 AND 巡视`, `unit:中共*`, `/整.*/ 审计`} {
		t.Run(q, func(t *testing.T) {
			res, err := x.Search(context.Background(), Request{Query: q, NoFacets: true, NoHighlight: true})
			require.NoError(t, err)
			parsed, err := ParseQuery(q)
			require.NoError(t, err)
			br, err := x.bi.Search(bleve.NewSearchRequestOptions(parsed, 10, 0, false))
			require.NoError(t, err)
			assert.Equal(t, br.Total, res.Total)
			assert.NotZero(t, res.Total)
		})
	}
	all, err := x.Search(context.Background(), Request{Query: "*"})
	require.NoError(t, err)
	n, err := x.Count()
	require.NoError(t, err)
	assert.Equal(t, n, all.Total)
}

// endlessDict is a dictionary of ever more words; it cancels its context
// after cancelAt of them.
type endlessDict struct {
	n, cancelAt int
	cancel      func()
}

func (d *endlessDict) Next() (*bindex.DictEntry, error) {
	d.n++
	if d.n == d.cancelAt {
		d.cancel()
	}
	return &bindex.DictEntry{Term: strings.Repeat("字", d.n%7+1)}, nil
}
func (d *endlessDict) Close() error      { return nil }
func (d *endlessDict) BytesRead() uint64 { return 0 }
func (d *endlessDict) Cardinality() int  { return 0 }

// TestExpansionStopsWhenContextDone: the words of a regexp or a fuzzy word
// are read only while the request's context lasts, and at most
// maxExpansion of them.
func TestExpansionStopsWhenContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	d := &endlessDict{cancelAt: 100, cancel: cancel}
	_, _, err := expandTerms(ctx, d)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, d.n, 100+64+1, "words read after the context was done")

	d = &endlessDict{cancelAt: -1, cancel: func() {}}
	_, _, err = expandTerms(context.Background(), d)
	assert.ErrorIs(t, err, errTooManyWords)
	assert.Equal(t, maxExpansion+1, d.n)

	// A search whose context is done builds no searcher of such words.
	x := corpusIndex(t)
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	_, err = x.Search(ctx, Request{Query: "/.*改/ /.*查/ 整改~1"})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestSearchBoundsOffsetAndLimit: an offset or limit past the bounds is
// refused, not left to overflow inside bleve.
func TestSearchBoundsOffsetAndLimit(t *testing.T) {
	x := corpusIndex(t)
	for _, r := range []Request{
		{Query: "*", Offset: 9223372036854775807},
		{Query: "整改", Offset: MaxOffset + 1},
		{Query: "整改", Offset: -1},
		{Query: "整改", Limit: MaxLimit + 1},
		{Query: "整改", Limit: 9223372036854775807},
	} {
		_, err := x.Search(context.Background(), r)
		var re *RequestError
		assert.True(t, errors.As(err, &re), "offset %d limit %d: %v", r.Offset, r.Limit, err)
	}
	res, err := x.Search(context.Background(), Request{Query: "整改", Offset: MaxOffset, Limit: MaxLimit})
	require.NoError(t, err)
	assert.Empty(t, res.Hits)
}
