package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// Literal recall. jieba's words alone cannot find every string a user
// types: 桐岭 is not a word of 桐岭市, nor 车私 of 公车私用. The index
// therefore also holds every pair of adjacent characters of the text
// (white space excepted), at its code-point offset like the words (see
// Tokenizer): in FieldGrams, with positions, the pairs of two letters or
// digits (Chinese characters included), and in FieldPunctGrams, without
// positions, those that hold punctuation or a symbol (告。, （一, 5%),
// which are a fifth of all and whose positions made a third of the index.
// A string of two characters or more then occurs at offset p of the text
// exactly when its first and last bigram, and bigrams between them no two
// characters apart (0, 2, 4, … or a cheaper choice), occur at
// p plus those offsets (gramCoverBy), which phraseSearcher checks: every
// document holding the string is found, and only those. A string with
// punctuation is looked up by its bigrams in both fields and checked
// against the stored text.
//
// A word or phrase of two characters or more of the query string, quoted
// or not, is matched so (literalQuery); its words of two characters or
// more in the text field add to the score, so that a document where they
// are words ranks above one that holds the string only across words.

// TokenizerGrams and AnalyzerGrams make the bigrams of FieldGrams (those of
// letters and digits, overlapping; positions as Tokenizer's);
// TokenizerPunctGrams and AnalyzerPunctGrams those of FieldPunctGrams (the
// others). Like the other names they are recorded in the index's mapping
// and must never change.
const (
	TokenizerGrams      = "zhenggai_grams"
	AnalyzerGrams       = "zhenggai_grams"
	TokenizerPunctGrams = "zhenggai_punctgrams"
	AnalyzerPunctGrams  = "zhenggai_punctgrams"
)

// wordBoost weighs the words of a literal query against its bigrams.
const wordBoost = 2.0

// eachGram calls f for each bigram of value: two adjacent characters,
// neither white space nor invalid UTF-8, in lower case, with the
// code-point offset of the first plus one. The term is a slice of value
// and the key a substring of one copy of it, unless lower case changed
// them.
func eachGram(value []byte, f func(term []byte, key string, pos int)) {
	s := string(value)
	prev, prevAt, prevUpper := -1, 0, false // byte offset of the previous character, -1 after a break
	cp := 0
	for i := 0; i < len(s); cp++ {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		ok := !unicode.IsSpace(r) && !(r == utf8.RuneError && n == 1)
		upper := ok && (('A' <= r && r <= 'Z') || r >= utf8.RuneSelf && unicode.ToLower(r) != r)
		if ok && prev >= 0 {
			term, key := value[prev:i+n:i+n], s[prev:i+n]
			if upper || prevUpper {
				key = strings.ToLower(key)
				term = []byte(key)
			}
			f(term, key, prevAt)
		}
		if ok {
			prev, prevAt, prevUpper = i, cp+1, upper
		} else {
			prev = -1
		}
		i += n
	}
}

