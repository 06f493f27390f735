package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
)

// The subtype word lists of the subtypes table (vocab_claims.go), in the
// form firstOf takes, and the words of single rows has takes.
var (
	accountabilityWords = subtypeWords(KindAccountability)
	clueWords           = subtypeWords(KindClues)
	moneyWords          = subtypeWords(KindMoney)

	problemTotalWords = wordsOf(KindProblems, SubtypeTotal)
	systemNew         = wordsOf(KindSystems, SubtypeNew)
	systemRevised     = wordsOf(KindSystems, SubtypeRevised)
	systemTotal       = wordsOf(KindSystems, SubtypeTotal)
	systemChanged     = systemNew + "|" + systemRevised
	// systemStated are the words that say what a systems figure counts;
	// without them the whole clause is read.
	systemStated = systemChanged + "|废止|合计|小计"
	clueFiled    = wordsOf(KindClues, SubtypeFiled)
)

// meetingNouns start the name of a meeting written after its count (理论学习
// starts 理论学习中心组, the study session's full name).
const meetingNouns = "专题|党组|党委|常委|整改|工作会|推进会|领导小组|中心组|理论学习|民主生活|组织生活|集中学习|党课"

// wordRes caches the compiled word lists; Claims runs concurrently (the
// index parses and extracts in parallel), so the cache is a sync.Map.
var wordRes sync.Map // string → *wordMatcher

// wordCache is a lock-free front to wordRes, a slot per hash of the list
// (wordSlot): a hit costs a comparison of two strings, the same string
// mostly, which Go compares by pointer, where wordRes hashed the whole list
// at each call (lists run to hundreds of bytes).
var wordCache [1024]atomic.Pointer[wordMatcher]

// wordSlot is the wordCache slot of a list: its length and three of its
// bytes, mixed.
func wordSlot(words string) int {
	n := len(words)
	if n == 0 {
		return 0
	}
	h := uint(n)*31 + uint(words[0]) + uint(words[n/2])*7 + uint(words[n-1])*13
	return int(h*0x9E3779B1>>7) & (len(wordCache) - 1)
}

// matcherOf returns the matcher of a word list, compiled once.
func matcherOf(words string) *wordMatcher {
	slot := &wordCache[wordSlot(words)]
	if m := slot.Load(); m != nil && m.key == words {
		return m
	}
	v, ok := wordRes.Load(words)
	if !ok {
		v, _ = wordRes.LoadOrStore(words, compileWords(words))
	}
	m := v.(*wordMatcher)
	slot.Store(m)
	return m
}

// wordMatcher matches a word list. Most lists are plain words, which are
// looked for with strings.Contains (or strings.HasPrefix for ^(a|b)):
// Go's regexp tries an alternation of literals at every position of the
// text, which is several times slower. Lists with other syntax use re.
type wordMatcher struct {
	key    string // the list as written
	words  []string
	prefix bool // ^(…): the text must start with one of words
	re     *regexp.Regexp
	// byKey files the words of three bytes or more by their first three
	// (key3) and short holds the others, so that index reads a text once
	// rather than once per word; filter has bit filterBit set for each
	// key, so that most places of a text are passed over without a map
	// lookup. byKey is nil when a word is empty or starts with a UTF-8
	// continuation byte: index then looks for the words one by one.
	byKey  map[uint32][]string
	short  []string
	filter [16]uint64
}

// key3 is the first three bytes of s[p:], which must have them.
func key3(s string, p int) uint32 {
	return uint32(s[p]) | uint32(s[p+1])<<8 | uint32(s[p+2])<<16
}

// filterBit is the bit of a wordMatcher's filter for the key of s[p:].
func filterBit(s string, p int) uint {
	return (uint(s[p+1])*37 ^ uint(s[p+2])) & 1023
}

// compileWords makes the matcher of a word list.
func compileWords(words string) *wordMatcher {
	m := &wordMatcher{key: words}
	alts := words
	if strings.HasPrefix(alts, "^(") && strings.HasSuffix(alts, ")") {
		m.prefix = true
		alts = alts[2 : len(alts)-1]
	}
	m.words = strings.Split(alts, "|")
	for _, w := range m.words {
		if regexp.QuoteMeta(w) != w {
			return &wordMatcher{key: words, re: regexp.MustCompile(words)}
		}
	}
	m.byKey = map[uint32][]string{}
	for _, w := range m.words {
		switch {
		case w == "" || w[0]&0xC0 == 0x80:
			m.byKey, m.short = nil, nil
			return m
		case len(w) < 3:
			m.short = append(m.short, w)
		default:
			m.byKey[key3(w, 0)] = append(m.byKey[key3(w, 0)], w)
			b := filterBit(w, 0)
			m.filter[b/64] |= 1 << (b % 64)
		}
	}
	return m
}

// match reports whether s holds one of the words (starts with one, for ^(…)).
func (m *wordMatcher) match(s string) bool {
	if m.re != nil {
		return m.re.MatchString(s)
	}
	if m.prefix {
		for _, w := range m.words {
			if strings.HasPrefix(s, w) {
				return true
			}
		}
		return false
	}
	return m.index(s, false) >= 0
}

// index returns the first byte offset in s at which one of the words
// stands, or with last the last one; -1 when none does: the least
// strings.Index (the greatest strings.LastIndex) of the words in s. With
// byKey, s is read once, byte by byte; no word starts with a continuation
// byte, so those are passed over, and elsewhere only the words filed under
// the next three bytes, and the short ones, are tried.
func (m *wordMatcher) index(s string, last bool) int {
	at := -1
	if m.byKey == nil {
		for _, w := range m.words {
			if last {
				at = max(at, strings.LastIndex(s, w))
			} else if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		return at
	}
	for p := 0; p < len(s); p++ {
		if s[p]&0xC0 == 0x80 {
			continue
		}
		if m.wordAt(s, p) {
			if !last {
				return p
			}
			at = p
		}
	}
	return at
}

// wordAt tells whether one of the words starts at s[p] (see index).
func (m *wordMatcher) wordAt(s string, p int) bool {
	if p+2 < len(s) {
		if b := filterBit(s, p); m.filter[b/64]&(1<<(b%64)) != 0 {
			for _, w := range m.byKey[key3(s, p)] {
				if strings.HasPrefix(s[p:], w) {
					return true
				}
			}
		}
	}
	for _, w := range m.short {
		if strings.HasPrefix(s[p:], w) {
			return true
		}
	}
	return false
}

// has tells whether s contains any of the |-separated words (a regexp).
func has(s, words string) bool {
	return matcherOf(words).match(s)
}

// firstOf returns the subtype of the first list whose words occur in s;
// but verbs joined by 或, 和, 及 or 、 share one object and the first of them
// heads the phrase (收回或归还原资金渠道: recovered), whatever its list's rank.
func firstOf(s string, lists subtypeList) (Subtype, bool) {
	for _, l := range lists {
		if has(s, l.words) {
			if sub, ok := joinedBefore(s, l.words, lists); ok {
				return sub, true
			}
			return l.sub, true
		}
	}
	return "", false
}

// coordinators join verbs that share an object.
var coordinators = []string{"或", "和", "及", "、", "或者", "并"}

// joinedBefore returns the subtype of another list whose word stands
// joined to one of words (coordinators) right before it in s.
func joinedBefore(s, words string, lists subtypeList) (Subtype, bool) {
	for _, w := range wordList(words) {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			for _, c := range coordinators {
				if !strings.HasSuffix(s[:i], c) {
					continue
				}
				b := s[:i-len(c)]
				for _, o := range lists {
					if o.words == words {
						continue
					}
					for _, v := range wordList(o.words) {
						if strings.HasSuffix(b, v) {
							return o.sub, true
						}
					}
				}
			}
		}
	}
	return "", false
}

// groupTalks are talks given to a gathering (集体廉政谈话), counted in
// times: meetings, as a 党课 is; a talk with one person is no meeting.
const groupTalks = "集体谈话|集体廉政谈话|集体约谈|集中谈话|集体提醒谈话"

// isMeeting tells whether text names a meeting, lecture or study session.
func isMeeting(s string) bool {
	return has(s, "会议|会|党课|学习")
}

// meetingList tells words before a count that name meetings of two kinds
// or more, joined by 、, 和 or 及 (召开常委会、常务会和专题会议20余次): one
// total for all, of no one kind. Meetings of one kind (领导小组会议和专题推进会,
// both work meetings) are that kind's.
func meetingList(pre string) bool {
	if !strings.ContainsAny(pre, "、和及或") {
		return false
	}
	if i := lastIndex(pre, classWords(classMeetingVerb)); i >= 0 {
		pre = pre[i:] // 围绕学习和整改召开党组会议: what is held, not why
	}
	var kinds []MeetingType
	for _, part := range strings.FieldsFunc(pre, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '或' }) {
		if typ, ok := meetingTypeIn(part); ok {
			kinds = append(kinds, typ)
		} else if isMeeting(part) {
			kinds = append(kinds, MeetingOther)
		}
	}
	return len(kinds) >= 2 && slices.ContainsFunc(kinds, func(k MeetingType) bool { return k != kinds[0] })
}

// reScopeOther tells the words before a figure that make it a count of other
// units (对32家单位开展巡察).
var reScopeOther = regexp.MustCompile(`对.{0,8}$`)

