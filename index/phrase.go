package index

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is a phrase on a text field, analysed by AnalyzerPhrase and
// matched by phraseSearcher. It replaces bleve's MatchPhraseQuery, whose
// searcher spends most of its time building and merging per-document maps
// of term locations: a phrase that occurs in nearly every one of 10,000
// reports took 70–160 ms.
type phraseQuery struct {
	phrase string
	field  string // "" for the mapping's default field
	boost  float64
	// grams matches the phrase's bigrams (gramCover) in field, which holds
	// the text's bigrams (FieldGrams) or a unit's (FieldUnitGrams), instead
	// of its words.
	grams bool
	// punct, when set, is the field that holds the bigrams with punctuation
	// or a symbol, without positions, that field leaves out (FieldPunctGrams
	// beside FieldGrams; see wordGram).
	punct string
}

// Searcher implements bquery.Query.
func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	field := q.field
	if field == "" {
		field = m.DefaultSearchField()
	}
	if q.grams {
		return q.gramSearcher(ctx, r, m, field, opt)
	}
	an := m.AnalyzerNamed(AnalyzerPhrase)
	if an == nil {
		return nil, fmt.Errorf("no analyzer named %q", AnalyzerPhrase)
	}
	var terms []phraseTerm
	rs := []rune(q.phrase)
	covered := make([]bool, len(rs))
	for _, tk := range an.Analyze([]byte(q.phrase)) {
		terms = append(terms, phraseTerm{term: string(tk.Term), off: uint64(tk.Position)})
		for i := tk.Position - 1; i < tk.Position-1+utf8.RuneCount(tk.Term) && i < len(rs); i++ {
			covered[i] = true
		}
	}
	if len(terms) == 0 {
		return bquery.NewMatchNoneQuery().Searcher(ctx, r, m, opt)
	}
	first := terms[0].off
	for _, t := range terms {
		first = min(first, t.off)
	}
	for i := range terms {
		terms[i].off -= first
	}
	s, err := newPhraseSearcher(ctx, r, field, terms, q.boost, opt)
	if err != nil {
		return nil, err
	}
	// Punctuation is not indexed: positions alone would let 整改，落实 match
	// 整改和落实. A phrase holding some is checked against the stored text.
	for i, c := range rs {
		if !covered[i] && !unicode.IsSpace(c) {
			s.literal = literalForm(q.phrase)
			s.stored = FieldPages
			if field == FieldTitle {
				s.stored = FieldTitle
			}
			break
		}
	}
	return s, nil
}

// gramSearcher matches the phrase's bigrams (see grams and punct).
func (q *phraseQuery) gramSearcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, field string, opt search.SearcherOptions) (search.Searcher, error) {
	terms := gramCover(q.phrase)
	punct := false
	for i, t := range terms {
		if q.punct != "" && !wordGram(t.term) {
			terms[i].field, terms[i].anywhere = q.punct, true
			punct = true
		}
	}
	switch len(terms) {
	case 0:
		return bquery.NewMatchNoneQuery().Searcher(ctx, r, m, opt)
	case 1: // two characters: their bigram, wherever it is
		if terms[0].field != "" {
			field = terms[0].field
		}
		return searcher.NewTermSearcher(ctx, r, terms[0].term, field, q.boost, opt)
	}
	s, err := newPhraseSearcher(ctx, r, field, terms, q.boost, opt)
	if err != nil {
		return nil, err
	}
	if punct {
		// The bigrams with punctuation have no positions: the stored text
		// says whether the phrase is there.
		s.literal, s.stored = literalForm(q.phrase), FieldPages
	}
	return s, nil
}

// literalForm is how phrases and stored text are compared when punctuation
// counts: lower case, without white space.
func literalForm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// phraseTerm is a term of a phrase and its offset from the phrase's start
// (positions are code-point offsets, see Tokenizer).
type phraseTerm struct {
	term string
	off  uint64
	// field, when set, is the field the term is looked for in instead of
	// the phrase's; anywhere says that field has no positions: the term
	// must occur in the document, anywhere.
	field    string
	anywhere bool
}

