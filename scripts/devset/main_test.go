package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
)

func claim(kind extract.Kind, sub extract.Subtype, v float64, text string) extract.Claim {
	return extract.Claim{Kind: kind, Subtype: sub, Value: v, Text: text, Of: -1}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name     string
		figs     []Figure
		claims   []extract.Claim
		figClaim []int
		claimFig []int
	}{
		{
			name:     "kind, subtype and value agree",
			figs:     []Figure{{Kind: "problems", Subtype: "done", Value: 688}},
			claims:   []extract.Claim{claim("problems", "done", 688, "完成整改688个")},
			figClaim: []int{0}, claimFig: []int{0},
		},
		{
			name:     "another subtype does not match",
			figs:     []Figure{{Kind: "problems", Subtype: "done", Value: 688}},
			claims:   []extract.Claim{claim("problems", "total", 688, "问题688个")},
			figClaim: []int{-1}, claimFig: []int{-1},
		},
		{
			name: "each annotation is matched once",
			figs: []Figure{{Kind: "meetings", Subtype: "study", Value: 2}},
			claims: []extract.Claim{
				claim("meetings", "study", 2, "学习2次"),
				claim("meetings", "study", 2, "又学习2次"),
			},
			figClaim: []int{0}, claimFig: []int{0, -1},
		},
		{
			name: "the claim whose sentence holds the cue is preferred",
			figs: []Figure{{Kind: "meetings", Subtype: "study", Value: 2, Cue: "又学习"}},
			claims: []extract.Claim{
				claim("meetings", "study", 2, "学习2次"),
				claim("meetings", "study", 2, "又学习2次"),
			},
			figClaim: []int{1}, claimFig: []int{-1, 0},
		},
		{
			name:     "a figure of kind other is never matched",
			figs:     []Figure{{Kind: "other", Value: 4, Cue: "四个意识"}},
			claims:   []extract.Claim{claim("other", "", 4, "四个意识")},
			figClaim: []int{-1}, claimFig: []int{-1},
		},
		{
			name:     "a claim about other units is not own and not matched",
			figs:     []Figure{{Kind: "problems", Subtype: "total", Value: 32}},
			claims:   []extract.Claim{{Kind: "problems", Subtype: "total", Value: 32, Scope: "other_units", Of: -1}},
			figClaim: []int{-1}, claimFig: []int{-1},
		},
		{
			name:     "an aggregate figure is own",
			figs:     []Figure{{Kind: "accountability", Subtype: "total", Value: 19, Scope: "aggregate"}},
			claims:   []extract.Claim{claim("accountability", "total", 19, "处理干部19人")},
			figClaim: []int{0}, claimFig: []int{0},
		},
		{
			name:     "money compared up to rounding",
			figs:     []Figure{{Kind: "money", Subtype: "refunded", Value: 665700}},
			claims:   []extract.Claim{claim("money", "refunded", 66.57*10000, "清退66.57万元")},
			figClaim: []int{0}, claimFig: []int{0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := match(tt.figs, tt.claims)
			assert.Equal(t, tt.figClaim, m.figClaim)
			assert.Equal(t, tt.claimFig, m.claimFig)
		})
	}
}

