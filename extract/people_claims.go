package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Counts of people and cases: sanctions, clues and cases filed, what
// leaders took on, and the work of the inspection itself.

// leaderWords name a unit's leaders (书记, 主要负责同志 …).
const leaderWords = "书记|负责同志|负责人|主要领导|局长|主任|院长|校长"

// leaderLed names a leader taking charge of problems in the words before a
// count (书记牵头, 领导领办, 班子成员包案).
const leaderLed = "(书记|领导|负责人|班子成员)(亲自)?(牵头|领办|包案|挂牌督办)"

// inspectorsWork tells a count of what an inspection took in while it
// stayed (巡察期间，…受理信访件23件): 受理, 接收, 收到 in a sentence framed by
// the inspection's stay. Petitions a unit received from the group (收到巡视组
// 转交的信访件) are the unit's.
func inspectorsWork(f figure) bool {
	if !has(f.pre, "受理|接收|接待|收到") {
		return false
	}
	before := f.sentenceBefore()
	return duringStay(before) ||
		has(before, "(巡察|巡视)组") && !has(before, "转交|交办|移交|转来|转办|反馈|指出")
}

// reDuringStay finds the frame of an inspection's stay (巡察期间, 巡视组进驻期间)
// and what follows it.
var reDuringStay = regexp.MustCompile(`(巡察|巡视)(期间|组进驻期间|组在驻)(.?.?)`)

// duringStay tells a sentence framed by the inspection's stay: what it
// counts is the inspection's own work. Not the problems found then (针对巡察
// 期间发现的问题，…约谈相关责任人12人: the unit's accountability).
func duringStay(before string) bool {
	if !strings.Contains(before, "巡") {
		return false
	}
	m := reDuringStay.FindStringSubmatch(before)
	return m != nil && !has(m[3], "发现|反馈|指出|交办|移交")
}

// caseWords, before the noun 问题, make the problems disciplinary cases:
// violations investigated (查处) or liable to accountability (责任追究).
const caseWords = "查处|查办|责任追究|追责问责"

// casesOf tells a count of problems that are disciplinary cases: a case
// word stands before 问题, in the words before the number (查处…问题1014件)
// or after the measure word (6个…责任追究问题), or a case word or 问责 is the
// verb right before the count (问责127个典型问题).
func casesOf(f figure) bool {
	if i := strings.LastIndex(f.pre, "问题"); i >= 0 && has(f.pre[:i], caseWords) {
		return true
	}
	i := strings.Index(f.post, "问题")
	// The case word as the verb of the count (依规依纪问责127个典型问题).
	return i >= 0 && i < postNounSpan && (has(f.post[:i], caseWords) || has(f.pre, "(问责|追责|"+caseWords+")$"))
}

// ownClueNoun tells words before a clue count whose verb of handing over has
// its own clue noun after it (审计移送问题线索2条: a source of its own, not a
// share of clues counted before).
func ownClueNoun(pre string) bool {
	i := lastIndex(pre, clueSplitVerbs)
	return i >= 0 && strings.Contains(pre[i:], "线索")
}