// The word classes (vocab_claims.go) in the form has takes.
var (
	itemNouns      = classWords(classItemNoun)
	measureNouns   = classWords(classMeasureNoun)
	doneVerbs      = classWords(classDoneVerb)
	plannedWords   = classWords(classPlanned)
	goingOnWords   = classWords(classGoingOn)
	remainderWords = classWords(classRemainder)
	rateNouns      = classWords(classRateNoun)
	shareOfWords   = classWords(classShareOf)
	spendingWords  = classWords(classSpending)
	statisticWords = classWords(classStatistic)
	enforcement    = classWords(classEnforcement)
	sanctionVerbs  = classWords(classSanctionVerb)
	unitNouns      = classWords(classUnitNoun)
	predicateWords = classWords(classPredicate)
	// unitsOnly is words before a figure that are only the noun of the count
	// before it (5个单位27人: the 单位).
	unitsOnly = "^(" + unitNouns + ")$"
	// fullWidthParens writes a meeting name's brackets full width, as the
	// meeting table writes them.
	fullWidthParens = strings.NewReplacer("(", "（", ")", "）")
	// meetingHeadWords start the words after a figure that name a meeting.
	meetingHeadWords = "^(会议|会|" + meetingNouns + ")"
	// totalOrSumWords say a figure is a total: the total verbs, or 共/合计/总.
	totalOrSumWords = problemTotalWords + "|共|合计|总"
	// Joined lists, made once: has caches its matchers by the list, and a
	// list joined at each call would cost an allocation.
	aboutItemWords = "问题|整改|" + itemNouns + "|" + measureNouns
	problemWords   = "问题|" + itemNouns
	spendingAfter  = "^(" + classWords(classSpendingAfter) + ")"
	continueWords  = doneVerbs + "|" + remainderWords + "|" + goingOnWords
	goingOnOrDone  = goingOnWords + "|" + doneVerbs
	totalOrDone    = problemTotalWords + "|" + doneVerbs
	restOrGoingOn  = remainderWords + "|" + goingOnWords
	meetingVerbs   = strings.Split(classWords(classMeetingVerb), "|")
	clueSplitVerbs = "移送|交办|转交|交由"
	placeOnly      = "^" + `\p{Han}{1,5}[市县区州盟旗]$`
	systemNouns    = "制度|办法|规定|规则|细则|机制|建章立制"
)

// The classes of nouns countedNoun tells apart.
const (
	nounNone = iota
	nounItem
	nounMeasure
	nounUnit
	nounThing
	nounSystem
)

// nounLists are the noun classes countedNoun looks for, with the class each
// stands for.
var nounLists = []struct {
	words string
	class int
}{
	{itemNouns, nounItem}, {measureNouns, nounMeasure}, {unitNouns, nounUnit},
	{thingNouns, nounThing}, {systemNouns, nounSystem},
}

// postNounSpan is how far (in bytes, about 12 characters) after the measure
// word a noun still names what is counted (29项整改措施, 26个具体问题).
const postNounSpan = 36

// countedNoun tells what a figure counts from the nouns around it: the noun
// closest after its measure word (31个问题, 5个巡察组已完成…), else the last
// one before the number (问题31个, 违反八项规定问题1014件), as the head of a
// Chinese noun phrase is its last noun.
func countedNoun(f figure) int {
	span := postNounSpan
	if i := firstIndex(f.post, predicateWords); i >= 0 && i < span {
		span = i // the noun phrase ends where the predicate starts
	}
	if i := strings.IndexAny(f.post, "(（"); i >= 0 && i < span {
		span = i // a note in brackets (21件（部分信访件…）) names no head
	}
	best, at := nounNone, len(f.post)
	for _, l := range nounLists {
		if i := firstIndex(f.post, l.words); i >= 0 && i < at && i < span {
			best, at = l.class, i
		}
	}
	if best == nounItem {
		// 5个重点问题整改组: a group named after problems heads the phrase.
		if rest := f.post[at+wordLenAt(f.post, at):]; wordPrefix(rest, groupNouns) > 0 {
			return nounThing
		}
	}
	if best != nounNone {
		return compoundHead(f.post, best, at)
	}
	if splitItemNoun(f) {
		return nounItem
	}
	if unitPastBreak(f) {
		return nounUnit
	}
	if endsWith(f.pre, thingNouns) && !endsWith(f.pre, itemNouns) {
		// 核查点位1470个: a thing right before the number is what it counts
		// (not 已完成整改点位58个: an item, and done).
		if _, ok := statusOf(f.pre); !ok {
			return nounThing
		}
	}
	at = -1
	for _, l := range nounLists {
		if l.class == nounUnit || l.class == nounThing {
			continue // before the number they are the subject, not the thing counted
		}
		if i := lastIndex(f.pre, l.words); i > at {
			best, at = l.class, i
		}
	}
	return best
}

