package index

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/zhenggai/zhenggai/internal/seg"
)

// The names under which this package registers its analysis with bleve. An
// index records them in its mapping, so they must never change: an index
// built with them reopens only in a program that imports this package.
const (
	// TokenizerSearch is jieba's search mode: every word of the precise
	// segmentation and, inside each longer word, its dictionary words of two
	// and three characters (巡视整改 gives 巡视, 整改, 巡视整改), so that a
	// query for 整改 finds 巡视整改.
	TokenizerSearch = "zhenggai_jieba_search"
	// TokenizerDefault is jieba's precise (default) mode: words that do not
	// overlap.
	TokenizerDefault = "zhenggai_jieba"
	// AnalyzerSearch indexes text: TokenizerSearch, with tokens that carry
	// positions but no byte offsets (Tokenizer.NoOffsets).
	AnalyzerSearch = "zhenggai_jieba_search"
	// TokenizerPhrase is precise mode with the words jieba's HMM made up
	// split into characters (see splitUnknown) and each word of four
	// characters or more replaced by a tiling of its dictionary words of two and three
	// characters, when it has one (民主生活会 → 民主 生活会, 领导小组 → 领导
	// 小组), for phrase queries: a long word of the query may lie inside a
	// longer word of the text (专题民主生活会), where search mode indexed
	// only its two- and three-character words.
	TokenizerPhrase = "zhenggai_jieba_phrase"
	// AnalyzerDefault is TokenizerDefault.
	AnalyzerDefault = "zhenggai_jieba"
	// AnalyzerPhrase analyses phrase queries: TokenizerPhrase.
	AnalyzerPhrase = "zhenggai_jieba_phrase"
	// TokenizerText and AnalyzerText are TokenizerSearch without the
	// single characters of long words: the index's text (see textField),
	// whose phrases are matched on its bigrams (FieldGrams).
	TokenizerText = "zhenggai_jieba_text"
	AnalyzerText  = "zhenggai_jieba_text"
)

// FragmentRunes is the length, in characters, of a highlighted fragment.
const FragmentRunes = 90

func init() {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(registry.RegisterTokenizer(TokenizerSearch, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return &Tokenizer{Search: true}, nil
	}))
	must(registry.RegisterTokenizer(TokenizerDefault, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return &Tokenizer{}, nil
	}))
	must(registry.RegisterTokenizer(TokenizerText, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return &Tokenizer{Search: true, NoSingles: true}, nil
	}))
	must(registry.RegisterTokenizer(TokenizerPhrase, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return &Tokenizer{Phrase: true}, nil
	}))
	must(registry.RegisterTokenizer(TokenizerGrams, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return gramTokenizer{}, nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerGrams, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return NewAnalyzer(AnalyzerGrams), nil
	}))
	must(registry.RegisterTokenizer(TokenizerPunctGrams, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return gramTokenizer{punct: true}, nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerPunctGrams, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return NewAnalyzer(AnalyzerPunctGrams), nil
	}))
	must(registry.RegisterTokenizer(TokenizerUnitGrams, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return unitGramTokenizer{}, nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerUnitGrams, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return NewAnalyzer(AnalyzerUnitGrams), nil
	}))
	for name, tok := range analyzerTokenizers {
		must(registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return newAnalyzer(tok), nil
		}))
	}
}

// NewAnalyzer returns the analyzer named (AnalyzerSearch, AnalyzerText,
// AnalyzerDefault, AnalyzerPhrase, AnalyzerGrams, AnalyzerPunctGrams or AnalyzerUnitGrams). The tokenizer lower-cases the terms
// itself, so the analyzer has no token filter.
func NewAnalyzer(name string) analysis.Analyzer {
	switch name {
	case AnalyzerGrams:
		return &analysis.DefaultAnalyzer{Tokenizer: gramTokenizer{}}
	case AnalyzerPunctGrams:
		return &analysis.DefaultAnalyzer{Tokenizer: gramTokenizer{punct: true}}
	case AnalyzerUnitGrams:
		return &analysis.DefaultAnalyzer{Tokenizer: unitGramTokenizer{}}
	}
	if t, ok := analyzerTokenizers[name]; ok {
		return newAnalyzer(t)
	}
	return newAnalyzer(analyzerTokenizers[AnalyzerDefault])
}

// indexTokenizer is the tokenizer of AnalyzerSearch, which the index's
// title is analysed by.
var indexTokenizer = &Tokenizer{Search: true, NoOffsets: true}

// textTokenizer is the tokenizer of AnalyzerText, which the index's text is
// analysed by (see textField).
var textTokenizer = &Tokenizer{Search: true, NoOffsets: true, NoSingles: true}

