package index

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// QualityQuery is a query of the search-quality set
// (index/testdata/queries.jsonl, one JSON object a line) with the files of
// the sample corpus it should find.
type QualityQuery struct {
	Query string `json:"query"`
	Unit  string `json:"unit,omitempty"`
	Kind  string `json:"kind,omitempty"`
	// Literal marks a query whose expected documents are those holding
	// its strings: every one must be found (recall 1).
	Literal bool   `json:"literal"`
	Note    string `json:"note,omitempty"`
	// Expect are the files (Hit.File) the query should find.
	Expect []string `json:"expect"`
}

// QualityResult is how a search did on a QualityQuery.
type QualityResult struct {
	QualityQuery
	Hits int `json:"hits"`
	// Recall is the share of the expected files among the hits (1 when
	// none is expected).
	Recall float64 `json:"recall"`
	// P10 is the share of expected files among the first ten hits, or
	// among all hits when there are fewer (1 when there are no hits and
	// none is expected, 0 when none is found but some are).
	P10    float64  `json:"p10"`
	Missed []string `json:"missed,omitempty"`
}

// LoadQueries reads a query set.
func LoadQueries(path string) ([]QualityQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []QualityQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q QualityQuery
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, q)
	}
	return out, sc.Err()
}

// Evaluate runs each query (up to MaxLimit hits) and measures its recall
// and precision at 10.
func (x *Index) Evaluate(ctx context.Context, qs []QualityQuery) ([]QualityResult, error) {
	var out []QualityResult
	for _, q := range qs {
		res, err := x.Search(ctx, Request{Query: q.Query, Unit: q.Unit, Kind: q.Kind, Limit: MaxLimit, NoFacets: true, NoHighlight: true})
		if err != nil {
			return nil, fmt.Errorf("%q: %w", q.Query, err)
		}
		want := map[string]bool{}
		for _, f := range q.Expect {
			want[f] = true
		}
		found, top := map[string]bool{}, 0
		for i, h := range res.Hits {
			if want[h.File] {
				found[h.File] = true
				if i < 10 {
					top++
				}
			}
		}
		r := QualityResult{QualityQuery: q, Hits: len(res.Hits), Recall: 1, P10: 1}
		if len(want) > 0 {
			r.Recall = float64(len(found)) / float64(len(want))
		}
		if n := min(10, len(res.Hits)); n > 0 {
			r.P10 = float64(top) / float64(n)
		} else if len(want) > 0 {
			r.P10 = 0
		}
		for _, f := range q.Expect {
			if !found[f] {
				r.Missed = append(r.Missed, f)
			}
		}
		out = append(out, r)
	}
	return out, nil
}