// endsWith tells whether s ends with one of the |-separated words (a
// suffix test: such lists, written as a pattern ending in $, went to
// package regexp on every figure).
func endsWith(s, words string) bool {
	for _, w := range wordList(words) {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// thingNouns are the nouns of things counted that are no items: word
// classes thing_noun and group_noun.
var thingNouns = classWords(classThingNoun) + "|" + classWords(classGroupNoun)

// compoundHead returns the class of the head of the noun that starts at
// byte at of s, of class class: a Chinese compound noun is head-final, so a
// noun of the lists right after a thing noun heads it (督察组交办案件: the
// cases). A unit noun stays the head: in 2个被巡察党组织问题已清零 the count
// is of the units, whose problems are the predicate's subject.
func compoundHead(s string, class, at int) int {
	for class == nounThing {
		n := wordLenAt(s, at)
		if n == 0 {
			return class
		}
		next, w := nounNone, 0
		// The next noun of the lists, right after or after a modifier of
		// one or two characters (整改工作运行机制: 机制).
		for skip := 0; skip <= 2 && next == nounNone; skip++ {
			rest, ok := skipHan(s[at+n:], skip)
			if !ok {
				break
			}
			for _, l := range nounLists {
				if w = wordPrefix(rest, l.words); w > 0 {
					next, n = l.class, len(s[at:])-len(rest)
					break
				}
			}
		}
		if next == nounNone || !endsNounPhrase(s[at+n+w:]) {
			// No noun after, or one that is itself a modifier (7个专项问题
			// 整治: the campaigns).
			return class
		}
		class, at = next, at+n
	}
	return class
}

// unitPastBreak tells a figure whose noun phrase goes on past a 、 to a unit
// noun (4个整改不实、不到位的单位): the count is of the units.
func unitPastBreak(f figure) bool {
	if f.post == "" || f.postEnd >= len(f.clause) || !strings.HasPrefix(f.clause[f.postEnd:], "、") {
		return false
	}
	rest := f.clause[f.postEnd+len("、"):]
	i := firstIndex(rest, unitNouns)
	return i >= 0 && i < postNounSpan && strings.IndexFunc(rest[:i], unicode.IsDigit) < 0
}

// groupNouns are the nouns of groups of people (word class group_noun):
// after an item noun they head the phrase (问题整改组), where a thing
// (问题点位) does not.
var groupNouns = classWords(classGroupNoun)

// skipHan returns s past its first k characters when they are Han.
func skipHan(s string, k int) (string, bool) {
	for ; k > 0; k-- {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !han.IsHan(r) {
			return s, false
		}
		s = s[n:]
	}
	return s, true
}

// endsNounPhrase tells whether rest, the text after a noun, lets the noun
// head its phrase: no noun of an action (整治, 治理, 行动 …) follows, which
// would head it instead (专项问题整治).
func endsNounPhrase(rest string) bool {
	return !has(rest, actionHeads)
}

// actionHeads are nouns of an action that head a compound (问题整治,
// 问题排查行动): the nouns before them are modifiers.
const actionHeads = "^(整治|整改|治理|行动|工作|清理|排查|攻坚|专项)"

// wordLenAt returns the length in bytes of the longest word of the noun
// lists that starts at byte at of s, 0 when none does.
func wordLenAt(s string, at int) int {
	n := 0
	for _, l := range nounLists {
		n = max(n, wordPrefix(s[at:], l.words))
	}
	return n
}

// wordPrefix returns the length of the longest of the |-separated words
// that s starts with, 0 when none.
func wordPrefix(s, words string) int {
	n := 0
	for _, w := range wordList(words) {
		if len(w) > n && strings.HasPrefix(s, w) {
			n = len(w)
		}
	}
	return n
}

// splitItemNoun tells an item noun made of a verb and a noun (反馈意见,
// 交办件, 整改任务) split by the count: the verb before it (反馈的41条意见),
// the noun after.
func splitItemNoun(f figure) bool {
	if splitNoun(strings.TrimSuffix(f.pre, "的"), f.post) {
		return true
	}
	// Split by a count of batches too (转办二十批1350件案件).
	return f.chained && reAfterBatches.MatchString(f.lead) && splitNoun(reAfterBatches.ReplaceAllString(f.lead, ""), f.post)
}

// splitNoun tells whether an item noun starts at the end of before and ends
// at the start of after.
func splitNoun(before, after string) bool {
	for _, w := range wordList(itemNouns) {
		for k := 3; k < len(w); k += 3 {
			if strings.HasSuffix(before, w[:k]) && strings.HasPrefix(after, w[k:]) {
				return true
			}
		}
	}
	return false
}

// firstIndex returns the first byte offset in s of any of the |-separated
// words, -1 when none occurs.
func firstIndex(s, words string) int {
	return matcherOf(words).index(s, false)
}

// lastIndex returns the last byte offset in s of any of the |-separated
// words, -1 when none occurs.
func lastIndex(s, words string) int {
	return matcherOf(words).index(s, true)
}

// wordList returns the words of a list of plain words, split once (the
// matcher has caches).
func wordList(words string) []string {
	return matcherOf(words).words
}

// rePlaceBefore tells a figure stated for a named place (甲市300个, 较高的为
// 乙市100%): a part of a round-up by unit, not the reporting unit's own.
var rePlaceBefore = regexp.MustCompile(`(^|为|是)\p{Han}{1,5}[市县区州盟旗]$`)

// ownPlaces are the words by which a unit names itself (我市, 全区).
var ownPlaces = regexp.MustCompile(`(我|全|本|该)[市县区州盟旗]$`)

// placeBefore reports whether the words before a figure are a place's name.
func placeBefore(f figure) bool {
	if has(f.pre, problemTotalWords) {
		return false
	}
	return rePlaceBefore.MatchString(f.pre) && !ownPlaces.MatchString(f.pre)
}

// classifyFigure decides what a figure counts from its measure word and the
// words around it; topic is the previous claim of the paragraph, whose kind
// carries over to a figure that names no thing of its own (已完成整改13个 after
// 反馈问题15个).
//
// parent is the total a figure after 其中 is a part of, nil otherwise.
func classifyFigure(f figure, topic, parent *Claim) (Claim, bool) {
	c := Claim{Count: f.n.Count, Unit: f.unit, Value: f.n.Value}
	c.Approx = f.n.Approx
	topicIs := func(k Kind) bool { return topic != nil && topic.Kind == k }
	if setPhrase(f) || article(f) || inSlogan(f) || namedRules(f) || strings.Contains(f.pre, "每") || byMeansOf(f) || inByline(f) {
		// 一个问题一名牵头领导, 完成一项销号一项; 每季度听取一次汇报: a rule or
		// a slogan, not a count; 以三项举措压实责任: a manner, not a count.
		return claimOther(c, f), true
	}
	switch f.unit {
	case "%":
		if placeBefore(f) {
			c := claimOther(c, f)
			c.Scope = ScopeOtherUnits
			return c, true
		}
		// 完成率 / 整改率 / 办结率, or a share of the problems: 占问题总数的92%,
		// 完成整改的问题占比90%, 占全部整改措施的80%; or the done share
		// itself: 已整改完成90.9%. Other rates (满意率, 处置率) are no claims.
		aboutItems := topicIs(KindProblems) || has(f.lead, aboutItemWords)
		st, hasSt := statusIn(f.pre)
		isRate := has(f.pre, rateNouns) ||
			// 占…任务的近六成 after the done count; 近九成X整改完成.
			(f.afterDone && strings.Contains(f.lead, "占")) ||
			(f.pre == "" || f.first) && has(f.post, itemNouns) && has(f.post, "完成|办结|整改到位|解决") ||
			(has(f.pre, "占比|占.{0,6}(总数|总量|比例|比重)") && aboutItems) ||
			(has(f.pre, shareOfWords) && aboutItems) ||
			(hasSt && st == StatusDone && has(f.pre, "(完成|整改|办结|销号|解决)$") &&
				(topicIs(KindProblems) || has(f.lead, problemWords)))
		if !isRate {
			return claimOther(c, f), true
		}
		c.Kind, c.Subtype = KindProblems, SubtypeRate
		return c, true
	case "元":
		c.Kind = KindMoney
		c.Subtype = SubtypeOther
		if has(f.sentenceBefore(), publicAccounts) {
			// Any amount of a sentence about a budget's lines, whatever
			// word names it (返还性收入1.91亿元 is a line of revenue).
			return claimOther(c, f), true
		}
		if moneyVerbNegated(f.clause) {
			// 损失已无法追回: money the verb says was not got back.
			return c, true
		}
		if sub, ok := firstOf(f.pre, moneyWords); ok {
			c.Subtype = sub
		} else if has(f.pre, penaltyWords) {
			// A fine names its own amount (收缴资金…万元、行政处罚…万元): the
			// verb of the clause's other items is not its.
			return c, true
		} else if sub, ok := firstOf(f.clause, moneyWords); ok {
			c.Subtype = sub
		} else if sub, ok := firstOf(f.tail(), moneyWords); ok {
			c.Subtype = sub // 清理出违规发放的津补贴78万多元，全部予以清退
		} else if has(f.pre, spendingWords) || has(f.post, spendingAfter) ||
			has(f.post, "^(以上|以下)的") || has(f.lead, statisticWords) || reChange.MatchString(f.pre) {
			// Money invested, budgeted or spent, an amount that is a
			// condition (10万元以上的项目), a statistic of the economy or of
			// public finance (税收总额完成…亿元) or its change over a year
			// (较上年增加…亿元), or any amount of a sentence about a budget's
			// or final account's lines (一般公共预算收入…，实际完成…亿元，
			// 加上…调入资金…亿元): no rectification figure.
			return claimOther(c, f), true
		} else if s := string(f.sent); !has(s, moneyAtIssue) && !mentions(s, moneyWords) {
			// An amount no verb of money recovered names is the
			// rectification's only when its sentence is about a problem,
			// a breach or a penalty (涉及资金, 违规发放, 罚款): else it is
			// money raised, paid or owed in the ordinary way (筹集…资金,
			// 合同价款, 发行…债券).
			return claimOther(c, f), true
		}
		return c, true
	case "次", "场", "场次", "期", "轮":
		if agendaCount(f) {
			return claimOther(c, f), true // 党组会议传达学习上级精神18次
		}
		// A list of kinds and one total for all: 召开党委会、推进会等11次会议.
		if has(f.pre, "等(共|共计|合计)?$") && strings.Contains(f.lead, "、") && isMeeting(f.lead) || f.first && meetingList(f.lead) || meetingList(f.pre) {
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			return c, true
		}
		if typ, ok := meetingTypeIn(f.pre); ok {
			c.Kind, c.Subtype = KindMeetings, typ.Subtype()
			return c, true
		}
		if has(f.pre, "^研究") && has(f.pre, "整改|巡察|巡视|审计|督察") {
			// 召开党组会议及书记专题会，研究巡察整改工作6次: the meetings
			// named before.
			if before := f.sentenceBefore(); isMeeting(before) {
				c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
				if typ, ok := meetingTypeIn(before); ok && !meetingList(before) {
					c.Subtype = typ.Subtype()
				}
				return c, true
			}
		}
		if has(f.pre, "专题研究") && has(f.pre, "整改|巡察|巡视|审计|督察") {
			// 专题研究整改工作8次: meetings held for that one subject.
			c.Kind, c.Subtype = KindMeetings, MeetingSpecial.Subtype()
			return c, true
		}
		if isMeeting(f.pre) || has(f.pre, groupTalks) {
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			return c, true
		}
		if after := []rune(f.post); meetingList(string(after[:min(len(after), 12)])) {
			// 召开5次党委会议或理论学习中心组会议: kinds named after the count.
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			return c, true
		}
		if typ, ok := meetingAfter(f); ok {
			c.Kind, c.Subtype = KindMeetings, typ.Subtype()
			return c, true
		}
		if typ, ok := meetingNamedAfter(f); ok {
			c.Kind, c.Subtype = KindMeetings, typ.Subtype()
			return c, true
		}
		if opensWithMeetingVerb(f) {
			// 召开由…参加的集中反馈6次: what is convened is a meeting,
			// whatever its name.
			c.Kind, c.Subtype = KindMeetings, MeetingOther.Subtype()
			return c, true
		}
		return claimOther(c, f), true
	case "人", "名", "人次", "位":
		if has(f.pre, surveyWords) || has(f.post, "网络调查|"+surveyWords) {
			// 开展民主测评和问卷调查232人次: people surveyed, the
			// inspection's own work, not people held accountable.
			return claimOther(c, f), true
		}
		if has(f.pre, "线索$") {
			// 移交问题线索118人: clues counted by the people they name.
			c.Kind, c.Subtype = KindClues, SubtypeReceived
			if sub, ok := firstOf(f.pre, clueWords); ok {
				c.Subtype = sub
			}
			return c, true
		}
		if (f.chained && f.pre == "" && has(f.lead, clueFiled) ||
			topicIs(KindClues) && topic.Subtype == SubtypeFiled && f.prevTopic && has(f.pre, "^涉及")) && !has(f.clause, enforcement) {
			// 立案审查调查5件5人, 立案63件涉及67人: the people of the
			// cases filed.
			c.Kind, c.Subtype = KindClues, SubtypeFiled
			return c, true
		}
		if has(f.pre, clueFiled) && !has(f.clause, enforcement) {
			// 依据移交线索立案12人: the clues filed, counted in people.
			c.Kind, c.Subtype = KindClues, SubtypeFiled
			return c, true
		}
		if sanctionList(f) {
			c.Kind, c.Subtype = KindAccountability, SubtypeTotal
			return c, true
		}
		if sub, ok := firstOf(f.pre, accountabilityWords); ok {
			c.Kind, c.Subtype = KindAccountability, sub
			return c, true
		}
		if sub, ok := firstOf(f.post, accountabilityWords); ok {
			c.Kind, c.Subtype = KindAccountability, sub
			if severalSanctions(f.post) {
				// 336人…受到组织处理和党纪政务处分: one count for both.
				c.Subtype = SubtypeTotal
			}
			return c, true
		}
		if rest := f.clause[f.postEnd:]; has(f.post, "^[(（]$") {
			// 对86名（91人次）…进行处理: the count's verb is past the
			// note in brackets that holds the next figure.
			if i := strings.IndexAny(rest, ")）"); i >= 0 {
				if sub, ok := firstOf(rest[i:], accountabilityWords); ok {
					c.Kind, c.Subtype = KindAccountability, sub
					return c, true
				}
			}
		}
		if i := strings.LastIndex(f.clause[f.postEnd:], "被"); i >= 0 {
			// The count first, the sanction after 被 at the clause's end
			// (6人因监管不力、查处不力被问责): the passive's verb decides.
			if sub, ok := firstOf(f.clause[f.postEnd+i:], accountabilityWords); ok {
				c.Kind, c.Subtype = KindAccountability, sub
				return c, true
			}
		}
		if endsWith(f.pre, "和|及|与") && !f.prevTopic && !has(f.pre, accountabilityAny) && reVerbOfUnits.MatchString(f.lead) {
			// 问责17个单位和40名责任人: the people share the units' verb.
			if sub, ok := firstOf(f.lead, accountabilityWords); ok {
				c.Kind, c.Subtype = KindAccountability, sub
				return c, true
			}
		}
		if has(f.pre, unitsOnly) {
			// 追责5个单位27人: the people, after the units, share their verb.
			if sub, ok := firstOf(f.lead, accountabilityWords); ok {
				c.Kind, c.Subtype = KindAccountability, sub
				return c, true
			}
		}
		if topicIs(KindAccountability) && f.prevTopic && has(f.pre, "(和|及|与)$") {
			// 免去8位A和10位B的职务: the second shares the first's verb.
			c.Kind, c.Subtype = KindAccountability, topic.Subtype
			return c, true
		}
		if f.chained && f.pre == "" {
			// 查处问题1014件947人: the people share the clause's verb.
			if sub, ok := firstOf(f.lead, accountabilityWords); ok {
				c.Kind, c.Subtype = KindAccountability, sub
				return c, true
			}
		}
		if topicIs(KindAccountability) && f.pre == "" {
			c.Kind, c.Subtype = KindAccountability, SubtypeOther
			return c, true
		}
		return claimOther(c, f), true
	}
	// 个, 项, 件, 条, 家 …: problems, rules, clues, or other units.
	if has(f.pre, clueFiled) && has(f.pre, plannedWords) {
		return claimOther(c, f), true // 拟立案9起: planned, not filed
	}
	if has(f.pre, clueFiled) && !has(f.clause, enforcement) && (isPieces(f.unit) || f.unit == "起") {
		c.Kind, c.Subtype = KindClues, SubtypeFiled // 立案17件
		return c, true
	}
	noun := countedNoun(f)
	if noun == nounNone && f.unit != "家" && nameShare(f) {
		c.Kind, c.Subtype, c.Scope = KindProblems, SubtypeTotal, ScopeOtherUnits
		return c, true
	}
	switch {
	case has(f.pre, clueFiled) && has(f.clause, enforcement):
		return claimOther(c, f), true
	case hasNear(f, "线索") || (isPieces(f.unit) && topic != nil && topic.Kind == KindClues && !hasNear(f, "问题|制度")) ||
		topicIs(KindClues) && f.prevTopic && has(f.pre, clueSplitVerbs) && !ownClueNoun(f.pre):
		if clueUnderWay(f) {
			return claimOther(c, f), true
		}
		c.Kind = KindClues
		if parent != nil && parent.Kind == KindClues && parent.Subtype == SubtypeHandled {
			// The ways the handled clues were disposed of: only 立案 is a
			// subtype of its own.
			if has(f.pre, clueFiled) {
				c.Subtype = SubtypeFiled
			} else {
				c.Kind, c.Subtype = KindOther, Subtype("线索处置："+strings.TrimPrefix(f.pre, "其中"))
			}
			return c, true
		}
		if topicIs(KindClues) && f.prevTopic && has(f.pre, clueSplitVerbs) && !ownClueNoun(f.pre) {
			// One total split among destinations: 100条线索分别移送县纪委
			// 20条、转交被巡察单位80条 — disposed of.
			c.Subtype = SubtypeHandled
		} else if sub, ok := firstOf(f.pre, clueWords); ok {
			c.Subtype = sub
		} else if sub, ok := firstOf(f.post, clueWords); ok {
			c.Subtype = sub
		} else {
			c.Subtype = SubtypeReceived
		}
		return c, true
	case hasNear(f, "单位|党组织|党支部|部门|企业|学校|乡镇|村") && has(f.clause, "巡察|巡视|审计|检查|督查") && reScopeOther.MatchString(f.pre):
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		if has(f.post, "党组织") {
			c.Subtype = "被巡察党组织"
		}
		return c, true
	case reDivisions.MatchString(f.post):
		// 11个市（州）, 6个县区: places, not problems.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case noun == nounUnit && (firstIndex(f.post, unitNouns) >= 0 || unitPastBreak(f)):
		// 29个社区存在问题…: the units, not the problems.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case noun == nounThing:
		return claimOther(c, f), true
	case has(f.post, "^(个|项)?(大|主要|重点)?方面"):
		// 八项规定落实情况等七个方面: aspects, whatever noun stands before.
		c.Kind, c.Subtype = KindOther, "方面"
		return c, true
	case noun == nounSystem || (topic != nil && topic.Kind == KindSystems && f.pre != "" && has(f.pre, systemChanged) && !hasNear(f, "问题")):
		c.Kind = KindSystems
		seg := f.pre
		if !has(seg, systemStated) {
			seg = f.clause
		} else if f.first && strings.HasSuffix(strings.TrimSuffix(f.lead, f.pre), "、") {
			seg = f.lead // 制定、完善31项制度: verbs joined by 、 share the count
		}
		switch {
		case has(seg, "废止") && !has(seg, systemChanged):
			c.Kind, c.Subtype = KindOther, "废止制度"
		case has(seg, systemTotal) && !has(seg, systemChangedAny):
			// 合计、共 with no verb of making or revising: the total.
			c.Subtype = SubtypeTotal
		case has(seg, systemNew) && has(seg, systemRevised):
			c.Subtype = SubtypeTotal
		case has(seg, "修订|修改") && has(seg, "废止"):
			c.Subtype = SubtypeTotal
		case has(seg, "修订|修改"):
			c.Subtype = SubtypeRevised
		case has(seg, systemNew):
			c.Subtype = SubtypeNew
		case has(seg, systemRevised):
			c.Subtype = SubtypeRevised
		default:
			c.Subtype = SubtypeTotal
		}
		return c, true
	case f.unit == "家" || f.unit == "户" || f.unit == "批":
		// Households and firms (责令整改3家) are no problems, nor are
		// batches (开展三批督察, 第十批交办件).
		return claimOther(c, f), true
	case placeBefore(f):
		c.Kind, c.Subtype, c.Scope = KindProblems, problemSubtype(f), ScopeOtherUnits
		if topicIs(KindProblems) && topic.Scope == ScopeOtherUnits && has(f.pre, placeOnly) {
			c.Subtype = topic.Subtype // 甲市300个、乙市200个: the list shares its verb
		}
		if noun == nounNone && !topicIs(KindProblems) && !has(f.sentenceBefore(), problemOrRectify) {
			return claimOther(c, f), true
		}
		return c, true
	case inspectorsWork(f):
		// 巡察期间，巡察组共…受理信访件23件: what the inspection group
		// took in while it stayed, its own work, not the unit's problems.
		return claimOther(c, f), true
	case (noun == nounNone || f.post == "" && strings.HasSuffix(f.pre, "的")) && inThingContainer(f.sent[:f.n.Start]):
		// 存在问题的点位中，虚报整改完成情况的813个: parts of a container
		// of things or units, counted in them.
		return claimOther(c, f), true
	case f.toNext && f.post == "" && f.unit != "元" && f.unit != "%":
		// 八项23个问题: the first of two counts side by side counts the
		// groups of what the second counts.
		return claimOther(c, f), true
	case noun == nounItem && (has(f.pre, leaderLed) || has(f.pre, "领办|主导|认领") && has(f.sentenceBefore(), leaderWords)):
		// 党委书记亲自牵头领办的难点问题共6个: the problems a leader
		// took charge of, a part of the whole.
		return claimOther(c, f), true
	case noun == nounNone && !f.prevTopic && isStatus(f.pre) && has(string(f.sent[:f.clauseLo]), "("+caseWords+")问题"):
		// 移交责任追究问题21个，已办结9个: the cases' own states.
		return claimOther(c, f), true
	case noun == nounItem && casesOf(f):
		// 查处违反八项规定问题1014件; 6个责任追究问题: violations dealt
		// with by discipline, not problems to rectify.
		return claimOther(c, f), true
	case noun == nounItem || noun == nounMeasure || (topicIs(KindProblems) && problemsContinue(f)) ||
		(noun == nounNone && isPieces(f.unit) && has(f.pre, "(转办|交办|转交)$")) ||
		// A sum with no noun of its own, or a count right after a count of
		// batches or rounds: the noun of its clause (信访件二十八批、共计
		// 497件; 交办件6批次89件).
		(noun == nounNone && (has(f.pre, "^(共|合计|总计)") || reAfterBatches.MatchString(f.lead)) && has(f.lead, itemNouns)) ||
		(noun == nounNone && isStatus(f.pre) && (has(f.pre, "整改") || has(f.sentenceBefore(), itemNouns))) ||
		(f.chained && has(f.lead, "问题") && !has(f.lead, "线索|制度")) ||
		has(f.post, "^整改"):
		if noun == nounNone && has(f.pre, replyEnd) {
			// 已办理回复上报66件: petitions answered, a step reported to
			// the inspection, not closed (办结).
			return claimOther(c, f), true
		}
		if (noun == nounMeasure || has(f.post, "^(条|项|个)?(具体)?任务")) && otherDocument(f.sentenceBefore()) {
			// 制定《…实施意见》，将任务分解为489项举措: the measures of a
			// document that is no rectification plan.
			return claimOther(c, f), true
		}
		// The last of nested levels counts the noun before the first
		// (审计指出问题5类23项: 23 problems).
		c.Kind = KindProblems
		c.Subtype = problemSubtype(f)
		if topicIs(KindProblems) && topic.Scope == ScopeOtherUnits && f.prevTopic && noun == nounNone && !has(f.pre, problemTotalWords) {
			// 武汉58件，已办结58件: the place's items, closed.
			c.Scope = ScopeOtherUnits
		}
		return c, true
	}
	return claimOther(c, f), true
}

// totalVerbAfterStatus tells words before a count whose status verb is
// followed by a verb of a total (督察进驻结束后共受理投诉46件: 完成 is of
// 进驻; the count is of what was received).
func totalVerbAfterStatus(pre string) bool {
	pre = nounVerbs.Replace(pre) // 办结中央交办件: 交办 is of the noun
	t, v := lastIndex(pre, problemTotalVerbs), lastIndex(pre, statusVerbWords)
	if t > v && v >= 0 && strings.Contains(pre[v:t], "的") {
		return false // 整改中的反馈问题: the status qualifies the noun
	}
	// Right after the status verb a total verb qualifies its object
	// (办结交办信访件164件: the petitions handed over, closed).
	return t >= 0 && t > v && (v < 0 || wordPrefix(pre[v:t], statusVerbWords) != t-v)
}

// problemTotalVerbs are the verbs of a problems total, without 共 and 涉及,
// which go with any verb (完成整改共12个) or qualify a noun.
var problemTotalVerbs = func() string {
	var out []string
	for _, w := range wordList(problemTotalWords) {
		if w != "共" && w != "涉及" {
			out = append(out, w)
		}
	}
	return strings.Join(out, "|")
}()

// statusVerbWords are the verbs that say a status (statusVerbs).
var statusVerbWords = func() string {
	var out []string
	for _, v := range statusVerbs {
		if v.Affirmed != "" {
			out = append(out, v.Verb)
		}
	}
	return strings.Join(out, "|")
}()

// intentEnd are the pledge marks (确保, 力争 …, statusMarks): ending the
// words before a done verb, they make it owed, not done (确保年底前整改到位的
// 5个问题).
var intentEnd = func() string {
	for _, m := range statusMarks {
		if m.Mark == markIntent {
			return strings.Join(m.Words, "|")
		}
	}
	panic("extract: no pledge marks")
}()

// leaderWords name a unit's leaders (书记, 主要负责同志 …).
const leaderWords = "书记|负责同志|负责人|主要领导|局长|主任|院长|校长"

// leaderLed names a leader taking charge of problems in the words before a
// count (书记牵头, 领导领办, 班子成员包案).
const leaderLed = "(书记|领导|负责人|班子成员)(亲自)?(牵头|领办|包案|挂牌督办)"

// moneyAtIssue are the words of word class money_at_issue.
var moneyAtIssue = classWords(classMoneyAtIssue)

// causeWords, ending the words before a count of things made to reach a state
// (督促N个问题完成整改, 推动N项任务落地), make the state after them theirs.
const causeWords = "督促|推动|促进|促使"

// inspectorsWork tells a count of what an inspection took in while it
// stayed (巡察期间，…受理信访件23件): 受理, 接收, 收到 in a sentence framed by
// the inspection's stay. Petitions a unit received from the group (收到巡视组
// 转交的信访件) are the unit's.
func inspectorsWork(f figure) bool {
	if !has(f.pre, "受理|接收|接待|收到") {
		return false
	}
	before := f.sentenceBefore()
	return has(before, "(巡察|巡视)(期间|组进驻期间|组在驻)") ||
		has(before, "(巡察|巡视)组") && !has(before, "转交|交办|移交|转来|转办|反馈|指出")
}

// systemChangedAny are the verbs of a rule made or revised.
var systemChangedAny = systemNew + "|" + systemRevised

// thingOrUnitEnd are the thing and unit nouns, that end a container's name.
var thingOrUnitEnd = thingNouns + "|" + classWords(classUnitNoun)

// inThingContainer tells whether the sentence before a figure, rs, holds a
// container of things or units (点位中，, 企业中：): the counts after it with
// no noun of their own count them. Only a 中 before a break is looked at.
func inThingContainer(rs []rune) bool {
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '中' && strings.ContainsRune("，,：:", rs[i+1]) && endsWith(string(rs[:i]), thingOrUnitEnd) {
			return true
		}
	}
	return false
}

// reDivisions starts the words after a measure word that name
// administrative divisions (个市（州）, 个县区, 个乡镇、): the count is of
// places.
var reDivisions = regexp.MustCompile(`^[省市州盟县区旗乡镇]+([(（、，,和及]|$)`)

// reAfterBatches ends the words of a count of batches or rounds right
// before a figure (6批次, 二十八批、共计): the figure counts what came in them.
var reAfterBatches = regexp.MustCompile(`[0-9０-９零一二两三四五六七八九十百]+(批|轮)次?[、，,]?(共|共计|合计|总计)?$`)

// replyEnd ends the words of a reply made or reported (回复, 答复, 上报 …)
// right before a count: the count is of items answered, not closed.
const replyEnd = "(回复|答复|上报|报送)$"

// rectifyingTitle are the words of a document title that make it a
// rectification plan (《巡察反馈问题整改方案》, 《审计整改工作台账》).
const rectifyingTitle = "整改|巡视|巡察|审计|督察|督查|反馈|问题"

// otherDocument tells whether the last document title (《…》) in s names
// no rectification plan: the tasks and measures it is broken into are its
// own work (《…思想政治工作的实施意见》, 《…责任书》), not rectification items.
func otherDocument(s string) bool {
	i := strings.LastIndex(s, "《")
	if i < 0 {
		return false
	}
	title := s[i:]
	if j := strings.Index(title, "》"); j >= 0 {
		title = title[:j]
	}
	return !has(title, rectifyingTitle)
}

// caseWords, before the noun 问题, make the problems disciplinary cases:
// violations investigated (查处) or liable to accountability (责任追究).
const caseWords = "查处|查办|责任追究|追责问责"

// casesOf tells a count of problems that are disciplinary cases: a case
// word stands before 问题, in the words before the number (查处…问题1014件)
// or after the measure word (6个…责任追究问题).
func casesOf(f figure) bool {
	if i := strings.LastIndex(f.pre, "问题"); i >= 0 && has(f.pre[:i], caseWords) {
		return true
	}
	i := strings.Index(f.post, "问题")
	return i >= 0 && i < postNounSpan && has(f.post[:i], caseWords)
}

// penaltyWords name a fine or a confiscation: money of its own kind (other),
// whatever verb another amount of the clause has.
const penaltyWords = "处罚|罚款|罚没|罚金"

// moneyVerbs are the verbs of every money subtype (追回, 清退, 挽回 …), and
// negatorEnd are the negators (statusMarks: 未, 无法, 尚未 …).
var moneyVerbs, negatorEnd = func() (string, string) {
	var ws []string
	for _, l := range moneyWords {
		ws = append(ws, l.words)
	}
	for _, m := range statusMarks {
		if m.Mark == markNegator {
			return strings.Join(ws, "|"), strings.Join(m.Words, "|")
		}
	}
	panic("extract: no negator marks")
}()

// moneyVerbNegated tells a clause whose last money verb is negated (损失已
// 无法追回): the amount was not got back. A verb before 的 qualifies a noun
// (追回前期未收回的借款): the one before it is the clause's.
func moneyVerbNegated(clause string) bool {
	for end := len(clause); ; {
		i := lastIndex(clause[:end], moneyVerbs)
		if i < 0 {
			return false
		}
		if rest := clause[i:]; !strings.HasPrefix(rest[wordPrefix(rest, moneyVerbs):], "的") {
			return i > 0 && endsWith(clause[:i], negatorEnd)
		}
		end = i
	}
}

// reChange ends the words of a change over a period (较上年增加, 比2018年
// 增长, 同比下降): the amount after it is a difference of two statistics.
var reChange = regexp.MustCompile(`(较|比|同比|环比)[^，,。；]{0,12}(增加|增长|减少|下降|上升|提高|多|少)了?$`)

// reByline ends the label of a page's byline (编辑：, 责任编辑：, 记者 …): a
// name follows, and a capital numeral in it (陆元华: 陆 is the capital 六) is
// part of the name.
var reByline = regexp.MustCompile(`(编辑|责编|作者|记者|通讯员|来源|审核|审校|校对|撰稿|摄影|供稿|发布人|发布者)\s*[:：]\s*$`)

// inByline tells a figure that stands right after a byline's label: a
// masthead or page-header line (2023-03-17 编辑：陆元华), no figure.
func inByline(f figure) bool {
	if f.lead != "" {
		return false
	}
	i := f.n.Start - 1
	for i >= 0 && unicode.IsSpace(f.sent[i]) {
		i--
	}
	// Only after a colon is the sentence before worth reading.
	return i >= 0 && (f.sent[i] == ':' || f.sent[i] == '：') && reByline.MatchString(f.sentenceBefore())
}

// surveyWords are the inspection's surveys: the people they count were
// asked, not held accountable (调查 alone is a sanction: 交由纪委调查1人).
const surveyWords = "问卷调查|民意调查|满意度调查|调查问卷|民主测评"

// byMeansOf tells a count governed by the preposition 以 (by means of:
// 以三项过硬的举措压实责任): it says how something is done, it counts no
// result. 予以, 可以, 所以 … end in 以 but are no preposition.
func byMeansOf(f figure) bool {
	return strings.HasSuffix(f.pre, "以") && !has(f.pre, "(予|可|所|加|难|得|足|用|借|据|给|是)以$")
}

// fractionWords say a share of a whole without a number: between a count
// and its status verb (问题近半已解决) they take the status.
const fractionWords = "近半|过半|大半|半数|大多数|多数|绝大部分|大部分|近一半|一多半"

// handedToLarger tells a count followed by the part of it that concerns a
// named place or the unit itself (交办信访件122件，涉及我区2件): the count is
// the larger unit's.
var handedToLarger = regexp.MustCompile(`^[，,]涉及(我|本)?\p{Han}{0,6}[省市县区州旗镇乡]`)

// largerBefore tells whether rest, the sentence after a figure, starts
// with the part of it that concerns a place (handedToLarger); it converts
// only a rest that starts with ，涉及.
func largerBefore(rest []rune) bool {
	return len(rest) > 3 && (rest[0] == '，' || rest[0] == ',') && rest[1] == '涉' && rest[2] == '及' &&
		handedToLarger.MatchString(string(rest[:min(len(rest), 12)]))
}

// problemsContinue tells a figure that names no noun of its own but goes on
// counting the problems of the figure before: by a status or completion
// verb (已办结7件, 阶段性办结17件), the rest (其余29项), or its verb alone after
// the count (29项业已完成, 3项取得积极进展).
func problemsContinue(f figure) bool {
	if f.pre == "" && f.post == "" {
		return true
	}
	if hasNear(f, "整改|完成|推进") {
		return true
	}
	if _, ok := statusIn(f.pre); ok {
		return true
	}
	return has(f.pre, continueWords) || has(f.pre, "^(涉及|其中|共|合计)") ||
		f.pre == "" && has(f.post, goingOnOrDone)
}

// setPhrase tells a 一 that is part of a slogan pairing it with another 一
// and a measure word in the same clause (一个问题一名牵头领导, 完成一项销号一项,
// 揭示一个问题、解决一类问题): not a count.
func setPhrase(f figure) bool {
	if f.n.Count != 1 || !f.n.Chinese {
		return false
	}
	after := f.clause[len(f.lead):]
	if !strings.HasPrefix(after, "一") {
		return false
	}
	if has(f.lead, "(最后|最先|最早|最晚)$") {
		return true // 接完最后一个投诉电话: which one, not how many
	}
	return reOneMeasure.MatchString(f.lead + after[len("一"):])
}

// namedRules tells a count that names a body's regulations (省市委十项规定,
// like 中央八项规定): a name, not rules made.
func namedRules(f figure) bool {
	return strings.HasPrefix(f.post, "规定") && endsWith(f.pre, "中央|省委|市委|省市委|县委|区委|州委")
}

// article tells a 一个 that is an article, not a count: after a copula or
// 的 (这是…的一个缩影, 是一个重要举措).
func article(f figure) bool {
	return f.n.Count == 1 && f.n.Chinese && f.unit == "个" && has(f.pre, "(是|为|成为|作为|的)$")
}

// inSlogan tells a figure that is part of a short slogan in quotation marks
// (“三个不准，一个必须”) or counts the parts of one named right before it
// (“一访二查三督”三项措施): a name, not a count.
func inSlogan(f figure) bool {
	before := f.sent[:f.n.Start]
	if k := len(before); k > 0 && (before[k-1] == '”' || before[k-1] == '」') {
		return true
	}
	open := -1
	for i := len(before) - 1; i >= 0 && len(before)-i <= 12; i-- {
		if before[i] == '”' || before[i] == '」' {
			return false
		}
		if before[i] == '“' || before[i] == '「' {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := f.n.Start; i < len(f.sent) && i-open <= 16; i++ {
		if f.sent[i] == '”' || f.sent[i] == '」' {
			return true
		}
	}
	return false
}

// reOneMeasure finds 一 with a measure word (一名, 一项, 一类 …).
var reOneMeasure = regexp.MustCompile(`一[个名项类件批条位人次]`)

// ownClueNoun tells words before a clue count whose verb of handing over has
// its own clue noun after it (审计移送问题线索2条: a source of its own, not a
// share of clues counted before).
func ownClueNoun(pre string) bool {
	i := lastIndex(pre, clueSplitVerbs)
	return i >= 0 && strings.Contains(pre[i:], "线索")
}

// severalSanctions tells words that name sanctions of two subtypes or
// more (受到组织处理和党纪政务处分; 作出处理处分): one count for all, the total.
// The words are read longest first, so 组织处理 is one sanction, not 处理.
func severalSanctions(s string) bool {
	var first Subtype
	for i := 0; i < len(s); {
		best, sub := 0, Subtype("")
		for _, l := range accountabilityWords {
			if n := wordPrefix(s[i:], l.words); n > best {
				best, sub = n, l.sub
			}
		}
		if best == 0 {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if first != "" && sub != first {
			return true
		}
		first, i = sub, i+best
	}
	return false
}

// sanctionList tells a count after a list of sanctions sharing one verb
// (给予批评教育、责令检查、谈话提醒10人): one count for all of them.
func sanctionList(f figure) bool {
	if !f.first || !strings.Contains(f.lead, "、") {
		return false
	}
	parts := strings.Split(f.lead, "、")
	n := 0
	var seen Subtype
	for _, p := range parts {
		sub, ok := firstOf(p, accountabilityWords)
		if !ok {
			return false
		}
		if n == 0 || sub != seen {
			n++
		}
		seen = sub
	}
	return n >= 2
}

// convokeVerbs only take a meeting for their object (召开, 举行 …: the
// meeting verbs less 举办, which also holds trainings and exhibitions).
var convokeVerbs = []string{"组织召开", "主持召开", "召开了", "召开", "举行"}

// opensWithMeetingVerb tells a count of times whose clause opens with a
// verb that convenes a meeting, with no other count between: the times are
// meetings held (组织召开由…参加的集中反馈6次).
func opensWithMeetingVerb(f figure) bool {
	if !f.first {
		return false
	}
	for _, v := range convokeVerbs {
		if strings.HasPrefix(f.lead, v) {
			return true
		}
	}
	return false
}

// meetingNamedAfter tells a meeting named after its count, in any words
// that end in 会 or 会议 (召开4次工委会研究…, 先后两次召开整改推进会, 3次全市业务会),
// or, as the object of a meeting verb, in words of the meeting types table
// (先后3次召开理论学习中心组专题学习), and its type; several meetings listed as
// nouns after one count (5次召开常委会、中心组学习会议) are other.
func meetingNamedAfter(f figure) (MeetingType, bool) {
	p := f.post
	verb := false
	for _, v := range meetingVerbs {
		if strings.HasPrefix(p, v) {
			p, verb = p[len(v):], true
			break
		}
	}
	var name string
	var typ MeetingType
	typed := false
	if i := strings.Index(p, "会"); i >= 0 && i <= 16*3 {
		name = p[:i+len("会")]
		if strings.HasPrefix(p[i:], "会议") {
			name = p[:i+len("会议")]
		}
	} else if verb && len(p) <= 16*3 {
		// A session with no 会 in its name (中心组专题学习, 集中学习) is one
		// when the meeting table types it.
		if typ, typed = meetingTypeIn(p); !typed {
			return "", false
		}
		name = p
	} else {
		return "", false
	}
	if has(name, "研究|听取|传达|审议|通过|学习贯彻|参加|参与|出席|社会|机会|委员会") {
		return "", false
	}
	if verb && sharesCount(f) {
		return MeetingOther, true
	}
	if n := fullWidthParens.Replace(name); !typed || n != name {
		typ, _ = meetingTypeIn(n)
	}
	return typ, true
}

// reOwnCount is a count of times (2次, 两次) opening a listed part.
var reOwnCount = regexp.MustCompile(`^\S{0,4}?[0-9０-９一二两三四五六七八九十]+[次场期轮]`)

// sharesCount tells whether the meeting after f's verb is listed with more
// meetings that share its count: the part after 、 is a noun (5次召开常委会、
// 中心组学习会议), not a verb phrase with its own verb or count (先后3次召开
// 党组会议、先后2次召开推进会; 3次召开党组会、召开专题会2次).
func sharesCount(f figure) bool {
	rest, ok := strings.CutPrefix(f.clause[f.postEnd:], "、")
	if !ok {
		return false
	}
	if i := strings.Index(rest, "、"); i >= 0 {
		rest = rest[:i]
	}
	for _, v := range meetingVerbs {
		if strings.Contains(rest, v) {
			return false
		}
	}
	return !reOwnCount.MatchString(rest)
}

// hasNear tells whether the text just before or just after a figure (pre,
// post) contains one of the |-separated words, plain words all: has of
// pre+"|"+post, without making that string.
func hasNear(f figure, words string) bool {
	return has(f.pre, words) || has(f.post, words)
}

// statusOf is statusIn, and a plan read as work under way. A completion planned by a date (计划于6月底前完成整改的9个)
// says no status to statusIn (a pledge is no fact), but what it counts is
// still being rectified: in progress.
func statusOf(s string) (Status, bool) {
	if st, ok := statusIn(s); ok {
		return st, ok
	}
	for _, w := range wordList(plannedWords) {
		// The status the words after a plan would say: a planned
		// completion is work under way.
		if i := strings.Index(s, w); i >= 0 {
			if st, ok := statusIn(s[i+len(w):]); ok && st == StatusDone {
				return StatusInProgress, true
			}
		}
	}
	return "", false
}

// problemSubtype tells which problems a problems figure counts: those of
// the status the words before it name (a planned completion is not done
// yet), else the later of a total verb and a completion verb before it
// (发现并纠正问题160余个: done), else the rest or work going on (其余29项,
// 阶段性整改1个), else those of the status the words after it name when
// they are not the next figure's (问题144个已完成整改16个: 144 is the total),
// else all.
func problemSubtype(f figure) Subtype {
	if inFrame(f) {
		return SubtypeTotal
	}
	if has(f.pre, "限期办结") {
		// 限期办结的576件: to be closed by a deadline, not closed.
		return SubtypeInProgress
	}
	if st, ok := statusOf(f.pre); ok && !totalVerbAfterStatus(f.pre) {
		if st == StatusDone && has(f.pre, plannedWords) {
			return SubtypeInProgress
		}
		if st == StatusDone || !has(f.pre, remainderWords) {
			return st.Subtype()
		}
	}
	verbs := f.pre
	if !has(verbs, totalOrDone) && f.first {
		verbs = f.lead
	}
	t, d := lastIndex(verbs, problemTotalWords), lastIndex(verbs, doneVerbs)
	if d >= 0 && t > d && strings.HasPrefix(verbs[t:], "涉及") {
		// 推动整改涉及民生问题N个: 涉及 after the verb qualifies its
		// object; it is no verb of the clause.
		t = lastIndex(verbs[:t], problemTotalWords)
	}
	if d > t {
		if tail := f.tail(); has(tail, "^(目前|现在|现)?(正|尚|仍)") {
			// 督促整改问题12个，目前正在整改: the state the next clause
			// tells.
			if st, ok := statusOf(tail); ok {
				return st.Subtype()
			}
		}
	}
	if d > t && !endsWith(verbs[:d], intentEnd) || has(f.pre, "^(共|累计|合计|已)?整改$") {
		// …整改279个 after the total: the bare verb tells the done ones.
		return SubtypeDone
	}
	if endsWith(f.pre, causeWords) {
		// 督促670个…问题完成整改: the status after the thing caused.
		if st, ok := statusOf(f.post); ok {
			return st.Subtype()
		}
	}
	if has(f.pre, restOrGoingOn) {
		return SubtypeInProgress
	}
	if f.toNext {
		if has(f.pre, problemTotalWords) {
			return SubtypeTotal
		}
		return SubtypeTotal
	}
	if has(f.post, fractionWords) {
		// 1500项问题近半已得到解决: the status is the fraction's; the count
		// is the whole.
		return SubtypeTotal
	}
	if st, ok := statusOf(f.post); ok && !has(f.pre, problemTotalWords) {
		if st == StatusDone && has(f.post, plannedWords) {
			return SubtypeInProgress
		}
		return st.Subtype()
	}
	if has(f.post, goingOnWords) && !has(f.pre, problemTotalWords) {
		return SubtypeInProgress
	}
	// The status in the next clause: 移交的9个问题，正在抓紧制定整改方案. A
	// total said to be all done (反馈问题15个，已全部完成整改) stays the total.
	if tail := f.tail(); has(tail, "^(正|尚)") || has(tail, "^(已|目前|现已)") && !has(tail, "全部|均") && !has(f.pre, problemTotalWords) {
		if st, ok := statusOf(tail); ok {
			return st.Subtype()
		}
		if has(tail, goingOnWords) {
			return SubtypeInProgress
		}
	}
	return SubtypeTotal
}

// inFrame reports a count that frames the parts after it: 在…的1250个问题
// 中，986个已完成整改 — what the words before it say of the problems (需要年
// 底前完成整治的) qualifies the whole, so it is their total, whatever status
// those words name.
func inFrame(f figure) bool {
	return has(f.lead, "^在") && has(f.post, "^[^，,。；]{0,8}(之中|中)([，,]|$)")
}

// countsTimes tells a measure word that counts times (次, 场, 场次, 期, 轮): the
// words after it are mostly not the thing counted (召开会议15次研究…), but
// see meetingAfter.
func countsTimes(unit string) bool {
	return unit == "次" || unit == "场" || unit == "场次" || unit == "期" || unit == "轮"
}

// meetingAfter tells a figure whose meeting is named after the count
// (开了13次工作会, 召开了13次专题会议), and its kind.
func meetingAfter(f figure) (MeetingType, bool) {
	typ, ok := meetingTypeIn(f.post)
	return typ, ok && (f.pre == "" || has(f.post, meetingHeadWords))
}

// claimOther files a figure that counts something else: its subtype is the
// thing counted, as written.
func claimOther(c Claim, f figure) Claim {
	c.Kind, c.Subtype = KindOther, Subtype(otherObject(f))
	return c
}

// otherObject names what a figure of kind other counts: the first nouns
// after its measure word, else the last noun before it, else the measure
// word itself.
func otherObject(f figure) string {
	var obj string
	for _, t := range f.postTokens() {
		if isNoun(t.POS) {
			obj += t.Text
			continue
		}
		if obj != "" || !strings.HasPrefix(t.POS, "u") {
			break
		}
	}
	if obj != "" {
		return obj
	}
	if f.chained {
		return f.unit
	}
	toks := f.preTokens()
	for i := len(toks) - 1; i >= 0; i-- {
		if isNoun(toks[i].POS) {
			return toks[i].Text
		}
	}
	return f.unit
}

// isNoun tells a jieba part-of-speech tag of a noun (n…, vn).
func isNoun(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }

// demoteMeasures files as other the measures a sentence counts beside its
// problems (针对18个问题制定64条措施: the 64): measures are the items only
// when nothing else is counted. cs are the claims of the sentence and figOf
// the index in figs of each one's figure.
func demoteMeasures(cs []Claim, figs []figure, figOf []int) {
	problems, measures := false, false
	for i := range cs {
		if cs[i].Kind != KindProblems || cs[i].Subtype == SubtypeRate {
			continue
		}
		switch countedNoun(figs[figOf[i]]) {
		case nounMeasure:
			measures = true
		case nounItem:
			problems = true
		}
	}
	if !problems || !measures {
		return
	}
	for i := range cs {
		if f := figs[figOf[i]]; cs[i].Kind == KindProblems && cs[i].Subtype != SubtypeRate && countedNoun(f) == nounMeasure {
			cs[i] = claimOther(cs[i], f)
		}
	}
}

// demoteEnumerations files as other the counts of problems a sentence lists
// by category, three or more joined by 、 with no verb of their own (涉及水
// 水体问题11个、扬尘问题20个、噪声问题30个): the parts of a whole split
// by kind, none of them a total of the unit's problems. cs are the claims
// of the sentence and figOf the index in figs of each one's figure.
func demoteEnumerations(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && enumerated(cs[j-1], cs[j], figs[figOf[j]]) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				cs[k] = claimOther(cs[k], figs[figOf[k]])
			}
		}
		i = j
	}
}

// enumerated tells whether claim c, of figure f, continues a list by
// category after claim prev: both count problems in one measure word, and
// f's words are a category and its noun after a 、, with no verb or status.
func enumerated(prev, c Claim, f figure) bool {
	if prev.Unit != c.Unit || prev.Scope != c.Scope || prev.Subtype == SubtypeRate || c.Subtype == SubtypeRate || f.preLo == 0 {
		return false
	}
	if sep := f.sent[f.preLo-1]; (sep == '、' || sep == '，' || sep == ',') && strings.HasSuffix(f.pre, "方面") &&
		(prev.Kind == KindProblems || prev.Kind == KindOther) && (c.Kind == KindProblems || c.Kind == KindOther) {
		// …方面12个，…方面7个: counts by aspect, whatever verb the
		// aspect's name holds (推进…行动方面).
		return true
	}
	return prev.Kind == KindProblems && c.Kind == KindProblems && prev.Subtype == SubtypeTotal && c.Subtype == SubtypeTotal &&
		f.sent[f.preLo-1] == '、' && has(f.pre, itemNouns) && !has(f.pre, totalOrDone) && !isStatus(f.pre)
}

// demoteNameLists files as other units' the counts a sentence lists by
// place or body, three or more, each after a name of its own (涉及甲开发区1
// 件、乙镇3件、丙街道1件; 市住建局2件，市水务局1件，秦州区63件): shares of a
// round-up by unit, not the unit's own counts. The first of the list may
// have words before its name (涉及, 其中：).
func demoteNameLists(cs []Claim, figs []figure, figOf []int) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Unit == cs[i].Unit && bareName(figs[figOf[j]]) && endsWith(nameOf(figs[figOf[j-1]]), nameEnd) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				if cs[k].Kind != KindOther {
					cs[k].Scope = ScopeOtherUnits
				}
			}
		}
		i = j
	}
}

