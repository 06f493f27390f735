package index

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// Request is a search.
type Request struct {
	// Query is a bleve query string (see ParseQuery): words, "phrases",
	// +required and -excluded terms, AND / OR / NOT, field:value,
	// numeric ranges over the claim fields (meetings_total:>=10) and the
	// year (year:>=2021), and date ranges (date:<"2021-07-01"); see
	// rewriteRanges. Empty matches every document.
	Query string
	// Kind keeps only documents of that kind; Unit only those whose unit
	// holds it (桐岭 keeps every 桐岭… unit; see unitFilter).
	Kind, Unit string
	// From and To keep only documents dated in [From, To] (YYYY-MM-DD,
	// either may be empty). Documents without a date are left out when
	// either is set.
	From, To string
	// Limit is the number of hits returned (default 10); Offset skips that
	// many first.
	Limit, Offset int
	// NoHighlight leaves the fragments out; NoFacets the facets.
	NoHighlight, NoFacets bool
	// Sort orders the hits: SortRelevance (the default, also "") or
	// SortDate (newest first, undated last; equal dates by relevance).
	Sort string
}

// The orders of Request.Sort.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
)

// Result is what Search found, in the shape docs/interface.md gives it.
type Result struct {
	// Total is the number of matching documents.
	Total  uint64             `json:"total"`
	Hits   []Hit              `json:"hits"`
	Facets map[string][]Facet `json:"facets"`
	// Took is the time the search took.
	Took time.Duration `json:"-"`
}

// Hit is a matching document.
type Hit struct {
	ID    string  `json:"id"`
	File  string  `json:"file"`
	Kind  string  `json:"kind"`
	Unit  string  `json:"unit"`
	Date  string  `json:"date"`
	Score float64 `json:"score"`
	// Fragments are passages of the text with the matched words in
	// <mark>…</mark> (the text itself HTML-escaped).
	Fragments []string `json:"fragments"`
	// Title is the document's title (left out of the JSON).
	Title string `json:"-"`
}

// Facet is a term of a facet and the number of matching documents with it.
type Facet struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// FacetFields are the facets Search counts: the unit, the kind and the
// year. The unit facet counts a unit's forms together, under the name
// UnitGroup gives them (FieldUnitGroup).
var FacetFields = []string{FieldUnit, FieldKind, FieldYear}

// facetField is the field a facet counts.
func facetField(name string) string {
	if name == FieldUnit {
		return FieldUnitGroup
	}
	return name
}

// MaxOffset and MaxLimit bound a request's Offset and Limit: bleve keeps
// Offset+Limit hits while it searches (an offset near the largest int made
// that sum overflow and bleve panic).
const (
	MaxOffset = 100000
	MaxLimit  = 1000
)

// maxFacetTerms is the number of terms listed per facet.
const maxFacetTerms = 20

// Search runs a search.
func (x *Index) Search(ctx context.Context, r Request) (*Result, error) {
	var parsed bquery.Query // the query string as written, before rewritePhrases
	if strings.TrimSpace(r.Query) != "" {
		var err error
		if parsed, err = ParseQuery(r.Query); err != nil {
			return nil, err
		}
	}
	var terms []string
	if !r.NoHighlight && parsed != nil {
		// Fragments are cut from the stored text by fragmentsOf, not by
		// bleve's highlighter (see there).
		terms = markTerms(parsed)
	}
	limit := r.Limit
	if limit <= 0 {
		limit = 10
	}
	if r.Offset < 0 || r.Offset > MaxOffset {
		return nil, &RequestError{fmt.Sprintf("偏移量 %d 须在 0 到 %d 之间", r.Offset, MaxOffset)}
	}
	if limit > MaxLimit {
		return nil, &RequestError{fmt.Sprintf("每页条数 %d 超过上限 %d", limit, MaxLimit)}
	}
	q, err := x.buildQuery(r, parsed)
	if err != nil {
		return nil, err
	}
	var fq *facetQuery
	if !r.NoFacets {
		fq = &facetQuery{query: q, cache: &x.facets}
		q = fq
	}
	req := bleve.NewSearchRequestOptions(q, limit, r.Offset, false)
	switch r.Sort {
	case "", SortRelevance:
	case SortDate:
		req.SortByCustom(search.SortOrder{
			&search.SortField{Field: FieldDate, Desc: true, Type: search.SortFieldAsString, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
		})
	default:
		return nil, &RequestError{fmt.Sprintf("排序方式 %q 不对：只能是 %s 或 %s", r.Sort, SortRelevance, SortDate)}
	}
	req.Fields = []string{FieldID, FieldFile, FieldKind, FieldUnit, FieldDate, FieldTitle}
	if !r.NoHighlight {
		req.Fields = append(req.Fields, FieldPages)
	}
	res, err := x.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Hits: []Hit{}, Facets: map[string][]Facet{}, Took: res.Took}
	for _, h := range res.Hits {
		str := func(f string) string { s, _ := h.Fields[f].(string); return s }
		hit := Hit{ID: str(FieldID), File: str(FieldFile), Kind: str(FieldKind), Unit: str(FieldUnit),
			Date: str(FieldDate), Title: str(FieldTitle), Score: h.Score, Fragments: fragmentsOf(storedText(h.Fields[FieldPages]), terms)}
		if hit.Fragments == nil {
			hit.Fragments = []string{}
		}
		out.Hits = append(out.Hits, hit)
	}
	if fq != nil {
		out.Facets = x.facets.facets(fq.counts, maxFacetTerms)
	}
	return out, nil
}

