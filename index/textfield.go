package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"
)

// textField is the text field of a document as the index writes it: the
// terms of AnalyzerSearch (positions, no byte offsets), counted straight
// into bleve's term frequencies. bleve's own text field would have the
// analyzer build a token object for each of a report's thousands of words
// and then group them; this is the same analysis (Tokenizer.each) without
// the intermediate tokens, about a third less allocation in indexing. The
// field is indexed with term vectors and not stored (the pages are stored
// in FieldPages); the mapping describes it the same way for queries.
type textField struct {
	name   string
	value  []byte
	length int
	freqs  bindex.TokenFrequencies
}

func newTextField(name, text string) *textField {
	return &textField{name: name, value: []byte(text)}
}

// indexTokenizer is the tokenizer of AnalyzerSearch.
var indexTokenizer = &Tokenizer{Search: true, NoOffsets: true}

// Analyze computes the field's terms and their locations, unless it did
// already.
func (f *textField) Analyze() {
	if f.freqs != nil {
		return
	}
	freqs := make(bindex.TokenFrequencies, len(f.value)/8)
	var locs []bindex.TokenLocation // filled in chunks: freqs points into them
	var tfs []bindex.TokenFreq
	n := 0
	indexTokenizer.each(f.value, func(term []byte, key string, _, _, pos int, _ analysis.TokenType) {
		n++
		if len(locs) == cap(locs) {
			locs = make([]bindex.TokenLocation, 0, max(256, len(f.value)/4))
		}
		locs = append(locs, bindex.TokenLocation{Position: pos})
		tf := freqs[key]
		if tf == nil {
			if len(tfs) == cap(tfs) {
				tfs = make([]bindex.TokenFreq, 0, max(128, len(f.value)/16))
			}
			tfs = append(tfs, bindex.TokenFreq{Term: term})
			tf = &tfs[len(tfs)-1]
			freqs[key] = tf
		}
		tf.Locations = append(tf.Locations, &locs[len(locs)-1])
		tf.SetFrequency(tf.Frequency() + 1)
	})
	f.length, f.freqs = n, freqs
}

// Name implements document.Field.
func (f *textField) Name() string { return f.name }

// Value implements document.Field.
func (f *textField) Value() []byte { return f.value }

// ArrayPositions implements document.Field: the text is one value.
func (f *textField) ArrayPositions() []uint64 { return nil }

// Options implements document.Field.
func (f *textField) Options() bindex.FieldIndexingOptions {
	return bindex.IndexField | bindex.IncludeTermVectors
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