// nameEnd are the words that end a name of a place or a body (甲开发区,
// 市水务局, 乙镇).
const nameEnd = "市|县|区|州|盟|旗|镇|乡|街道|村|社区|局|委|办|院|所|站|厅|公司|中心|学校|大学"

// bareName tells a figure whose words are a name of a place or body alone,
// after a 、 or a comma, with any note in brackets left out
// (市林草局（重点信访）).
func bareName(f figure) bool {
	if f.preLo == 0 || !strings.ContainsRune("、，,", f.sent[f.preLo-1]) {
		return false
	}
	name := nameOf(f)
	if n := utf8.RuneCountInString(name); n < 2 || n > 10 || strings.IndexFunc(name, func(r rune) bool { return !han.IsHan(r) }) >= 0 {
		return false
	}
	return endsWith(name, nameEnd) && !has(name, itemNouns) && !has(name, totalOrDone)
}

// nameOf is the words before a figure with any note in brackets left out.
func nameOf(f figure) string {
	if !strings.ContainsAny(f.pre, "(（") {
		return f.pre
	}
	return reBracketNote.ReplaceAllString(f.pre, "")
}

// measureClaim is a problems claim that counts measures, and its figure.
type measureClaim struct {
	claim int
	fig   figure
}

// noteMeasures notes, for the claims of a sentence from first on, whether
// one counts problems and which count measures: those naming a measure noun
// and those after them, in the paragraph, that name no noun of their own and
// share their measure word (制定整改措施64条，已完成60条: the 60 too).
func (x *extractor) noteMeasures(first int, figs []figure) {
	for i := first; i < len(x.claims); i++ {
		if x.claims[i].Kind != KindProblems || x.claims[i].Subtype == SubtypeRate {
			continue
		}
		f := figs[x.figOf[i-first]]
		switch countedNoun(f) {
		case nounMeasure:
			x.measures = append(x.measures, measureClaim{i, f})
			x.measureUnit = f.unit
		case nounItem:
			x.items = true
			x.measureUnit = ""
		case nounNone:
			if x.measureUnit != "" && f.unit == x.measureUnit {
				x.measures = append(x.measures, measureClaim{i, f})
			}
		}
	}
}