// phraseSearcher finds the documents in which all its terms occur at their
// offsets from a common start. It walks the terms' postings together, the
// rarest term leading, and compares the positions of each document once,
// reusing its buffers, so a document costs no allocation. A phrase holding
// punctuation, which the index leaves out, is also looked for in the
// document's stored text (literal). Its score is bleve's tf-idf with the
// phrase's frequency as tf and the sum of the terms' idf as idf.
type phraseSearcher struct {
	legs []phraseLeg // the rarest term first: it leads
	freq int         // the occurrences in the document last returned
	// seek is where the leader goes next, when a follower went beyond it.
	seek bindex.IndexInternalID
	// literal, when set, is the phrase as literalForm gives it, to be found
	// in the stored field stored of each document the positions match.
	literal, stored string
	reader          bindex.IndexReader
	// allowed, when set, are the only documents the searcher may return
	// (a filter's, see filteredQuery): the leader skips to them, and
	// positions are read in them only.
	allowed *allowedDocs
	idf     float64
	boost   float64
	weight  float64 // boost × idf × query norm
	score   bool
	done    bool
}

// phraseLeg is a term of the phrase as the searcher walks its postings.
type phraseLeg struct {
	off      uint64 // the term's offset from the phrase's start
	anywhere bool   // the term has no positions (phraseTerm.anywhere)
	reader   bindex.TermFieldReader
	doc      bindex.TermFieldDoc // where reader is; its buffers are reused
	pos      []uint64            // the term's positions there, less off
	cursor   int                 // how far matches has gone in pos
}

func newPhraseSearcher(ctx context.Context, r bindex.IndexReader, field string, terms []phraseTerm, boost float64, opt search.SearcherOptions) (*phraseSearcher, error) {
	// Each term's reader counts against bleve's limit on term searchers.
	for range terms {
		if err := search.RecordTermSearcher(ctx); err != nil {
			return nil, err
		}
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	s := &phraseSearcher{legs: make([]phraseLeg, 0, len(terms)), boost: boost, score: opt.Score != "none", reader: r, allowed: allowedIn(ctx)}
	for _, t := range terms {
		f := field
		if t.field != "" {
			f = t.field
		}
		tr, err := r.TermFieldReader(ctx, []byte(t.term), f, true, true, !t.anywhere)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.legs = append(s.legs, phraseLeg{off: t.off, anywhere: t.anywhere, reader: tr})
		s.idf += 1 + math.Log(float64(docs)/float64(tr.Count()+1))
	}
	sort.SliceStable(s.legs, func(a, b int) bool { return s.legs[a].reader.Count() < s.legs[b].reader.Count() })
	s.weight = boost * s.idf
	return s, nil
}

// Next implements search.Searcher.
func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.next(ctx, nil)
}

// Advance implements search.Searcher.
func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return s.next(ctx, id)
}

// next returns the next matching document at or after id (after the
// current one if id is nil).
func (s *phraseSearcher) next(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
walk:
	for !s.done {
		if s.allowed != nil {
			// The leader goes to the first allowed document at or after
			// where it would go.
			from := uint64(0)
			if id != nil {
				from = id.Value()
			} else if s.legs[0].doc.ID != nil {
				from = s.legs[0].doc.ID.Value() + 1
			}
			n, ok := s.allowed.from(from)
			if !ok {
				s.done = true
				return nil, nil
			}
			s.seek = bindex.NewIndexInternalID(s.seek, n)
			id = s.seek
		}
		// The leader moves first; the others follow it to its document or
		// beyond, and the leader follows any that went beyond.
		lead, err := s.move(&s.legs[0], id)
		if err != nil || lead == nil {
			return nil, err
		}
		id = nil
		if s.allowed != nil {
			if n, ok := s.allowed.from(lead.ID.Value()); !ok || n != lead.ID.Value() {
				continue // to the next allowed document after it
			}
		}
		for i := 1; i < len(s.legs); i++ {
			d, err := s.move(&s.legs[i], lead.ID)
			if err != nil || d == nil {
				return nil, err
			}
			if d.ID.Compare(lead.ID) > 0 {
				s.seek = append(s.seek[:0], d.ID...)
				id = s.seek
				continue walk
			}
		}
		n := s.matches()
		if n > 0 && s.literal != "" {
			if n, err = s.literalCount(lead.ID); err != nil {
				return nil, err
			}
		}
		if n > 0 {
			s.freq = n
			dm := ctx.DocumentMatchPool.Get()
			dm.IndexInternalID = append(dm.IndexInternalID[:0], lead.ID...)
			if s.score {
				dm.Score = math.Sqrt(float64(n)) * lead.Norm * s.weight
			}
			return dm, nil
		}
	}
	return nil, nil
}

