package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/parse/ocr"
	"github.com/zhenggai/zhenggai/verify"
)

const corpus = "../testdata/corpus"

var roots = []string{corpus + "/reports", corpus + "/index", corpus + "/cases"}

// shared is one index of the whole sample corpus, built once (read-only
// tests share it).
var shared struct {
	once sync.Once
	x    *Index
	err  error
}

func corpusIndex(t *testing.T) *Index {
	t.Helper()
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "zhenggai-index-test-")
		if err != nil {
			shared.err = err
			return
		}
		shared.x, shared.err = Open(filepath.Join(dir, "idx"))
		if shared.err != nil {
			return
		}
		var st Stats
		st, shared.err = shared.x.AddPaths(context.Background(), roots, AddOptions{})
		if shared.err == nil && st.Failed > 0 {
			shared.err = assert.AnError
		}
	})
	require.NoError(t, shared.err)
	return shared.x
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.x != nil {
		dir := filepath.Dir(shared.x.Dir())
		shared.x.Close()
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func TestTokenizer(t *testing.T) {
	toks := (&Tokenizer{Search: true}).Tokenize([]byte("落实巡视整改，召开专题民主生活会1次。"))
	var terms []string
	for _, tk := range toks {
		terms = append(terms, string(tk.Term))
		// Byte offsets point at the term; the position is the code-point
		// offset plus one.
		s := "落实巡视整改，召开专题民主生活会1次。"
		assert.Equal(t, string(tk.Term), s[tk.Start:tk.End])
		assert.Equal(t, len([]rune(s[:tk.Start]))+1, tk.Position, string(tk.Term))
	}
	assert.Contains(t, terms, "整改", "search mode finds 整改 inside 巡视整改")
	assert.Contains(t, terms, "巡视整改")
	assert.Contains(t, terms, "专题民主生活会")
	assert.Contains(t, terms, "会", "single characters of long words, for phrases")
	assert.NotContains(t, terms, "，", "punctuation is dropped")
	assert.NotContains(t, terms, "。")

	// Precise mode: no overlaps.
	toks = (&Tokenizer{}).Tokenize([]byte("巡视整改工作"))
	for i := 1; i < len(toks); i++ {
		assert.GreaterOrEqual(t, toks[i].Start, toks[i-1].End)
	}
	// Phrase mode splits long words into pieces that the index holds.
	toks = (&Tokenizer{Phrase: true}).Tokenize([]byte("领导小组"))
	require.Len(t, toks, 2)
	assert.Equal(t, "领导", string(toks[0].Term))
	assert.Equal(t, "小组", string(toks[1].Term))
	assert.Equal(t, 3, toks[1].Position)
	assert.Empty(t, (&Tokenizer{}).Tokenize(nil))

	// Terms are in lower case, and the input is left as it was.
	in := []byte("GDP增长与ＰＤＦ文件")
	for _, tk := range (&Tokenizer{Search: true}).Tokenize(in) {
		assert.Equal(t, strings.ToLower(string(tk.Term)), string(tk.Term))
	}
	assert.Equal(t, "GDP增长与ＰＤＦ文件", string(in))
	for _, tt := range []struct {
		w         string
		typ       analysis.TokenType
		ok, upper bool
	}{
		{"整改", analysis.Ideographic, true, false}, {"A股", analysis.Ideographic, true, true},
		{"gdp", analysis.AlphaNumeric, true, false}, {"ＰＤＦ", analysis.AlphaNumeric, true, true},
		{"Σ", analysis.AlphaNumeric, true, true}, {"2024", analysis.Numeric, true, false},
		{"２０", analysis.Numeric, true, false}, {"㐀", analysis.Ideographic, true, false},
		{"，", 0, false, false}, {"  ", 0, false, false},
	} {
		typ, ok, upper := tokenType(tt.w)
		assert.Equal(t, []any{tt.typ, tt.ok, tt.upper}, []any{typ, ok, upper}, tt.w)
	}
	// The index's analyzer keeps positions but no byte offsets.
	for _, tk := range NewAnalyzer(AnalyzerSearch).Analyze([]byte("巡视整改工作")) {
		assert.Zero(t, tk.Start)
		assert.Zero(t, tk.End)
		assert.Positive(t, tk.Position)
	}
}

func TestSearchChinese(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	tests := []struct {
		query    string
		wantFile string // among the hits
		wantMark string // a highlighted word
	}{
		{"整改", "", "<mark>整改</mark>"},
		{"问题线索", "", "<mark>问题线索</mark>"},
		{"体育彩票公益金", "2020-dongchuan-tiyu.txt", "<mark>体育彩票公益金</mark>"},
		{`"驻局纪检监察组全程监督"`, "2022-zhechuan-shangwu.txt", "<mark>驻局纪检监察组全程监督</mark>"},
		{"药品耗材", "2021-meixi-weijian.txt", "<mark>药品耗材</mark>"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := x.Search(ctx, Request{Query: tt.query, Limit: 100})
			require.NoError(t, err)
			require.NotZero(t, res.Total)
			var files []string
			marked := false
			for _, h := range res.Hits {
				files = append(files, h.File)
				assert.Len(t, h.ID, 64)
				for _, f := range h.Fragments {
					if strings.Contains(f, tt.wantMark) {
						marked = true
					}
				}
			}
			if tt.wantFile != "" {
				assert.Contains(t, files, tt.wantFile)
			}
			assert.True(t, marked, "no fragment holds %s", tt.wantMark)
		})
	}
	res, err := x.Search(ctx, Request{Query: `"奇怪组合甲乙丙"`})
	require.NoError(t, err)
	assert.Zero(t, res.Total)
}

