package index

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A regexp (/…/), a wildcard (*, ?) or a fuzzy word (word~1) stands for
// every word of the index it matches: bleve finds them by walking the
// field's dictionary, and then opens a searcher per word found, without a
// limit and without looking at the request's context. 199 /.*/ in one query
// kept a core busy for over a minute after the asker had left. Search
// therefore allows at most MaxExpanding such terms in a query (a fuzzy
// word counting once per word it is analysed into), each standing for at
// most MaxExpansion words, and stops between dictionary words once the
// request's context is done.
const (
	MaxExpanding = 8
	MaxExpansion = 1000
)

// maxExpansion is MaxExpansion, lowered by tests.
var maxExpansion = MaxExpansion

// expandKind is what an expandQuery matches words by.
type expandKind int

const (
	expandRegexp expandKind = iota
	expandFuzzy
)

// expandQuery is a regexp, wildcard or fuzzy term whose words are found
// under the limits above. It replaces bleve's RegexpQuery, WildcardQuery
// and the FuzzyQuery of each word of a fuzzy MatchQuery.
type expandQuery struct {
	kind      expandKind
	pattern   string // the regexp, or the word for expandFuzzy
	written   string // the term as the query string wrote it, for errors
	fuzziness int
	prefix    string // the first bytes every fuzzy candidate shares
	field     string // "" for the mapping's default field
	boost     float64
}

// Searcher implements bquery.Query.
func (q *expandQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	field := q.field
	if field == "" {
		field = m.DefaultSearchField()
	}
	var dict bindex.FieldDict
	var err error
	switch q.kind {
	case expandRegexp:
		ir, ok := r.(bindex.IndexReaderRegexp)
		if !ok {
			return nil, fmt.Errorf("the index cannot match regexps")
		}
		dict, err = ir.FieldDictRegexp(field, q.pattern)
		if err != nil {
			return nil, &RequestError{fmt.Sprintf("无法使用 %s：正则表达式写法有误", q.written)}
		}
	case expandFuzzy:
		ir, ok := r.(bindex.IndexReaderFuzzy)
		if !ok {
			return nil, fmt.Errorf("the index cannot match fuzzy words")
		}
		dict, err = ir.FieldDictFuzzy(field, q.pattern, q.fuzziness, q.prefix)
		if err != nil {
			return nil, &RequestError{fmt.Sprintf("无法使用 %s：正则表达式写法有误", q.written)}
		}
	}
	terms, dists, err := expandTerms(ctx, dict)
	if cerr := dict.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if errors.Is(err, errTooManyWords) {
			return nil, &RequestError{fmt.Sprintf("%s 匹配的词超过 %d 个，请写得更具体些", q.written, maxExpansion)}
		}
		return nil, err
	}
	switch {
	case len(terms) == 0:
		return bquery.NewMatchNoneQuery().Searcher(ctx, r, m, opt)
	case q.kind == expandFuzzy && len(terms) == 1 && terms[0] == q.pattern:
		return searcher.NewTermSearcher(ctx, r, q.pattern, field, q.boost, opt)
	case q.kind == expandFuzzy:
		return searcher.NewMultiTermSearcherBoosted(ctx, r, terms, field, q.boost, dists, opt, false)
	}
	return searcher.NewMultiTermSearcher(ctx, r, terms, field, q.boost, opt, false)
}

var errTooManyWords = errors.New("too many words")

// expandTerms reads the words of dict, at most maxExpansion of them, and
// stops when ctx is done.
func expandTerms(ctx context.Context, dict bindex.FieldDict) (terms []string, dists []uint8, err error) {
	for i := 0; ; i++ {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		e, err := dict.Next()
		if err != nil {
			return nil, nil, err
		}
		if e == nil {
			return terms, dists, nil
		}
		if len(terms) == maxExpansion {
			return nil, nil, errTooManyWords
		}
		terms = append(terms, e.Term)
		dists = append(dists, e.EditDistance)
	}
}

// wildcardRegexp turns a wildcard into the regexp it stands for: * any
// characters, ? one, everything else literally.
func wildcardRegexp(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			if strings.ContainsRune(`+()^$.{}[]|\`, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rewriteExpanding replaces the regexps, wildcards and fuzzy words of q by
// expandQuery, in place, and refuses a query with more than MaxExpanding of
// them. A wildcard of stars alone on the text matches every document.
func rewriteExpanding(q bquery.Query, m mapping.IndexMapping) (bquery.Query, error) {
	n := 0
	var err error
	count := func(written string) {
		if n++; n == MaxExpanding+1 && err == nil {
			err = &RequestError{fmt.Sprintf("查询中的正则、通配符和模糊词（拆分后）超过 %d 个（第 %d 个是 %s）", MaxExpanding, n, written)}
		}
	}
	q = rewriteLeaves(q, func(q bquery.Query) bquery.Query {
		switch t := q.(type) {
		case *bquery.RegexpQuery:
			written := "/" + t.Regexp + "/"
			count(written)
			return &expandQuery{kind: expandRegexp, pattern: t.Regexp, written: written, field: t.Field(), boost: t.Boost()}
		case *bquery.WildcardQuery:
			if t.Field() == "" && strings.Trim(t.Wildcard, "*") == "" {
				return bquery.NewMatchAllQuery()
			}
			count(t.Wildcard)
			return &expandQuery{kind: expandRegexp, pattern: wildcardRegexp(t.Wildcard), written: t.Wildcard, field: t.Field(), boost: t.Boost()}
		case *bquery.MatchQuery:
			if t.Fuzziness == 0 {
				return q
			}
			fq, ferr := fuzzyMatch(t, m, count)
			if ferr != nil && err == nil {
				err = ferr
			}
			return fq
		}
		return q
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// fuzzyMatch is what bleve makes of a fuzzy MatchQuery (one fuzzy term per
// word of its text, any or all of them by its operator), with expandQuery
// terms.
func fuzzyMatch(t *bquery.MatchQuery, m mapping.IndexMapping, count func(string)) (bquery.Query, error) {
	if t.Fuzziness < 0 || t.Fuzziness > searcher.MaxFuzziness {
		return nil, &RequestError{fmt.Sprintf("%s~%d：模糊度只能是 0 到 %d", t.Match, t.Fuzziness, searcher.MaxFuzziness)}
	}
	field := t.Field()
	if field == "" {
		field = m.DefaultSearchField()
	}
	name := t.Analyzer
	if name == "" {
		name = m.AnalyzerNameForPath(field)
	}
	an := m.AnalyzerNamed(name)
	if an == nil {
		return nil, fmt.Errorf("no analyzer named %q", name)
	}
	var qs []bquery.Query
	for _, tk := range an.Analyze([]byte(t.Match)) {
		word := string(tk.Term)
		prefix := word
		for i := range word {
			if i >= t.Prefix {
				prefix = word[:i]
				break
			}
		}
		written := fmt.Sprintf("%s~%d", word, t.Fuzziness)
		count(written)
		qs = append(qs, &expandQuery{kind: expandFuzzy, pattern: word, written: written, fuzziness: t.Fuzziness,
			prefix: prefix, field: field, boost: t.Boost()})
	}
	if len(qs) == 0 {
		return bquery.NewMatchNoneQuery(), nil
	}
	if t.Operator == bquery.MatchQueryOperatorAnd {
		c := bquery.NewConjunctionQuery(qs)
		c.SetBoost(t.Boost())
		return c, nil
	}
	d := bquery.NewDisjunctionQuery(qs)
	d.SetMin(1)
	d.SetBoost(t.Boost())
	return d, nil
}
