package index

import (
	"context"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Facets are counted by the index, not by bleve: bleve reads the doc
// values of every matching document's facet fields anew for each search (a
// fifth of the time of a phrase found in all of 10,000 reports). The facet
// fields hold one term per document; facetCache keeps each document's
// terms, read once per index snapshot, and a search counts the terms of
// the documents it matched (facetSearcher).

// facetCache holds the facet terms of the documents of the index snapshot
// last searched.
type facetCache struct {
	mu sync.Mutex
	// reader is the snapshot docs describe; another empties docs.
	reader bindex.IndexReader
	// docs holds, by internal document number, the ordinal plus one of
	// each facet field's term (in terms), -1 for none, and 0 for a
	// document not read yet.
	docs [][]int32
	// terms and ords number each field's terms; they outlive snapshots.
	terms [][]string
	ords  []map[string]int32
}

// facetFieldNames are the fields the facets count, in FacetFields' order.
func facetFieldNames() []string {
	out := make([]string, len(FacetFields))
	for i, f := range FacetFields {
		out[i] = facetField(f)
	}
	return out
}

// count returns, for each facet field, how many of the documents nums of
// snapshot r hold each of its terms (by ordinal).
func (c *facetCache) count(r bindex.IndexReader, nums []uint64) ([][]int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fields := facetFieldNames()
	if c.ords == nil {
		c.terms = make([][]string, len(fields))
		c.ords = make([]map[string]int32, len(fields))
		for i := range c.ords {
			c.ords[i] = map[string]int32{}
		}
	}
	if c.reader != r {
		c.reader, c.docs = r, nil
	}
	fieldOf := map[string]int{}
	for i, f := range fields {
		fieldOf[f] = i
	}
	var dvr bindex.DocValueReader
	var id bindex.IndexInternalID
	for _, n := range nums {
		for uint64(len(c.docs)) <= n {
			c.docs = append(c.docs, nil)
		}
		if c.docs[n] != nil {
			continue
		}
		if dvr == nil {
			var err error
			if dvr, err = r.DocValueReader(fields); err != nil {
				return nil, err
			}
		}
		row := make([]int32, len(fields))
		for i := range row {
			row[i] = -1
		}
		id = bindex.NewIndexInternalID(id, n)
		err := dvr.VisitDocValues(id, func(field string, term []byte) {
			f, ok := fieldOf[field]
			if !ok {
				return
			}
			o, ok := c.ords[f][string(term)]
			if !ok {
				o = int32(len(c.terms[f]))
				c.ords[f][string(term)] = o
				c.terms[f] = append(c.terms[f], string(term))
			}
			row[f] = o + 1
		})
		if err != nil {
			return nil, err
		}
		c.docs[n] = row
	}
	counts := make([][]int, len(fields))
	for f := range counts {
		counts[f] = make([]int, len(c.terms[f]))
	}
	for _, n := range nums {
		for f, o := range c.docs[n] {
			if o > 0 {
				counts[f][o-1]++
			}
		}
	}
	return counts, nil
}

// facets lists, for each facet (FacetFields), up to limit terms of
// counts, the most frequent first, then by term, as bleve's facets did.
func (c *facetCache) facets(counts [][]int, limit int) map[string][]Facet {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string][]Facet{}
	for f, name := range FacetFields {
		list := []Facet{}
		if f < len(counts) {
			for o, n := range counts[f] {
				if n > 0 {
					list = append(list, Facet{Term: c.terms[f][o], Count: n})
				}
			}
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].Count != list[j].Count {
				return list[i].Count > list[j].Count
			}
			return list[i].Term < list[j].Term
		})
		out[name] = list[:min(len(list), limit)]
	}
	return out
}

// facetQuery is query, whose searcher counts the facet terms of the
// documents it matches into counts once it has found them all.
type facetQuery struct {
	query  bquery.Query
	cache  *facetCache
	counts [][]int
}

// Searcher implements bquery.Query.
func (q *facetQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	s, err := q.query.Searcher(ctx, r, m, opt)
	if err != nil {
		return nil, err
	}
	return &facetSearcher{Searcher: s, q: q, reader: r}, nil
}

// facetSearcher is a searcher that notes the documents it returns, and
// counts their facet terms when it has no more (the collector asks for
// every matching document, and the snapshot is still open then).
type facetSearcher struct {
	search.Searcher
	q      *facetQuery
	reader bindex.IndexReader
	nums   []uint64
	done   bool
}

// Next implements search.Searcher.
func (s *facetSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	return s.note(d, err)
}

// Advance implements search.Searcher.
func (s *facetSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	return s.note(d, err)
}

func (s *facetSearcher) note(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if err != nil {
		return nil, err
	}
	if d != nil {
		s.nums = append(s.nums, d.IndexInternalID.Value())
		return d, nil
	}
	if !s.done {
		s.done = true
		if s.q.counts, err = s.q.cache.count(s.reader, s.nums); err != nil {
			return nil, err
		}
	}
	return nil, nil
}