// pageTextsOf parses every indexed file of the corpus and returns its page
// texts joined.
func pageTextsOf(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, d := range corpusDocs(t) {
		out = append(out, strings.Join(d.pages, "\f"))
	}
	return out
}

func TestPhraseCountsEqualLiteralOccurrences(t *testing.T) {
	x := corpusIndex(t)
	pages := pageTextsOf(t)
	phrases := strings.Fields(`政治责任 巡视整改 民主生活会 专题民主生活会 整改完成率 第一责任人
		立行立改 问题线索 党组书记 举一反三 建章立制 长效机制 整改工作 中央八项规定精神 主体责任
		全面从严治党 责任清单 整改台账 领导小组 反馈意见 党风廉政建设 选人用人 财务管理 专项整治
		已完成整改 正在整改 巡察整改专题会议 压实整改责任 重大政治任务 一岗双责 工作格局`)
	for _, ph := range phrases {
		t.Run(ph, func(t *testing.T) {
			docs, occ := 0, 0
			for _, p := range pages {
				if n := strings.Count(p, ph); n > 0 {
					docs++
					occ += n
				}
			}
			require.NotZero(t, docs, "choose phrases that occur")
			// Through the public API: the hit count.
			res, err := x.Search(context.Background(), Request{Query: `"` + ph + `"`, Limit: 1000})
			require.NoError(t, err)
			assert.Equal(t, docs, int(res.Total), "documents")

			// And the occurrences, as the phrase searcher counts them.
			q, err := ParseQuery(`"` + ph + `"`)
			require.NoError(t, err)
			q = rewritePhrases(q)
			var pq *phraseQuery
			rewriteLeaves(q, func(q bquery.Query) bquery.Query {
				if r, ok := q.(requiredQuery); ok {
					q = r.Query
				}
				if p, ok := q.(*phraseQuery); ok {
					pq = p
				}
				return q
			})
			require.NotNil(t, pq, "a phrase becomes a phraseQuery")
			assert.True(t, pq.grams, "on the bigrams")
			adv, err := x.bi.Advanced()
			require.NoError(t, err)
			r, err := adv.Reader()
			require.NoError(t, err)
			defer r.Close()
			count := func(pq *phraseQuery) (hits, n int) {
				s, err := pq.Searcher(context.Background(), r, x.bi.Mapping(), search.SearcherOptions{})
				require.NoError(t, err)
				defer s.Close()
				ps := s.(*phraseSearcher)
				sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(1, 0)}
				for {
					dm, err := s.Next(sctx)
					require.NoError(t, err)
					if dm == nil {
						return hits, n
					}
					hits++
					n += ps.freq
					sctx.DocumentMatchPool.Put(dm)
				}
			}
			// A document holding the phrase as a word of the text counts
			// the word's occurrences, not its positions' (phraseQuery.word):
			// never more than the phrase's, nor none.
			hits, n := count(pq)
			assert.Equal(t, docs, hits, "documents")
			assert.LessOrEqual(t, n, occ, "occurrences")
			assert.GreaterOrEqual(t, n, hits, "occurrences")
			// Without the word, every position is read.
			pq.word = ""
			hits, n = count(pq)
			assert.Equal(t, docs, hits, "documents")
			assert.Equal(t, occ, n, "occurrences")

			// bleve's own phrase searcher, given every bigram, agrees.
			bq := bquery.NewMatchPhraseQuery(ph)
			bq.SetField(FieldGrams)
			bq.Analyzer = AnalyzerGrams
			br, err := x.bi.Search(bleve.NewSearchRequestOptions(bq, 1000, 0, false))
			require.NoError(t, err)
			assert.Equal(t, docs, int(br.Total), "bleve's phrase searcher")
		})
	}
}