// demoteMeasures files as other the measures counted in a text that counts
// its problems too, in another sentence (问题33项 … 制定97项整改措施，细化为
// 171条具体措施): measures are the items only when nothing else is counted
// (docs/devset.md, measures-as-items).
func (x *extractor) demoteMeasures() {
	if !x.items {
		return
	}
	for _, m := range x.measures {
		if c := &x.claims[m.claim]; c.Kind == KindProblems {
			*c = claimOther(*c, m.fig)
		}
	}
}

// reUnitSubject finds the words that make the figures after them another
// unit's (对县水务局开展的专项审计调查，查出问题11个; 某某局审计查出问题9个).
var reUnitSubject = regexp.MustCompile(`对[^，。；,]{1,30}开展的[^，。；,]{0,40}(审计|巡察|巡视|检查|督查|调查)|(^|[，,；])[^，,。；]{2,14}[局院所站队会]审计查出|督促(所属|下属)[^，。；,]{0,12}(单位|企业|学校|医院|部门|乡镇|街道|党组织|公司)`)

// unitSubjectEnd returns where, in the sentence rs, the words end that
// make its later figures about another unit; past the end when there are
// none.
func unitSubjectEnd(rs []rune, figs []figure) int {
	if len(figs) == 0 || !containsRunes(rs, '审', '计') && !containsRunes(rs, '展', '的') && !containsRunes(rs, '督', '促') {
		return len(rs) + 1
	}
	s := string(rs)
	loc := reUnitSubject.FindStringIndex(s)
	if loc == nil {
		return len(rs) + 1
	}
	if m := s[loc[0]:loc[1]]; strings.HasSuffix(m, "审计查出") && strings.Contains(strings.TrimSuffix(m, "审计查出"), "审计") {
		// None, or the auditor itself (县审计局审计查出问题135个).
		return len(rs) + 1
	}
	return utf8.RuneCountInString(s[:loc[1]])
}

