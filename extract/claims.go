package extract

import (
	"context"
	"errors"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
	"github.com/zhenggai/zhenggai/internal/seg"
	"github.com/zhenggai/zhenggai/parse"
)

// Claims returns every figure the document states about rectification, in
// document order: counts of problems, meetings, rules, people held
// accountable, clues and money, in running text and in tables. Ledgers
// (spreadsheets) state no claims; ReadLedger reads them.
//
// A document states at most MaxClaims figures that are read; past that,
// Claims returns the first MaxClaims (ClaimsLimited says so).
func Claims(doc *parse.Document) []Claim { return ClaimsWith(doc, Options{}) }

// MaxClaims is the most claims read from one document. Real reports state
// a few hundred figures; a document made of a paragraph repeated a million
// times would otherwise cost gigabytes (issue 17: 2,000,000 claims, 6.5 GB).
const MaxClaims = 50000

// ErrTooManyClaims is what ClaimsLimited returns, with the claims read so
// far, for a document that states more figures than the bound.
var ErrTooManyClaims = errors.New("文档中的数字过多，只读取了前面的部分")

// ClaimsLimited is ClaimsWith that tells the caller when the document
// stated more figures than Options.MaxClaims (MaxClaims when 0): it then
// returns the first ones, in document order, and ErrTooManyClaims.
func ClaimsLimited(doc *parse.Document, opt Options) ([]Claim, error) {
	return ClaimsContext(context.Background(), doc, opt)
}

// ClaimsContext is ClaimsLimited that stops, returning ctx's error and no
// claims, once ctx is done: a check whose client has left does not go on
// reading a large document's figures (scripts/attack-serve.sh,
// html-render-leaves). It looks at ctx every few hundred paragraphs and
// between its stages.
func ClaimsContext(ctx context.Context, doc *parse.Document, opt Options) ([]Claim, error) {
	cs, cut, err := claimsWith(ctx, doc, opt)
	switch {
	case err != nil:
		return nil, err
	case cut:
		return cs, ErrTooManyClaims
	}
	return cs, nil
}

// ctxEvery is how many paragraphs claimsWith reads between two looks at
// its context.
const ctxEvery = 256

// Options tune ClaimsWith.
type Options struct {
	// NoWords skips the segmentation of the words around each figure, half
	// of the work. The claims' Action and Object are then empty, and a claim
	// of kind other has its measure word for its subtype (what it counts is
	// read from the words). Everything else is as Claims gives it: kinds,
	// the subtypes of the other kinds, values, scopes, Of, text and
	// positions. The index, which keeps only values by kind and subtype,
	// extracts this way.
	NoWords bool
	// MaxClaims bounds the claims read (MaxClaims when 0): the figures past
	// it are not read at all.
	MaxClaims int
}

// ClaimsWith is Claims with options. It returns at most Options.MaxClaims
// claims (MaxClaims when 0); ClaimsLimited also says when it stopped.
func ClaimsWith(doc *parse.Document, opt Options) []Claim {
	cs, _, _ := claimsWith(context.Background(), doc, opt)
	return cs
}

// claimsWith is ClaimsWith, whether it stopped at the bound, and ctx's
// error when ctx was done before it finished.
func claimsWith(ctx context.Context, doc *parse.Document, opt Options) ([]Claim, bool, error) {
	if doc.Format.Spreadsheet() {
		return nil, false, nil
	}
	limit := opt.MaxClaims
	if limit <= 0 {
		limit = MaxClaims
	}
	cut := false
	x := &extractor{doc: doc, limit: limit, issuer: UnitFromTitle(doc.Title)}
	// The figures of all the text first, then their words, segmented in
	// one call (see tagBatch), then the claims.
	var batch tagBatch
	var ff figureFinder
	var sp sentenceSplitter
	runes, texts := 0, 0
	for _, p := range doc.Paragraphs {
		if p.Table == 0 {
			runes += runeCount(p.Text)
			texts++
		}
	}
	sp.grow(runes)
	sp.sents = make([]sentence, 0, texts) // a paragraph has a sentence at least
	paras := make([]paraFigures, 0, texts)
	for i, p := range doc.Paragraphs {
		if i%ctxEvery == 0 && ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		if p.Table != 0 {
			continue
		}
		if ff.n > limit {
			cut = true // every figure is a claim: the rest would be cut
			break
		}
		pf := paraFigures{idx: i, p: p, sents: sp.split(p)}
		for k := range pf.sents {
			s := &pf.sents[k]
			s.figs = ff.find(s.text)
			if !opt.NoWords {
				batch.add(s.text, s.figs)
			}
		}
		paras = append(paras, pf)
	}
	if ctx.Err() != nil {
		return nil, false, ctx.Err()
	}
	batch.tag()
	// Every figure of the text is a claim (classifyFigure files the ones
	// it cannot place as other). A document with none still gets nil.
	if ff.n > 0 {
		x.claims = make([]Claim, 0, ff.n)
	}
	for i, pf := range paras {
		if i%ctxEvery == 0 && ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		x.paragraph(pf)
	}
	demotePlaceRuns(x.claims, x.headed)
	x.demoteMeasures()
	x.tables()
	sortClaims(x.claims)
	if len(x.claims) > limit {
		x.claims, cut = x.claims[:limit:limit], true
		for i := range x.claims {
			if x.claims[i].Of >= limit {
				x.claims[i].Of = -1
			}
		}
	}
	return x.claims, cut, nil
}

// severalRounds tells whether the document names more than one round of
// inspection, reading its pages the first time it is asked: few figures
// need to know, and the pages are long.
func (x *extractor) severalRounds() bool {
	if x.rounds == 0 {
		x.rounds = 1
		if namesRounds(x.doc) {
			x.rounds = 2
		}
	}
	return x.rounds == 2
}

// inspectsUnits tells whether the document tells of several units
// inspected together (reUnitsInspected): bodies heading its sentences with
// what was fed back are those units.
func (x *extractor) inspectsUnits() bool {
	if x.unitsInspected == 0 {
		x.unitsInspected = 1
		for _, p := range x.doc.Pages {
			if strings.ContainsAny(p.Text, "巡察視视审计督") && reUnitsInspected.MatchString(Simplify(p.Text)) {
				x.unitsInspected = 2
				break
			}
		}
	}
	return x.unitsInspected == 2
}

// reUnitsInspected tells of several units inspected or audited together
// (对县人民医院、…四个单位开展了巡察; 第七轮被巡察的5个单位).
var reUnitsInspected = regexp.MustCompile(`对[^。；;]{0,60}?[0-9０-９一二三四五六七八九十两]+(个|家|所)[\p{Han}（）()、]{0,8}?(单位|部门|企业|学校|医院|党组织|乡镇|街道|高校|村|社区|公司)[^。；;，,]{0,6}(开展|进行)了?[^。；;，,]{0,6}(巡察|巡视|审计|督察)|被(巡察|巡视|审计|督察)的?[0-9０-９一二三四五六七八九十两]+(个|家|所)(单位|部门|企业|学校|医院|党组织|乡镇|街道|高校)`)

// anyEarlier tells claims of which one is an earlier round's.
func anyEarlier(cs []Claim) bool {
	return slices.ContainsFunc(cs, func(c Claim) bool { return c.Scope == ScopeEarlierRound })
}

// ownTotalBefore tells whether the document has stated a total of problems
// of its own round before the sentence whose claims start at first.
func (x *extractor) ownTotalBefore(first int) bool {
	for _, c := range x.claims[:first] {
		if c.Kind == KindProblems && c.Subtype == SubtypeTotal && c.Scope == "" {
			return true
		}
	}
	return false
}

