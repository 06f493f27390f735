package index

import (
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
// therefore also holds, in FieldGrams, every pair of adjacent characters
// of the text (white space excepted; punctuation, digits and letters
// included), at its code-point offset like the words (see Tokenizer). A
// string of two characters or more then occurs at offset p of the text
// exactly when its bigrams at offsets 0, 2, 4, … and the last one occur at
// p plus those offsets (gramCover), which phraseSearcher checks: every
// document holding the string is found, and only those.
//
// A word or phrase of two characters or more of the query string, quoted
// or not, is matched so (literalQuery); its words of two characters or
// more in the text field add to the score, so that a document where they
// are words ranks above one that holds the string only across words.

// TokenizerGrams and AnalyzerGrams make the bigrams of FieldGrams (all of
// them, overlapping; positions as Tokenizer's). Like the other names they
// are recorded in the index's mapping and must never change.
const (
	TokenizerGrams = "zhenggai_grams"
	AnalyzerGrams  = "zhenggai_grams"
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

// gramTokenizer is the bleve tokenizer of eachGram (AnalyzerGrams), which
// the mapping names for FieldGrams.
type gramTokenizer struct{}

// Tokenize implements analysis.Tokenizer.
func (gramTokenizer) Tokenize(input []byte) analysis.TokenStream {
	var out analysis.TokenStream
	eachGram(input, func(term []byte, _ string, pos int) {
		out = append(out, &analysis.Token{Term: term, Position: pos, Type: analysis.Ideographic})
	})
	return out
}

// gramCover returns the bigrams of s that a text must hold to hold s, with
// their offsets from the first: in each run of characters without white
// space, those at 0, 2, 4, … and the last. They are nil when s has no two
// adjacent characters.
func gramCover(s string) []phraseTerm {
	type gram struct {
		key string
		pos int
	}
	var all []gram
	eachGram([]byte(s), func(_ []byte, key string, pos int) { all = append(all, gram{key, pos}) })
	var out []phraseTerm
	runStart := 0
	for i, g := range all {
		if i > 0 && g.pos != all[i-1].pos+1 {
			runStart = i
		}
		last := i+1 == len(all) || all[i+1].pos != g.pos+1
		if (i-runStart)%2 == 0 || last {
			out = append(out, phraseTerm{term: g.key, off: uint64(g.pos)})
		}
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

// literalQuery matches the documents whose text holds s (see gramCover),
// scored by its bigrams and by its words of two characters or more in the
// text field.
func literalQuery(s string, boost float64) bquery.Query {
	s = queryText(s)
	var must bquery.Query = requiredQuery{&phraseQuery{phrase: s, field: FieldGrams, grams: true, boost: boost}}
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
