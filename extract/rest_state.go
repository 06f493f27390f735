package extract

import (
	"regexp"
	"strings"
)

// The rest of a partition. After a report has said how many of its problems
// are done, it tells what is left, often with the reason first and the
// state last: 已整改24个，另3个涉及设备采购论证，正在协调推进; 18项已整改16项，2项
// 涉及对外投资退出正在按程序推进; 尚有3项因涉及跨部门协调暂未完成. The count names
// no noun of its own (the problems are the sentence's), and what it says of
// them is the state the words after it reach before the next figure — through
// a 涉及…, 因…, 属于… or a dash-set aside — not the words right after the
// measure word, which name the matter (涉及征拆遗留和社区用房的问题 names no
// units counted).

// restLead are the words a remainder count may follow in its stretch: the
// remainder words of the vocabulary, and the short ones that only open a
// remainder where they end the words before (另3个, 余1个).
var restLead = append(wordList(remainderWords), "另", "余", "仍有", "还剩")

// afterRestLead tells words before a count that are nothing or end on a
// remainder word (restLead).
func afterRestLead(pre string) bool {
	if pre == "" {
		return true
	}
	for _, w := range restLead {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// restMatter opens what the words right after a remainder's measure word
// name: the matter or reason set aside before its state is told.
var restMatter = regexp.MustCompile(`^(问题)?(涉及|因|由于|属于|属|系|为|是|关于|——|—|（|\(|“|「|主要)`)

// restNegated are the words that deny a state, in the stretch of a
// remainder: what they deny is not done (暂未完成, 尚未启动, 不具备整改条件).
const restNegated = "未|没有|无法|不具备|不能"

// restGoingOn are the words that put a remainder under way: going-on words,
// lasting work, stages and plans to finish (计划明年一季度完成), checks
// before closing (进入验收阶段).
var restGoingOn = goingOnWords + "|分年|分阶段|分步|逐步|跨年度|需长期|计划|验收|纳入"

// reRestContainer names the rest of a partition as a container its parts
// follow (余下3个问题中，2个正在推进，1个…暂未取得实质进展; 未完成的3个问题中).
var reRestContainer = regexp.MustCompile(`(其余|剩余|剩下|余下|未完成|尚未完成|未销号|未整改)(的)?[^，,。；;]{0,12}(问题|事项|任务|个|项|条)中[，,]`)

// restState tells the state of a remainder count in a partition whose done
// part the sentence has told (afterDone), or whose rest it names as a
// container (reRestContainer): it names no noun of its own — the
// measure word is followed by its matter (restMatter) or by its state — and
// follows a remainder word or nothing in its stretch. Its state is read
// from the words up to the next figure: denied (restNegated) → not done,
// else under way (restGoingOn, or a status of work under way) → in
// progress; a remainder said done, or whose words say no state, is left to
// the other rules.
func restState(f figure, noun int) (Subtype, bool) {
	// The cheap tests first: this runs for every figure after problems.
	if f.nothingLeft || !afterRestLead(f.pre) || !problemMeasures[f.unit] || noun != nounNone && !restMatter.MatchString(f.post) {
		return "", false // nothingLeft: 反馈问题20个，已整改20个，另有3个问题需移交…
	}
	if strings.HasPrefix(f.post, "是") && f.preLo > 0 && strings.ContainsRune("：:", f.sent[f.preLo-1]) {
		// 剩下两个正在推进：一个是…，另一个是…: the rest told one by one,
		// no count of its own.
		return "", false
	}
	// 另有2个因…，暂未完成 opening the sentence after one of done ones.
	opensSentence := f.prevDone && f.first && f.clauseLo == 0 && f.pre != ""
	container := (!f.afterDone && !opensSentence || f.afterRest && !f.afterQiz) && reRestContainer.MatchString(f.sentenceBefore())
	if !f.afterDone && !opensSentence && !container {
		return "", false
	}
	if f.afterRest && !f.afterQiz && !container {
		// 剩余2个正在整改中，分别是…，两项清理均需…: the rest already told in
		// its sentence, named again.
		return "", false
	}
	// The first clause of the stretch that tells a state is the
	// remainder's (…暂未完成，整改完成率为90%: the rate's clause is not) —
	// unless a later one says it done after all (尚有2个未整改到位，此次一并
	// 整改，已全部销号). What it only needs (需…) puts it under way when no
	// clause tells a state.
	clauses := splitClauses(f.stretch())
	needs := false
	for i, cl := range clauses {
		if needsOnly(cl) {
			needs = true
			continue
		}
		sub, ok := clauseState(cl)
		if !ok {
			continue
		}
		if sub == "" || doneLater(clauses[i+1:]) {
			return "", false
		}
		return sub, true
	}
	if needs {
		return SubtypeInProgress, true
	}
	return "", false
}

// needsOnly tells a clause that tells what a remainder still needs, and
// denies nothing (需待市财政局审核后办结; not 无需整改).
func needsOnly(cl string) bool { return has(cl, restNeeds) && !has(cl, restNegated) }

// doneLater tells whether one of the clauses says done (saysDone: not
// planned) and not only needed (此次一并整改，已全部销号).
func doneLater(clauses []string) bool {
	for _, cl := range clauses {
		if saysDone(cl) && !needsOnly(cl) {
			return true
		}
	}
	return false
}

// restNeeds are the words of what a remainder still needs (需…, 有待…).
const restNeeds = "(^|[^无不毋])(需要|需)|有待"

// clauseState tells the state a clause of a remainder's stretch says: not
// done, in progress, or done ("" and true: no remainder then); false when
// it says none.
func clauseState(cl string) (Subtype, bool) {
	if has(cl, plannedWords) && !has(cl, restNegated) {
		return SubtypeInProgress, true // 计划明年完成: planned, not reached
	}
	if st, ok := statusOf(cl); ok {
		switch st {
		case StatusNotDone:
			return SubtypeNotDone, true
		case StatusInProgress:
			return SubtypeInProgress, true
		case StatusDone:
			return "", true
		}
	}
	if has(cl, restNegated) {
		return SubtypeNotDone, true
	}
	if has(cl, restGoingOn) {
		return SubtypeInProgress, true
	}
	return "", false
}

// splitClauses splits s at its clause and sentence marks (，；：。), dropping
// them.
func splitClauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,；;：:。", r) })
}

// stretch returns the words of the sentence after the figure's measure word
// up to the next figure (or the sentence's end).
func (f figure) stretch() string {
	hi := min(f.nextLo, len(f.sent))
	if hi <= f.unitEnd {
		return ""
	}
	return string(f.sent[f.unitEnd:hi])
}

// reRestOpens is the words after a count not yet done that make it the
// whole its next counts share (其余9个中有6个…; 剩余7项中，4项…; 未完成的3个
// 问题中有两个…): 中, and a 有 at most, before the next count.
var reRestOpens = regexp.MustCompile(`^(问题|事项|任务|整改任务|具体问题)?中[，,：:]?(有|还有|尚有|仍有)?$`)

// restShare is a count read as a share of a rest (reRestOpens): its index
// and the subtype it had before.
type restShare struct {
	at  int
	was Subtype
}

// newSetWords, in the words before a count, open a set of its own (发现,
// 反馈, 另外 …): after them a count is no share of a rest told before it.
const newSetWords = "发现|反馈|移交|交办|查出|另外|此外|同步|新增|新发现"
