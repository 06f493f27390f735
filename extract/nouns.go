package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhenggai/zhenggai/internal/han"
	"github.com/zhenggai/zhenggai/internal/seg"
)

// The noun a count counts: the item, thing, unit and group nouns of the word
// classes (vocab_claims.go), found after the measure word or before the
// number, and how a compound or a split noun phrase is read.

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
	paymentWords   = classWords(classPayment)
	statisticWords = classWords(classStatistic)
	breachWords    = classWords(classBreach)
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
	systemNouns    = "制度|办法|规定|规则|细则|规程|规章|机制|建章立制|整章建制"
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
	if strings.Contains(f.post, "的") && predicateStart(f) == 0 {
		if m := reRelativeHead.FindStringSubmatch(f.post); m != nil && wordPrefix(m[1], itemNouns) == len(m[1]) {
			// 3个正在整改的问题, 2个尚未销号的事项: a clause opening on a
			// predicate word, with 的 before the head noun, qualifies it; it is
			// no predicate, and the head says what is counted (not 机制 named
			// before the number).
			return nounItem
		}
	}
	span := postNounSpan
	if i := predicateStart(f); i >= 0 && i < span {
		span = i // the noun phrase ends where the predicate starts
	}
	if i := strings.IndexAny(f.post, "(（"); i >= 0 && i < span {
		span = i // a note in brackets (21件（部分信访件…）) names no head
	}
	if i := prepositionAfterNoun(f.post); i >= 0 && i < span {
		span = i // 11个基层供销社对照巡察反馈问题开展自查: the units, then their act
	}
	best, at := nounNone, len(f.post)
	for _, l := range nounLists {
		if i := firstIndex(f.post, l.words); i >= 0 && i < at && i < span && !(l.class == nounSystem && asRequired(f.post, i)) {
			best, at = l.class, i
		}
	}
	if best == nounItem {
		// 5个重点问题整改组: a group named after problems heads the phrase.
		if rest := f.post[at+wordLenAt(f.post, at):]; wordPrefix(rest, groupNouns) > 0 || groupHeaded(rest) {
			return nounThing
		}
	}
	if best != nounNone {
		return compoundHead(f.post, best, at)
	}
	if splitItemNoun(f) {
		return nounItem
	}
	if breachNamed(f) {
		// 查处“小金库”1875个, 撤销私设账户49个, 清理违规车辆1.2万辆: a
		// thing named by its breach is a problem, whatever its noun.
		return nounItem
	}
	if unitPastBreak(f) {
		return nounUnit
	}
	if endsWith(f.pre, thingNouns) && !endsWith(f.pre, itemNouns) && !f.chained {
		// 核查点位1470个: a thing right before the number is what it counts
		// (not 已完成整改点位58个: an item, and done).
		if _, ok := statusOf(f.pre); !ok {
			return nounThing
		}
	}
	if obj, ok := worksObjectOf(f.pre); ok && !namesCounted(obj) {
		// “消火栓欠账”问题已补建消火栓46个: the thing a work of building or
		// fitting made, named right before the number, is what it counts,
		// not the problem named before the verb.
		return nounThing
	}
	at = -1
	for _, l := range nounLists {
		if l.class == nounUnit || l.class == nounThing {
			continue // before the number they are the subject, not the thing counted
		}
		if i := lastIndex(f.pre, l.words); i > at && !(l.class == nounSystem && asRequired(f.pre, i)) {
			best, at = l.class, i
		}
	}
	if best == nounItem {
		// 问题企业有71个: a unit or thing noun right after the item noun
		// heads the compound; the item noun only qualifies it.
		if rest := f.pre[at+wordLenAt(f.pre, at):]; wordPrefix(rest, thingOrUnitEnd) > 0 {
			return nounNone
		}
	}
	return best
}

// predicateStart returns the byte offset in f.post of the first predicate
// word (已, 正, 为, 完成 …) that starts a word of the sentence as jieba cuts
// it, -1 when none does: a one-character predicate word inside a noun
// (不正之风, 行为) does not end the noun phrase (推动28个侵害群众利益的不正之风
// 问题完成整改). Without words (Options.NoWords) the first match counts.
func predicateStart(f figure) int {
	toks := f.postTokens()
	for off := 0; off < len(f.post); {
		i := firstIndex(f.post[off:], predicateWords)
		if i < 0 {
			return -1
		}
		at := off + i
		if len(toks) == 0 || tokenStartsAt(toks, f.unitEnd+utf8.RuneCountInString(f.post[:at])) {
			return at
		}
		_, n := utf8.DecodeRuneInString(f.post[at:])
		off = at + n
	}
	return -1
}

