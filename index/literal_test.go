package index

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// corpusDoc is an indexed file of the sample corpus: its id and its pages.
type corpusDoc struct {
	id, file, path string
	pages          []string
}

func corpusDocs(t testing.TB) []corpusDoc {
	t.Helper()
	var out []corpusDoc
	for _, r := range roots {
		jobs, errs := collect([]string{r})
		require.Empty(t, errs)
		for _, j := range jobs {
			raw, err := os.ReadFile(j.path)
			require.NoError(t, err)
			d, err := parse.Parse(context.Background(), j.path, raw, parse.Options{})
			require.NoError(t, err, j.path)
			cd := corpusDoc{id: contentID(raw), file: j.meta.File, path: j.path}
			for _, p := range d.Pages {
				cd.pages = append(cd.pages, p.Text)
			}
			out = append(out, cd)
		}
	}
	return out
}

// querySyntax are the characters a query string reads as syntax.
const querySyntax = `+-=&|><!(){}[]^"~*?:\/“”＂`

// TestEverySubstringIsFound is the acceptance test of literal recall: for
// 200 random substrings (2–6 characters, seeded) of the indexed documents,
// every document holding the substring is among the hits, quoted and
// unquoted, and every hit shows a fragment with a match marked.
func TestEverySubstringIsFound(t *testing.T) {
	x := corpusIndex(t)
	docs := corpusDocs(t)
	rng := rand.New(rand.NewSource(14))
	var subs []string
	for len(subs) < 200 {
		d := docs[rng.Intn(len(docs))]
		if len(d.pages) == 0 {
			continue
		}
		rs := []rune(d.pages[rng.Intn(len(d.pages))])
		n := 2 + rng.Intn(5)
		if len(rs) < n {
			continue
		}
		i := rng.Intn(len(rs) - n + 1)
		s := string(rs[i : i+n])
		if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(querySyntax, r) }) {
			continue
		}
		subs = append(subs, s)
	}
	ctx := context.Background()
	for _, s := range subs {
		var want []string
		for _, d := range docs {
			for _, p := range d.pages {
				if strings.Contains(p, s) {
					want = append(want, d.file)
					break
				}
			}
		}
		sort.Strings(want)
		for _, q := range []string{s, `"` + s + `"`} {
			res, err := x.Search(ctx, Request{Query: q, Limit: MaxLimit, NoFacets: true})
			require.NoError(t, err, q)
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.File)
				assert.NotEmpty(t, h.Fragments, "%s: hit %s shows no match", q, h.File)
				marked := false
				for _, f := range h.Fragments {
					marked = marked || strings.Contains(f, "<mark>")
				}
				assert.True(t, marked, "%s: hit %s has no <mark>", q, h.File)
			}
			assert.Subset(t, got, want, "%s: %d hits, %d documents hold it", q, len(got), len(want))
		}
	}
}

// TestWordMatchesRankFirst: a document where the query is a word of the
// text ranks above one that holds it only across words, and both are
// found.
func TestWordMatchesRankFirst(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	ctx := context.Background()
	for _, tt := range []struct{ query, across, word string }{
		{"整改", "会议要求调整改革方向。", "会议要求落实整改工作。"},
		{"公开", "单位办公开会研究。", "单位坚持公开办事。"},
	} {
		dir := t.TempDir()
		for name, text := range map[string]string{"across.txt": tt.across, "word.txt": tt.word} {
			_, _, err := x.Add(ctx, filepath.Join(dir, name), []byte(text), Meta{File: tt.query + "/" + name})
			require.NoError(t, err)
		}
		res, err := x.Search(ctx, Request{Query: tt.query, Limit: 10})
		require.NoError(t, err)
		var files []string
		for _, h := range res.Hits {
			files = append(files, h.File)
		}
		assert.Equal(t, []string{tt.query + "/word.txt", tt.query + "/across.txt"}, files)
	}
}

// TestGramCoverBy: the chosen bigrams cover the string (each run's first
// and last, none more than two characters after the one before) at least
// cost.
func TestGramCoverBy(t *testing.T) {
	costs := map[string]float64{"整改": 100, "问题": 50}
	cost := func(k string) float64 {
		if c, ok := costs[k]; ok {
			return c
		}
		return 1
	}
	tests := []struct {
		s    string
		want []phraseTerm
	}{
		{"压实整改责任", []phraseTerm{{term: "压实"}, {term: "实整", off: 1}, {term: "改责", off: 3}, {term: "责任", off: 4}}},
		{"问题清单", []phraseTerm{{term: "问题"}, {term: "清单", off: 2}}}, // the first and the last are needed
		{"落实整改", []phraseTerm{{term: "落实"}, {term: "整改", off: 2}}}, // the last, however dear
		{"坚持标本兼治", []phraseTerm{{term: "坚持"}, {term: "标本", off: 2}, {term: "兼治", off: 4}}},
		{"整改 问题清单", []phraseTerm{{term: "整改"}, {term: "问题", off: 3}, {term: "清单", off: 5}}},
		{"整", nil},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, gramCoverBy(tt.s, cost))
		})
	}
}