// namesLaterRound tells whether the document tells of a round of kind ("" any)
// carried out in a year after year (see latestRoundYear), reading its pages
// the first time it is asked.
func (x *extractor) namesLaterRound(year int, kind string) bool {
	if x.roundYears == nil {
		x.roundYears = latestRoundYear(x.doc)
	}
	y, ok := x.roundYears[kind]
	return ok && y > year
}

type extractor struct {
	doc    *parse.Document
	claims []Claim
	figOf  []int // for each claim of the sentence at hand, the index of its figure
	// items is set once a problems claim counts problems (an item noun);
	// measures are the problems claims that count measures, with their
	// figures: measures are the items only when the text counts no
	// problems (see demoteMeasures).
	items    bool
	measures []measureClaim
	// rounds tells, once asked (see severalRounds), whether the document
	// names more than one round of inspection (本轮, 上轮, 第二轮, 回头看 …):
	// only then does a sentence that opens on an earlier year tell an
	// earlier round (see earlierYear). 0 unknown, 1 no, 2 yes.
	rounds int8
	// roundYears are, once asked (see namesLaterRound), by kind of
	// inspection ("" any), the latest year in which the document tells a
	// round was carried out; -1 when none.
	roundYears map[string]int
	// measureUnit is the measure word of the last measures count of the
	// paragraph, while no problems count stands after it.
	measureUnit string
	// itemUnit is the measure word of the last count of problems of the
	// paragraph.
	itemUnit string
	limit    int // the most claims read (Options.MaxClaims)
	// issuer is the unit the document's title names as its writer
	// (UnitFromTitle), "" when it names none: a body named otherwise as a
	// clause's subject tells its own figures (otherBody).
	issuer string
	// lineTopic is the topic the last paragraph ended on when it was a line
	// of a summary box (labelLine), lineIdx its index: the next such line
	// goes on counting it (反馈问题：40个 / 已完成：37个).
	lineTopic *Claim
	lineIdx   int
	// unitsInspected tells, once asked (see inspectsUnits), whether the
	// document tells of several units inspected (对…等4个单位开展了巡察):
	// a round-up of them. 0 unknown, 1 no, 2 yes.
	unitsInspected int8
	// headed are the sentences of the document headed by a place or body
	// (see headOf), numbered through the document from sentNo: a round-up
	// may go on over paragraphs, one a unit (区委第九轮巡察…。\n锦江街道党工委：…).
	headed []headedSentence
	sentNo int
}

// sentence is a stretch of a paragraph ending at 。！？；, in runes.
type sentence struct {
	text  []rune   // Simplified, without pinyin glosses, for matching
	orig  []rune   // as written, for quoting
	start int      // offset of the sentence in the page text
	figs  []figure // its figures, with their words, once found
	// pos maps an offset in text to one in the paragraph's text as written,
	// up to len(text) inclusive, when glosses were taken out; nil when text
	// and orig align.
	pos []int
}

// at returns the offset in orig (and from start in the page text) of
// offset k of text.
func (s *sentence) at(k int) int {
	if s.pos == nil {
		return k
	}
	return s.pos[k] - s.pos[0]
}

// atEnd is at for an end offset (exclusive): just past the rune before k,
// so that a gloss after the last rune is left out (20個(gè) ends at 個).
func (s *sentence) atEnd(k int) int {
	if s.pos == nil || k == 0 {
		return s.at(k)
	}
	return s.at(k-1) + 1
}

func splitSentences(p parse.Paragraph) []sentence {
	var sp sentenceSplitter
	return sp.split(p)
}

// sentenceSplitter splits the paragraphs of a document into sentences. Its
// buffers serve all of them: the runes of every paragraph are decoded one
// after the other into runes, and the sentences appended to sents, so that
// a document costs a few allocations instead of two per paragraph. The
// sentences are slices of the buffers; a buffer that grows leaves the
// slices already given out in the old array, which they keep alive.
type sentenceSplitter struct {
	runes []rune     // the paragraphs as written
	sents []sentence // the sentences of the paragraphs so far
}

// grow makes room for n more runes in runes (the rune count of the
// paragraphs still to split, when the caller knows it).
func (sp *sentenceSplitter) grow(n int) {
	if cap(sp.runes)-len(sp.runes) < n {
		sp.runes = make([]rune, 0, n)
	}
}

// runeCount is the number of runes of s when it is valid UTF-8 (the bytes
// that are no continuation byte), counted eight bytes at a time without
// decoding them: the buffer's size, which a wrong count only makes grow.
func runeCount(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// Bit 7 of each byte: set for 10xxxxxx, a continuation byte.
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// split returns the sentences of p.
func (sp *sentenceSplitter) split(p parse.Paragraph) []sentence {
	// The runes as written, with whether there is anything to convert to
	// Simplified (see simplifyRunes) and whether a pinyin gloss may stand
	// in them (see withoutGlosses): one pass over the text decides both.
	buf := sp.runes
	lo := len(buf)
	trad, paren, colon := false, false, false
	ends := 0 // sentence ends: neither conversion makes or removes one
	for j := 0; j < len(p.Text); {
		r, n := decodeFast(p.Text, j)
		if n == 0 {
			r, n = decodeRune(p.Text, j)
		}
		buf = append(buf, r)
		trad = trad || isTrad(r)
		paren = paren || r == '(' || r == '（'
		colon = colon || r == '：' || r == ':'
		if isSentenceEnd(r) {
			ends++
		}
		j += n
	}
	sp.runes = buf
	orig := buf[lo:len(buf):len(buf)]
	simp := orig
	if trad {
		simp = simplifyRunes(orig)
	}
	if colon {
		simp = labelColons(simp, &orig)
	}
	var pos []int
	if paren || trad {
		if g, gp := withoutGlosses(simp); gp != nil {
			simp, pos = g, gp
		}
	}
	at := func(k int) int {
		if pos == nil {
			return k
		}
		return pos[k]
	}
	if cap(sp.sents)-len(sp.sents) <= ends {
		// A new array for the sentences to come, rather than append's
		// copy of all the sentences so far into one twice as large.
		sp.sents = make([]sentence, 0, max(ends+1, cap(sp.sents)/2, 16))
	}
	first := len(sp.sents)
	add := func(lo, hi int) {
		s := sentence{text: simp[lo:hi], orig: orig[at(lo):at(hi)], start: p.Start + at(lo)}
		if pos != nil {
			s.pos = pos[lo : hi+1]
		}
		sp.sents = append(sp.sents, s)
	}
	s := 0
	for i, r := range simp {
		if isSentenceEnd(r) {
			add(s, i+1)
			s = i + 1
		}
	}
	if s < len(simp) {
		add(s, len(simp))
	}
	if len(sp.sents) == first {
		return nil
	}
	return sp.sents[first:len(sp.sents):len(sp.sents)]
}

// withoutGlosses returns rs without the pinyin glosses that some mirror
// sites put after characters, inside words (辦(bàn)結, 環(huán)境: see
// skipGloss), and for each offset of the result, up to its length
// inclusive, the offset in rs; nil, nil when rs holds none.
func withoutGlosses(rs []rune) ([]rune, []int) {
	var out []rune
	var pos []int
	for i := 0; i < len(rs); {
		if (rs[i] == '(' || rs[i] == '（') && i > 0 && han.IsHan(rs[i-1]) {
			if j := skipGloss(rs, i); j > i {
				if pos == nil {
					out = append(make([]rune, 0, len(rs)), rs[:i]...)
					pos = make([]int, i, len(rs)+1)
					for k := range pos {
						pos[k] = k
					}
				}
				i = j
				continue
			}
		}
		if pos != nil {
			out = append(out, rs[i])
			pos = append(pos, i)
		}
		i++
	}
	if pos == nil {
		return nil, nil
	}
	return out, append(pos, len(rs))
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', ';', '!', '?':
		return true
	}
	return false
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
	chained  bool   // pre runs back to the previous counted number, a figure or not (4个方面14项28个问题, 5类23项)
	// toNext is set when post runs up to the next figure: the words after
	// this one are the next one's words before (问题144个已完成整改16个: the
	// 已完成整改 is the 16's).
	toNext bool
	// first is set when no number stands before this one in its clause.
	first bool
	// prevTopic is set when the claim before this one, in its sentence, is
	// the paragraph's topic (not other).
	prevTopic bool
	// afterDone is set when a count of done problems stands before this
	// figure in its sentence (已完成313项，占…任务的近六成: a share of them).
	afterDone bool
	// afterRest is set when a count of problems in progress or not done
	// stands before this figure in its sentence.
	afterRest bool
	// nothingLeft is set when a total before this figure, in its sentence,
	// was said all done (问题20个，已整改20个): no remainder follows.
	nothingLeft bool
	// prevDone is set when the sentence before, in the paragraph, told a
	// count of done problems.
	prevDone bool
	// postEnd is where post ends, in bytes of clause.
	postEnd int
	// sent is the sentence; tailLo, tailHi bound, in it, the next clause of the sentence when
	// this figure is the last before it and it holds no figure (2021年移交的
	// 9个问题，正在抓紧制定整改方案): the words that may tell the figure's
	// status (see tail).
	tailLo, tailHi int
	sent           []rune
	preLo          int // where pre starts
	clauseLo       int // where clause starts
	postHi         int // where post ends
	nextLo         int // where the next figure of the sentence starts (len(sent) for the last)
	// toks are the sentence's words with their parts of speech, shared by
	// the figures of one sentence: the part of it tagSpan gives is
	// segmented once (by tagBatch), which is all that preTokens and
	// postTokens read.
	toks []seg.Token
	// before is the sentence up to the number, a slice of one string
	// made once for the sentence's figures (see sentenceBefore).
	before string
	// prevSent is the sentence before this one in the paragraph, nil for
	// the first.
	prevSent []rune
	// itemUnit is the measure word of the paragraph's last count of
	// problems before this figure's sentence, "" for none
	// (lastProblemsUnit).
	itemUnit string
}