func TestFiltersFacetsAndPaging(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	all, err := x.Search(ctx, Request{Query: "整改", Limit: 1000})
	require.NoError(t, err)

	// Facets count the matching documents.
	sum := func(name string) int {
		n := 0
		for _, f := range all.Facets[name] {
			n += f.Count
		}
		return n
	}
	assert.Equal(t, int(all.Total), sum(FieldKind))
	kinds := map[string]int{}
	for _, f := range all.Facets[FieldKind] {
		kinds[f.Term] = f.Count
	}
	assert.Greater(t, kinds["report"], 15)
	assert.Greater(t, kinds["minutes"], 10)
	assert.NotEmpty(t, all.Facets[FieldYear])
	assert.NotEmpty(t, all.Facets[FieldUnit])

	// Kind filter.
	rep, err := x.Search(ctx, Request{Query: "整改", Kind: "report", Limit: 1000})
	require.NoError(t, err)
	assert.Equal(t, kinds["report"], int(rep.Total))
	for _, h := range rep.Hits {
		assert.Equal(t, "report", h.Kind)
	}

	// Unit filter: from case.json for a case folder, from the title for a
	// standalone report.
	u, err := x.Search(ctx, Request{Unit: "中共桐岭市文化广电旅游局党组", Limit: 100})
	require.NoError(t, err)
	assert.Equal(t, 5, int(u.Total), "case 07: report, ledger, 3 minutes")
	u, err = x.Search(ctx, Request{Unit: "中共柘川市商务局党组", Limit: 100})
	require.NoError(t, err)
	require.Equal(t, 1, int(u.Total))
	assert.Equal(t, "2022-zhechuan-shangwu.txt", u.Hits[0].File)

	// Date range, inclusive.
	d, err := x.Search(ctx, Request{Query: "整改", From: "2022-01-01", To: "2022-12-31", Limit: 1000})
	require.NoError(t, err)
	require.NotZero(t, d.Total)
	for _, h := range d.Hits {
		assert.True(t, h.Date >= "2022-01-01" && h.Date <= "2022-12-31", h.Date)
	}
	years := map[string]int{}
	for _, f := range all.Facets[FieldYear] {
		years[f.Term] = f.Count
	}
	assert.Equal(t, years["2022"], int(d.Total))
	_, err = x.Search(ctx, Request{Query: "整改", From: "2022/01/01"})
	assert.Error(t, err)

	// Paging: two pages of 5 are the first 10 hits.
	p1, err := x.Search(ctx, Request{Query: "整改", Limit: 5})
	require.NoError(t, err)
	p2, err := x.Search(ctx, Request{Query: "整改", Limit: 5, Offset: 5})
	require.NoError(t, err)
	require.Len(t, p1.Hits, 5)
	require.Len(t, p2.Hits, 5)
	for i := 0; i < 5; i++ {
		assert.Equal(t, all.Hits[i].ID, p1.Hits[i].ID)
		assert.Equal(t, all.Hits[5+i].ID, p2.Hits[i].ID)
	}
}