// analyzerTokenizers are the tokenizers of the analyzers this package
// registers. A Tokenizer holds no state, so one serves every call.
var analyzerTokenizers = map[string]*Tokenizer{
	AnalyzerSearch:  indexTokenizer,
	AnalyzerText:    textTokenizer,
	AnalyzerDefault: {},
	AnalyzerPhrase:  {Phrase: true},
}

func newAnalyzer(t *Tokenizer) analysis.Analyzer {
	return &analysis.DefaultAnalyzer{Tokenizer: t}
}

// Tokenizer is a bleve tokenizer backed by the shared jieba segmenter
// (internal/seg). Words without a letter or digit (punctuation, spaces) are
// dropped, and terms are in lower case.
//
// A token's Position is its code-point offset in the field plus one, not its
// ordinal. Positions thus keep the gaps of dropped punctuation and let the
// overlapping words of search mode sit where they start; a phrase query,
// whose own tokens carry their offsets the same way, then matches exactly
// where its text occurs literally: terms at offsets 0 and 2 of the query
// must be found at offsets p and p+2 of the field, which holds those words
// at those places only if the field's text there is the query's text. Phrase
// queries are analysed with precise mode (AnalyzerPhrase), whose words
// do not overlap and cover the phrase, so each literal occurrence is one
// match.
type Tokenizer struct {
	// Search selects jieba's search mode.
	Search bool
	// NoOffsets leaves the tokens' byte offsets (Start, End) zero. The
	// index's analyzer sets it: phrases need only positions, fragments are
	// cut from the stored text, and offsets would make the index a fifth
	// larger (2,000 synthetic reports: 55.8 MB with them, 45.7 without).
	NoOffsets bool
	// Phrase selects precise mode with long words tiled (TokenizerPhrase).
	Phrase bool
	// NoSingles leaves out, in search mode, the single characters of words
	// of four characters or more.
	NoSingles bool
}

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	if len(input) == 0 {
		return nil
	}
	// The tokens live in one array: a page of text makes thousands.
	var buf []analysis.Token
	t.each(input, func(term []byte, _ string, b0, b1, pos int, typ analysis.TokenType) {
		tok := analysis.Token{Term: term, Position: pos, Type: typ}
		if !t.NoOffsets {
			tok.Start, tok.End = b0, b1
		}
		buf = append(buf, tok)
	})
	out := make(analysis.TokenStream, len(buf))
	for i := range buf {
		out[i] = &buf[i]
	}
	return out
}

