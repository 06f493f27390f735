package index

import (
	"context"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// filteredQuery matches the documents of query that filter matches too,
// scored by query alone: the request's filters (kind, unit, dates).
// bleve's BooleanQuery.Filter asks the filter about each document the
// query found, so the query walked every document it matched, verifying
// its phrases' positions, however few the filter kept (完成时限 AND 责任清单
// NOT 干部队伍建设 over two years of 10,000 reports verified 9,000 documents
// to keep 800). Here the filter's documents are found first (they are few
// terms, without positions) and handed to the query's phrase searchers
// (see allowedDocs), which verify positions in those documents only.
type filteredQuery struct {
	query, filter bquery.Query
}

// Searcher implements bquery.Query.
func (q *filteredQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	// As bleve's filters: no score, no term vectors.
	fs, err := q.filter.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	docs, err := collectDocs(ctx, fs)
	if cerr := fs.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	if len(docs.nums) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	qs, err := q.query.Searcher(context.WithValue(ctx, allowedKey{}, docs), r, m, opt)
	if err != nil {
		return nil, err
	}
	return &filteredSearcher{query: qs, docs: docs}, nil
}

// allowedDocs are the documents a search may return (a filter's), by
// their internal numbers, ascending. A filteredQuery puts them in the
// context its query's searchers are made with; a phraseSearcher then
// verifies positions only in these documents.
type allowedDocs struct{ nums []uint64 }

type allowedKey struct{}

// allowedIn returns the allowed documents ctx holds, or nil (all are).
func allowedIn(ctx context.Context) *allowedDocs {
	a, _ := ctx.Value(allowedKey{}).(*allowedDocs)
	return a
}

// from returns the first allowed document at or after n, and false if
// there is none.
func (a *allowedDocs) from(n uint64) (uint64, bool) {
	i := sort.Search(len(a.nums), func(i int) bool { return a.nums[i] >= n })
	if i == len(a.nums) {
		return 0, false
	}
	return a.nums[i], true
}

// collectDocs returns every document s matches.
func collectDocs(ctx context.Context, s search.Searcher) (*allowedDocs, error) {
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	docs := &allowedDocs{}
	for {
		if len(docs.nums)%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d, err := s.Next(sctx)
		if err != nil || d == nil {
			return docs, err
		}
		docs.nums = append(docs.nums, d.IndexInternalID.Value())
		sctx.DocumentMatchPool.Put(d)
	}
}

// filteredSearcher returns the documents its query returns that are
// allowed (docs); a query's document that is not makes it skip to the
// next that is.
type filteredSearcher struct {
	query search.Searcher
	docs  *allowedDocs
	buf   bindex.IndexInternalID
}

// Next implements search.Searcher.
func (s *filteredSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.query.Next(ctx)
	return s.allowed(ctx, d, err)
}

// Advance implements search.Searcher.
func (s *filteredSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.query.Advance(ctx, id)
	return s.allowed(ctx, d, err)
}

// allowed returns d if it is allowed, else the query's first allowed
// document after it.
func (s *filteredSearcher) allowed(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for err == nil && d != nil {
		n := d.IndexInternalID.Value()
		next, ok := s.docs.from(n)
		if ok && next == n {
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
		if !ok {
			return nil, nil
		}
		s.buf = bindex.NewIndexInternalID(s.buf, next)
		d, err = s.query.Advance(ctx, s.buf)
	}
	return nil, err
}

// Close implements search.Searcher.
func (s *filteredSearcher) Close() error { return s.query.Close() }

// Weight implements search.Searcher: the query's.
func (s *filteredSearcher) Weight() float64 { return s.query.Weight() }

// SetQueryNorm implements search.Searcher.
func (s *filteredSearcher) SetQueryNorm(n float64) { s.query.SetQueryNorm(n) }

// Count implements search.Searcher: at most the smaller of the two.
func (s *filteredSearcher) Count() uint64 { return min(s.query.Count(), uint64(len(s.docs.nums))) }

// Min implements search.Searcher.
func (s *filteredSearcher) Min() int { return 0 }

// Size implements search.Searcher.
func (s *filteredSearcher) Size() int { return 64 + 8*len(s.docs.nums) + s.query.Size() }

// DocumentMatchPoolSize implements search.Searcher.
func (s *filteredSearcher) DocumentMatchPoolSize() int { return s.query.DocumentMatchPoolSize() + 1 }

var _ search.Searcher = (*filteredSearcher)(nil)