// sentenceBefore returns the sentence up to the figure: where a figure
// that names no noun finds its subject (为处理群众投诉的环境问题，…目前累计完成
// 3230件).
func (f figure) sentenceBefore() string { return f.before }

// tail returns the next clause of the sentence, when it holds no figure
// and this figure is the last before it; "" otherwise.
func (f figure) tail() string {
	if f.tailHi <= f.tailLo {
		return ""
	}
	return string(f.sent[f.tailLo:f.tailHi])
}

// clausesAfter returns up to n clauses of the sentence after the figure's
// post stretch (split at ，；。), each without its leading mark: where the
// words that tell a figure's state or verb from further on stand (…，局党组
// 已组织逐项整改，截至6月30日已全部整改完成; 把…押金8.4万元，全部退还给…).
func (f figure) clausesAfter(n int) []string {
	rest := f.sent[min(f.postHi, len(f.sent)):]
	var out []string
	for len(out) < n && len(rest) > 0 {
		end := len(rest)
		for i, r := range rest {
			if i > 0 && strings.ContainsRune("，,；;。", r) && !digitGroup(rest, i) {
				end = i // not the comma of 1,085.6万元
				break
			}
		}
		out = append(out, strings.TrimLeft(string(rest[:end]), "，,；; "))
		rest = rest[end:]
	}
	return out
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
	"笔": true, "户": true, "处": true, "轮": true, "部": true, "宗": true, "场次": true, "例": true,
	// Things a campaign counts (tallyChains): vehicles, rooms, buildings,
	// (份 and 套 count documents and sets of rules: 下达整改通知书12份, 一套机制).
	"辆": true, "间": true, "栋": true,
	// Kinds of a thing: rules only (作业规定3种, 修正规章2种 — Taiwan's
	// measure of rules); any other count of kinds is other (classifyFigure).
	"种": true,
}

// paraFigures is a paragraph of running text with its sentences and the
// figures of each.
type paraFigures struct {
	idx   int // in Document.Paragraphs
	p     parse.Paragraph
	sents []sentence // with their figures
}