func TestBooleanOperators(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	count := func(q string) int {
		res, err := x.Search(ctx, Request{Query: q, Limit: 1000})
		require.NoError(t, err, q)
		return int(res.Total)
	}
	a, b := count(`"公益金"`), count(`"药品耗材"`)
	require.NotZero(t, a)
	require.NotZero(t, b)
	assert.Equal(t, a+b, count(`"公益金" OR "药品耗材"`), "disjoint documents")
	assert.Zero(t, count(`"公益金" AND "药品耗材"`))
	assert.Equal(t, count(`"巡视整改"`)-count(`"巡视整改" AND "民主生活会"`), count(`"巡视整改" NOT "民主生活会"`))
	assert.Equal(t, count(`+"巡视整改" -"民主生活会"`), count(`"巡视整改" NOT "民主生活会"`))
	assert.Equal(t, count(`"公益金"`), count(`“公益金”`), "Chinese quotation marks")

	// Several words are all required by default; OR joins a group.
	ids := func(q string) map[string]bool {
		res, err := x.Search(ctx, Request{Query: q, Limit: 1000, NoHighlight: true, NoFacets: true})
		require.NoError(t, err, q)
		out := map[string]bool{}
		for _, h := range res.Hits {
			out[h.File] = true
		}
		return out
	}
	and := func(a, b map[string]bool) map[string]bool {
		out := map[string]bool{}
		for k := range a {
			if b[k] {
				out[k] = true
			}
		}
		return out
	}
	or := func(a, b map[string]bool) map[string]bool {
		out := map[string]bool{}
		for k := range a {
			out[k] = true
		}
		for k := range b {
			out[k] = true
		}
		return out
	}
	zheng, minzhu, tiyu, yaopin := ids("整改台账"), ids("民主生活会"), ids("公益金"), ids("药品耗材")
	require.NotEmpty(t, and(zheng, minzhu))
	require.Less(t, len(and(zheng, minzhu)), len(zheng))
	for _, tt := range []struct {
		query string
		want  map[string]bool
	}{
		{"整改台账 民主生活会", and(zheng, minzhu)},
		{"整改台账 AND 民主生活会", and(zheng, minzhu)},
		{"整改台账 OR 民主生活会", or(zheng, minzhu)},
		{"整改台账 公益金 OR 药品耗材", and(zheng, or(tiyu, yaopin))},
		{"公益金 OR 药品耗材 整改台账", and(zheng, or(tiyu, yaopin))},
		{"整改台账 -民主生活会", ids("整改台账 NOT 民主生活会")},
	} {
		assert.Equal(t, tt.want, ids(tt.query), tt.query)
	}
	_, err := x.Search(ctx, Request{Query: "AND OR"})
	var re *RequestError
	assert.ErrorAs(t, err, &re, "a query of operators alone")
}

func TestClaimRanges(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	d, err := x.Get(corpus + "/cases/01-dongchuan-nonglin/report.pdf")
	require.NoError(t, err)
	require.NotNil(t, d)
	// Case 01 claims 13 work meetings and 11 problems, all done.
	assert.Equal(t, 13.0, d.Claims["meetings_work"])
	assert.GreaterOrEqual(t, d.Claims["meetings_total"], 13.0)
	assert.Equal(t, 11.0, d.Claims["problems_total"])

	has := func(q string, file string) bool {
		res, err := x.Search(ctx, Request{Query: q, Limit: 1000})
		require.NoError(t, err, q)
		for _, h := range res.Hits {
			if h.File == file {
				return true
			}
		}
		return false
	}
	c01 := "01-dongchuan-nonglin/report.pdf"
	assert.True(t, has("meetings_total:>=10", c01))
	assert.False(t, has("meetings_total:<10", c01))
	assert.True(t, has("+problems_total:>=11 +problems_total:<=11", c01))
	// A required range that holds nothing leaves nothing.
	res, err := x.Search(ctx, Request{Query: "+整改 +meetings_total:>100000"})
	require.NoError(t, err)
	assert.Zero(t, res.Total)

	// Case 05 states a completion rate of 85%; case 07 of 80%.
	c05, c07 := "05-meixi-jiaoti-gbk/report.txt", "07-tongling-wenlv-copied/report.docx"
	assert.True(t, has("problems_rate:<90", c05))
	assert.True(t, has("problems_rate:<90", c07))
	assert.False(t, has("problems_rate:<80", c07))
	assert.True(t, has("problems_rate:<=80", c07))
	res, err = x.Search(ctx, Request{Query: "problems_rate:<90", Limit: 1000})
	require.NoError(t, err)
	for _, h := range res.Hits {
		d, err := x.Get(findPath(t, h.File))
		require.NoError(t, err)
		assert.Less(t, d.Claims["problems_rate"], 90.0, h.File)
	}
}

// findPath returns the path of a file as shown in results.
func findPath(t *testing.T, file string) string {
	for _, r := range roots {
		if _, err := os.Stat(filepath.Join(r, file)); err == nil {
			return filepath.Join(r, file)
		}
	}
	t.Fatalf("no file %s", file)
	return ""
}

func TestReindexUpdateDeleteReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	require.NoError(t, os.MkdirAll(docs, 0o755))
	var size int64
	for _, n := range []string{"2020-dongchuan-tiyu.txt", "2021-meixi-weijian.txt"} {
		raw, err := os.ReadFile(filepath.Join(corpus, "index", n))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(docs, n), raw, 0o644))
		size += int64(len(raw))
	}
	idx := filepath.Join(dir, "idx")
	x, err := Open(idx)
	require.NoError(t, err)

	st, err := x.AddPaths(ctx, []string{docs}, AddOptions{})
	require.NoError(t, err)
	assert.Equal(t, Stats{Indexed: 2, Bytes: size}, st)
	tiyu := filepath.Join(docs, "2020-dongchuan-tiyu.txt")
	before, err := x.Get(tiyu)
	require.NoError(t, err)

	// Same files again: nothing changes.
	st, err = x.AddPaths(ctx, []string{docs, tiyu}, AddOptions{})
	require.NoError(t, err)
	assert.Equal(t, 0, st.Indexed)
	assert.Equal(t, 3, st.Unchanged)
	n, _ := x.Count()
	assert.Equal(t, uint64(2), n)

	// A changed file replaces its old version.
	require.NoError(t, os.WriteFile(tiyu, []byte("中共东川省体育局党组关于巡视整改的补充说明\n\n新增加的段落写到了滑雪场地建设。\n"), 0o644))
	st, err = x.AddPaths(ctx, []string{docs}, AddOptions{})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Indexed)
	assert.Equal(t, 1, st.Unchanged)
	n, _ = x.Count()
	assert.Equal(t, uint64(2), n)
	after, err := x.Get(tiyu)
	require.NoError(t, err)
	assert.NotEqual(t, before.ID, after.ID)
	count := func(x *Index, q string) int {
		res, err := x.Search(ctx, Request{Query: q})
		require.NoError(t, err)
		return int(res.Total)
	}
	assert.Equal(t, 1, count(x, `"滑雪场地"`))
	assert.Equal(t, 0, count(x, `"体育彩票公益金"`), "the old text is gone")

	// Reopen: same documents, same analysis.
	require.NoError(t, x.Close())
	x, err = Open(idx)
	require.NoError(t, err)
	defer x.Close()
	assert.Equal(t, 1, count(x, `"滑雪场地"`))
	assert.Equal(t, 1, count(x, "整改 AND 药品耗材"))
	assert.Equal(t, 2, count(x, "整改"), "search mode: 整改 inside 巡视整改")

	// Delete by path, then by id.
	removed, err := x.Delete(ctx, tiyu)
	require.NoError(t, err)
	assert.Equal(t, 1, removed)
	weijian, err := x.Get(filepath.Join(docs, "2021-meixi-weijian.txt"))
	require.NoError(t, err)
	removed, err = x.Delete(ctx, weijian.ID)
	require.NoError(t, err)
	assert.Equal(t, 1, removed)
	n, _ = x.Count()
	assert.Zero(t, n)
	removed, err = x.Delete(ctx, tiyu)
	require.NoError(t, err)
	assert.Zero(t, removed)
}

func TestOpenRejectsOtherFolders(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644))
	_, err := Open(dir)
	assert.ErrorContains(t, err, "文件夹不为空")
	_, err = Open(filepath.Join(dir, "notes.txt"))
	assert.Error(t, err)

	// An index of another format is refused with ErrFormat.
	old := filepath.Join(t.TempDir(), "idx")
	x, err := Open(old)
	require.NoError(t, err)
	require.NoError(t, x.bi.SetInternal([]byte(internalVersionKey), []byte("zhenggai-index/1")))
	require.NoError(t, x.Close())
	_, err = Open(old)
	assert.ErrorIs(t, err, ErrFormat)
	assert.ErrorContains(t, err, "请删除该文件夹后重新索引")
}

func TestRatio(t *testing.T) {
	// Expected values from Python's difflib.SequenceMatcher(None, a, b).ratio().
	tests := []struct {
		a, b string
		want float64
	}{
		{"局党组始终把巡察整改作为重大政治任务，坚持以上率下、压茬推进，驻局纪检监察组全程监督",
			"局党组始终把巡察整改作为重大政治任务，坚持以上率下、压茬推进，派驻纪检监察组全程监督", 0.9761904761904762},
		{strings.Repeat("整改", 150) + "甲乙丙", strings.Repeat("整改", 120) + "丙乙甲" + strings.Repeat("改整", 30), 0.7953795379537953},
		{"abcd", "bcde", 0.75},
		{"", "abc", 0},
		{"", "", 1},
		{"巡视整改工作", "整改", 0.5},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, Ratio(tt.a, tt.b), 1e-12, "%.20s / %.20s", tt.a, tt.b)
		assert.GreaterOrEqual(t, QuickRatio(tt.a, tt.b)+1e-12, Ratio(tt.a, tt.b))
	}
}