func TestSetPhraseHits(t *testing.T) {
	figs := []Figure{
		{Kind: "other", Value: 1, Cue: "一个问题一名", Family: familySetPhrase},
		{Kind: "problems", Subtype: "total", Value: 5},
	}
	claims := []extract.Claim{
		claim("problems", "total", 1, "坚持一个问题一名牵头领导"),
		claim("problems", "total", 5, "反馈问题5个"),
		claim("problems", "total", 1, "另有1个问题"),
	}
	m := match(figs, claims)
	assert.Equal(t, []int{0}, setPhraseHits(figs, claims, m))
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{688, 688, true},
		{98.71, 98.71, true},
		{665700.0000001, 665700, true},
		{688, 687, false},
		{0.5, 0.6, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sameValue(tt.a, tt.b), "%v vs %v", tt.a, tt.b)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.jsonl")
	require.NoError(t, os.WriteFile(good, []byte(`{"url":"http://x/1","issuer":"某单位","level":"市","kind":"巡察","script":"simplified","hint":"h","figures_hold":true,"figures":[{"kind":"problems","subtype":"total","value":3,"unit":"个","scope":"","cue":"3个","family":"f"}]}

{"url":"http://x/2","figures":[]}
`), 0o600))
	ts, err := loadFile(good)
	require.NoError(t, err)
	require.Len(t, ts, 2)
	assert.Equal(t, "a.jsonl:1", ts[0].file)
	assert.Equal(t, "a.jsonl:3", ts[1].file)
	assert.Equal(t, 3.0, ts[0].Figures[0].Value)

	bad := filepath.Join(dir, "b.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`{"url":"http://x/3","figurs":[]}`+"\n"), 0o600))
	_, err = loadFile(bad)
	assert.ErrorContains(t, err, "b.jsonl:1")

	nourl := filepath.Join(dir, "c.jsonl")
	require.NoError(t, os.WriteFile(nourl, []byte(`{"figures":[]}`+"\n"), 0o600))
	_, err = loadFile(nourl)
	assert.ErrorContains(t, err, "no url")
}

func TestLoadRejectsDuplicateURL(t *testing.T) {
	dir := t.TempDir()
	line := []byte(`{"url":"http://x/1","figures":[]}` + "\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), line, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), line, 0o600))
	_, err := load(dir)
	assert.ErrorContains(t, err, "already annotated")
}

func TestCacheKey(t *testing.T) {
	// The first 16 hex digits of the url's sha256, as written (the scheme counts).
	k := CacheKey("http://jw.km.gov.cn/c/2023-01-29/4656419.shtml")
	assert.Equal(t, "fe8db651805036a4", k)
	assert.NotEqual(t, k, CacheKey("https://jw.km.gov.cn/c/2023-01-29/4656419.shtml"))
}

func TestSentenceWith(t *testing.T) {
	body := "第一句。巡察反馈问题45个，已整改40个；其余5个正在整改。\n末行"
	tests := []struct{ cue, want string }{
		{"已整改40个", "巡察反馈问题45个，已整改40个"},
		{"其余5个", "其余5个正在整改"},
		{"第一句", "第一句"},
		{"末行", "末行"},
		{"没有的", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sentenceWith(body, tt.cue), tt.cue)
	}
}

// TestCommittedCues: every cue of the committed annotations is a few
// characters of the wording (2 to 6, docs/devset.md), on one line: enough to
// find the figure's sentence, not a quotation of the page.
func TestCommittedCues(t *testing.T) {
	texts, err := load(filepath.Join("..", "..", "testdata", "devset"))
	require.NoError(t, err)
	n := 0
	for _, tx := range texts {
		for _, f := range tx.Figures {
			n++
			k := utf8.RuneCountInString(f.Cue)
			assert.True(t, k >= 2 && k <= 6, "%s: cue %q has %d characters", tx.file, f.Cue, k)
			assert.NotContains(t, f.Cue, "\n", tx.file)
		}
	}
	assert.Positive(t, n)
}

// TestWrittenSet: the blind written texts of testdata/written (ours, so
// committed with their annotations) are all there, each a written: url
// whose file holds it, and every cue is a few characters of its text (2 to
// 8: a number written in Chinese numerals takes more).
func TestWrittenSet(t *testing.T) {
	pages := filepath.Join("..", "..", "testdata", "written", "pages")
	// The written texts' annotations, and the second, blind annotation of
	// some of them (testdata/written-agree): every cue in its text.
	for _, dir := range []string{filepath.Join("..", "..", "testdata", "written"), filepath.Join("..", "..", "testdata", "written-agree")} {
		texts, err := load(dir)
		require.NoError(t, err)
		require.NotEmpty(t, texts)
		for _, tx := range texts {
			require.True(t, strings.HasPrefix(tx.URL, "written:"), tx.URL)
			b, err := os.ReadFile(filepath.Join(pages, CacheKey(tx.URL)+".json"))
			require.NoError(t, err, tx.URL)
			var page cached
			require.NoError(t, json.Unmarshal(b, &page), tx.URL)
			assert.Equal(t, tx.URL, page.URL)
			for _, f := range tx.Figures {
				k := utf8.RuneCountInString(f.Cue)
				assert.True(t, k >= 2 && k <= 8, "%s: cue %q has %d characters", tx.URL, f.Cue, k)
				assert.Contains(t, page.Text, f.Cue, tx.URL)
			}
		}
	}
}
