package index

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhenggai/zhenggai/internal/seg"
)

// maxFragments is the most fragments shown per hit.
const maxFragments = 3

// markTerms returns the texts a query looks for in the text: the words and
// phrases of its positive clauses (not those under NOT / -, nor numeric or
// keyword fields). Fragments mark where these occur literally, so 整改
// marks the 整改 inside 巡视整改, which is how the index found it.
func markTerms(q bquery.Query) []string {
	var out []string
	var walk func(q bquery.Query)
	textField := func(f string) bool { return f == "" || f == FieldText || f == FieldTitle }
	walk = func(q bquery.Query) {
		switch t := q.(type) {
		case *bquery.MatchQuery:
			if textField(t.Field()) {
				// A match query finds any of its words: mark the whole
				// text where it occurs and each word of it elsewhere.
				for _, f := range strings.Fields(t.Match) {
					out = append(out, f)
					for _, w := range seg.Cut(f) {
						if utf8.RuneCountInString(w) > 1 { // 的, 和 would mark noise
							out = append(out, w)
						}
					}
				}
			}
		case *bquery.MatchPhraseQuery:
			if textField(t.Field()) {
				out = append(out, strings.Join(strings.Fields(t.MatchPhrase), ""))
			}
		case *bquery.TermQuery:
			if textField(t.Field()) {
				out = append(out, t.Term)
			}
		case *bquery.PrefixQuery:
			if textField(t.Field()) {
				out = append(out, t.Prefix)
			}
		case *bquery.BooleanQuery:
			for _, c := range []bquery.Query{t.Must, t.Should, t.Filter} {
				if c != nil {
					walk(c)
				}
			}
		case *bquery.ConjunctionQuery:
			for _, c := range t.Conjuncts {
				walk(c)
			}
		case *bquery.DisjunctionQuery:
			for _, c := range t.Disjuncts {
				walk(c)
			}
		}
	}
	if q != nil {
		walk(q)
	}
	// Longest first, so that a phrase wins over the words inside it.
	seen := map[string]bool{}
	terms := out[:0]
	for _, t := range out {
		if t = strings.TrimSpace(t); t != "" && !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	sort.SliceStable(terms, func(i, j int) bool { return len(terms[i]) > len(terms[j]) })
	return terms
}

type span struct{ start, end, term int } // rune offsets, index into terms

// fragmentsOf cuts up to maxFragments passages of about FragmentRunes
// characters out of text, chosen to show as many different terms as
// possible, with every occurrence of a term wrapped in <mark>…</mark> and
// the rest HTML-escaped. A passage that does not start or end the text is
// marked with "…". With no term found, there are no fragments.
//
// This replaces bleve's highlighter, which walked every term location of
// every hit (hundreds of milliseconds for common words over long reports);
// finding the terms in the stored text costs microseconds.
func fragmentsOf(text string, terms []string) []string {
	rs, spans := findSpans(text, terms)
	if len(spans) == 0 {
		return nil
	}
	// Candidate windows start a little before each match; the best are
	// those that show the most different terms, then the most matches.
	type window struct{ lo, hi, distinct, n int }
	var wins []window
	for _, s := range spans {
		lo := max(s.start-FragmentRunes/5, 0)
		hi := min(lo+FragmentRunes, len(rs))
		lo = max(hi-FragmentRunes, 0)
		w := window{lo: lo, hi: hi}
		got := map[int]bool{}
		for _, t := range spans {
			if t.start >= lo && t.end <= hi {
				got[t.term] = true
				w.n++
			}
		}
		w.distinct = len(got)
		wins = append(wins, w)
	}
	sort.SliceStable(wins, func(a, b int) bool {
		if wins[a].distinct != wins[b].distinct {
			return wins[a].distinct > wins[b].distinct
		}
		return wins[a].n > wins[b].n
	})
	var chosen []window
	for _, w := range wins {
		overlaps := false
		for _, c := range chosen {
			if w.lo < c.hi && c.lo < w.hi {
				overlaps = true
				break
			}
		}
		if !overlaps {
			chosen = append(chosen, w)
			if len(chosen) == maxFragments {
				break
			}
		}
	}
	sort.Slice(chosen, func(a, b int) bool { return chosen[a].lo < chosen[b].lo })
	out := make([]string, 0, len(chosen))
	for _, w := range chosen {
		out = append(out, strings.ReplaceAll(markWindow(rs, spans, w.lo, w.hi), "\n", " "))
	}
	return out
}

// findSpans returns the characters of text and where each term occurs in
// them, sorted by start (the longer first at one start).
func findSpans(text string, terms []string) ([]rune, []span) {
	if len(terms) == 0 || text == "" {
		return nil, nil
	}
	rs := []rune(text)
	// Case is ignored (Latin words) where lower-casing keeps the character
	// count, so that rune offsets in lower are offsets in text. Terms
	// without a cased letter (Chinese, figures) are found in the text as
	// it is: lower-casing a report took as long as finding them.
	lower := text
	if slices.ContainsFunc(terms, func(t string) bool { return strings.ContainsFunc(t, isCased) }) {
		lower = strings.ToLower(text)
		if utf8.RuneCountInString(lower) != len(rs) {
			lower = text
		}
	}
	var spans []span
	for ti, t := range terms {
		tl := strings.ToLower(t)
		n := utf8.RuneCountInString(tl)
		if n == 0 {
			continue
		}
		at, cp := 0, 0 // byte and rune offset searched from
		for {
			j := strings.Index(lower[at:], tl)
			if j < 0 {
				break
			}
			start := cp + utf8.RuneCountInString(lower[at:at+j])
			spans = append(spans, span{start, start + n, ti})
			at += j + len(tl)
			cp = start + n
		}
	}
	sort.Slice(spans, func(a, b int) bool {
		if spans[a].start != spans[b].start {
			return spans[a].start < spans[b].start
		}
		return spans[a].end > spans[b].end
	})
	return rs, spans
}

// isCased reports whether r has another case.
func isCased(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.ToLower(r) != r || unicode.ToUpper(r) != r
}

// markWindow writes rs[lo:hi] escaped, with the spans inside it marked
// (overlapping spans merged into one mark), and "…" where it cuts the text.
func markWindow(rs []rune, spans []span, lo, hi int) string {
	b, _ := markRange(rs, spans, lo, hi)
	if lo > 0 {
		b = "…" + b
	}
	if hi < len(rs) {
		b += "…"
	}
	return b
}

// markRange writes rs[lo:hi] escaped, with the spans inside it marked
// (overlapping or adjacent spans merged into one mark), and returns the
// number of marks.
func markRange(rs []rune, spans []span, lo, hi int) (string, int) {
	var b strings.Builder
	marks := 0
	pos := lo
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.start < pos || s.end > hi {
			continue
		}
		end := s.end
		for i+1 < len(spans) && spans[i+1].start <= end { // overlapping or adjacent: one mark
			i++
			end = max(end, min(spans[i].end, hi))
		}
		b.WriteString(html.EscapeString(string(rs[pos:s.start])))
		marks++
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(string(rs[s.start:end])))
		b.WriteString("</mark>")
		pos = end
	}
	b.WriteString(html.EscapeString(string(rs[pos:hi])))
	return b.String(), marks
}

// storedText joins the values of a stored multi-valued text field.
func storedText(v interface{}) string {
	switch t := v.(type) {
	case string:
		return t
	case []interface{}:
		parts := make([]string, 0, len(t))
		for _, p := range t {
			if s, ok := p.(string); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "\n")
	}
	return ""
}
