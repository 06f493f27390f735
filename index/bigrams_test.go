package index

import (
	"testing"

	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHanBigrams(t *testing.T) {
	assert.Equal(t, []string{"立行", "行立", "立改"}, hanBigrams("立行立改"))
	assert.Equal(t, []string{"整改", "台账", "改台"}, hanBigrams("整改 台账", "整改台账"), "pairs do not cross non-Chinese characters; duplicates once")
	assert.Empty(t, hanBigrams("2021 ABC 一"))
}

func TestPrefilterPhrases(t *testing.T) {
	q, err := ParseQuery(`"推动立行立改" AND 整改 NOT "回头看"`)
	require.NoError(t, err)
	q = prefilterPhrases(q)
	var conj int
	var walk func(q bquery.Query)
	walk = func(q bquery.Query) {
		switch t := q.(type) {
		case *bquery.ConjunctionQuery:
			if len(t.Conjuncts) > 0 {
				if _, ok := t.Conjuncts[0].(*bquery.MatchPhraseQuery); ok {
					conj++
				}
			}
			for _, c := range t.Conjuncts {
				walk(c)
			}
		case *bquery.BooleanQuery:
			for _, c := range []bquery.Query{t.Must, t.Should, t.MustNot, t.Filter} {
				if c != nil {
					walk(c)
				}
			}
		case *bquery.DisjunctionQuery:
			for _, c := range t.Disjuncts {
				walk(c)
			}
		}
	}
	walk(q)
	assert.Equal(t, 2, conj, "both phrases get their pairs beside them")
}
