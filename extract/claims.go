package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// Claims returns every figure the document states about rectification, in
// document order: counts of problems, meetings, rules, people held
// accountable, clues and money, in running text and in tables. Ledgers
// (spreadsheets) state no claims; ReadLedger reads them.
func Claims(doc *parse.Document) []Claim {
	if doc.Format == parse.FormatXLSX || doc.Format == parse.FormatCSV {
		return nil
	}
	x := &extractor{doc: doc}
	for i, p := range doc.Paragraphs {
		if p.Table != 0 {
			continue
		}
		x.paragraph(i, p)
	}
	x.tables()
	sortClaims(x.claims)
	return x.claims
}

type extractor struct {
	doc    *parse.Document
	claims []Claim
}

// sentence is a stretch of a paragraph ending at 。！？；, in runes.
type sentence struct {
	text  []rune // Simplified, for matching
	orig  []rune // as written, for quoting
	start int    // offset of the sentence in the page text
}

func splitSentences(p parse.Paragraph) []sentence {
	orig := []rune(p.Text)
	simp := []rune(Simplify(p.Text))
	var out []sentence
	s := 0
	for i, r := range simp {
		if r == '。' || r == '！' || r == '？' || r == '；' || r == ';' || r == '!' || r == '?' {
			out = append(out, sentence{text: simp[s : i+1], orig: orig[s : i+1], start: p.Start + s})
			s = i + 1
		}
	}
	if s < len(simp) {
		out = append(out, sentence{text: simp[s:], orig: orig[s:], start: p.Start + s})
	}
	return out
}

// figure is a number found in a sentence with the text around it.
type figure struct {
	n        Number
	unit     string
	unitEnd  int    // rune offset just past the measure word
	pre      string // text from the previous figure or clause break up to the number
	post     string // text after the measure word up to the next figure or break
	clause   string // the clause (between ，；：) holding the number
	lead     string // the clause up to the number
	afterQiz bool   // the clause starts with 其中 (or the sentence has 其中 before the figure)
	chained  bool   // pre runs back to the previous figure (4个方面14项28个问题)
	preLo    int    // where pre starts
	postHi   int    // where post ends
	// toks are the sentence's words with their parts of speech, shared by
	// the figures of one sentence: the sentence is segmented once.
	toks []seg.Token
}

// tokensIn returns the tokens lying wholly within [lo, hi).
func tokensIn(toks []seg.Token, lo, hi int) []seg.Token {
	i := 0
	for i < len(toks) && toks[i].Start < lo {
		i++
	}
	j := i
	for j < len(toks) && toks[j].End <= hi {
		j++
	}
	return toks[i:j]
}

// countUnits are the measure words of figures that can be claims.
var countUnits = map[string]bool{
	"个": true, "项": true, "次": true, "人": true, "名": true, "件": true, "条": true, "家": true,
	"场": true, "元": true, "%": true, "起": true, "人次": true, "位": true, "期": true, "批": true,
	"笔": true, "户": true, "处": true, "轮": true, "部": true,
}

func (x *extractor) paragraph(idx int, p parse.Paragraph) {
	var topic *Claim // the last claim of the paragraph: its kind carries over
	for _, s := range splitSentences(p) {
		figs := findFigures(s.text)
		total := -1 // index of the claim that 其中-parts belong to
		for k, f := range figs {
			var parent *Claim
			if f.afterQiz && total >= 0 {
				parent = &x.claims[total]
			}
			c, ok := classifyFigure(f, topic, parent)
			if !ok {
				continue
			}
			lo, hi := trimRunes(s.orig)
			c.Text = string(s.orig[lo:hi])
			c.Source = Source{File: x.doc.File, Page: p.Page, Start: s.start + lo, End: s.start + hi}
			c.Figure = parse.Pos{Page: p.Page, Start: s.start + f.n.Start, End: s.start + f.unitEnd}
			c.Paragraph = idx
			c.Of = -1
			c.Action, c.Object = actionObject(figs, k)
			if f.afterQiz && total >= 0 && x.claims[total].Kind == c.Kind {
				c.Of = total
			}
			x.claims = append(x.claims, c)
			if !f.afterQiz {
				total = len(x.claims) - 1
			}
			if c.Kind != KindOther {
				cc := c
				topic = &cc
			}
		}
	}
}

