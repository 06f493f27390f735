package index

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhenggai/zhenggai/parse"
	"github.com/zhenggai/zhenggai/verify"
)

// Copy detection parameters.
const (
	// MinCopyRunes is the length, in characters, from which a paragraph is
	// compared with the paragraphs of other reports.
	MinCopyRunes = 40
	// CopyThreshold is the ratio (see Ratio) from which two paragraphs are
	// reported as copies.
	CopyThreshold = 0.8

	// The MinHash signature has lshBands × lshRows values. Two paragraphs
	// whose bigram sets have Jaccard similarity J share at least one band
	// with probability 1-(1-J^rows)^bands: 0.99 at J = 0.6, 0.94 at 0.5,
	// 0.87 at 0.42, 0.1 at 0.1. Paragraphs at ratio 0.8 (a fifth of the
	// characters changed, in a few places) have J ≈ 0.5. Few bands keep the
	// index small: each band of each long paragraph is a distinct term.
	lshBands = 10
	lshRows  = 2
	// copyCandidates is how many documents are checked for each paragraph:
	// those that share the most bands with it.
	copyCandidates = 8
)

// copyCandidate tells whether a paragraph is long enough to be compared.
func copyCandidate(s string) bool { return utf8.RuneCountInString(s) >= MinCopyRunes }

// copyParagraphs are the paragraphs of doc that are compared with other
// reports: those of running text (not table rows) of at least MinCopyRunes
// characters. The index holds the band terms of these, and Copied looks
// up these.
func copyParagraphs(doc *parse.Document) []parse.Paragraph {
	var out []parse.Paragraph
	for _, p := range doc.Paragraphs {
		if p.Table == 0 && copyCandidate(p.Text) {
			out = append(out, p)
		}
	}
	return out
}

