package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// textField is a text field of a document as the index writes it: the
// words of AnalyzerText (FieldText, without positions) or the bigrams of
// eachWordGram (FieldGrams, with positions and no byte offsets) or of
// eachPunctGram (FieldPunctGrams, without positions), counted
// straight into bleve's term frequencies. bleve's own text field would have the
// analyzer build a token object for each of a report's thousands of words
// and then group them; this is the same analysis (Tokenizer.each) without
// the intermediate tokens, and with the locations laid out for the segment
// builder (see Analyze). The field is indexed and not stored (the pages
// are stored in FieldPages); the mapping describes it the same way for
// queries.
type textField struct {
	name   string
	value  []byte
	length int
	freqs  bindex.TokenFrequencies
	// each calls f for each term of value with its position: the words of
	// textTokenizer (FieldText) or the character bigrams of eachGram
	// (FieldGrams).
	each func(value []byte, f func(term []byte, key string, pos int))
	// vectors keeps each term's positions (term vectors): the bigrams need
	// them for phrases, the words do not (they only score).
	vectors bool
}

// newTextField is the words of text (FieldText).
func newTextField(name, text string) *textField {
	return &textField{name: name, value: []byte(text), each: func(v []byte, f func([]byte, string, int)) {
		textTokenizer.each(v, func(term []byte, key string, _, _, pos int, _ analysis.TokenType) { f(term, key, pos) })
	}}
}

// newGramsFields are the bigrams of text, found in one pass: those of
// letters and digits with their positions (FieldGrams) and the others
// without (FieldPunctGrams). The second field's terms are those the
// first's analysis set aside: analysing it analyses the first.
func newGramsFields(text string) (words, punct *textField) {
	type gram struct {
		term []byte
		key  string
		pos  int
	}
	var held []gram
	v := []byte(text)
	words = &textField{name: FieldGrams, value: v, vectors: true, each: func(value []byte, f func([]byte, string, int)) {
		eachGram(value, func(term []byte, key string, pos int) {
			if wordGram(key) {
				f(term, key, pos)
			} else {
				held = append(held, gram{term, key, pos})
			}
		})
	}}
	punct = &textField{name: FieldPunctGrams, value: v, each: func(_ []byte, f func([]byte, string, int)) {
		words.Analyze()
		for _, g := range held {
			f(g.term, g.key, g.pos)
		}
	}}
	return words, punct
}

// Analyze computes the field's terms and their locations, unless it did
// already. A first pass numbers the terms and counts them; the second lays
// the locations out term by term in one array, in the order the segment
// builder reads them (a term's locations one after the other), so that
// it does not chase pointers across the document's memory.
func (f *textField) Analyze() {
	if f.freqs != nil {
		return
	}
	type occurrence struct{ term, pos int32 }
	ids := make(map[string]int32, len(f.value)/8)
	var keys []string
	var terms [][]byte
	occs := make([]occurrence, 0, len(f.value)/3)
	f.each(f.value, func(term []byte, key string, pos int) {
		id, ok := ids[key]
		if !ok {
			id = int32(len(terms))
			ids[key] = id
			keys = append(keys, key)
			terms = append(terms, term)
		}
		occs = append(occs, occurrence{id, int32(pos)})
	})
	next := make([]int32, len(terms)+1) // where each term's locations start, then the next free one
	for _, o := range occs {
		next[o.term+1]++
	}
	for i := 1; i < len(next); i++ {
		next[i] += next[i-1]
	}
	tfs := make([]bindex.TokenFreq, len(terms))
	var locs []bindex.TokenLocation
	var ptrs []*bindex.TokenLocation
	if f.vectors {
		locs = make([]bindex.TokenLocation, len(occs))
		ptrs = make([]*bindex.TokenLocation, len(occs))
	}
	freqs := make(bindex.TokenFrequencies, len(terms))
	for id, term := range terms {
		tf := &tfs[id]
		lo, hi := next[id], next[id+1]
		tf.Term = term
		if f.vectors {
			tf.Locations = ptrs[lo:hi:hi]
		}
		tf.SetFrequency(int(hi - lo))
		freqs[keys[id]] = tf
	}
	f.length, f.freqs = len(occs), freqs
	if !f.vectors {
		return
	}
	for _, o := range occs {
		k := next[o.term]
		next[o.term]++
		locs[k].Position = int(o.pos)
		ptrs[k] = &locs[k]
	}
}

