package index

import (
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// BenchmarkTextFieldAnalyze analyses the sample corpus's pages as the
// index writes them.
func BenchmarkTextFieldAnalyze(b *testing.B) {
	pages := pageTextsOf(b)
	b.SetBytes(int64(len(strings.Join(pages, ""))))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			newTextField(FieldText, p).Analyze()
		}
	}
}

func TestTermsField(t *testing.T) {
	f := newTermsField(FieldLSH, []string{"aXYZ", "bQRS", "aXYZ"})
	f.Analyze()
	require.Len(t, f.AnalyzedTokenFrequencies(), 2)
	assert.Equal(t, 2, f.AnalyzedLength(), "repeated values count once")
	for term, tf := range f.AnalyzedTokenFrequencies() {
		assert.Equal(t, term, string(tf.Term))
		assert.Equal(t, 1, tf.Frequency())
		assert.Empty(t, tf.Locations)
	}
	assert.False(t, f.Options().IsStored())
	assert.False(t, f.Options().IncludeTermVectors())
}

// TestTextFieldMatchesAnalyzer: the text and bigram fields the index
// writes hold exactly what bleve's text field would with AnalyzerText and
// AnalyzerGrams: the same terms, frequencies and positions, and the same
// length.
func TestTextFieldMatchesAnalyzer(t *testing.T) {
	texts := append(pageTextsOf(t), "", "GDP增长ＡＢＣ与Σ", "巡视整改\x00工作\xff专题民主生活会")
	for _, text := range texts {
		assertSameAnalysis(t, text)
	}
}

// assertSameAnalysis checks the text field and the bigrams field against
// their analyzers on text.
func assertSameAnalysis(t *testing.T, text string) {
	t.Helper()
	words := newTextField(FieldText, text)
	assertFieldAnalysis(t, words, NewAnalyzer(AnalyzerText), text)
	assert.False(t, words.Options().IncludeTermVectors(), "the words only score")
	grams, punct := newGramsFields(text)
	if len(text)%2 == 1 {
		punct.Analyze() // before the bigrams it depends on
	}
	assertFieldAnalysis(t, grams, NewAnalyzer(AnalyzerGrams), text)
	assert.True(t, grams.Options().IncludeTermVectors(), "the bigrams keep their positions")
	assertFieldAnalysis(t, punct, NewAnalyzer(AnalyzerPunctGrams), text)
	assert.False(t, punct.Options().IncludeTermVectors(), "the bigrams with punctuation keep none")
	all, inPunct := 0, 0
	eachGram([]byte(text), func(_ []byte, key string, _ int) {
		all++
		if strings.ContainsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
			inPunct++
		}
	})
	assert.Equal(t, all, grams.AnalyzedLength()+punct.AnalyzedLength(), "every bigram is in one of them")
	assert.Equal(t, inPunct, punct.AnalyzedLength(), "those with punctuation or a symbol in FieldPunctGrams")
}

func assertFieldAnalysis(t *testing.T, f *textField, an analysis.Analyzer, text string) {
	t.Helper()
	f.Analyze()
	toks := an.Analyze([]byte(text))
	want := analysis.TokenFrequency(toks, nil, f.Options())
	assert.Equal(t, len(toks), f.AnalyzedLength())
	require.Equal(t, len(want), len(f.AnalyzedTokenFrequencies()))
	for term, w := range want {
		g := f.AnalyzedTokenFrequencies()[term]
		require.NotNil(t, g, term)
		assert.Equal(t, string(w.Term), string(g.Term))
		assert.Equal(t, w.Frequency(), g.Frequency(), term)
		require.Len(t, g.Locations, len(w.Locations), term)
		for i := range w.Locations {
			assert.Equal(t, *w.Locations[i], *g.Locations[i], term)
		}
	}
}

// BenchmarkGramFieldsAnalyze analyses the sample corpus's pages into the
// two bigram fields as the index writes them (one pass), and, for
// comparison, in a pass per field.
func BenchmarkGramFieldsAnalyze(b *testing.B) {
	pages := pageTextsOf(b)
	b.Run("one pass", func(b *testing.B) {
		b.SetBytes(int64(len(strings.Join(pages, ""))))
		for i := 0; i < b.N; i++ {
			for _, p := range pages {
				g, pg := newGramsFields(p)
				g.Analyze()
				pg.Analyze()
			}
		}
	})
	b.Run("two passes", func(b *testing.B) {
		b.SetBytes(int64(len(strings.Join(pages, ""))))
		for i := 0; i < b.N; i++ {
			for _, p := range pages {
				(&textField{name: FieldGrams, value: []byte(p), each: eachWordGram, vectors: true}).Analyze()
				(&textField{name: FieldPunctGrams, value: []byte(p), each: eachPunctGram}).Analyze()
			}
		}
	})
}
