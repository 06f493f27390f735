package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	bquery "github.com/blevesearch/bleve/v2/search/query"
)

// UnitGroup returns the name under which a unit's forms are counted
// together in the unit facet: without the leading 中共 and the trailing
// 党组 or 党委 (中共桐岭市文化广电旅游局党组, 桐岭市文化广电旅游局党委 and
// 桐岭市文化广电旅游局 are one unit), and without 委员会 after 中共
// (中共东川工程职业技术学院委员会 is the college's party committee). A
// name left shorter than two characters is kept whole.
func UnitGroup(unit string) string {
	u := strings.TrimSpace(unit)
	party := strings.HasPrefix(u, "中共")
	g := strings.TrimPrefix(u, "中共")
	switch {
	case strings.HasSuffix(g, "党组"):
		g = strings.TrimSuffix(g, "党组")
	case strings.HasSuffix(g, "党委"):
		g = strings.TrimSuffix(g, "党委")
	case party && strings.HasSuffix(g, "委员会"):
		g = strings.TrimSuffix(g, "委员会")
	}
	if utf8.RuneCountInString(g) < 2 {
		return u
	}
	return g
}

// unitFilter keeps the documents whose unit holds u: 桐岭 keeps every
// 桐岭… unit, and a group name of the facet (see UnitGroup) every form of
// it. It looks u up in the unit's characters and bigrams (FieldUnitGrams)
// as a literal query looks a string up in the text's bigrams, so it costs
// no expanding term (MaxExpanding, MaxExpansion) whatever the number of
// units it keeps (局 keeps every bureau).
func unitFilter(u string) bquery.Query {
	u = queryText(strings.TrimSpace(u))
	if hasGram(u) {
		return &phraseQuery{phrase: u, field: FieldUnitGrams, grams: true, boost: 1}
	}
	// One character, or characters apart: each of them.
	var qs []bquery.Query
	for _, r := range strings.ToLower(u) {
		if !unicode.IsSpace(r) {
			t := bquery.NewTermQuery(string(r))
			t.SetField(FieldUnitGrams)
			qs = append(qs, t)
		}
	}
	return bquery.NewConjunctionQuery(qs)
}

// TokenizerUnitGrams and AnalyzerUnitGrams make the terms of
// FieldUnitGrams (eachUnitGram). Like the other names they are recorded in
// the index's mapping and must never change.
const (
	TokenizerUnitGrams = "zhenggai_unitgrams"
	AnalyzerUnitGrams  = "zhenggai_unitgrams"
)

// eachUnitGram calls f for each term of a unit's name (FieldUnitGrams):
// each character but white space, in lower case, and each bigram (see
// eachGram), both at the character's code-point offset plus one. A unit
// filter of one character looks for the character, a longer one for its
// bigrams.
func eachUnitGram(value []byte, f func(term []byte, key string, pos int)) {
	s := string(value)
	cp := 0
	for i, r := range s {
		cp++
		if unicode.IsSpace(r) || r == utf8.RuneError {
			continue
		}
		key := s[i : i+utf8.RuneLen(r)]
		if l := string(unicode.ToLower(r)); l != key {
			key = l
		}
		f([]byte(key), key, cp)
	}
	eachGram(value, f)
}

// newUnitGramsField is the characters and bigrams of a unit's name
// (FieldUnitGrams), with their positions for phrases.
func newUnitGramsField(unit string) *textField {
	return &textField{name: FieldUnitGrams, value: []byte(queryText(unit)), each: eachUnitGram, vectors: true}
}

// unitGramTokenizer is the bleve tokenizer of eachUnitGram
// (AnalyzerUnitGrams), which the mapping names for FieldUnitGrams.
type unitGramTokenizer struct{}

// Tokenize implements analysis.Tokenizer.
func (unitGramTokenizer) Tokenize(input []byte) analysis.TokenStream {
	var out analysis.TokenStream
	eachUnitGram(input, func(term []byte, _ string, pos int) {
		out = append(out, &analysis.Token{Term: term, Position: pos, Type: analysis.Ideographic})
	})
	return out
}