// each calls f for each token of input, in order: its term (a slice of
// input unless lower case changed it, see tokenType), the term as a string
// (a substring of one copy of input, likewise), its byte offsets and its
// position (code-point offset plus one) and type. In search mode the
// single characters of each word of four characters or more follow the
// word.
func (t *Tokenizer) each(input []byte, f func(term []byte, key string, b0, b1, pos int, typ analysis.TokenType)) {
	s := string(input)
	emit := func(b0, b1, pos int) {
		typ, ok, upper := tokenType(s[b0:b1])
		if !ok {
			return
		}
		// The term is a slice of input, which is never written to.
		term, key := input[b0:b1:b1], s[b0:b1]
		if upper {
			term = bytes.ToLower(term)
			key = string(term)
		}
		f(term, key, b0, b1, pos, typ)
	}
	if t.Phrase {
		t.eachPhrase(s, emit)
		return
	}
	// cpAt[b] is the code-point offset of the character at byte b (invalid
	// bytes count as one code point each, as in seg); jieba's words come
	// with byte offsets.
	cpAt := make([]int32, len(s)+1)
	cp := int32(0)
	for i := 0; i < len(s); cp++ {
		cpAt[i] = cp
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	cpAt[len(s)] = cp
	seg.EachWord(s, t.Search, func(b0, b1 int) {
		pos := int(cpAt[b0]) + 1
		emit(b0, b1, pos)
		if t.Search && !t.NoSingles && int(cpAt[b1])-pos+1 >= 4 {
			// Each character of a long word, for phrases (see tile). A
			// word holds no invalid byte: seg segments valid runs only.
			for b := b0; b < b1; pos++ {
				_, n := utf8.DecodeRuneInString(s[b:b1])
				emit(b, b+n, pos)
				b += n
			}
		}
	})
}

// eachPhrase calls emit for each token of TokenizerPhrase in s, with its
// byte offsets and position.
func (t *Tokenizer) eachPhrase(s string, emit func(b0, b1, pos int)) {
	toks := tile(splitUnknown(seg.Tag(s)), seg.Tokenize(s, true))
	// byteAt[i] is the byte offset of code point i (invalid bytes count as
	// one code point each, as in seg): the pieces tile makes have only
	// code-point offsets.
	byteAt := make([]int, 0, len(s)/2+1)
	for i := 0; i < len(s); {
		byteAt = append(byteAt, i)
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	byteAt = append(byteAt, len(s))
	for _, tk := range toks {
		if tk.Start < 0 || tk.End >= len(byteAt) || tk.Start >= tk.End {
			continue
		}
		emit(byteAt[tk.Start], byteAt[tk.End], tk.Start+1)
	}
}

// tokenType classifies a word, and reports false for one without a letter
// or digit, and whether it has a letter that lower case changes (Chinese
// text never has).
func tokenType(w string) (typ analysis.TokenType, ok, upper bool) {
	han, letter, digit := false, false, false
	for _, r := range w {
		switch {
		case 0x4E00 <= r && r <= 0x9FFF: // the common Chinese characters
			han = true
		case r < utf8.RuneSelf:
			switch {
			case '0' <= r && r <= '9':
				digit = true
			case 'a' <= r && r <= 'z':
				letter = true
			case 'A' <= r && r <= 'Z':
				letter, upper = true, true
			}
		default:
			if unicode.ToLower(r) != r {
				upper = true
			}
			switch {
			case unicode.Is(unicode.Han, r):
				han = true
			case unicode.IsDigit(r):
				digit = true
			case unicode.IsLetter(r):
				letter = true
			}
		}
	}
	switch {
	case han:
		return analysis.Ideographic, true, upper
	case letter:
		return analysis.AlphaNumeric, true, upper
	case digit:
		return analysis.Numeric, true, upper
	}
	return 0, false, upper
}

// tile replaces each word of four characters or more of the precise
// segmentation by pieces that tile it exactly: its words of two or three
// characters in the search segmentation and, where they leave a gap, single
// characters (fewest single characters first, then fewest pieces). A word of
// four characters or more is thus always split; the index holds, for every
// such word of the text, its two- and three-character words and its single
// characters (see Tokenizer), so the pieces are found wherever the phrase
// occurs inside a longer word of the text.
func tile(precise, search []seg.Token) []seg.Token {
	inside := map[[2]int]seg.Token{} // sub-words by (start, end)
	for _, t := range search {
		if n := t.End - t.Start; n == 2 || n == 3 {
			inside[[2]int{t.Start, t.End}] = t
		}
	}
	type plan struct {
		toks    []seg.Token
		singles int
	}
	better := func(a, b *plan) bool {
		return b == nil || a.singles < b.singles || a.singles == b.singles && len(a.toks) < len(b.toks)
	}
	var out []seg.Token
	for _, w := range precise {
		n := w.End - w.Start
		if n < 4 {
			out = append(out, w)
			continue
		}
		rs := []rune(w.Text)
		if len(rs) != n {
			out = append(out, w)
			continue
		}
		// best[i]: the best tiling of w's characters from i to the end.
		best := make([]*plan, n+1)
		best[n] = &plan{}
		for i := n - 1; i >= 0; i-- {
			for _, l := range []int{1, 2, 3} {
				if i+l > n {
					continue
				}
				var t seg.Token
				singles := 0
				if l == 1 {
					t = seg.Token{Text: string(rs[i]), Start: w.Start + i, End: w.Start + i + 1}
					singles = 1
				} else if st, ok := inside[[2]int{w.Start + i, w.Start + i + l}]; ok {
					t = st
				} else {
					continue
				}
				next := best[i+l]
				cand := &plan{toks: append([]seg.Token{t}, next.toks...), singles: singles + next.singles}
				if better(cand, best[i]) {
					best[i] = cand
				}
			}
		}
		out = append(out, best[0].toks...)
	}
	return out
}

// splitUnknown splits the Chinese words that jieba's HMM made up (tagged
// x: not in the dictionaries) into single characters. Such a word depends on
// its context: 驻局 alone is one word, but in 、驻局纪检监察组 the text has
// 驻 and 局, so a phrase holding it would miss the text.
func splitUnknown(toks []seg.Token) []seg.Token {
	var out []seg.Token
	for _, t := range toks {
		if t.POS != "x" || t.End-t.Start < 2 || !hasHan(t.Text) {
			out = append(out, t)
			continue
		}
		i := t.Start
		for k := 0; k < len(t.Text); {
			_, n := utf8.DecodeRuneInString(t.Text[k:])
			out = append(out, seg.Token{Text: t.Text[k : k+n], Start: i, End: i + 1})
			k += n
			i++
		}
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