func TestCopiedOnSampleCorpus(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	_, err = x.AddPaths(ctx, []string{corpus + "/index"}, AddOptions{})
	require.NoError(t, err)

	cases, err := filepath.Glob(corpus + "/cases/*")
	require.NoError(t, err)
	require.Len(t, cases, 8)
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c, err := verify.LoadCase(ctx, dir)
			require.NoError(t, err)
			res, err := verify.Check(ctx, c, verify.Options{Index: x})
			require.NoError(t, err)
			for _, nr := range res.NotRun {
				assert.NotEqual(t, verify.RuleCopied, nr.Rule, nr.Reason)
			}
			var got []verify.Finding
			for _, f := range res.Findings {
				if f.Rule == verify.RuleCopied {
					got = append(got, f)
				}
			}
			if !strings.HasPrefix(filepath.Base(dir), "07-") {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			f := got[0]
			assert.Equal(t, "2022-zhechuan-shangwu.txt", f.Item)
			require.Len(t, f.Evidence, 2)
			assert.True(t, strings.HasPrefix(f.Evidence[0].Text, "局党组始终把巡察整改作为重大政治任务，坚持以上率下、压茬推进，党组书记切实履行第"))
			assert.Equal(t, "2022-zhechuan-shangwu.txt", f.Evidence[1].File)
			assert.Contains(t, f.Evidence[1].Text, "驻局纪检监察组全程监督")
			sim, ok := f.Observed.Number()
			require.True(t, ok)
			assert.InDelta(t, 0.99, sim, 0.01)
		})
	}

	// Standalone reports: nothing copied either.
	files, err := filepath.Glob(corpus + "/reports/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		d, err := parse.ParseFile(ctx, f, parse.Options{})
		require.NoError(t, err)
		ms, err := x.Copied(ctx, d)
		require.NoError(t, err)
		assert.Empty(t, ms, f)
	}
}

func TestCopiedSkipsTheSameDocument(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	src := corpus + "/index/2022-zhechuan-shangwu.txt"
	_, err = x.AddPaths(ctx, []string{src}, AddOptions{})
	require.NoError(t, err)
	d, err := parse.ParseFile(ctx, src, parse.Options{})
	require.NoError(t, err)
	ms, err := x.Copied(ctx, d)
	require.NoError(t, err)
	assert.Empty(t, ms, "a report is not a copy of itself")

	// The same text with one paragraph edited a little is found.
	raw, err := os.ReadFile(src)
	require.NoError(t, err)
	edited := strings.Replace(string(raw), "驻局纪检监察组", "派驻纪检组", 1)
	d, err = parse.Parse(ctx, "other.txt", []byte(edited), parse.Options{})
	require.NoError(t, err)
	ms, err = x.Copied(ctx, d)
	require.NoError(t, err)
	require.NotEmpty(t, ms)
	for _, m := range ms {
		assert.Equal(t, "2022-zhechuan-shangwu.txt", m.SourceFile)
		assert.GreaterOrEqual(t, m.Similarity, CopyThreshold)
	}
}

// TestAddParsed: a document parsed by the caller is indexed as it is, and
// the same content added again by path is unchanged.
func TestAddParsed(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	path := filepath.Join("..", "testdata", "corpus", "reports", "05.txt")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := parse.Parse(context.Background(), path, data, parse.Options{})
	require.NoError(t, err)
	id, changed, err := x.AddParsed(context.Background(), path, data, doc, Meta{})
	require.NoError(t, err)
	assert.True(t, changed)
	id2, changed, err := x.Add(context.Background(), path, data, Meta{})
	require.NoError(t, err)
	assert.False(t, changed)
	assert.Equal(t, id, id2)
	res, err := x.Search(context.Background(), Request{Query: `"设备款"`})
	require.NoError(t, err)
	require.Len(t, res.Hits, 1)
	assert.Equal(t, id, res.Hits[0].ID)
}

// TestPhrasePunctuation: punctuation is not indexed, so a phrase holding
// some is checked against the stored text: 整改，落实 does not match
// 整改和落实.
func TestPhrasePunctuation(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	ctx := context.Background()
	for name, text := range map[string]string{
		"a.txt": "整改和落实到位。GDP增长。",
		"b.txt": "整改，落实到位，整改，落实。",
		"c.txt": "整改落实到位。gdp，增长。",
	} {
		_, _, err := x.Add(ctx, name, []byte(text), Meta{File: name})
		require.NoError(t, err)
	}
	for _, tt := range []struct {
		query string
		files []string
	}{
		{`"整改，落实"`, []string{"b.txt"}},
		{`"整改和落实"`, []string{"a.txt"}},
		{`"整改落实"`, []string{"c.txt"}},
		{`"GDP，增长"`, []string{"c.txt"}},
		{`"gdp增长"`, []string{"a.txt"}},
		{`"落实到位。"`, []string{"a.txt", "c.txt"}},
	} {
		res, err := x.Search(ctx, Request{Query: tt.query})
		require.NoError(t, err, tt.query)
		var files []string
		for _, h := range res.Hits {
			files = append(files, h.File)
		}
		assert.ElementsMatch(t, tt.files, files, tt.query)
	}
}