// move advances leg l's reader to the first document at or after id, or to
// its next document if id is nil, unless it is already at or after id. At
// the end of the postings it returns nil and the search is done.
func (s *phraseSearcher) move(l *phraseLeg, id bindex.IndexInternalID) (*bindex.TermFieldDoc, error) {
	if id != nil && l.doc.ID != nil && l.doc.ID.Compare(id) >= 0 {
		return &l.doc, nil
	}
	var d *bindex.TermFieldDoc
	var err error
	if id == nil {
		d, err = l.reader.Next(&l.doc)
	} else {
		d, err = l.reader.Advance(id, &l.doc)
	}
	if err != nil {
		return nil, err
	}
	if d == nil {
		s.done = true
	}
	return d, nil
}

// matches counts the phrase's occurrences in the document all readers are
// on: the starts p for which every term occurs at p + its offset, in the
// same value of the field; the terms found anywhere are left out of the
// count, which is 1 when all are.
func (s *phraseSearcher) matches() int {
	first := -1 // the first leg with positions
	for i := range s.legs {
		l := &s.legs[i]
		if l.anywhere {
			continue
		}
		if first < 0 {
			first = i
		}
		p := l.pos[:0]
		for _, v := range l.doc.Vectors {
			p = append(p, v.Pos-l.off) // text and title hold one value each: no array positions
		}
		if !sort.SliceIsSorted(p, func(a, b int) bool { return p[a] < p[b] }) {
			sort.Slice(p, func(a, b int) bool { return p[a] < p[b] })
		}
		l.pos, l.cursor = p, 0
	}
	if first < 0 {
		return 1
	}
	n := 0
	for _, start := range s.legs[first].pos {
		all := true
		for i := first + 1; i < len(s.legs) && all; i++ {
			l := &s.legs[i] // positions only grow: its cursor never goes back
			if l.anywhere {
				continue
			}
			for l.cursor < len(l.pos) && l.pos[l.cursor] < start {
				l.cursor++
			}
			all = l.cursor < len(l.pos) && l.pos[l.cursor] == start
		}
		if all {
			n++
		}
	}
	return n
}

// literalCount counts the literal occurrences of the phrase in the stored
// text of document id.
func (s *phraseSearcher) literalCount(id bindex.IndexInternalID) (int, error) {
	ext, err := s.reader.ExternalID(id)
	if err != nil {
		return 0, err
	}
	d, err := s.reader.Document(ext)
	if err != nil || d == nil {
		return 0, err
	}
	var b strings.Builder
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == s.stored {
			b.Write(f.Value())
			b.WriteByte('\n')
		}
	})
	return strings.Count(literalForm(b.String()), s.literal), nil
}

// Close implements search.Searcher.
func (s *phraseSearcher) Close() error {
	var err error
	for _, l := range s.legs {
		if e := l.reader.Close(); e != nil && err == nil {
			err = e
		}
	}
	return err
}

// Weight implements search.Searcher: the square of boost × idf, as for a
// term.
func (s *phraseSearcher) Weight() float64 { w := s.boost * s.idf; return w * w }

// SetQueryNorm implements search.Searcher.
func (s *phraseSearcher) SetQueryNorm(qnorm float64) { s.weight = s.boost * s.idf * qnorm }

// Count implements search.Searcher: at most the rarest term's documents.
func (s *phraseSearcher) Count() uint64 { return s.legs[0].reader.Count() }

// Min implements search.Searcher.
func (s *phraseSearcher) Min() int { return 0 }

// Size implements search.Searcher.
func (s *phraseSearcher) Size() int { return 64 * (1 + len(s.legs)) }

// DocumentMatchPoolSize implements search.Searcher.
func (s *phraseSearcher) DocumentMatchPoolSize() int { return 1 }

var _ search.Searcher = (*phraseSearcher)(nil)
