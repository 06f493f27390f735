package index

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// rewriteRanges replaces, in place, the ranges of a parsed query string by
// ranges over what the index holds, and returns the new query:
//   - a numeric range over a claim field (meetings_total:>=10, and half of
//     what the query string makes of problems_total:11) by claimRange;
//   - a numeric range over year (year:>=2021) by a range of the year
//     keywords (four digits sort as the years do);
//   - a date range over date (date:>="2021-06-30") by a range of the date
//     keywords (YYYY-MM-DD sorts as the days do).
//
// Every range, these and the others, becomes a requiredQuery.
func rewriteRanges(q bquery.Query) bquery.Query {
	return rewriteLeaves(q, func(q bquery.Query) bquery.Query {
		switch t := q.(type) {
		case *bquery.NumericRangeQuery:
			switch {
			case knownField(t.Field()):
				return requiredQuery{claimRange(t)}
			case t.Field() == FieldYear:
				return requiredQuery{yearRange(t)}
			}
		case *bquery.DateRangeQuery:
			if t.Field() == FieldDate {
				return requiredQuery{dateRange(t)}
			}
		case *bquery.TermRangeQuery:
		default:
			return q
		}
		return requiredQuery{q}
	})
}

// yearRange is the range of year keywords that a numeric range over years
// holds. A bound that is not a whole year is rounded inwards (year:>2020.5
// starts at 2021), and one beyond the years of four digits is brought back
// to them.
func yearRange(n *bquery.NumericRangeQuery) *bquery.TermRangeQuery {
	lo, hi := "", "" // bleve's open ends
	loIn, hiIn := true, false
	if n.Min != nil {
		v, in := *n.Min, n.InclusiveMin == nil || *n.InclusiveMin
		switch {
		case v < 0:
			v, in = 0, true
		case v > 9999:
			v, in = 9999, false
		case v != math.Trunc(v):
			v, in = math.Ceil(v), true
		}
		lo, loIn = fmt.Sprintf("%04d", int(v)), in
	}
	if n.Max != nil {
		v, in := *n.Max, n.InclusiveMax != nil && *n.InclusiveMax
		switch {
		case v > 9999:
			v, in = 9999, true
		case v < 0:
			v, in = 0, false
		case v != math.Trunc(v):
			v, in = math.Floor(v), true
		}
		hi, hiIn = fmt.Sprintf("%04d", int(v)), in
	}
	q := bquery.NewTermRangeInclusiveQuery(lo, hi, &loIn, &hiIn)
	q.SetField(FieldYear)
	q.SetBoost(n.Boost())
	return q
}

// dateRange is the range of date keywords that a date range holds: each
// bound is its day, in its own time zone.
func dateRange(d *bquery.DateRangeQuery) *bquery.TermRangeQuery {
	lo, hi := "", ""
	loIn, hiIn := true, false
	if !d.Start.IsZero() {
		lo, loIn = d.Start.Format(time.DateOnly), d.InclusiveStart == nil || *d.InclusiveStart
	}
	if !d.End.IsZero() {
		hi, hiIn = d.End.Format(time.DateOnly), d.InclusiveEnd != nil && *d.InclusiveEnd
	}
	q := bquery.NewTermRangeInclusiveQuery(lo, hi, &loIn, &hiIn)
	q.SetField(FieldDate)
	q.SetBoost(d.Boost())
	return q
}

// requiredQuery is a query that, when it matches nothing, still counts as
// a clause. bleve drops a clause whose searcher is a MatchNoneSearcher from
// the queries a query string makes (meant for words that analyse to
// nothing), and a range with no term in it gives one: +整改
// +meetings_total:>100000 found every report with 整改.
type requiredQuery struct{ bquery.Query }

// Searcher implements query.Query.
func (q requiredQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	s, err := q.Query.Searcher(ctx, r, m, opt)
	if none, ok := s.(*searcher.MatchNoneSearcher); ok {
		return noMatch{none}, err
	}
	return s, err
}

// noMatch matches nothing, like the MatchNoneSearcher it holds, under
// another type.
type noMatch struct{ *searcher.MatchNoneSearcher }