func (x *extractor) paragraph(pf paraFigures) {
	idx, p := pf.idx, pf.p
	x.measureUnit, x.itemUnit = "", ""
	var topic *Claim     // the last claim of the paragraph: its kind carries over
	var topicClaim Claim // what topic points at, once set
	line := labelLine(pf)
	if line && x.lineTopic != nil && x.lineIdx == idx-1 && labelOfState(pf) {
		topicClaim = *x.lineTopic // 已完成：37个 after 反馈问题：40个
		topic = &topicClaim
	}
	defer func() {
		x.lineTopic = nil
		if line && topic != nil {
			t := *topic
			x.lineTopic, x.lineIdx = &t, idx
		}
	}()
	var headed []headedSentence               // sentences headed by a place (rare: nil mostly)
	link := sentenceLink{last: -1, carry: -1} // what a sentence hands on to the next
	colonCarry := -1                          // a money breakdown after a colon going on after a semicolon
	for si, s := range pf.sents {
		figs := s.figs
		// total is the index of the claim that 其中-parts belong to;
		// crossTotal tells it is the last count of the sentence before, which
		// this one opens on 其中; carried that a 其中 goes on after a
		// semicolon.
		total, crossTotal, carried := link.open(x.claims, s.text, figs)
		text, lo, hi := "", 0, 0 // the sentence as quoted, made at its first claim
		first := len(x.claims)
		x.figOf = x.figOf[:0]
		afterDone := false                        // a count of done problems stands before, in this sentence
		allDoneSent := false                      // …问题20个，已整改20个: its total all done, nothing left
		afterRest := false                        // a count of problems in progress or not done stands before, in this sentence
		parts := sentenceParts{clause: -1}        // the parts read so far in the sentence
		otherFrom := unitSubjectEnd(s.text, figs) // figures past it are about another unit
		roundFrom := roundOverEnd(s.text, figs)   // figures past it are summed over the units inspected
		unitsFrom := len(s.text) + 1              // figures from it are summed over units (各社区共…)
		earlierTotal := -1.0                      // an earlier round's total whose parts may follow in this sentence, or -1
		earlierState := -1                        // the index of an earlier round's count in one state heading this sentence, or -1
		restWhole, restLeft := -1, 0.0            // a count not yet done that opens its shares (其余9个中，…), and what of it is not told yet
		var restShares []restShare                // the shares read so far, to be undone if one does not fit
		// The last amount not a part, in this sentence; the amount a colon
		// after it breaks down, in this sentence or carried from the one
		// before through a semicolon.
		lastMoney, colonWhole := -1, colonCarry
		colonCarry = -1
		itemUnit := x.lastProblemsUnit(idx, first) // the same for every figure of the sentence
		for k, f := range figs {
			var parent *Claim
			if f.afterQiz && total >= 0 {
				parent = &x.claims[total]
			}
			if k > 0 && f.unit == "元" && colonWhole < 0 && lastMoney >= first && slices.ContainsFunc(s.text[figs[k-1].unitEnd:f.n.Start], isColon) {
				// 已整改金额1386.4万元：追回…312.6万元；督促…补缴…689.3万元: a
				// colon after an amount opens its breakdown.
				colonWhole = lastMoney
			}
			if colonWhole >= 0 && reBreakdownEnds.MatchString(f.lead) {
				// …其中：资金闲置1200万元，违规拨付800万元；截至目前已整改1900万元:
				// a clause that opens on a state, a time or a new whole ends
				// the breakdown.
				colonWhole = -1
			}
			inColonList := colonWhole >= 0 && f.unit == "元" && !inBracketRunes(s.text[:f.n.Start])
			if parent == nil && inColonList {
				parent = &x.claims[colonWhole]
			}
			if len(x.claims) > first && strings.Contains(f.pre, "其中") {
				// 其中 in the figure's own words (对其中200个问题实施督办):
				// the whole is the figure just before.
				parent = &x.claims[len(x.claims)-1]
			}
			// The figure before, in this sentence, was the topic's: a list
			// (免去8位A和10位B) may share its words.
			f.prevTopic = len(x.claims) > first && x.claims[len(x.claims)-1].Kind != KindOther
			if si > 0 {
				f.prevSent = pf.sents[si-1].text
			}
			f.afterDone = afterDone
			f.nothingLeft = allDoneSent
			f.afterRest = afterRest
			f.prevDone = link.done
			f.itemUnit = itemUnit
			c, ok := classifyFigure(f, topic, parent)
			if !ok {
				continue
			}
			if len(x.claims) > first {
				sumOfList(f, &c, x.claims[len(x.claims)-1])
			}
			if c.Kind == KindProblems && c.Subtype.IsState() && x.restatedPart(f, c, idx, first) {
				// 其中重大隐患2项…。…2项重大隐患均已完成整改: the part
				// told again with its state, no further count of the whole.
				c = claimOther(c, f)
			}
			if c.Kind != KindOther && (f.n.Start >= otherFrom || strings.ContainsAny(f.lead, "通汇介") && otherUnitTells(f.lead) || coInspected(f.lead) || otherBody(f.lead, x.issuer) || otherBodyHeads(f, x.issuer) || qizNamedUnit(f, x.issuer) || namedRate(f, x.issuer)) ||
				c.Kind == KindProblems && c.Subtype == SubtypeTotal && largerBefore(s.text[f.postHi:]) {
				c.Scope = ScopeOtherUnits
			}
			if c.Kind != KindOther && (unitsSum(f.lead, s.text) || areaAboveIssuer(f.lead, x.issuer)) {
				unitsFrom = min(unitsFrom, f.n.Start)
			}
			if c.Kind != KindOther && c.Scope == "" && (f.n.Start >= roundFrom || f.n.Start >= unitsFrom) && !selfNamed(f.lead) {
				c.Scope = ScopeAggregate
			}
			if c.Kind == KindProblems && c.Subtype.IsState() && c.Scope == "" && x.statesCarried(first) && x.lastProblemsAggregate(idx) && bareState(f) {
				// 两轮巡察共对8家子公司开展巡察，发现问题212个。目前，已整改完成
				// 173个: the states after a sum over the units, with no
				// subject or noun of their own, are the sum's.
				c.Scope = ScopeAggregate
			}
			var prev *Claim // the claim before, in this sentence
			if len(x.claims) > first {
				prev = &x.claims[len(x.claims)-1]
			}
			if parts.read(f, c, parent, prev, topic, s.text) || (parent == nil || crossTotal) && x.subsetBefore(f, c, idx, first) {
				c = claimOther(c, f)
			}
			ofEarlier := -1
			if c.Kind != KindOther {
				// 2021年巡察反馈的17个问题中，已整改15个，正在整改1个: an
				// earlier round's total, and the states of its problems after
				// it in the sentence — none larger than it, none of another
				// kind, none opening this round's set.
				switch {
				case earlierRound(f) || earlierYear(f, x.doc.Date, x.severalRounds, x.namesLaterRound) || strings.ContainsAny(f.lead, "当彼") && reThatTime.MatchString(f.lead) && (anyEarlier(x.claims[first:]) || earlierNamedBefore(f)) ||
					strings.Contains(f.lead, "年") && reEarlierYearsRound.MatchString(f.lead) && x.ownTotalBefore(first):
					c.Scope, earlierTotal = ScopeEarlierRound, -1
					if c.Kind == KindProblems && c.Subtype == SubtypeTotal && !f.afterQiz {
						earlierTotal = c.Value // not 其中上轮…的3个, a part of this round's
					}
					if c.Kind == KindProblems && c.Subtype.IsState() && !f.afterQiz {
						// 上轮巡视反馈还未完成的11个问题中，已完成整改5个: the
						// counts after a count of the earlier round's in one
						// state are its parts, rectified now (see below).
						earlierState = len(x.claims)
					}
				case earlierTotal >= 0 && c.Kind == KindProblems && (c.Subtype.IsState() && c.Value <= earlierTotal || c.Subtype == SubtypeRate) && !newRoundSet(f):
					c.Scope = ScopeEarlierRound
				case earlierState >= 0 && c.Kind == KindProblems && c.Subtype.IsState() && c.Value <= x.claims[earlierState].Value && !newRoundSet(f):
					// Parts of it, told as this report's own work.
					ofEarlier = earlierState
				default:
					earlierTotal, earlierState = -1, -1 // 本轮巡察反馈问题8个…: this round's own set from here
				}
			}
			if text == "" {
				lo, hi = trimRunes(s.orig)
				text = string(s.orig[lo:hi])
			}
			c.Text = text
			c.Source = Source{File: x.doc.File, Page: p.Page, Start: s.start + lo, End: s.start + hi}
			c.Figure = parse.Pos{Page: p.Page, Start: s.start + s.at(f.n.Start), End: s.start + s.atEnd(f.unitEnd)}
			c.Paragraph = idx
			c.Of = ofEarlier
			if len(x.claims) > first && c.Kind == KindProblems && reWholeOf.MatchString(f.pre) && x.claims[len(x.claims)-1].Kind == KindProblems {
				// 已整改到位的31个问题中的4个仍需长期坚持: a part of the whole
				// before it, not one more count beside it.
				c.Of = len(x.claims) - 1
			}
			if restWhole >= 0 && has(f.lead, newSetWords) {
				restWhole, restShares = -1, nil // 同步自查发现问题2个: a set of its own, no share of the rest
			}
			if restWhole >= 0 && c.Of < 0 && c.Kind == KindProblems && c.Subtype != SubtypeRate && !f.afterQiz &&
				PieceMeasure(c.Unit) == PieceMeasure(x.claims[restWhole].Unit) {
				if c.Value > restLeft {
					// 其余6个问题中，正在推进4个、需长期坚持4个: shares that do
					// not fit are no breakdown of it; none is.
					for _, r := range restShares {
						x.claims[r.at].Of, x.claims[r.at].Subtype = -1, r.was
					}
					restWhole, restShares = -1, nil
				} else {
					// 其余9个中有6个为…中长期任务，3个为…: shares of the
					// rest, in its state unless their own words tell one.
					restShares = append(restShares, restShare{len(x.claims), c.Subtype})
					c.Of, restLeft = restWhole, restLeft-c.Value
					if c.Subtype == SubtypeTotal {
						c.Subtype = x.claims[restWhole].Subtype
					}
				}
			}
			c.Action, c.Object = actionObject(figs, k) // "" without words (Options.NoWords)
			if f.afterQiz && total >= 0 && x.claims[total].Kind == c.Kind && (partOf(x.claims[total], c) || inBracketRunes(s.text[:f.n.Start])) {
				c.Of = total
			}
			if n := len(x.claims); f.afterQiz && n > first && n-1 != total && x.claims[n-1].Kind == c.Kind && c.Kind == KindMoney && qizBracketed(s.text, f.n.Start) {
				// 其中：通过收回…整改31.26亿元（其中收回存量资金12.08亿元）: a
				// 其中 in brackets splits the amount right before them.
				c.Of = n - 1
			}
			if c.Of < 0 && inColonList && c.Kind == KindMoney {
				c.Of = colonWhole
			}
			if (c.Of < 0 || x.claims[c.Of].Subtype == SubtypeRate) && f.afterQiz && c.Kind == KindProblems && c.Subtype == SubtypeInProgress && reLastingPart.MatchString(f.pre) {
				// 已整改完成20个，…。其中，需要长期坚持的3个问题已建立长效
				// 机制: those kept under lasting work are among the done.
				c.Of = x.lastDone(idx)
			}
			x.claims = append(x.claims, c)
			x.figOf = append(x.figOf, k)
			if c.Kind == KindMoney && c.Of < 0 && colonWhole < 0 {
				lastMoney = len(x.claims) - 1
			}
			if c.Of >= 0 {
				widenParent(&x.claims[c.Of], c)
			}
			afterDone = afterDone || c.Kind == KindProblems && c.Subtype == SubtypeDone
			if c.Kind == KindProblems && c.Subtype == SubtypeDone && c.Of < 0 {
				for j := len(x.claims) - 2; j >= first; j-- {
					if t := x.claims[j]; t.Kind == KindProblems && t.Subtype == SubtypeTotal && t.Of < 0 {
						allDoneSent = allDoneSent || t.Value == c.Value && t.Unit == c.Unit
						break
					}
				}
			}
			afterRest = afterRest || c.Kind == KindProblems && notYetDone(c.Subtype)
			if c.Kind == KindProblems && notYetDone(c.Subtype) && c.Of < 0 && reRestOpens.MatchString(f.post) {
				restWhole, restLeft, restShares = len(x.claims)-1, c.Value, nil
			}
			if !f.afterQiz {
				total = len(x.claims) - 1
			}
			for _, d := range moreKinds(f, c) {
				// 召开局党组会议、整改推进会各两次: the work meetings too.
				x.claims = append(x.claims, d)
				x.figOf = append(x.figOf, k)
			}
			if c.Kind != KindOther {
				topicClaim = c
				topic = &topicClaim
			}
			if sub, ok := allDone(f, c); ok {
				d := c
				d.Subtype = sub
				x.claims = append(x.claims, d)
				x.figOf = append(x.figOf, k)
				afterDone = afterDone || d.Kind == KindProblems
				earlierTotal = -1 // all of it done: what follows is no part of it
			} else if d, ok := classAllDone(f, c); ok {
				// 其中要求立行立改的87个，已全部完成整改: the class's
				// problems are done, a part of the total before.
				d.Of = -1
				if total >= 0 && x.claims[total].Kind == KindProblems && x.claims[total].Subtype == SubtypeTotal {
					d.Of = total
				}
				x.claims = append(x.claims, d)
				x.figOf = append(x.figOf, k)
				afterDone = true
			}
			x.distribute(s, figs, k, first) // its shares' percentages (占80%、88.9%) stay other
		}
		demoteMeasures(x.claims[first:], figs, x.figOf)
		demoteEnumerations(x.claims[first:], figs, x.figOf)
		demoteSumBreakdown(x.claims[first:], figs, x.figOf)
		demoteRectifyClasses(x.claims[first:], figs, x.figOf)
		demoteNameLists(x.claims[first:], figs, x.figOf)
		tallyChains(x.claims[first:], figs, x.figOf, x.ownProblemsBefore(idx, first))
		demoteNamedEach(x.claims[first:], figs, x.figOf)
		demoteClauseHeads(x.claims[first:], figs, x.figOf, x.issuer)
		shareEachVerb(x.claims[first:], figs, x.figOf)
		statesListed(x.claims[first:], figs, x.figOf)
		moneyListed(x.claims[first:], first, figs, x.figOf)
		splitDone(x.claims[first:], figs, x.figOf)
		breakdownOfState(x.claims[first:], first, figs, x.figOf)
		demoteMoneyRates(x.claims, first, figs, x.figOf)
		x.noteMeasures(first, figs)
		if h, ok := x.headOf(first, figs); ok {
			h.sent = si
			headed = append(headed, h)
			h.sent, h.para = x.sentNo+si, idx
			x.headed = append(x.headed, h)
		} else if name := headingBody(s.text, x.issuer, si == 0 && first == len(x.claims) && (len(pf.sents) == 1 || strings.ContainsRune("（(一二三四五六七八九十", s.text[0]))); name != "" {
			// （一）市发展改革委。反馈问题37个…: a body named alone as its
			// paragraph's heading; the sentences after it are its own.
			x.headed = append(x.headed, headedSentence{sent: x.sentNo + si, para: idx, from: first, to: first, place: name, unit: true})
		} else if n := len(x.headed); n > 0 && x.headed[n-1].sent == x.sentNo+si-1 && x.headed[n-1].para == idx && goesOn(s.text) {
			// 锦江街道党工委：反馈问题26个…；召开党工委会议5次；…: a sentence
			// of the body's paragraph with no subject of its own goes on
			// with it.
			x.headed = append(x.headed, headedSentence{sent: x.sentNo + si, para: idx, from: first, to: len(x.claims), place: x.headed[n-1].place, unit: x.headed[n-1].unit, cont: true})
		}
		link.close(x.claims[first:], first, s.text, total, carried, afterDone && !allDoneSent)
		if n := len(s.text); colonWhole >= 0 && n > 0 && (s.text[n-1] == '；' || s.text[n-1] == ';') {
			colonCarry = colonWhole // …：追回…312.6万元；督促…补缴…689.3万元；…
		}
	}
	demotePlaceRuns(x.claims, headed)
	x.sentNo += len(pf.sents)
}

