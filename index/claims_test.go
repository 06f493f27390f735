package index

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
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

// claimDocs are the documents of claimIndex: their names and claim values.
var claimDocs = map[string]map[string]float64{
	"m3":    {"meetings_total": 3},
	"m9.5":  {"meetings_total": 9.5},
	"m10":   {"meetings_total": 10, "problems_rate": 100},
	"m10.5": {"meetings_total": 10.5},
	"m13":   {"meetings_total": 13, "meetings_work": 13, "problems_rate": 85},
	"r0":    {"problems_rate": 0, "problems_total": 0},
	"big":   {"money_total": 1.2e8, "problems_total": 250, "meetings_work": 0.5},
	"none":  {},
}

var claimIdx struct {
	once sync.Once
	x    *Index
	err  error
}

// claimIndex returns an index of claimDocs, made once for the package's
// tests (its folder is left to the system's temporary files).
func claimIndex(t testing.TB) *Index {
	t.Helper()
	claimIdx.once.Do(func() {
		dir, err := os.MkdirTemp("", "zhenggai-claims-test-")
		if err != nil {
			claimIdx.err = err
			return
		}
		x, err := Open(filepath.Join(dir, "idx"))
		if err != nil {
			claimIdx.err = err
			return
		}
		b := x.bi.NewBatch()
		for name, values := range claimDocs {
			rec := record{FieldPath: name, FieldFile: name, FieldKind: "report"}
			if terms, stored := claimTerms(values); len(terms) > 0 {
				rec[FieldClaims], rec[FieldClaimValues] = terms, stored
			}
			if err := x.batchAdd(b, name, rec); err != nil {
				claimIdx.err = err
				return
			}
		}
		claimIdx.x, claimIdx.err = x, x.bi.Batch(b)
	})
	require.NoError(t, claimIdx.err)
	return claimIdx.x
}

// claimHits returns the names of the documents of claimIndex that query
// finds, sorted.
func claimHits(t testing.TB, query string) []string {
	res, err := claimIndex(t).Search(context.Background(), Request{Query: query, Limit: 100, NoFacets: true, NoHighlight: true})
	require.NoError(t, err, query)
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.File)
	}
	sort.Strings(got)
	return got
}

func TestClaimRangeBounds(t *testing.T) {
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
		{"meetings_work:>=0", []string{"big", "m13"}},
		{"problems_rate:<90", []string{"m13", "r0"}},
		{"problems_rate:0", []string{"r0"}},
		{"problems_rate:>=90 OR meetings_total:3", []string{"m10", "m3"}},
		{"problems_rate:>=90 meetings_total:3", nil}, // both required by default
		{"meetings_total:-1", nil},
		{"money_total:>100000000", []string{"big"}},
		// A required range that holds nothing is not dropped (requiredQuery).
		{"+meetings_total:>=10 +meetings_total:>100", nil},
		{"+money_total:>=10 +money_total:<=13", nil},
		{"+meetings_total:>=10 -problems_rate:>1000", []string{"m10", "m10.5", "m13"}},
	} {
		assert.Equal(t, tc.want, claimHits(t, tc.query), tc.query)
	}

	x := claimIndex(t)
	d, err := x.getKey("m13")
	require.NoError(t, err)
	assert.Equal(t, claimDocs["m13"], d.Claims)
	d, err = x.getKey("none")
	require.NoError(t, err)
	assert.Nil(t, d.Claims)
}

// FuzzClaimRange: a range over a claim field, from the query string, finds
// exactly the documents whose value lies in it.
func FuzzClaimRange(f *testing.F) {
	f.Add(uint8(0), 10.0, 13.0, true, false, true, true)
	f.Add(uint8(1), 0.0, 90.0, true, true, false, true)
	f.Add(uint8(2), 0.0, 0.0, true, true, true, true)
	f.Add(uint8(3), 1e8, 0.0, false, true, true, false)
	f.Add(uint8(0), -5.0, 9.5, false, true, true, true)
	f.Fuzz(func(t *testing.T, field uint8, lo, hi float64, loIn, hiIn, hasLo, hasHi bool) {
		names := []string{"meetings_total", "problems_rate", "problems_total", "money_total", "meetings_work"}
		name := names[int(field)%len(names)]
		if !hasLo && !hasHi || math.IsNaN(lo) || math.IsInf(lo, 0) || math.IsNaN(hi) || math.IsInf(hi, 0) {
			return
		}
		num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
		var clauses []string
		if hasLo {
			op := ">"
			if loIn {
				op = ">="
			}
			clauses = append(clauses, "+"+name+":"+op+num(lo))
		}
		if hasHi {
			op := "<"
			if hiIn {
				op = "<="
			}
			clauses = append(clauses, "+"+name+":"+op+num(hi))
		}
		var want []string
		for doc, values := range claimDocs {
			v, ok := values[name]
			if !ok {
				continue
			}
			if hasLo && (v < lo || v == lo && !loIn) || hasHi && (v > hi || v == hi && !hiIn) {
				continue
			}
			want = append(want, doc)
		}
		sort.Strings(want)
		q := strings.Join(clauses, " ")
		assert.Equal(t, want, claimHits(t, q), q)
	})
}