// buildQuery combines the parsed query string (nil for none) with the
// request's filters. It rewrites parsed in place (rewriteRanges,
// rewritePhrases).
func (x *Index) buildQuery(r Request, parsed bquery.Query) (bquery.Query, error) {
	var q bquery.Query = bquery.NewMatchAllQuery()
	if parsed != nil {
		q = rewriteRanges(parsed)
		if x.analyzer() == AnalyzerSearch {
			q = rewritePhrases(q)
		}
		var err error
		if q, err = rewriteExpanding(q, x.bi.Mapping()); err != nil {
			return nil, err
		}
	}
	var filters []bquery.Query
	term := func(field, v string) {
		t := bquery.NewTermQuery(v)
		t.SetField(field)
		filters = append(filters, t)
	}
	if r.Kind != "" {
		term(FieldKind, r.Kind)
	}
	if strings.TrimSpace(r.Unit) != "" {
		filters = append(filters, unitFilter(r.Unit))
	}
	if r.From != "" || r.To != "" {
		for _, d := range []string{r.From, r.To} {
			if d != "" {
				if _, err := time.Parse(time.DateOnly, d); err != nil {
					return nil, &RequestError{fmt.Sprintf("日期 %q 应为 YYYY-MM-DD", d)}
				}
			}
		}
		yes := true
		rq := bquery.NewTermRangeInclusiveQuery(r.From, r.To, &yes, &yes)
		rq.SetField(FieldDate)
		filters = append(filters, rq)
	}
	if len(filters) == 0 {
		return q, nil
	}
	var f bquery.Query = bquery.NewConjunctionQuery(filters)
	if len(filters) == 1 {
		f = filters[0]
	}
	return &filteredQuery{query: q, filter: f}, nil
}

// ParseQuery parses a query string: words, "phrases" (also in Chinese
// quotation marks “…”), field:value, field:>=number and the other terms of
// bleve's query string syntax, separated by white space. Every term is
// required (AND, the default, may be written); terms joined by OR are
// required as a group (a b OR c: a, and b or c); a term after NOT or with
// a leading - is excluded, one with a leading + required. Words without a
// field search the text.
func ParseQuery(s string) (bquery.Query, error) {
	var must, not []bquery.Query
	var groups [][]bquery.Query // the required terms, each group one OR
	for _, t := range queryTerms(s) {
		q, err := bquery.NewQueryStringQuery(t.text).Parse()
		if err != nil {
			return nil, &RequestError{fmt.Sprintf("检索式 %q 无法解析，请检查引号、括号和运算符", s)}
		}
		switch {
		case t.not:
			not = append(not, q)
		case t.or && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], q)
		default:
			groups = append(groups, []bquery.Query{q})
		}
	}
	for _, g := range groups {
		if len(g) == 1 {
			must = append(must, g[0])
			continue
		}
		d := bquery.NewDisjunctionQuery(g)
		d.SetMin(1)
		must = append(must, d)
	}
	if len(must) == 0 && len(not) == 0 {
		return nil, &RequestError{fmt.Sprintf("query %q: 没有可查的词", s)}
	}
	return bquery.NewBooleanQueryForQueryString(must, nil, not), nil
}