// sentenceLink is what a sentence, once read, hands on to the next of its
// paragraph: its last count that a 其中 opening the next may split, the
// whole a 其中 in force at its closing semicolon splits, and whether it told
// a count of done problems with some left.
type sentenceLink struct {
	last  int  // index of the last claim, not other nor a rate; -1 for none
	carry int  // index of the whole of a 其中 going on after a semicolon; -1 for none
	done  bool // a done count of problems, its total not all done
}

// open returns, for the sentence text with figures figs, the whole its
// 其中-parts belong to from the sentence before (-1 for none), whether that
// whole is the count the sentence opens on with 其中 (crossTotal: a part
// may be a subset told again), and whether it is a 其中 going on after a
// semicolon (carried: its figures are all parts). A 其中 opening a
// sentence splits a total or those not done yet — not a done count, whose
// parts would as well be the whole's classes (已整改18个。其中，立行立改问题12
// 个，长期整改问题8个); it goes on after a semicolon while the count is in
// the whole's family of measure words and the sentence has no 其中 of its own.
func (l sentenceLink) open(claims []Claim, text []rune, figs []figure) (total int, crossTotal, carried bool) {
	total = -1
	if l.last >= 0 && opensWithQiz(text) && (claims[l.last].Subtype == SubtypeTotal || notYetDone(claims[l.last].Subtype)) {
		total, crossTotal = l.last, true // 未销号六项。其中，…四项…正按节点推进
	}
	if l.carry >= 0 && len(figs) > 0 && !containsRunes(text, '其', '中') &&
		PieceMeasure(figs[0].unit) == PieceMeasure(claims[l.carry].Unit) && problemMeasures[figs[0].unit] {
		// …四项列入挂牌督办，正按节点推进；另有两项…
		for k := range figs {
			figs[k].afterQiz = true
		}
		return l.carry, false, true
	}
	return total, crossTotal, false
}

