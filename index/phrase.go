package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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
	// grams matches the phrase's bigrams (gramCoverBy) in field, which holds
	// the text's bigrams (FieldGrams) or a unit's (FieldUnitGrams), instead
	// of its words.
	grams bool
	// punct, when set, is the field that holds the bigrams with punctuation
	// or a symbol, without positions, that field leaves out (FieldPunctGrams
	// beside FieldGrams; see wordGram).
	punct string
	// word, when set, is a term of FieldText that only a document holding
	// the phrase can hold: the phrase itself, in lower case, when it has no
	// white space or punctuation (a jieba word of the text is a stretch of
	// it). A document that holds the word holds the phrase: its positions
	// are not read, and the phrase counts as often as the word (see
	// phraseSearcher.sure).
	word string
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
	terms := gramCoverBy(q.phrase, func(key string) float64 { return gramCost(ctx, r, field, key, q.punct != "" && !wordGram(key)) })
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
	if q.word != "" && !punct {
		if err := s.setSure(FieldText, q.word); err != nil {
			return nil, err
		}
	}
	if punct {
		// The bigrams with punctuation have no positions: the stored text
		// says whether the phrase is there.
		s.literal, s.stored = literalForm(q.phrase), FieldPages
	}
	return s, nil
}

// gramSample is the number of documents whose count of a bigram gramCost
// looks at.
const gramSample = 32