// wordGram reports whether a bigram is of two letters or digits (a
// bigram of FieldGrams), not one with punctuation or a symbol
// (FieldPunctGrams).
func wordGram(key string) bool {
	for _, r := range key {
		if r >= utf8.RuneSelf {
			if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				return false
			}
		} else if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// eachWordGram calls f for the bigrams of eachGram that wordGram keeps:
// the terms of FieldGrams.
func eachWordGram(value []byte, f func(term []byte, key string, pos int)) {
	eachGram(value, func(term []byte, key string, pos int) {
		if wordGram(key) {
			f(term, key, pos)
		}
	})
}

// eachPunctGram calls f for the others: the terms of FieldPunctGrams.
func eachPunctGram(value []byte, f func(term []byte, key string, pos int)) {
	eachGram(value, func(term []byte, key string, pos int) {
		if !wordGram(key) {
			f(term, key, pos)
		}
	})
}

// gramTokenizer is the bleve tokenizer of eachWordGram (AnalyzerGrams) or
// of eachPunctGram (AnalyzerPunctGrams), which the mapping names for
// FieldGrams and FieldPunctGrams.
type gramTokenizer struct{ punct bool }

// Tokenize implements analysis.Tokenizer.
func (t gramTokenizer) Tokenize(input []byte) analysis.TokenStream {
	each := eachWordGram
	if t.punct {
		each = eachPunctGram
	}
	var out analysis.TokenStream
	each(input, func(term []byte, _ string, pos int) {
		out = append(out, &analysis.Token{Term: term, Position: pos, Type: analysis.Ideographic})
	})
	return out
}

// gramCoverBy returns the bigrams of s that a text must hold to hold s,
// with their offsets from the first, or nil when s has no two adjacent
// characters: a text holds s at p exactly when it holds, in each run of
// characters without white space, the first and the last bigram and,
// between them, bigrams no two characters apart, each at p plus its
// offset. Of such choices it takes the one of least total cost. phraseSearcher reads every position of every
// bigram it is given in every document they share, so a common bigram
// costs much: 压实整改责任 is better checked by 压实 实整 改责 责任 than by
// 压实 整改 责任, 整改 being in every report a hundred times.
func gramCoverBy(s string, cost func(key string) float64) []phraseTerm {
	type gram struct {
		key string
		pos int
	}
	var all []gram
	eachGram([]byte(s), func(_ []byte, key string, pos int) { all = append(all, gram{key, pos}) })
	var out []phraseTerm
	for lo := 0; lo < len(all); {
		hi := lo + 1 // the run is all[lo:hi]
		for hi < len(all) && all[hi].pos == all[hi-1].pos+1 {
			hi++
		}
		run := all[lo:hi]
		// best[i]: the least cost of a chain from the run's first bigram
		// to its i-th, both chosen; prev[i]: the one chosen before i.
		best := make([]float64, len(run))
		prev := make([]int, len(run))
		for i, g := range run {
			c := cost(g.key)
			switch {
			case i == 0:
				best[i], prev[i] = c, -1
			case i == 1 || best[i-1] <= best[i-2]:
				best[i], prev[i] = c+best[i-1], i-1
			default:
				best[i], prev[i] = c+best[i-2], i-2
			}
		}
		var chain []phraseTerm
		for i := len(run) - 1; i >= 0; i = prev[i] {
			chain = append(chain, phraseTerm{term: run[i].key, off: uint64(run[i].pos)})
		}
		slices.Reverse(chain)
		out = append(out, chain...)
		lo = hi
	}
	if len(out) == 0 {
		return nil
	}
	first := out[0].off
	for i := range out {
		out[i].off -= first
	}
	return out
}

// queryText is a string of the query as the text is indexed (see
// parse.Normalize).
func queryText(s string) string { return parse.Normalize(s) }

// hasGram reports whether s has two adjacent characters, neither white space.
func hasGram(s string) bool {
	found := false
	eachGram([]byte(s), func([]byte, string, int) { found = true })
	return found
}

// literalQuery matches the documents whose text holds s (see gramCoverBy),
// scored by its bigrams and by its words of two characters or more in the
// text field.
func literalQuery(s string, boost float64) bquery.Query {
	s = queryText(s)
	pq := &phraseQuery{phrase: s, field: FieldGrams, punct: FieldPunctGrams, grams: true, boost: boost}
	if w := strings.ToLower(s); !strings.ContainsFunc(w, unicode.IsSpace) {
		pq.word = w // not one of the text's words, perhaps: it then proves nothing
	}
	var must bquery.Query = requiredQuery{pq}
	var should []bquery.Query
	seen := map[string]bool{}
	for _, w := range seg.Cut(s) {
		w = strings.ToLower(w)
		if _, ok, _ := tokenType(w); !ok || utf8.RuneCountInString(w) < 2 || seen[w] {
			continue
		}
		seen[w] = true
		t := bquery.NewTermQuery(w)
		t.SetField(FieldText)
		t.SetBoost(wordBoost * boost)
		should = append(should, t)
	}
	if len(should) == 0 {
		return must
	}
	return bquery.NewBooleanQuery([]bquery.Query{must}, should, nil)
}