// close notes what the sentence text, read into claims (the first at
// index first), hands on: total is its 其中 whole, carried whether it went
// on from the sentence before, done whether it told done problems with
// some left.
func (l *sentenceLink) close(claims []Claim, first int, text []rune, total int, carried, done bool) {
	l.carry = -1
	if n := len(text); total >= 0 && n > 0 && (text[n-1] == '；' || text[n-1] == ';') && (carried || hasQizBefore(text, n)) {
		l.carry = total // and on, through a list of parts joined by semicolons
	}
	l.done = done
	l.last = -1
	for i := len(claims) - 1; i >= 0; i-- {
		if claims[i].Kind != KindOther {
			if claims[i].Subtype != SubtypeRate {
				l.last = first + i
			}
			break
		}
	}
}

// headOf returns the sentence whose claims start at first as headed by a
// place, when its first claim that is not other follows a place's name.
func (x *extractor) headOf(first int, figs []figure) (headedSentence, bool) {
	for k := first; k < len(x.claims); k++ {
		if x.claims[k].Kind == KindOther {
			continue
		}
		f := figs[x.figOf[k-first]]
		if unit, fedBack := unitHead(f, x.issuer); unit != "" {
			return headedSentence{from: first, to: len(x.claims), place: unit, unit: true, fedBack: fedBack, byBody: reBodyRoundUp.MatchString(f.before),
				announced: reRoundUpHeader.MatchString(f.before) || reUnitsAnnounced.MatchString(f.before) || fedBack && x.inspectsUnits()}, true
		}
		if strings.ContainsAny(f.before, "省市县区州盟旗镇乡街") {
			if place := placeHead(f); place != "" {
				if body := sentenceBody(f.sent, x.issuer); len(body) > len(place) && strings.HasPrefix(body, place) {
					// 澄溪县第一中学查摆问题11个: a body of the place, named in
					// full; another body of it heads the next (澄溪县实验小学).
					return headedSentence{from: first, to: len(x.claims), place: body, unit: true, loose: !x.inspectsUnits() || !overseerWriter(x.issuer)}, true
				}
				return headedSentence{from: first, to: len(x.claims), place: place, announced: reRoundUpHeader.MatchString(f.before)}, true
			}
		}
		if name := qizName(f, x.issuer); name != "" && !endsWith(name, "省|市|县|区|州|旗|镇|乡|村") {
			// 其中，县人民医院反馈问题12个…；县中医院反馈问题9个…: a breakdown
			// by unit, announced by 其中 and the unit named after it.
			return headedSentence{from: first, to: len(x.claims), place: name, unit: true, announced: true}, true
		}
		if body := sentenceBody(f.sent, x.issuer); body != "" {
			// 石门镇党委把问题分解为63条措施，…22个问题已全部完成: a body at
			// the sentence's head, its subject however far from the figure;
			// loose, unless the document tells of units inspected together.
			return headedSentence{from: first, to: len(x.claims), place: body, unit: true, loose: !x.inspectsUnits() || !overseerWriter(x.issuer)}, true
		}
		return headedSentence{}, false
	}
	return headedSentence{}, false
}

// figureFinder finds the figures of the sentences of a document. Its
// buffers serve all the sentences: the numbers of one sentence are scanned
// into spans over those of the last, and its figures gathered in figs over
// those of the last, then copied out into a slice of their own, of the
// size they need (a slice grown by append over the document allocated
// twice the figures, a large struct, and copied them at each growth).
type figureFinder struct {
	spans []span
	figs  []figure // the figures of the sentence at hand
	n     int      // the figures found so far
}

// find finds the figures of a sentence that may be claims: counts and
// percentages with a measure word, with their surrounding text. Their words
// (toks) are left to tagBatch.
func (ff *figureFinder) find(rs []rune) []figure {
	// The numbers as FindNumbers finds them, less their Text, which no
	// figure uses.
	nums := scan(rs, ff.spans)
	ff.spans = nums
	if len(nums) == 0 {
		return nil
	}
	ff.figs = ff.figs[:0]
	prevEnd := 0
	for k := range nums {
		n := nums[k].Number
		if n.Role != RoleCount && n.Role != RolePercent {
			continue
		}
		unit := n.Unit
		if unit == "成" && n.Role == RoleCount && !n.Percent {
			// 近九成, 六成: tenths, a percentage.
			n.Value, n.Count, n.Percent, n.Role = n.Value*10, n.Count*10, true, RolePercent
		}
		if n.Percent {
			unit = "%"
		}
		ue := unitEnd(rs, n)
		if unit == "%" && n.Unit == "成" {
			// 七成六: the tenths and the hundredths after them (76%).
			e := ue
			if e < len(rs) && rs[e] == '成' {
				e++
			}
			if e < len(rs) && rs[e-1] == '成' {
				if d := cnDigit(rs[e]); d > 0 && (e+1 == len(rs) || !isCNNumeral(rs[e+1]) && !countUnits[string(rs[e+1])] && !strings.ContainsRune("年月日号时", rs[e+1])) {
					n.Value, n.Count, n.End, ue = n.Value+float64(d), n.Count+float64(d), e+1, e+1
				}
			}
		}
		if !countUnits[unit] || unit == "部" && ue < len(rs) && rs[ue] == '分' {
			// A figure with no measure word (一, 两) or a unit of time or
			// length is no count claim; it still ends the previous stretch.
			// Nor is 部 of 部分 a measure word (两部分合计: two parts).
			prevEnd = n.End
			continue
		}
		f := figure{n: n, unit: unit, unitEnd: ue}
		lo := n.Start
		for lo > prevEnd && !isBreakAt(rs, lo-1) {
			lo--
		}
		f.preLo = lo
		f.chained = lo == prevEnd && prevEnd > 0 // right after another number (its measure word at most between)
		cs := n.Start
		for cs > 0 && !isClauseBreakAt(rs, cs-1) {
			cs--
		}
		ce := f.unitEnd
		for ce < len(rs) && !isClauseBreakAt(rs, ce) {
			ce++
		}
		// pre and lead end at the number and post starts at the measure
		// word, all within the clause (a clause break is a break): they are
		// slices of one string.
		f.clause = string(rs[cs:ce])
		lead := runesLen(rs[cs:n.Start])
		f.lead = f.clause[:lead]
		f.pre = f.lead[lead-runesLen(rs[lo:n.Start]):]
		f.clauseLo = cs
		f.afterQiz = hasQizBefore(rs, n.Start)
		f.first = prevEnd <= cs
		ff.figs = append(ff.figs, f)
		prevEnd = f.unitEnd
	}
	if len(ff.figs) == 0 {
		return nil
	}
	figs := append([]figure(nil), ff.figs...)
	ff.n += len(figs)
	// The sentence up to its last figure, as one string: each figure's
	// before is a slice of it, however many rules read it.
	last := figs[len(figs)-1].n.Start
	str, at, b := string(rs[:last]), 0, 0
	for i := range figs {
		b += runesLen(rs[at:figs[i].n.Start])
		at = figs[i].n.Start
		figs[i].before = str[:b]
	}
	// post: from the measure word to the next figure or break.
	for i := range figs {
		hi := len(rs)
		if i+1 < len(figs) {
			hi = figs[i+1].n.Start
		}
		e := figs[i].unitEnd
		for e < hi && !isBreakAt(rs, e) {
			e++
		}
		// e stops at the clause's end at the latest: post is a slice of
		// the clause.
		b := runesLen(rs[figs[i].clauseLo:figs[i].unitEnd])
		figs[i].post = figs[i].clause[b : b+runesLen(rs[figs[i].unitEnd:e])]
		figs[i].postHi = e
		figs[i].nextLo = hi
		figs[i].toNext = i+1 < len(figs) && e == hi
		figs[i].sent = rs
		figs[i].postEnd = b + runesLen(rs[figs[i].unitEnd:e])
		// tail: the clause after this figure's, when no figure is before
		// its end.
		ce := e
		for ce < len(rs) && !isClauseBreakAt(rs, ce) {
			ce++
		}
		if ce < len(rs) && !isSentenceEnd(rs[ce]) && (i+1 == len(figs) || figs[i+1].n.Start > ce) {
			te := ce + 1
			for te < len(rs) && !isClauseBreakAt(rs, te) && te-ce < 40 {
				te++
			}
			if i+1 == len(figs) || figs[i+1].n.Start >= te {
				figs[i].tailLo, figs[i].tailHi = ce+1, te
			}
		}
	}
	return figs
}

