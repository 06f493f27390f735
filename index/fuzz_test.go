package index

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzAnalysis: for any text, the index's text field holds what the
// analyzer gives, every position lies inside the text, and every term is a
// piece of the lower-cased text.
func FuzzAnalysis(f *testing.F) {
	for _, s := range []string{"", "巡视整改工作", "召开专题民主生活会1次，GDP增长5%", "ＰＤＦ\u3000文件\n第二页",
		"巡视整改\x00工作\xff", "Σίσυφος ΑΒΓ", "立行立改，举一反三", "123.45万元", "\t \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		assertSameAnalysis(t, text)
		n := utf8.RuneCountInString(text)
		lowered := strings.ToLower(text)
		for _, tk := range NewAnalyzer(AnalyzerText).Analyze([]byte(text)) {
			require.GreaterOrEqual(t, tk.Position, 1)
			require.LessOrEqual(t, tk.Position, n)
			require.NotEmpty(t, tk.Term)
			if utf8.ValidString(text) {
				assert.Contains(t, lowered, string(tk.Term))
			}
		}
	})
}

// FuzzSearch: any query string is either refused with an error or
// answered; it never panics, and a result holds no more hits than asked.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{`整改`, `"立行立改"`, `“民主生活会”`, `整改 AND 巡视 NOT 审计`, `problems_rate:<90 整改`,
		`+meetings_total:>=3 -整改`, `title:"报告"`, `"`, `(`, `text:`, `整改~2`, `整*`, `/整.*/`, `"整改 工作"~2`,
		`unit:中共东川省农林厅党组`, `AND OR NOT`, `""`, `"，。"`, `^2`, `date:>2020-01-01`,
		`meetings_total:13`, `problems_rate:>85.5^3`, `meetings_total:>=-1`, `(meetings_work:>1 OR problems_total:<=0)`, `-money_total:<1`,
		`year:>=2021.5`, `date:<"2021-07-01"`, `+year:>3000 整改`, `date:>="2021-01-01T08:00:00+08:00"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		x := corpusIndex(t)
		res, err := x.Search(context.Background(), Request{Query: q, Limit: 5})
		if err != nil {
			return
		}
		require.NotNil(t, res)
		assert.LessOrEqual(t, len(res.Hits), 5)
		assert.LessOrEqual(t, uint64(len(res.Hits)), res.Total)
	})
}

var literal struct {
	once  sync.Once
	pages []string
}

// FuzzPhrase: a phrase of Chinese characters and punctuation is found in
// exactly the documents that hold it literally, and a phrase without
// punctuation by the phrase searcher in the same documents as by bleve's
// own phrase searcher given every bigram (those with punctuation have no
// positions).
func FuzzPhrase(f *testing.F) {
	for _, s := range []string{"整改", "立行立改", "专题民主生活会", "民主生活会", "巡察整改专题会议", "举一反三", "整改工作", "问题线索", "改工", "主生活",
		"整改，落实", "会议。", "一、", "问题；整改"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		phrase = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Han, r) || strings.ContainsRune("，。、；：", r) {
				return r
			}
			return -1
		}, phrase)
		if n := utf8.RuneCountInString(phrase); n < 2 || n > 12 {
			return
		}
		x := corpusIndex(t)
		literal.once.Do(func() { literal.pages = pageTextsOf(t) })
		docs := 0
		for _, p := range literal.pages {
			if strings.Contains(p, phrase) {
				docs++
			}
		}
		res, err := x.Search(context.Background(), Request{Query: `"` + phrase + `"`, Limit: 1, NoHighlight: true, NoFacets: true})
		require.NoError(t, err)
		assert.Equal(t, docs, int(res.Total), "documents holding %q", phrase)
		if strings.ContainsAny(phrase, "，。、；：") {
			return
		}
		bq := bquery.NewMatchPhraseQuery(phrase)
		bq.SetField(FieldGrams)
		bq.Analyzer = AnalyzerGrams
		br, err := x.bi.Search(bleve.NewSearchRequestOptions(bq, 1, 0, false))
		require.NoError(t, err)
		assert.Equal(t, br.Total, res.Total, "bleve's phrase searcher and ours disagree on %q", phrase)
	})
}