// severalSanctions tells words that name sanctions of two subtypes or
// more (受到组织处理和党纪政务处分; 作出处理处分): one count for all, the total.
// The words are read longest first, so 组织处理 is one sanction, not 处理;
// a word of the total right after a sanction is its head (党政纪处理: one
// sanction).
func severalSanctions(s string) bool {
	var first Subtype
	last := -1 // where the last sanction word ended
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
		if first != "" && sub != first && !(sub == SubtypeTotal && !coordinated(s[last:i])) {
			return true
		}
		first, i = sub, i+best
		last = i
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

// peopleFigure reads a count of people: held to account, clues counted in people, or other.
func peopleFigure(f figure, c Claim, topic *Claim) (Claim, bool) {
	if has(f.pre, "谈话|约谈|谈心") && duringStay(f.sentenceBefore()) {
		// 巡察期间，个别谈话110人次、…约谈6人: the inspection's own talks.
		return claimOther(c, f), true
	}
	if rankSubset(f) {
		// 被问责的处级干部中，党纪政务处分16人次，诫勉23人次: a breakdown
		// of one rank of those held to account, inside their counts.
		return claimOther(c, f), true
	}
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
	if f.afterQiz && f.prevTopic && topicIs(topic, KindAccountability) && has(f.pre, clueFiled) {
		// 问责7人次，其中…移送区纪委立案处理1人次: a way of the breakdown of
		// those held to account, not a clue filed.
		c.Kind, c.Subtype = KindAccountability, SubtypeOther
		return c, true
	}
	if f.chained && f.pre == "" && f.prevTopic && topicIs(topic, KindClues) && !has(f.clause, enforcement) {
		// 领导干部问题线索461件453人: the clues counted again in the
		// people they name, of the same state.
		c.Kind, c.Subtype = KindClues, topic.Subtype
		return c, true
	}
	if (f.chained && f.pre == "" && has(f.lead, clueFiled) ||
		topicIs(topic, KindClues) && topic.Subtype == SubtypeFiled && f.prevTopic && has(f.pre, "^涉及")) && !has(f.clause, enforcement) {
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
	if has(f.pre, "企业|商户|经营户|经营者") && has(f.pre, "约谈") && !has(f.pre, firmAccountability) && (has(string(f.sent), enforcement) || has(string(f.sent), firmsChecked) && !has(f.pre, "所属|下属|子公司|二级")) {
		// 立案处罚企业12家，…约谈相关企业人员5人; 对全市31家运输企业开展专项
		// 检查，约谈企业负责人12人次: a regulator's talk with firms, not the
		// accountability of cadres (问责所属企业责任人员8人 stays).
		return claimOther(c, f), true
	}
	if has(f.pre, otherWays) {
		// 诫勉、函询等其他处理40人: the other ways, whatever
		// the list before names.
		c.Kind, c.Subtype = KindAccountability, SubtypeOther
		return c, true
	}
	if sanctionList(f) {
		c.Kind, c.Subtype = KindAccountability, SubtypeTotal
		return c, true
	}
	if strings.Contains(f.pre, "约谈问责") {
		// 约谈问责党政领导干部524人: those talked to and those held
		// accountable, one count.
		c.Kind, c.Subtype = KindAccountability, SubtypeTotal
		return c, true
	}
	if sub, ok := firstOf(f.pre, accountabilityWords); ok {
		c.Kind, c.Subtype = KindAccountability, sub
		if severalSanctions(f.pre) {
			// 给予党政纪及组织处理181人: one count for both.
			c.Subtype = SubtypeTotal
		}
		return c, true
	}
	if (strings.HasPrefix(f.post, "(") || strings.HasPrefix(f.post, "（")) && has(f.post, accountabilityAny) {
		// 问责：8人（诫勉谈话3人，批评教育5人）: the note breaks the count
		// down by sanction; the label before the colon, else the note's
		// sum, names the count.
		c.Kind, c.Subtype = KindAccountability, SubtypeTotal
		if label := strings.TrimRight(string(f.sent[:f.clauseLo]), " "); strings.HasSuffix(label, "：") || strings.HasSuffix(label, ":") {
			if s, ok := firstOf(lastClauseOf(label), accountabilityWords); ok {
				c.Subtype = s
			}
		}
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
	if topicIs(topic, KindAccountability) && f.prevTopic && has(f.pre, "(和|及|与)$") {
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
	if topicIs(topic, KindAccountability) && f.pre == "" {
		c.Kind, c.Subtype = KindAccountability, SubtypeOther
		return c, true
	}
	return claimOther(c, f), true
}

// petitionClues name petitions an inspection hands over as 线索 (移交信访问题
// 线索116件): petitions, counted as problems, not clues of misconduct.
const petitionClues = "信访问题线索|信访线索"

// otherWays close a list of sanctions with the rest of them (…等其他处理,
// 通报、组织处理等其他问责情形): the count is of the other ways.
const otherWays = "其他(处理|方式|问责)[^，,；;。、]{0,4}$"

// firmAccountability are the sanctions that hold cadres of firms to account,
// not a regulator's talk with them.
const firmAccountability = "问责|追责|处分|处理|责任追究"

// clueHandledWords and clueReceivedWords are the words of clues disposed of
// (处置, 办结 …) and received (收到, 移交 …).
var (
	clueHandledWords  = wordsOf(KindClues, SubtypeHandled)
	clueReceivedWords = wordsOf(KindClues, SubtypeReceived)
)

// cluesDisposedBefore tells a count after 其中 whose sentence said, with no
// count, that clues were disposed of (线索均已分类进行了处置，其中立案11件、
// 初核21件): the counts are the ways they were, as after a count of the
// clues handled.
func cluesDisposedBefore(f figure) bool {
	if !f.afterQiz {
		return false
	}
	before := f.sentenceBefore()
	i := strings.LastIndex(before, "其中")
	if i < 0 {
		return false
	}
	before = before[:i]
	return strings.Contains(before, "线索") && has(before, clueHandledWords)
}

// handlesClues tells words before a count of clues whose first verb is 办理
// (年内办理审计机关移送线索14条): the clues handled, whatever verb names their
// source after it — but not clues given to another to handle (交由纪委办理的
// 线索: 办理 qualifies the noun).
func handlesClues(pre string) bool {
	i := strings.Index(pre, "办理")
	if i < 0 || strings.Contains(pre[:i], "由") || strings.Contains(pre[i:], "的") {
		return false
	}
	j := firstIndex(pre, clueReceivedWords)
	return j < 0 || j > i
}

// coordinated tells words between two sanctions that join them as two
// (和, 及, 与, 、, 或); with none, a word of the total after a sanction is
// its head (移交司法机关处理: one way).
func coordinated(between string) bool {
	return strings.ContainsAny(between, "和及与、或")
}

// reRankSubset finds a container of those held to account of one rank
// (被问责的处级干部中, 受处理的厅级干部中).
var reRankSubset = regexp.MustCompile(`(问责|处理|处分)的(省部|厅局|厅|县处|处|乡科|科)级(领导)?干部中`)

// rankSubset tells a count in a sentence that opens a container of one rank
// of those held to account: its counts are that rank's breakdown.
func rankSubset(f figure) bool {
	before := f.sentenceBefore()
	return strings.Contains(before, "级") && reRankSubset.MatchString(before)
}

// lastClauseOf is the last clause of s, its punctuation at the end left
// out (问责： of 一年来，共问责：); "" when there is none.
func lastClauseOf(s string) string {
	cs := splitClauses(strings.TrimSpace(s))
	if len(cs) == 0 {
		return ""
	}
	return cs[len(cs)-1]
}

// firmsChecked are the words of a sentence in which a regulator checks firms
// (开展专项检查, 执法检查, 督查).
const firmsChecked = "专项检查|执法检查|安全检查|检查组|督查|暗访|抽查"