// tagSpan returns the part of a sentence that its figures' words are read
// from: from the first figure's pre stretch to the last one's post stretch
// (see preTokens and postTokens), widened to jieba's separators. Within
// that part the tokens are the ones seg.Tag of the whole sentence gives, so
// tokensIn finds the same tokens for every stretch; the clauses before and
// after, which hold no figure's words, need not be segmented. lo == hi when
// there is nothing to segment.
func tagSpan(rs []rune, figs []figure) (lo, hi int) {
	lo, hi = len(rs), 0
	for i := range figs {
		// Empty stretches hold no tokens, whatever is segmented.
		for _, st := range [2][2]int{{figs[i].preLo, figs[i].n.Start}, {figs[i].unitEnd, figs[i].postHi}} {
			if st[0] < st[1] {
				lo, hi = min(lo, st[0]), max(hi, st[1])
			}
		}
	}
	if lo >= hi {
		return 0, 0
	}
	for lo > 0 && !seg.IsSeparator(rs[lo-1]) && !seg.IsSeparator(rs[lo]) {
		lo--
	}
	if !seg.IsSeparator(rs[hi-1]) {
		for hi < len(rs) && !seg.IsSeparator(rs[hi]) {
			hi++
		}
	}
	return lo, hi
}

// tagBatch segments the figure-bearing parts of many sentences (tagSpan) in
// one seg.Tag call: each call has a fixed cost (the cgo call, the C string,
// the result's conversion), and most parts are a few characters. The
// parts are joined with newlines, a jieba separator, so each part is
// segmented as it would be alone.
type tagBatch struct {
	text strings.Builder
	jobs []tagJob
	n    int // runes written
}

// tagJob is a sentence's part in a tagBatch.
type tagJob struct {
	figs   []figure
	lo, hi int // the part, in the sentence
	at     int // where it starts in the batch text, in runes
}

// add queues the part of sentence rs that figs need segmented.
func (b *tagBatch) add(rs []rune, figs []figure) {
	lo, hi := tagSpan(rs, figs)
	if lo >= hi {
		return
	}
	b.jobs = append(b.jobs, tagJob{figs: figs, lo: lo, hi: hi, at: b.n})
	for _, r := range rs[lo:hi] {
		b.text.WriteRune(r)
	}
	b.text.WriteByte('\n')
	b.n += hi - lo + 1
}

// tag segments the queued parts and gives each job's figures their tokens,
// with offsets into their sentence.
func (b *tagBatch) tag() {
	if len(b.jobs) == 0 {
		return
	}
	toks := seg.Tag(b.text.String())
	t := 0
	for _, j := range b.jobs {
		for t < len(toks) && toks[t].Start < j.at {
			t++ // the newline before
		}
		first := t
		end := j.at + j.hi - j.lo
		for t < len(toks) && toks[t].End <= end {
			toks[t].Start += j.lo - j.at
			toks[t].End += j.lo - j.at
			t++
		}
		part := toks[first:t:t]
		for i := range j.figs {
			j.figs[i].toks = part
		}
	}
}

// runesLen returns the length in bytes of rs encoded in UTF-8, as
// len(string(rs)).
func runesLen(rs []rune) int {
	n := 0
	for _, r := range rs {
		if k := utf8.RuneLen(r); k > 0 {
			n += k
		} else {
			n += 3 // an invalid rune is written as U+FFFD
		}
	}
	return n
}

// opensWithQiz tells a sentence that starts with 其中 (其中，… ; 其中:…).
func opensWithQiz(rs []rune) bool {
	i := 0
	for i < len(rs) && (rs[i] == ' ' || rs[i] == '\u3000') {
		i++
	}
	return i+1 < len(rs) && rs[i] == '其' && rs[i+1] == '中'
}

// partOf tells whether c, after 其中, can be a part of parent: a rate is
// none, nor is a state other than the parent's own (已完成整改9个，其中立行
// 立改4个，正在推进2个: the 2 in progress are no part of the 9 done) — unless
// it stands in brackets right after the parent, which it details
// (已完成整改8个（其中2个需长期坚持）).
func partOf(parent, c Claim) bool {
	if c.Subtype == SubtypeRate || c.Value > parent.Value && c.Unit == parent.Unit {
		return false // no part is larger than its whole
	}
	if notYetDone(parent.Subtype) && notYetDone(c.Subtype) && c.Value <= parent.Value {
		// 未销号六项。其中，…四项正在推进: those under way are among those
		// not done, and the other way round (正在整改6个，其中2个尚未启动).
		return true
	}
	return !(parent.Subtype.IsState() && c.Subtype.IsState() && parent.Subtype != c.Subtype)
}

// notYetDone tells the states of problems not done yet.
func notYetDone(s Subtype) bool { return s == SubtypeInProgress || s == SubtypeNotDone }

// hasQizBefore reports whether a 其中 in rs[:end] is in force at end: one
// opened inside brackets ends when they close.
func hasQizBefore(rs []rune, end int) bool { return qizDepth(rs, end, false) >= 0 }

// qizDepth returns the bracket depth of the 其中 in force at end in rs, -1
// for none: a bracket closes the 其中 it holds (已完成整改8个（其中2个需长期
// 坚持），正在整改2个). The first 其中 stays in force over those within it,
// or, with latest, the last one does while its brackets are open.
func qizDepth(rs []rune, end int, latest bool) int {
	depth, qiz := 0, -1 // qiz: the bracket depth of the 其中 in force
	for k := 0; k < end && k < len(rs); k++ {
		switch rs[k] {
		case '(', '（':
			depth++
		case ')', '）':
			if depth > 0 {
				depth--
			}
			if qiz > depth {
				qiz = -1
			}
		case '中':
			if k > 0 && rs[k-1] == '其' && (qiz < 0 || latest) {
				qiz = depth
			}
		}
	}
	return qiz
}

// qizBracketed tells whether the 其中 in force at end in rs stands inside
// brackets still open there (…31.26亿元（其中收回存量资金12.08亿元）).
func qizBracketed(rs []rune, end int) bool { return qizDepth(rs, end, true) > 0 }

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
	return r == '、' || isClauseBreak(r)
}

// isBreakAt is isBreak of rs[i], but a comma between digits groups them
// (1,407亿元): no break.
func isBreakAt(rs []rune, i int) bool { return isBreak(rs[i]) && !digitGroup(rs, i) }