// shingles are the hashed character bigrams of s, letters and digits only
// (punctuation and spaces are left out, so that a changed comma does not
// count).
func shingles(s string) []uint64 {
	out := make([]uint64, 0, len(s)/3) // most characters are Chinese: 3 bytes
	prev := rune(-1)
	for _, r := range s {
		// Common Chinese characters are letters; the tables decide the rest.
		if (r < 0x4E00 || r > 0x9FFF) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if prev >= 0 {
			out = append(out, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	return out
}

// mix is the SplitMix64 finaliser: a fast, well-spread 64-bit hash.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// minhash returns the MinHash signature of a set of shingles: for each of
// lshBands×lshRows hash functions, the least hash over the set. The hashes
// are 32 bits wide, the two halves of one 64-bit hash each: half as many
// hashes to compute, and two different shingles still tie for a value only
// once in four billion.
func minhash(sh []uint64) []uint32 {
	const n = lshBands * lshRows
	var sig [n]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, s := range sh {
		h := mix(s)
		for i := 0; i < n; i += 2 {
			// h_i(x) = mix(h(x) + seed_i): independent enough for MinHash.
			v := mix(h + uint64(i)*0x632be59bd9b4e019)
			sig[i] = min(sig[i], uint32(v))
			sig[i+1] = min(sig[i+1], uint32(v>>32))
		}
	}
	return sig[:]
}

// bandTerms returns the LSH band terms of a paragraph: one per band, the
// band's letter and 36 bits of a hash of its rows, as 7 characters.
func bandTerms(s string) []string {
	sh := shingles(s)
	if len(sh) == 0 {
		return nil
	}
	sig := minhash(sh)
	out := make([]string, lshBands)
	var buf [8]byte
	for b := 0; b < lshBands; b++ {
		h := uint64(b)
		for r := 0; r < lshRows; r++ {
			h = mix(h ^ uint64(sig[b*lshRows+r]))
		}
		binary.BigEndian.PutUint64(buf[:], h)
		out[b] = string(rune('a'+b)) + base64.RawURLEncoding.EncodeToString(buf[:6])[:6]
	}
	return out
}

// Copied implements verify.Index: for each paragraph of doc of at least
// MinCopyRunes characters (table rows left out), the most similar paragraph
// of another document in the index, when their Ratio is at least
// CopyThreshold. Documents with the same text as doc (the same file, even
// under another name) and ledgers and minutes are not compared. Matches come
// in the order of doc's paragraphs.
func (x *Index) Copied(ctx context.Context, doc *parse.Document) ([]verify.CopyMatch, error) {
	self := textHash(doc)
	selfKey := ""
	if k, err := Key(doc.File); err == nil {
		selfKey = k
	}
	type cand struct {
		file string
		text []string
		// bands are the lines of text that may be copies, by each of
		// their band terms: a paragraph is compared only with the lines
		// that share a band with it, not with every line of the
		// candidate (two reports of 20,000 items each were 400 million
		// comparisons).
		bands map[string][]int
	}
	cache := map[string]*cand{} // key → its paragraphs
	// The document itself (by path or by text) is left out by the query,
	// so that its copies do not take the candidates' places. Only reports
	// and other documents have band terms (buildRecord): ledgers and
	// minutes are never candidates.
	var not []bquery.Query
	for f, v := range map[string]string{FieldTextHash: self, FieldPath: selfKey} {
		if v != "" {
			t := bquery.NewTermQuery(v)
			t.SetField(f)
			not = append(not, t)
		}
	}
	var out []verify.CopyMatch
	paras := copyParagraphs(doc)
	if len(paras) > MaxCopyParagraphs {
		return nil, fmt.Errorf("%w（%d 段，上限 %d 段）", verify.ErrCopyBound, len(paras), MaxCopyParagraphs)
	}
	for _, p := range paras {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		terms := bandTerms(p.Text)
		if len(terms) == 0 {
			continue
		}
		qs := make([]bquery.Query, len(terms))
		for i, t := range terms {
			q := bquery.NewTermQuery(t)
			q.SetField(FieldLSH)
			qs[i] = q
		}
		q := bquery.NewBooleanQuery([]bquery.Query{bquery.NewDisjunctionQuery(qs)}, nil, not)
		req := bleve.NewSearchRequestOptions(q, copyCandidates, 0, false)
		res, err := x.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		best := verify.CopyMatch{}
		pn := utf8.RuneCountInString(p.Text)
		for _, h := range res.Hits {
			c, ok := cache[h.ID]
			if !ok {
				d, err := x.getKey(h.ID)
				if err != nil {
					return nil, err
				}
				if d == nil {
					continue // deleted since the search
				}
				c = &cand{file: d.File, bands: map[string][]int{}}
				for _, page := range d.Text {
					c.text = append(c.text, strings.Split(page, "\n")...)
				}
				for i, t := range c.text {
					if copyCandidate(t) {
						for _, b := range bandTerms(t) {
							c.bands[b] = append(c.bands[b], i)
						}
					}
				}
				cache[h.ID] = c
			}
			for _, i := range sharingLines(terms, c.bands) {
				t := c.text[i]
				if RealQuickRatio(pn, utf8.RuneCountInString(t)) < CopyThreshold || QuickRatio(p.Text, t) < CopyThreshold {
					continue
				}
				if r := Ratio(p.Text, t); r >= CopyThreshold && r > best.Similarity {
					best = verify.CopyMatch{Paragraph: p, SourceFile: c.file, SourceText: t, Similarity: r}
				}
			}
		}
		if best.Similarity > 0 {
			out = append(out, best)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Paragraph.Pos, out[j].Paragraph.Pos
		if a.Page != b.Page {
			return a.Page < b.Page
		}
		return a.Start < b.Start
	})
	return out, nil
}

// MaxCopyParagraphs bounds the paragraphs of a report Copied compares:
// each is a search of the index (some 4 ms at 10,000 reports), and a
// report holds a few hundred; a document of 20,000 took minutes.
const MaxCopyParagraphs = 3000

// maxSharingLines bounds the lines of one candidate a paragraph is compared
// with: those that share the most bands with it (the likeliest copies).
const maxSharingLines = 64

// sharingLines returns the lines (indexes into a candidate's text) that
// share at least one of terms in bands, those sharing the most first, at
// most maxSharingLines of them.
func sharingLines(terms []string, bands map[string][]int) []int {
	shared := map[int]int{}
	for _, t := range terms {
		for _, i := range bands[t] {
			shared[i]++
		}
	}
	out := make([]int, 0, len(shared))
	for i := range shared {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool {
		if shared[out[a]] != shared[out[b]] {
			return shared[out[a]] > shared[out[b]]
		}
		return out[a] < out[b]
	})
	if len(out) > maxSharingLines {
		out = out[:maxSharingLines]
	}
	return out
}