// findFigures finds the figures of a sentence that may be claims: counts and
// percentages with a measure word, with their surrounding text.
func findFigures(rs []rune) []figure {
	nums := FindNumbers(string(rs))
	var figs []figure
	prevEnd := 0
	for _, n := range nums {
		if n.Role != RoleCount && n.Role != RolePercent {
			continue
		}
		unit := n.Unit
		if n.Percent {
			unit = "%"
		}
		if !countUnits[unit] {
			// A figure with no measure word (一, 两) or a unit of time or
			// length is no count claim; it still ends the previous stretch.
			prevEnd = n.End
			continue
		}
		f := figure{n: n, unit: unit, unitEnd: unitEnd(rs, n)}
		lo := n.Start
		for lo > prevEnd && !isBreak(rs[lo-1]) {
			lo--
		}
		f.pre = string(rs[lo:n.Start])
		f.preLo = lo
		f.chained = lo == prevEnd && prevEnd > 0 // right after another number (its measure word at most between)
		cs := n.Start
		for cs > 0 && !isClauseBreak(rs[cs-1]) {
			cs--
		}
		ce := f.unitEnd
		for ce < len(rs) && !isClauseBreak(rs[ce]) {
			ce++
		}
		f.clause = string(rs[cs:ce])
		f.lead = string(rs[cs:n.Start])
		f.afterQiz = strings.Contains(string(rs[:n.Start]), "其中")
		figs = append(figs, f)
		prevEnd = f.unitEnd
	}
	// post: from the measure word to the next figure or break.
	for i := range figs {
		hi := len(rs)
		if i+1 < len(figs) {
			hi = figs[i+1].n.Start
		}
		e := figs[i].unitEnd
		for e < hi && !isBreak(rs[e]) {
			e++
		}
		figs[i].post = string(rs[figs[i].unitEnd:e])
		figs[i].postHi = e
	}
	if len(figs) > 0 {
		toks := seg.Tag(string(rs))
		for i := range figs {
			figs[i].toks = toks
		}
	}
	return figs
}

// unitEnd returns the offset just past a number's approximation infix and
// measure word (30余人, 1.2万元, 3个).
func unitEnd(rs []rune, n Number) int {
	e := n.End
	if n.Percent {
		return e
	}
	for k := 0; k < 2 && e < len(rs) && strings.ContainsRune("余多来几", rs[e]); k++ {
		e++
	}
	if n.Unit != "" {
		u := []rune(n.Unit)
		for k := e; k <= e+2 && k+len(u) <= len(rs); k++ {
			if string(rs[k:k+len(u)]) == n.Unit {
				return k + len(u)
			}
		}
	}
	return e
}

// isBreak ends the stretch of text a figure's words are looked for in.
// Brackets do not: 党委（党组）会议 is one name.
func isBreak(r rune) bool {
	return strings.ContainsRune("，、；：。,;:！？!?", r)
}

func isClauseBreak(r rune) bool {
	return strings.ContainsRune("，；：。,;:！？!?", r)
}

// sortClaims orders claims as they appear: by page, then offset. Table
// claims are found after the text; this puts them in place and keeps the
// Of links pointing at the right totals.
func sortClaims(cs []Claim) {
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		fa, fb := cs[order[a]].Figure, cs[order[b]].Figure
		return fa.Page < fb.Page || fa.Page == fb.Page && fa.Start < fb.Start
	})
	pos := make([]int, len(cs)) // old index → new index
	sorted := make([]Claim, len(cs))
	for newI, oldI := range order {
		pos[oldI] = newI
		sorted[newI] = cs[oldI]
	}
	for i := range sorted {
		if sorted[i].Of >= 0 {
			sorted[i].Of = pos[sorted[i].Of]
		}
	}
	copy(cs, sorted)
}

// trimRunes returns the bounds of rs without leading and trailing white
// space (a sentence after "! " starts with a space).
func trimRunes(rs []rune) (lo, hi int) {
	lo, hi = 0, len(rs)
	for lo < hi && unicode.IsSpace(rs[lo]) {
		lo++
	}
	for hi > lo && unicode.IsSpace(rs[hi-1]) {
		hi--
	}
	return lo, hi
}