// containerWords end the words of a container of items (案件中, 转办信访中):
// the counts after it in the sentence are its parts.
const containerWords = "(件|问题|案件|线索|信访|举报|投诉)中([^央心国共层，,；;。]|$)"

// nounVerbs takes out of a text the item nouns made with a total verb
// (交办件, 转办案件): inside them the verb is no verb (其中重点交办件16件 is a
// part, not a total handed over).
var nounVerbs, nounVerbWords = func() (*strings.Replacer, string) {
	var pairs, words []string
	for _, w := range wordList(itemNouns) {
		if has(w, problemTotalWords) {
			pairs = append(pairs, w, "")
			words = append(words, w)
		}
	}
	return strings.NewReplacer(pairs...), strings.Join(words, "|")
}()

// shareNext tells whether rest, the sentence after a figure, goes on with
// the figure's share of a whole (，占整改问题总量的48%): a figure so
// measured is a part, not the total.
func shareNext(rest []rune) bool {
	if len(rest) > 0 && (rest[0] == '，' || rest[0] == ',') {
		rest = rest[1:]
	}
	return len(rest) > 1 && rest[0] == '占'
}

// inBracketRunes is inBracket of a text in runes.
func inBracketRunes(rs []rune) bool {
	open := 0
	for _, r := range rs {
		switch r {
		case '(', '（':
			open++
		case ')', '）':
			open--
		}
	}
	return open > 0
}