// isClauseBreakAt is isClauseBreak of rs[i], but a comma between digits
// groups them (1,407亿元、847亿元: one clause).
func isClauseBreakAt(rs []rune, i int) bool { return isClauseBreak(rs[i]) && !digitGroup(rs, i) }

// digitGroup tells a comma at rs[i] between two ASCII digits.
func digitGroup(rs []rune, i int) bool {
	return rs[i] == ',' && i > 0 && i+1 < len(rs) && rs[i-1] >= '0' && rs[i-1] <= '9' && rs[i+1] >= '0' && rs[i+1] <= '9'
}

// isClauseBreak ends a clause: ，；：。！？ and their ASCII forms.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', '；', '：', '。', ',', ';', ':', '！', '？', '!', '?':
		return true
	}
	return false
}

// sortClaims orders claims as they appear: by page, then offset. Table
// claims are found after the text; this puts them in place and keeps the
// Of links pointing at the right totals.
func sortClaims(cs []Claim) {
	before := func(a, b parse.Pos) bool { return a.Page < b.Page || a.Page == b.Page && a.Start < b.Start }
	sorted := true // text claims alone come in order: nothing to move
	for i := 1; i < len(cs) && sorted; i++ {
		sorted = !before(cs[i].Figure, cs[i-1].Figure)
	}
	if sorted {
		return
	}
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return before(cs[order[a]].Figure, cs[order[b]].Figure)
	})
	pos := make([]int, len(cs)) // old index → new index
	out := make([]Claim, len(cs))
	for newI, oldI := range order {
		pos[oldI] = newI
		out[newI] = cs[oldI]
	}
	for i := range out {
		if out[i].Of >= 0 {
			out[i].Of = pos[out[i].Of]
		}
	}
	copy(cs, out)
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

// lastDone returns the index of the paragraph's last problems claim of a
// state, passing over rates and claims of other kinds, when it counts done
// problems and as many as the total before it (all of them done); -1
// otherwise.
func (x *extractor) lastDone(para int) int {
	for i := len(x.claims) - 1; i >= 0 && x.claims[i].Paragraph == para; i-- {
		c := x.claims[i]
		if c.Kind != KindProblems || c.Subtype == SubtypeRate {
			continue
		}
		if c.Subtype != SubtypeDone {
			return -1
		}
		for j := i - 1; j >= 0 && x.claims[j].Paragraph == para; j-- {
			if t := x.claims[j]; t.Kind == KindProblems && t.Subtype == SubtypeTotal {
				if t.Value == c.Value {
					return i
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// labelColons returns text with the colon of each short label that a
// count follows right after it (反馈问题：40个, 已完成：37个, 整改完成率：92.5%)
// read as 为, a copula: a line of a summary box says its label of the count,
// which the label's words then name. The label is the words since the last
// break, 1 to 8 Han characters, and the count a number and its measure word; a label of a date or a number of a document
// (时间：, 文号：) says no count. text is copied before it is changed when it
// is orig itself (no Traditional characters made a copy).
func labelColons(text []rune, orig *[]rune) []rune {
	copied := false
	for i, r := range text {
		if r != '：' && r != ':' || i+1 >= len(text) || !isArabic(text[i+1]) && !isCNStart(text[i+1]) {
			continue
		}
		j := i + 1
		for j < len(text) && (isArabic(text[j]) || isCNStart(text[j]) || cnUnit(text[j]) > 0 || text[j] == '.' || text[j] == ',' || text[j] == '，' && j+1 < len(text) && isArabic(text[j+1])) {
			j++
		}
		if j >= len(text) || !strings.ContainsRune(countMeasureRunes, text[j]) || j+1 < len(text) && !strings.ContainsRune("，,。；;、（(\n 　", text[j+1]) {
			continue // 分三个层次推进：一是…; 经自查发现：5个问题已整改…: a clause or a list, no label's count
		}
		lo := i
		for lo > 0 && han.IsHan(text[lo-1]) && i-lo < 9 {
			lo--
		}
		if n := i - lo; n < 1 || n > 8 || lo > 0 && han.IsHan(text[lo-1]) || endsWith(string(text[lo:i]), labelsOfNoCount) || slices.ContainsFunc(text[lo:i], isCNStart) {
			continue // 社党组已制定后续整改计划：2个…: a clause, no label
		}
		if !copied && len(text) > 0 && len(*orig) > 0 && &text[0] == &(*orig)[0] {
			text = append([]rune(nil), text...)
		}
		copied = true
		text[i] = '为'
	}
	return text
}

// countMeasureRunes are the measure words (and %) a count after a label
// ends in.
const countMeasureRunes = "个项件条人名次家元万亿%％处起宗户批场期笔例部位份"

// labelsOfNoCount end the labels whose value is no count (a date, a time, a
// number of a document or a telephone).
const labelsOfNoCount = "时间|日期|时限|期限|文号|编号|电话|邮编|序号|截至|年度|地址"

// labelOfState tells a line of a summary box whose label names a state or a
// rate and no noun of its own (已完成：37个, 整改完成率：92.5%; not 涉及单位：12
// 个): its count is of the items the line before counted.
func labelOfState(pf paraFigures) bool {
	label, _, _ := strings.Cut(string(pf.sents[0].text), "为")
	if has(label, itemNouns+"|单位|部门|措施|制度|人员|会议|资金|金额|线索|企业|村|社区") {
		return false
	}
	_, ok := statusOf(label)
	return ok || has(label, rateNouns)
}

// labelLine tells a paragraph that is one line of a summary box (反馈问题：
// 40个; 整改完成率：92.5%): one short sentence, a label and its count.
func labelLine(pf paraFigures) bool {
	if len(pf.sents) != 1 || len(pf.sents[0].orig) > 40 {
		return false
	}
	rs := pf.sents[0].orig
	k := 0
	for k < len(rs) && unicode.IsSpace(rs[k]) {
		k++
	}
	n := 0 // the label's Han characters, 1 to 12, then the colon
	for k < len(rs) && han.IsHan(rs[k]) && n <= 12 {
		k, n = k+1, n+1
	}
	if n < 1 || n > 12 || k >= len(rs) || !isColon(rs[k]) {
		return false
	}
	for k++; k < len(rs) && unicode.IsSpace(rs[k]); k++ {
	}
	return k < len(rs) && (isArabic(rs[k]) || isCNStart(rs[k]))
}

// isColon tells a colon, full width or not.
func isColon(r rune) bool { return r == '：' || r == ':' }

// lastProblemsUnit returns the measure word of the last count of problems
// of paragraph idx before the sentence whose first claim is first, "" when
// it has none or another count in that measure word follows it (措施52项).
func (x *extractor) lastProblemsUnit(idx, first int) string {
	i := first - 1
	for i >= 0 && x.claims[i].Paragraph == idx && (x.claims[i].Kind != KindProblems || x.claims[i].Subtype == SubtypeRate) {
		i--
	}
	if i < 0 || x.claims[i].Paragraph != idx {
		return ""
	}
	unit := x.claims[i].Unit
	for _, c := range x.claims[i+1 : first] {
		if c.Kind == KindOther && c.Unit == unit {
			return "" // 问题共18项，制定整改措施52项: a count in its measure word came after
		}
	}
	return unit
}

// reBreakdownEnds opens a clause that ends a money breakdown after a colon:
// a time, a state of the whole, a sum, a new act (截至目前已整改…, 累计…,
// 同时督促…, 对新发现的问题…).
var reBreakdownEnds = regexp.MustCompile(`^(截至|截止|至今|目前|累计|同时|此外|另外|另|对|针对|共计|合计|总计)|已整改|已完成整改|整改到位|整改率`)