// RequestError is the error of a search that cannot be run as asked: a
// query string that does not parse (ParseQuery), a date that is not
// YYYY-MM-DD, an offset or limit out of bounds, too many or too wide
// regexps, wildcards and fuzzy words (see MaxExpanding). The fault is the asker's, not the index's.
type RequestError struct{ msg string }

// Error implements error.
func (e *RequestError) Error() string { return e.msg }

// queryTerm is a term of a query string, as ParseQuery reads it.
type queryTerm struct {
	text string // without a leading + or -
	not  bool   // after NOT, or with a leading -
	or   bool   // joined to the term before by OR
}

// queryTerms reads the terms of a query string and the operators between
// them.
func queryTerms(s string) []queryTerm {
	var out []queryTerm
	or, neg := false, false
	for _, tok := range queryTokens(s) {
		switch tok {
		case "AND":
			continue
		case "OR":
			or = true
			continue
		case "NOT":
			neg = true
			continue
		}
		t := queryTerm{text: tok, not: neg, or: or && !neg}
		if len(tok) > 1 && (tok[0] == '-' || tok[0] == '+') {
			t.not = t.not || tok[0] == '-'
			t.text = tok[1:]
		}
		out = append(out, t)
		or, neg = false, false
	}
	return out
}

// queryTokens splits a query string at white space outside quotes, with
// Chinese quotation marks and the ideographic space read as their ASCII
// forms.
func queryTokens(s string) []string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "＂", `"`, "　", " ").Replace(s)
	var toks []string
	var cur strings.Builder
	inQuote := false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote = !inQuote
			cur.WriteRune(r)
		case !inQuote && (r == ' ' || r == '\t' || r == '\n'):
			if cur.Len() > 0 {
				toks = append(toks, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		toks = append(toks, cur.String())
	}
	return toks
}

// rewritePhrases makes the words and phrases of q on the text of two
// characters or more literal queries (literalQuery), which find every
// document holding them; the phrases of the title (and a phrase of one
// character on the text) are analysed in precise mode with long words
// split (AnalyzerPhrase), so that a phrase matches once per literal
// occurrence (see Tokenizer), and matched by phraseSearcher.
func rewritePhrases(q bquery.Query) bquery.Query {
	return rewriteLeaves(q, func(q bquery.Query) bquery.Query {
		switch t := q.(type) {
		case *bquery.MatchQuery:
			if f := t.Field(); (f == "" || f == FieldText) && t.Fuzziness == 0 && hasGram(queryText(t.Match)) {
				return literalQuery(t.Match, t.Boost())
			}
		case *bquery.MatchPhraseQuery:
			f := t.Field()
			if f != "" && f != FieldText && f != FieldTitle {
				return q
			}
			if t.Fuzziness != 0 {
				if f == FieldTitle {
					t.Analyzer = AnalyzerPhrase
					return q
				}
				// The text's words have no positions: its fuzzy phrase
				// asks for each word, fuzzily (see rewriteExpanding).
				m := bquery.NewMatchQuery(t.MatchPhrase)
				m.SetField(f)
				m.SetFuzziness(t.Fuzziness)
				m.SetOperator(bquery.MatchQueryOperatorAnd)
				m.SetBoost(t.Boost())
				m.Analyzer = AnalyzerDefault
				return m
			}
			if f != FieldTitle && hasGram(queryText(t.MatchPhrase)) {
				return literalQuery(t.MatchPhrase, t.Boost())
			}
			return &phraseQuery{phrase: t.MatchPhrase, field: f, boost: t.Boost()}
		}
		return q
	})
}

// rewriteLeaves replaces each clause of q that is not a boolean,
// conjunction or disjunction by f of it, in place, and returns the new q.
func rewriteLeaves(q bquery.Query, f func(bquery.Query) bquery.Query) bquery.Query {
	switch t := q.(type) {
	case *bquery.BooleanQuery:
		for _, c := range []*bquery.Query{&t.Must, &t.Should, &t.MustNot, &t.Filter} {
			if *c != nil {
				*c = rewriteLeaves(*c, f)
			}
		}
	case *bquery.ConjunctionQuery:
		for i, c := range t.Conjuncts {
			t.Conjuncts[i] = rewriteLeaves(c, f)
		}
	case *bquery.DisjunctionQuery:
		for i, c := range t.Disjuncts {
			t.Disjuncts[i] = rewriteLeaves(c, f)
		}
	default:
		return f(q)
	}
	return q
}