// Name implements document.Field.
func (f *textField) Name() string { return f.name }

// Value implements document.Field.
func (f *textField) Value() []byte { return f.value }

// ArrayPositions implements document.Field: the text is one value.
func (f *textField) ArrayPositions() []uint64 { return nil }

// Options implements document.Field.
func (f *textField) Options() bindex.FieldIndexingOptions {
	if f.vectors {
		return bindex.IndexField | bindex.IncludeTermVectors
	}
	return bindex.IndexField
}

// EncodedFieldType implements document.Field: text.
func (f *textField) EncodedFieldType() byte { return 't' }

// AnalyzedLength implements document.Field: the number of terms.
func (f *textField) AnalyzedLength() int { return f.length }

// AnalyzedTokenFrequencies implements document.Field.
func (f *textField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// NumPlainTextBytes implements document.Field.
func (f *textField) NumPlainTextBytes() uint64 { return uint64(len(f.value)) }

// Size implements document.Field: an estimate of the memory it holds.
func (f *textField) Size() int { return 64 + len(f.name) + len(f.value) }

// termsField is a keyword field with many values, written as one field:
// the MinHash band terms (FieldLSH) or the claim terms (FieldClaims) of a
// document. Given to bleve as a
// []string, each of a report's hundred or more values would be its own
// field, analysed alone and merged into the others one by one. Like the
// mapping's keyword fields it is indexed, not stored, without term vectors.
type termsField struct {
	name  string
	terms []string
	freqs bindex.TokenFrequencies
}

func newTermsField(name string, terms []string) *termsField {
	return &termsField{name: name, terms: terms}
}

// Analyze makes each distinct term a term of frequency one, and drops the
// repeated ones from the field's values.
func (f *termsField) Analyze() {
	if f.freqs != nil {
		return
	}
	f.freqs = make(bindex.TokenFrequencies, len(f.terms))
	tfs := make([]bindex.TokenFreq, len(f.terms))
	distinct := f.terms[:0]
	for _, t := range f.terms {
		if f.freqs[t] != nil {
			continue
		}
		tf := &tfs[len(distinct)]
		tf.Term = []byte(t)
		tf.SetFrequency(1)
		f.freqs[t] = tf
		distinct = append(distinct, t)
	}
	f.terms = distinct
}

// Name implements document.Field.
func (f *termsField) Name() string { return f.name }

// Value implements document.Field: nothing, the field is not stored.
func (f *termsField) Value() []byte { return nil }

// ArrayPositions implements document.Field.
func (f *termsField) ArrayPositions() []uint64 { return nil }

// Options implements document.Field.
func (f *termsField) Options() bindex.FieldIndexingOptions { return bindex.IndexField }

// EncodedFieldType implements document.Field: text.
func (f *termsField) EncodedFieldType() byte { return 't' }

// AnalyzedLength implements document.Field: the number of values.
func (f *termsField) AnalyzedLength() int { return len(f.terms) }

// AnalyzedTokenFrequencies implements document.Field.
func (f *termsField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// NumPlainTextBytes implements document.Field.
func (f *termsField) NumPlainTextBytes() uint64 {
	n := 0
	for _, t := range f.terms {
		n += len(t)
	}
	return uint64(n)
}

// Size implements document.Field: an estimate of the memory it holds.
func (f *termsField) Size() int { return 64 + int(f.NumPlainTextBytes()) + 16*len(f.terms) }