// TestCopiedCandidatesAreOtherReports: minutes, and copies of the document
// itself under other names, hold the paragraphs word for word, while the
// other unit's report holds them edited; they must not take the places of
// the candidates (copyCandidates), or the report is never compared.
func TestCopiedCandidatesAreOtherReports(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	src := corpus + "/index/2022-zhechuan-shangwu.txt"
	raw, err := os.ReadFile(src)
	require.NoError(t, err)
	edited := []byte(strings.Replace(string(raw), "驻局纪检监察组", "派驻纪检组", 1))
	dir := t.TempDir()
	for i := range copyCandidates + 1 {
		for kind, name := range map[parse.Kind]string{parse.KindMinutes: "minutes-%d.txt", parse.KindReport: "copy-%d.txt"} {
			p := filepath.Join(dir, fmt.Sprintf(name, i))
			_, _, err := x.Add(ctx, p, edited, Meta{Kind: kind, Unit: "某单位"})
			require.NoError(t, err)
		}
	}
	// The report goes in last: it does not win ties by coming first.
	_, err = x.AddPaths(ctx, []string{src}, AddOptions{})
	require.NoError(t, err)
	d, err := parse.Parse(ctx, filepath.Join(dir, "report.txt"), edited, parse.Options{})
	require.NoError(t, err)
	ms, err := x.Copied(ctx, d)
	require.NoError(t, err)
	edit := 0
	for _, m := range ms {
		assert.Equal(t, "2022-zhechuan-shangwu.txt", m.SourceFile)
		if strings.Contains(m.Paragraph.Text, "派驻纪检组") {
			edit++
		}
	}
	assert.Equal(t, 1, edit, "the edited paragraph is found in the report")
	assert.Len(t, ms, len(copyParagraphs(d)), "every long paragraph is found in the report")
}

// TestMergePolicy: a new index records scorch's merge policy (see
// floorSegmentDocs) in its index_meta.json, and still opens. That Open
// passes the policy again, for indexes made before it changed, is not
// observable from outside scorch and is not tested.
func TestMergePolicy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	x, err := Open(dir)
	require.NoError(t, err)
	require.NoError(t, x.Close())
	raw, err := os.ReadFile(filepath.Join(dir, "index_meta.json"))
	require.NoError(t, err)
	var meta struct {
		Config struct {
			Merge struct{ FloorSegmentSize int } `json:"scorchMergePlanOptions"`
		} `json:"config"`
	}
	require.NoError(t, json.Unmarshal(raw, &meta))
	assert.Equal(t, floorSegmentDocs, meta.Config.Merge.FloorSegmentSize)
	x, err = Open(dir)
	require.NoError(t, err)
	require.NoError(t, x.Close())
}

// TestAddPathsTakesEveryReadableFormat: a folder walk picks up every file
// parse reads (parse.Supported), variants of the extensions included, and
// nothing else.
func TestAddPathsTakesEveryReadableFormat(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(corpus, "index", "2020-dongchuan-tiyu.txt"))
	require.NoError(t, err)
	docs := t.TempDir()
	for _, n := range []string{"a.text", "b.markdown", "c.pages", "d.key"} {
		require.NoError(t, os.WriteFile(filepath.Join(docs, n), raw, 0o644))
	}
	// A scanned page is a document too (read by OCR).
	scan, err := os.ReadFile(filepath.Join("..", "testdata", "ocr", "plain.png"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(docs, "e.PNG"), scan, 0o644))
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	st, err := x.AddPaths(context.Background(), []string{docs}, AddOptions{})
	require.NoError(t, err)
	if ocr.Available() != nil {
		assert.Equal(t, 2, st.Indexed)
		assert.Equal(t, 1, st.Failed, "the scan is taken, and fails without Tesseract")
		return
	}
	assert.Equal(t, 3, st.Indexed)
	assert.Zero(t, st.Failed)
}