// gramCost estimates the number of positions phraseSearcher reads for a
// bigram of field: its documents times its mean count in the first
// gramSample of them. A bigram without positions (anywhere) costs none,
// and one that is nowhere none either (the phrase is then found nowhere
// at once).
func gramCost(ctx context.Context, r bindex.IndexReader, field, key string, anywhere bool) float64 {
	if anywhere {
		return 0
	}
	tr, err := r.TermFieldReader(ctx, []byte(key), field, true, false, false)
	if err != nil {
		return 1
	}
	defer tr.Close()
	var d bindex.TermFieldDoc
	sum, n := uint64(0), 0
	for ; n < gramSample; n++ {
		doc, err := tr.Next(&d)
		if err != nil || doc == nil {
			break
		}
		sum += doc.Freq
	}
	if n == 0 {
		return 0
	}
	return float64(tr.Count()) * float64(sum) / float64(n)
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
// offsets from a common start. It walks the index segment by segment, the
// terms' postings together, the rarest term of the segment leading, and
// reads the positions from the segment's postings itself: bleve's term
// field reader copied every position of every document into a term vector
// first, which took a quarter of the time of a phrase found in all of
// 10,000 reports. A document costs no allocation. A phrase holding
// punctuation, which the index leaves out, is also looked for in the
// document's stored text (literal). Its score is bleve's tf-idf with the
// phrase's frequency as tf and the sum of the terms' idf as idf.
type phraseSearcher struct {
	terms []phraseTerm // with their fields set
	segs  []*scorch.SegmentSnapshot
	offs  []uint64 // the first internal number of each segment
	// lists holds each term's postings in each segment (nil: none).
	lists [][]segment.PostingsList
	// sureLists holds, when set, the postings of a word whose documents
	// hold the phrase (phraseQuery.word) in each segment: in a segment
	// where the word is, the legs walk without positions (lazy), the
	// word's documents match by the word, and the others read the legs'
	// positions (phraseLeg.locs) to be verified.
	sureLists []segment.PostingsList
	sure      phraseLeg
	lazy      bool
	count     []uint64    // each term's documents
	seg       int         // the segment legs walk, -1 before the first
	legs      []phraseLeg // the terms' legs in the segment, in the terms' order
	order     []int       // the legs by their documents in the segment, fewest first
	// at is where the next document is looked for: the internal number
	// of the first document it may be.
	at   uint64
	freq int // the occurrences in the document last returned
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

// phraseLeg is a term of the phrase as the searcher walks its postings in
// one segment.
type phraseLeg struct {
	off      uint64 // the term's offset from the phrase's start
	anywhere bool   // the term has no positions (phraseTerm.anywhere)
	itr      segment.PostingsIterator
	p        segment.Posting // where itr is, nil before its first
	end      bool            // itr has no more
	// locs and lp are the iterator with positions and where it is, when
	// the searcher is lazy: it goes only to the documents to be verified.
	locs   segment.PostingsIterator
	lp     segment.Posting
	list   segment.PostingsList
	pos    []uint64 // the term's positions there, less off
	cursor int      // how far matches has gone in pos
}

func newPhraseSearcher(ctx context.Context, r bindex.IndexReader, field string, terms []phraseTerm, boost float64, opt search.SearcherOptions) (*phraseSearcher, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("index: phrases need a scorch index, not %T", r)
	}
	// Each term's postings count against bleve's limit on term searchers.
	for range terms {
		if err := search.RecordTermSearcher(ctx); err != nil {
			return nil, err
		}
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	s := &phraseSearcher{terms: terms, segs: snap.Segments(), seg: -1, boost: boost, score: opt.Score != "none", reader: r, allowed: allowedIn(ctx)}
	var next uint64
	for _, ss := range s.segs {
		s.offs = append(s.offs, next)
		next += ss.Segment().Count()
	}
	s.offs = append(s.offs, next) // the end
	s.lists = make([][]segment.PostingsList, len(terms))
	s.count = make([]uint64, len(terms))
	dicts := map[string][]segment.TermDictionary{}
	for i := range s.terms {
		t := &s.terms[i]
		if t.field == "" {
			t.field = field
		}
		ds, ok := dicts[t.field]
		if !ok {
			for _, ss := range s.segs {
				d, err := ss.Segment().Dictionary(t.field)
				if err != nil {
					return nil, err
				}
				ds = append(ds, d)
			}
			dicts[t.field] = ds
		}
		s.lists[i] = make([]segment.PostingsList, len(s.segs))
		for k, ss := range s.segs {
			pl, err := ds[k].PostingsList([]byte(t.term), ss.Deleted(), nil)
			if err != nil {
				return nil, err
			}
			s.lists[i][k] = pl
			s.count[i] += pl.Count()
		}
		s.idf += 1 + math.Log(float64(docs)/float64(s.count[i]+1))
	}
	s.weight = boost * s.idf
	return s, nil
}

// setSure makes the documents holding term in field match without their
// positions read (see sureLists).
func (s *phraseSearcher) setSure(field, term string) error {
	s.sureLists = make([]segment.PostingsList, len(s.segs))
	for k, ss := range s.segs {
		d, err := ss.Segment().Dictionary(field)
		if err != nil {
			return err
		}
		if s.sureLists[k], err = d.PostingsList([]byte(term), ss.Deleted(), nil); err != nil {
			return err
		}
	}
	return nil
}

// openSegment makes the legs walk segment k, the rarest term there first.
func (s *phraseSearcher) openSegment(k int) {
	s.seg = k
	if k >= len(s.segs) {
		s.done = true
		return
	}
	s.lazy = false
	if s.sureLists != nil {
		if pl := s.sureLists[k]; pl != nil && pl.Count() > 0 {
			s.lazy = true
			s.sure = phraseLeg{itr: pl.Iterator(true, false, false, s.sure.itr)}
		}
	}
	legs := s.legs[:0]
	for i, t := range s.terms {
		pl := s.lists[i][k]
		l := phraseLeg{off: t.off, anywhere: t.anywhere, list: pl}
		var prev segment.PostingsIterator
		if i < len(s.legs) {
			prev, l.pos, l.locs = s.legs[i].itr, s.legs[i].pos, s.legs[i].locs
		}
		if pl == nil || pl.Count() == 0 {
			l.end = true
		} else {
			l.itr = pl.Iterator(true, true, !t.anywhere && !s.lazy, prev)
			if s.lazy && !t.anywhere {
				l.locs = pl.Iterator(true, true, true, l.locs)
			}
		}
		legs = append(legs, l)
	}
	s.legs = legs
	// The rarest leads; the order is the terms' again in the next segment,
	// so that each leg reuses its own iterator.
	s.order = s.order[:0]
	for i := range s.legs {
		s.order = append(s.order, i)
	}
	sort.SliceStable(s.order, func(a, b int) bool {
		return s.listCount(s.order[a], k) < s.listCount(s.order[b], k)
	})
}

func (s *phraseSearcher) listCount(term, seg int) uint64 {
	if pl := s.lists[term][seg]; pl != nil {
		return pl.Count()
	}
	return 0
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
	if id != nil {
		s.at = max(s.at, id.Value())
	}
	for !s.done {
		if s.allowed != nil {
			n, ok := s.allowed.from(s.at)
			if !ok {
				s.done = true
				break
			}
			s.at = n
		}
		// The segment of at: the last that starts at or before it.
		k := sort.Search(len(s.segs), func(i int) bool { return s.offs[i+1] > s.at })
		if k != s.seg {
			s.openSegment(k)
			if s.done {
				break
			}
		}
		base := s.offs[k]
		// The leader moves first; the others follow it to its document or
		// beyond, and the leader follows any that went beyond.
		d, ok := s.move(&s.legs[s.order[0]], s.at-base)
		if !ok {
			s.at = s.offs[k+1] // the next segment
			continue
		}
		if s.allowed != nil && base+d != s.at {
			s.at = base + d // not allowed, perhaps: see above
			continue
		}
		beyond := false
		for _, i := range s.order[1:] {
			e, ok := s.move(&s.legs[i], d)
			if !ok {
				s.at, beyond = s.offs[k+1], true
				break
			}
			if e > d {
				s.at, beyond = base+e, true
				break
			}
		}
		if beyond {
			continue
		}
		s.at = base + d + 1
		n := 0
		if s.lazy {
			if e, ok := s.move(&s.sure, d); ok && e == d {
				n = int(s.sure.p.Frequency())
			} else if !s.readPositions(d) {
				continue
			}
		}
		if n == 0 {
			n = s.matches()
		}
		if n > 0 && s.literal != "" {
			var err error
			if n, err = s.literalCount(bindex.NewIndexInternalID(nil, base+d)); err != nil {
				return nil, err
			}
		}
		if n > 0 {
			s.freq = n
			dm := ctx.DocumentMatchPool.Get()
			dm.IndexInternalID = bindex.NewIndexInternalID(dm.IndexInternalID, base+d)
			if s.score {
				dm.Score = math.Sqrt(float64(n)) * s.legs[s.order[0]].p.Norm() * s.weight
			}
			return dm, nil
		}
	}
	return nil, nil
}

// move advances leg l to its first document at or after n (numbers within
// the segment), unless it is there already, and returns that document;
// false at the end of the segment's postings.
func (s *phraseSearcher) move(l *phraseLeg, n uint64) (uint64, bool) {
	if l.end {
		return 0, false
	}
	if l.p != nil && l.p.Number() >= n {
		return l.p.Number(), true
	}
	p, err := l.itr.Advance(n)
	if err != nil || p == nil {
		l.end, l.p = true, nil
		return 0, false
	}
	l.p = p
	return p.Number(), true
}

// readPositions moves, in a lazy segment, the iterators with positions of
// the legs that have positions to document n, where all the legs are;
// false if one is not there (it cannot be, as the legs' postings are the
// same).
func (s *phraseSearcher) readPositions(n uint64) bool {
	for i := range s.legs {
		l := &s.legs[i]
		if l.anywhere {
			continue
		}
		if l.lp == nil || l.lp.Number() < n {
			p, err := l.locs.Advance(n)
			if err != nil || p == nil {
				return false
			}
			l.lp = p
		}
		if l.lp.Number() != n {
			return false
		}
	}
	return true
}

// matches counts the phrase's occurrences in the document all legs are
// on: the starts p for which every term occurs at p + its offset, in the
// same value of the field; the terms found anywhere are left out of the
// count, which is 1 when all are.
func (s *phraseSearcher) matches() int {
	first := -1 // the first leg with positions
	for _, i := range s.order {
		l := &s.legs[i]
		if l.anywhere {
			continue
		}
		if first < 0 {
			first = i
		}
		at := l.p
		if s.lazy {
			at = l.lp
		}
		p := l.pos[:0]
		for _, loc := range at.Locations() {
			p = append(p, loc.Pos()-l.off) // text and title hold one value each: no array positions
		}
		if !slices.IsSorted(p) {
			slices.Sort(p)
		}
		l.pos, l.cursor = p, 0
	}
	if first < 0 {
		return 1
	}
	n := 0
	for _, start := range s.legs[first].pos {
		all := true
		for _, i := range s.order {
			l := &s.legs[i] // positions only grow: its cursor never goes back
			if i == first || l.anywhere {
				continue
			}
			for l.cursor < len(l.pos) && l.pos[l.cursor] < start {
				l.cursor++
			}
			if all = l.cursor < len(l.pos) && l.pos[l.cursor] == start; !all {
				break
			}
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

// Close implements search.Searcher: the snapshot's reader holds the
// segments.
func (s *phraseSearcher) Close() error { return nil }

// Weight implements search.Searcher: the square of boost × idf, as for a
// term.
func (s *phraseSearcher) Weight() float64 { w := s.boost * s.idf; return w * w }

// SetQueryNorm implements search.Searcher.
func (s *phraseSearcher) SetQueryNorm(qnorm float64) { s.weight = s.boost * s.idf * qnorm }

// Count implements search.Searcher: at most the rarest term's documents.
func (s *phraseSearcher) Count() uint64 { return slices.Min(s.count) }

// Min implements search.Searcher.
func (s *phraseSearcher) Min() int { return 0 }

// Size implements search.Searcher.
func (s *phraseSearcher) Size() int { return 64 * (1 + len(s.terms)) }

// DocumentMatchPoolSize implements search.Searcher.
func (s *phraseSearcher) DocumentMatchPoolSize() int { return 1 }

var _ search.Searcher = (*phraseSearcher)(nil)