// tokenStartsAt tells whether one of toks starts at rune offset at.
func tokenStartsAt(toks []seg.Token, at int) bool {
	for _, t := range toks {
		if t.Start == at {
			return true
		}
		if t.Start > at {
			break
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
		if n == 0 || wordPrefix(s[at:], stageNouns) > 0 {
			// 分三个批次反馈问题15个: batches, stages and levels count
			// themselves, whatever noun their clause names after.
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

// groupHeaded tells the words after an item noun that go on, with no
// break, to a group noun that heads the phrase (问题专项整治小组: a group
// named after problems), within a few characters.
func groupHeaded(rest string) bool {
	n := 0
	for i, r := range rest {
		if n > 6 || !han.IsHan(r) {
			return false
		}
		if wordPrefix(rest[i:], groupNouns) > 0 {
			// Not past a verb: 12个问题成立工作专班 (the problems, a
			// group set up for them), 8个问题向巡察组作了汇报.
			return !has(rest[:i], groupVerbs)
		}
		n++
	}
	return false
}

// groupVerbs, between an item noun and a group noun, make the group the
// object of a clause about the items, not the head of their phrase.
const groupVerbs = "成立|组建|设立|建立|组成|抽调|向|由|对|逐一|分别|作|交|移|报"

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

// splitItemNoun tells an item noun made of a verb and a noun (反馈意见,
// 交办件, 整改任务) split by the count: the verb before it (反馈的41条意见),
// the noun after.
func splitItemNoun(f figure) bool {
	if splitNoun(strings.TrimSuffix(f.pre, "的"), f.post) {
		return true
	}
	// Split by a count of batches too (转办二十批1350件案件), or parted by
	// one before the sum (转办八批案件共计736件); cases counted in batches
	// are sent ones whatever the verb (已办理案件五批共41件).
	if !f.chained {
		return false
	}
	if reAfterBatches.MatchString(f.lead) && splitNoun(reAfterBatches.ReplaceAllString(f.lead, ""), f.post) {
		return true
	}
	lead := reSumEnd.ReplaceAllString(f.lead, "")
	if f.post != "" || lead == f.lead || !reBatchesIn.MatchString(lead) {
		return false
	}
	base := reBatchesIn.ReplaceAllString(lead, "")
	// Not cases investigated (分两批查处案件共计16件): disciplinary cases.
	return endsWith(base, itemNouns) || strings.HasSuffix(base, "案件") && !has(base, caseWords+"|立案")
}

// reBatchesIn finds a count of batches or rounds (十批, 6批次); reSumEnd the
// sum word that ends a noun's words before its count (案件共计).
var (
	reBatchesIn = regexp.MustCompile(batchCount)
	reSumEnd    = regexp.MustCompile(`(` + sumWords + `)$`)
)

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

// reDivisionsBare starts the words after 个 that name divisions by the bare
// word, the predicate right after (12个市整改率均在90%以上, 14个设区市共发现…):
// not a compound noun (市场, 区域, 市直 …).
var reDivisionsBare = regexp.MustCompile(`^(设区的?|地级|县级|所辖)?[市州盟县区旗]+[^场民域政长委属直级内外容貌镇村]`)

// reAfterBatches ends the words of a count of batches or rounds right
// before a figure (6批次, 二十八批、共计): the figure counts what came in them.
var reAfterBatches = regexp.MustCompile(batchCount + `[、，,]?(` + sumWords + `)?$`)

// batchCount is a count of batches or rounds (十批, 6批次); sumWords the
// words of a sum before a count (共计, 合计 …).
const (
	batchCount = `[0-9０-９零一二两三四五六七八九十百]+(批|轮)次?`
	sumWords   = `共|共计|合计|总计|累计`
)

// isNoun tells a jieba part-of-speech tag of a noun (n…, vn).
func isNoun(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }

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

// asRequired tells a word of rules at byte i of s that is a norm followed,
// not a rule counted: 按规定, 按照规定, 未按规定, 违反规定 (5项重大投资未按规定
// 请示报告), 不符合规定 (抽检113件，不符合规定6件).
func asRequired(s string, i int) bool {
	before := s[:i]
	return strings.HasSuffix(before, "按") || strings.HasSuffix(before, "按照") || strings.HasSuffix(before, "依照") ||
		strings.HasSuffix(before, "违反") || strings.HasSuffix(before, "依据") || strings.HasSuffix(before, "符合") || strings.HasSuffix(before, "不符")
}

// rePreposition opens a verb phrase with its object (对照…开展, 针对…制定).
var rePreposition = regexp.MustCompile(`对照|针对|围绕|按照|依照|根据`)

// prepositionAfterNoun returns where, in post, a preposition opens the
// predicate after the counted noun (11个基层供销社对照巡察反馈问题开展自查:
// the units counted, then what they did), -1 when none does. A preposition
// right after the measure word (12个针对领导班子的问题, 15条对照检查问题), or
// one whose phrase reaches a 的 (…对照…的问题), qualifies the noun instead.
func prepositionAfterNoun(post string) int {
	if !strings.ContainsAny(post, "对针围按依根") {
		return -1 // the first character of every preposition
	}
	loc := rePreposition.FindStringIndex(post)
	if loc == nil || loc[0] == 0 || strings.Contains(post[loc[1]:], "的") {
		return -1
	}
	return loc[0]
}

// namesCounted tells words holding a noun of the classes a claim counts
// (问题, 制度, 会议 …; not things): 新建制度8项 counts rules, not works.
func namesCounted(s string) bool {
	for _, l := range nounLists {
		if l.class != nounThing && has(s, l.words) {
			return true
		}
	}
	return false
}

// stageNouns count batches, rounds, stages, levels and steps: head of their
// phrase (三个批次, 两个阶段), never a modifier of the noun after them.
const stageNouns = "批次|轮次|层次|阶段|步骤|环节|梯次"

// reBreachBefore finds a noun phrase named by its breach right before a
// number (违规发放的津贴, 私设账户, “小金库”): a breach word and at most a few
// characters of noun after it, no clause break. reBreachAfter finds one right
// after a measure word (402个“小金库”, 13辆超标车).
var (
	reBreachBefore = regexp.MustCompile(`(` + breachNounWords + `)[\p{Han}“”"]{0,6}$`)
	reBreachAfter  = regexp.MustCompile(`^[“"]?(` + breachNounWords + `)`)
)

// breachNounWords mark a thing counted as a breach of rules.
const breachNounWords = "小金库|违规|超标|超配|超编|私设"

// reBreachActs finds a breach's acts and cases (违规行为, 违法案件): what an
// enforcement counts, no problem of a unit.
var reBreachActs = regexp.MustCompile(`行为|案件|案$|事件|违法`)

// breachNamed tells a count of things named by their breach (查处小金库N个,
// 清理违规车N辆): problems, whatever the thing.
func breachNamed(f figure) bool {
	if f.chained || !has(f.pre, breachNounWords) && !has(f.post, breachNounWords) {
		return false // (the word lists first: the patterns cost more)
	}
	if f.unit == "起" || f.unit == "宗" {
		return false // incidents and cases: an enforcement's count
	}
	if has(f.lead, "查处") && !has(f.lead, breachFoundVerbs) && !has(f.pre, ownHoldings) && !has(f.post, ownHoldings) {
		// 查处违规广告42条, 查处违规占道经营摊点58个: a regulator's
		// enforcement; only what the unit itself held (小金库, 私设账户)
		// is its problem when 查处 finds it.
		return false
	}
	if !has(f.lead, breachFoundVerbs) && !has(f.lead, "查处") && !strings.HasPrefix(f.pre, "其中") {
		// 拆除违规养殖棚舍11处, 收回违规转包项目3个: what a measure
		// removed, named by its breach, is the measure's object; only a
		// breach found (查处, 清理出) counts problems.
		return false
	}
	if loc := reBreachAfter.FindStringIndex(f.post); loc != nil {
		return !reBreachActs.MatchString(f.post)
	}
	loc := reBreachBefore.FindStringIndex(f.pre)
	// 属于…违规的17个, 违规发放的38笔: a breach told of the elided head
	// (的) is a class or the head's attribute, not the thing counted.
	return loc != nil && !reBreachActs.MatchString(f.pre[loc[0]:]) && !strings.Contains(f.pre[loc[0]:], "的")
}

// breachFoundVerbs find a breach (查出小金库, 清理出违规车辆); 查处 finds one
// only of ownHoldings.
const breachFoundVerbs = "发现|查出|清理出|清查出|排查出|检查出|查实|自查"

// ownHoldings are the breaches only a unit's own books or assets hold
// (a slush fund, a private account, a car or room over the standard).
const ownHoldings = "小金库|私设|超标|超配|超编"

// nounPhrase is the noun phrase right after a figure's measure word: its
// words up to their predicate (predicateStart) or a break (2项重大隐患均已…:
// 重大隐患; 一个历史遗留问题尚未…: 历史遗留问题).
func nounPhrase(f figure) string {
	np := f.post
	if i := predicateStart(f); i >= 0 {
		np = np[:i]
	}
	if i := strings.IndexAny(np, "，,；;。、"); i >= 0 {
		np = np[:i]
	}
	return np
}

// reRelativeHead is a relative clause of a few words, joined by 的 to the
// head noun after a measure word (正在整改的问题): group 1 the head.
var reRelativeHead = regexp.MustCompile(`^[^，,；;。：:的]{1,10}的(\p{Han}{2,4}?)(?:[，,；;。：:]|$|[中均已正尚仍])`)