// TestAddPathsHonoursParseOptions: the parse limits given to OpenWith bound
// AddPaths as they bound Add.
func TestAddPathsHonoursParseOptions(t *testing.T) {
	src := filepath.Join(corpus, "index", "2020-dongchuan-tiyu.txt")
	x, err := OpenWith(filepath.Join(t.TempDir(), "idx"), Options{Parse: parse.Options{MaxTextSize: 100}})
	require.NoError(t, err)
	defer x.Close()
	var errs []error
	st, err := x.AddPaths(context.Background(), []string{src}, AddOptions{OnFile: func(r FileResult) { errs = append(errs, r.Err) }})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Failed)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], parse.ErrTooLarge)
}

// TestAddPathsCountsMissingArguments: an argument that does not exist is
// reported as failed like any file, counted among those done.
func TestAddPathsCountsMissingArguments(t *testing.T) {
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	var got []FileResult
	st, err := x.AddPaths(context.Background(), []string{filepath.Join(corpus, "index", "2020-dongchuan-tiyu.txt"), filepath.Join(t.TempDir(), "missing.txt")},
		AddOptions{OnFile: func(r FileResult) { got = append(got, r) }})
	require.NoError(t, err)
	assert.Equal(t, 1, st.Indexed)
	assert.Equal(t, 1, st.Failed)
	require.Len(t, got, 2)
	for i, r := range got {
		assert.Equal(t, i+1, r.Done, r.Path)
		assert.Equal(t, 2, r.Total, r.Path)
	}
}

// TestCopiedBound: a report of more paragraphs than MaxCopyParagraphs is not
// compared (each paragraph is a search: a 20,000-item report took minutes)
// and says so, with verify.ErrCopyBound; one at the bound is compared, and
// its copied paragraph found among thousands of near lines of the source.
func TestCopiedBound(t *testing.T) {
	ctx := context.Background()
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	line := func(i int) string {
		return fmt.Sprintf("第%d项，针对专项资金管理方面的问题，局党组逐条研究制定整改措施%d条，已经完成整改并建立长效机制。", i, i%7+1)
	}
	var src strings.Builder
	for i := range MaxCopyParagraphs {
		src.WriteString(line(i) + "\n")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "source.txt")
	require.NoError(t, os.WriteFile(path, []byte(src.String()), 0o644))
	_, err = x.AddPaths(ctx, []string{path}, AddOptions{})
	require.NoError(t, err)

	var at strings.Builder
	for i := range MaxCopyParagraphs {
		at.WriteString(fmt.Sprintf("本单位第%d条做法：结合本地区的实际情况认真扎实开展各项工作，逐步形成了具有自身特色的经验做法和材料共%d份。\n", i, i%5+2))
	}
	d, err := parse.Parse(ctx, "at.txt", []byte(at.String()+line(42)+"\n"), parse.Options{})
	require.NoError(t, err)
	_, err = x.Copied(ctx, d)
	require.ErrorIs(t, err, verify.ErrCopyBound, "one past the bound")

	d, err = parse.Parse(ctx, "at.txt", []byte(strings.SplitAfterN(at.String(), "\n", 2)[1]+line(42)+"\n"), parse.Options{})
	require.NoError(t, err)
	ms, err := x.Copied(ctx, d)
	require.NoError(t, err)
	require.Len(t, ms, 1)
	assert.Equal(t, line(42), ms[0].SourceText)
}

// TestSmallAddAfterLargeDocument: adding a small document right after a
// large one allocates what a small document needs, not a buffer sized by
// the large one. zapx reserved the last segment's bytes a document × 101
// for the next segment (segment.go): some 600 MB for one small document
// after a report of 900,000 characters. One P, so that the small document's
// segment is built with the large one's sizes (zapx keeps them in a
// sync.Pool).
func TestSmallAddAfterLargeDocument(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var large strings.Builder
	for i, n := 0, 0; n < 900_000; i++ {
		line := fmt.Sprintf("第%d项，%s方面问题%d个，整改完成%d个，追回资金%d万元。\n", i, []string{"专项资金", "公务接待", "选人用人", "意识形态"}[i%4], i%90+1, i%50+1, i%9000)
		large.WriteString(line)
		n += utf8.RuneCountInString(line)
	}
	x, err := Open(filepath.Join(t.TempDir(), "idx"))
	require.NoError(t, err)
	defer x.Close()
	_, _, err = x.Add(context.Background(), "large.txt", []byte(large.String()), Meta{})
	require.NoError(t, err)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, err = x.Add(context.Background(), "small.txt", []byte("关于巡察反馈问题整改情况的报告\n反馈问题12个，已完成整改10个。\n"), Meta{})
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(32<<20), "bytes allocated to add a small document after a large one")
}