// inBracket reports whether s ends inside an open bracket.
func inBracket(s string) bool {
	return strings.Count(s, "（")+strings.Count(s, "(") > strings.Count(s, "）")+strings.Count(s, ")")
}

// isStatus tells whether s holds a status word.
func isStatus(s string) bool {
	_, ok := statusOf(s)
	return ok
}

// containsRunes reports whether rs holds the runes ws one after another.
func containsRunes(rs []rune, ws ...rune) bool {
	for i := 0; i+len(ws) <= len(rs); i++ {
		k := 0
		for k < len(ws) && rs[i+k] == ws[k] {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}

// reNameShareRest is what follows a name's share in a list of shares: its
// closed count (襄阳7件，已办结7件).
var reNameShareRest = regexp.MustCompile(`^[，,]\s*(已经|均已|已)?(全部)?(办结|完成|整改|销号|处置)[^，,；;。0-9]{0,4}[0-9０-９]`)

// problemOrRectify are the item nouns and 整改: a sentence holding none
// is about no problems.
var problemOrRectify = problemWords + "|整改"

// notNameWords are words no name of a place or body holds: the verbs,
// statuses and item nouns of the word classes.
var notNameWords = problemWords + "|" + problemTotalWords + "|" + doneVerbs + "|" + goingOnWords + "|" + remainderWords + "|" +
	predicateWords + "|" + plannedWords + "|整改|办理|办结|处置|累计|合计|共"

// nameShare reports a count whose only words before it are a bare name —
// two to four characters of no verb or status, after an opening 其中 /
// 另外 — followed by how many of them are closed (其中武汉58件，已办结58件；
// 襄阳7件，已办结7件): a list of the shares of places or bodies, each
// its own, none the unit's total. A name is told from a verb by the
// word classes, not by a list of places, so that the reader needs no
// segmentation (Options.NoWords reads the same).
func nameShare(f figure) bool {
	name := f.pre
	for _, p := range []string{"其中", "另外", "另"} {
		name = strings.TrimPrefix(name, p)
	}
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 4 || !f.first {
		return false
	}
	for _, r := range name {
		if !han.IsHan(r) {
			return false
		}
	}
	if has(name, notNameWords) {
		return false
	}
	rest := f.sent[f.unitEnd:]
	return reNameShareRest.MatchString(string(rest[:min(len(rest), 16)]))
}

// publicAccounts name the accounts of a public budget: a sentence about
// them states the budget's lines, whatever verb each amount has.
const publicAccounts = "预算收入|预算支出|预算数|决算数|一般公共预算|政府性基金预算|国有资本经营预算"

// isPieces tells the measure words of cases and pieces of mail: 件, and 宗
// as southern and Cantonese texts count cases (信访举报案件17宗).
func isPieces(unit string) bool { return unit == "件" || unit == "宗" }

// PieceMeasure tells a measure word of pieces handled (件, 宗, 起), as
// against those of items (个, 项, 条 …): counts in the two are of two sets
// (verify's arithmetic does not pair them).
func PieceMeasure(unit string) bool { return isPieces(unit) || unit == "起" }

// mentions tells whether s holds a word of any subtype of lists.
func mentions(s string, lists subtypeList) bool {
	_, ok := firstOf(s, lists)
	return ok
}

// accountabilityAny are the words of every accountability subtype.
var accountabilityAny = func() string {
	var ws []string
	for _, l := range accountabilityWords {
		ws = append(ws, l.words)
	}
	return strings.Join(ws, "|")
}()

// reVerbOfUnits finds an accountability verb governing a count of units
// (问责17个单位和…): the people after them share it.
var reVerbOfUnits = regexp.MustCompile(`(问责|追责|处理|处分)[0-9０-９零一二两三四五六七八九十百]+(个|家)`)
