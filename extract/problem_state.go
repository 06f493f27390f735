package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The state of the problems a count counts (total, done, in progress, not
// done): the status words before and after it, the verbs of a total and of
// completion, and what the next clause says.

// totalVerbAfterStatus tells words before a count whose status verb is
// followed by a verb of a total (督察进驻结束后共受理投诉46件: 完成 is of
// 进驻; the count is of what was received).
func totalVerbAfterStatus(pre string) bool {
	pre = nounVerbs.Replace(pre) // 办结中央交办件: 交办 is of the noun
	t, v := lastIndex(pre, problemTotalVerbs), lastIndex(pre, statusVerbWords)
	if t > v && v >= 0 && strings.Contains(pre[v:t], "的") {
		return false // 整改中的反馈问题: the status qualifies the noun
	}
	if t > v && v >= 0 && strings.Contains(pre[t:min(len(pre), t+4*3)], "的") {
		// 已办结…受理转办的群众投诉事项202件: the total verb qualifies
		// the noun (what was handed over); the status verb governs.
		return false
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

// causeWords, ending the words before a count of things made to reach a state
// (督促N个问题完成整改, 推动N项任务落地), make the state after them theirs.
const causeWords = "督促|推动|促进|促使"

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
// the count (29项业已完成, 3项取得积极进展, 9件办结).
func problemsContinue(f figure) bool {
	if f.pre == "" && f.post == "" {
		return true
	}
	if hasNear(f, "整改|完成|推进") || doneAtOnce(f.pre) || reWholeOf.MatchString(f.pre) {
		return true // …17项中的15项: a part of the whole before
	}
	if _, ok := statusIn(f.pre); ok {
		return true
	}
	return has(f.pre, continueWords) || has(f.pre, "^(涉及|其中|共|合计)") ||
		f.pre == "" && (has(f.post, goingOnOrDone) || isStatus(f.post))
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
		// completion, whole or basic (预计年底前基本完成的有3个), is work
		// under way.
		if i := strings.Index(s, w); i >= 0 {
			st, ok := statusIn(s[i+len(w):])
			if ok && st == StatusDone && reDoneObject.MatchString(s[i+len(w):]) {
				return StatusDone, true // the plan is of another act (doneAfterPlan)
			}
			if ok && (st == StatusDone || st == StatusInProgress) {
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
	if inFrame(f) || strings.Contains(f.pre, "问题") && reShortfallNamed.MatchString(f.pre) {
		// 扶贫资产管护不到位问题6项: the shortfall names the problems, not
		// their state.
		return SubtypeTotal
	}
	if strings.Contains(f.post, "不") && reNotUntil.MatchString(string(f.sent[f.unitEnd:min(len(f.sent), f.unitEnd+24)])) {
		// 64项问题不销号、整改不停步: a pledge (no stop until they are
		// closed), no state; the count is the whole.
		return SubtypeTotal
	}
	if f.toNext && reWholeOf.MatchString(f.post) {
		// 已整改完成全部31个问题中的27个, 已完成整改17项中的15项: the
		// whole the next count is taken from; the verb is the part's. A
		// state joined to the whole by 的 is the whole's (已整改到位的31个
		// 问题中的27个…).
		if st, ok := statusOf(f.pre); ok && strings.HasSuffix(f.pre, "的") {
			return st.Subtype()
		}
		return SubtypeTotal
	}
	if reWholeOf.MatchString(f.pre) {
		// The part: the state its own words give, else the one before its
		// whole (已整改完成全部31个问题中的27个: done; 尚未完成整改的8个问题
		// 中的5个: not done, as its whole).
		if st, ok := statusOf(f.post); ok {
			if st == StatusDone && has(f.post, plannedWords) {
				return SubtypeInProgress // 27个问题中的20个计划年底前完成: planned
			}
			return st.Subtype()
		}
		if st, ok := statusOf(f.lead); ok {
			return st.Subtype()
		}
	}
	if reFoundToRectify.MatchString(f.pre) {
		// 共提出待改善事项20项, 发现需整改问题12个: what was found, named
		// by the work it needs — the whole, not those not yet done.
		return SubtypeTotal
	}
	if st, ok := statusInNoun(f.post); ok {
		// 共677件未办结信访件: the state the noun phrase gives its items.
		return st.Subtype()
	}
	if strings.Contains(f.pre, "计划") && reInPlan.MatchString(f.pre) {
		// 列入治理计划的重大隐患110项: scheduled, under way.
		return SubtypeInProgress
	}
	if due(f.pre) || lastingKind(f) {
		// 2020年应完成整改的32项问题: those due, a total, whatever their
		// state.
		return SubtypeTotal
	}
	if plannedBy(f.pre) && (saysAllDone(f.post) || has(f.post, "^(问题|事项|任务)?(均|都)?已") && saysDone(f.post)) {
		// 计划于9月完成的36个问题已按期全部完成, 原计划年底前完成的5个问题已提前
		// 完成整改: a plan kept, done — a part of the total, no total of its
		// own.
		return SubtypeDone
	}
	if has(f.post, "^(尚|还|仍)?未到(整改)?(期限|时限|期)") || has(f.post, "^("+itemNouns+")(尚|还|仍)?未到(整改)?(期限|时限|期)") {
		// 余10家未到整改期限: not yet due, under way.
		return SubtypeInProgress
	}
	if doneAtOnce(f.pre) {
		// 发现隐患21处，立行立改19处; 督促立行立改47件: fixed on the spot.
		return SubtypeDone
	}
	if has(f.pre, "限期办结") || byDeadline(f) {
		// 限期办结的576件, 限期整改32条: to be closed or fixed by a
		// deadline, not yet.
		return SubtypeInProgress
	}
	if st, ok := statusOf(afterExamples(f.pre)); ok && !totalVerbAfterStatus(f.pre) {
		if st == StatusDone && (has(f.pre, plannedWords) && !doneAfterPlan(f.pre) || aheadSentence(f) && !strings.Contains(f.pre, "已") && !strings.Contains(f.pre, "的")) {
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
	if e := strings.LastIndex(verbs, "存在"); e > d {
		// 在服务群众等方面还存在25个问题, after 着力解决…: the count's verb is
		// 存在, the problems there are; a done verb before it is not its.
		d = -1
	}
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
	if d > t && reDoneNegated.MatchString(verbs[:d]) {
		return SubtypeNotDone // 未消除隐患22处: not removed
	}
	bare := reAsOfLead.ReplaceAllString(f.pre, "") // 截至9月20日整改问题31个
	if d > t && !endsWith(verbs[:d], intentEnd) && !reDoneDenied.MatchString(verbs[:d]) || has(bare, "^(共|累计|合计|已)?(分别)?(整改|整治)$") ||
		// 已整治问题314件, 各地共整治沿线环境隐患问题4507件: the bare verb
		// after 已 or a sum word, with its noun phrase, tells the done ones.
		has(bare, sumRectifiedNoun) ||
		// 发现问题12个，整改问题10个: the bare verb with its noun, after the
		// count found.
		// Not 整改任务 or 整改事项 alone (认领问题24个、整改任务70项): the
		// compound noun of the tasks, no verb.
		f.prevTopic && has(bare, bareRectifyNoun) && !has(bare, "^整改(任务|事项)$") {
		// …整改279个 after the total: the bare verb tells the done ones.
		return SubtypeDone
	}
	if endsWith(f.pre, causeWords) {
		// 督促52个…问题完成整改: the status after the thing caused.
		if st, ok := statusOf(f.post); ok {
			return st.Subtype()
		}
	}
	if has(f.pre, restOrGoingOn) {
		if st, ok := statusOf(f.post); ok && st == StatusNotDone && has(f.pre, remainderWords) && has(f.post, "未|没有") && !has(f.tail(), goingOnWords) {
			// 尚有10个问题未整改到位: the rest, not done — unless the next
			// clause says they are worked on (…，正在按计划推进).
			return SubtypeNotDone
		}
		return SubtypeInProgress
	}
	if st, ok := listStatus(f); ok {
		return st.Subtype()
	}
	if f.toNext {
		return SubtypeTotal
	}
	if has(f.post, fractionWords) {
		// 1500项问题近半已得到解决: the status is the fraction's; the count
		// is the whole.
		return SubtypeTotal
	}
	if st, ok := statusOf(f.post); ok && (!has(nounVerbs.Replace(f.pre), problemTotalWords) || reInContainer.MatchString(f.pre) || sumOnly(f)) && !workingMethod(f.post) {
		// 1052个问题中共有65个问题完成整治: 共有 after a container counts
		// those of it the words after say the status of.
		// A total verb inside an item noun is no verb (转办件（不含市直）7件
		// 办结: the 7 are closed).
		if st == StatusDone && pledged(f.lead) {
			// 确保14个问题全部整改到位: a pledge over the count, not a
			// state; the count is the whole.
			return SubtypeTotal
		}
		if st == StatusDone && has(f.post, plannedWords) {
			return SubtypeInProgress
		}
		return st.Subtype()
	}
	if has(f.post, goingOnWords) && !has(f.pre, problemTotalWords) && !workHeaded(f.post) && !reGoingJudged.MatchString(f.post) {
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

// reGoalRate ends the words before a rate that set it as a goal: 确保, 力争,
// 争取 or 目标 in its clause, a time and the rate's noun at most between.
var reGoalRate = regexp.MustCompile(`(确保|力争|争取|目标|计划|预计)[^，,；;。]{0,14}$`)

// reGoingJudged is work going on that the words judge (64个问题整改推进有力，
// 成效明显) or whose manner they tell (将45项问题分为三类推进): said of the
// whole, no state of a part.
var reGoingJudged = regexp.MustCompile(`推进(有力|有序|顺利|扎实|得力|良好|迅速|有效|平稳)|(分为|分成|划分为)[^，,；;。]{0,6}推进`)

// reNotUntil is a pledge of two negations in parallel after a count (问题不
// 销号、整改不停步; 问题不解决不松劲): the work goes on until they are done.
var reNotUntil = regexp.MustCompile(`^(问题|事项)?不(销号|清零|解决|整改到位|完成整改|完成)[、，,]?[^，。；;、]{0,6}不(停步|停止|松劲|收兵|放手|撒手|罢休|松手|放过)`)

// reWholeOf is the words between a whole and the part taken from it
// (31个问题中的27个, 17项中的15项).
var reWholeOf = regexp.MustCompile(`^(问题|事项|任务)?中的$`)

// reSumOnly is words before a count that only sum it (共计, 合计, 累计),
// after a time at most (截至目前，共计).
var reSumOnly = regexp.MustCompile(`^(共计|合计|总计|累计|共)$`)

// sumOnly tells a count with no verb of a total before it, only a sum
// word, whose own status follows it, short of all (共计16个问题已整改完毕:
// those done; 共18个问题，已全部整改 stays the total said all done).
func sumOnly(f figure) bool {
	return reSumOnly.MatchString(reAsOfLead.ReplaceAllString(f.pre, "")) && !has(f.post, allWords+"|全面") &&
		!has(f.post, workBeforeDone) // 共计16个问题已完成整改方案制定: a step, not the rectification
}

// workBeforeDone are the steps a unit completes before the rectification
// itself (a plan, a self-check, a check: checkWords): a status verb of
// which says nothing of the problems' state.
const workBeforeDone = "方案|计划|制定|自查|部署|调研|对账|" + checkWords

// reInContainer ends the words before a count that is a part of a
// container named before it (…问题中共有, …中有, …问题中共).
var reInContainer = regexp.MustCompile(`中[，,]?(共有|共计|有|共)$`)

// reAsOfLead is a date the words before a count start with (截至9月20日,
// 截止目前, 到6月底): the time of the count, no part of its verb.
var reAsOfLead = regexp.MustCompile(`^(截至|截止|到)(目前|[0-9０-９年月日号底末上中下旬]{1,12})(止|为止)?`)

// reDoneDenied ends the words before a done verb that deny or owe it (未消除
// 隐患22处, 不能当场整改的15处, 需要消除的隐患12处): the count is not done.
var reDoneDenied = regexp.MustCompile(`(未|尚未|没有|不能|无法|难以|需要|需|应|待|要)$`)

// reDoneNegated ends the words before a done verb that negate it (未消除,
// 尚未销号): the count is of those not done.
var reDoneNegated = regexp.MustCompile(`(未|尚未|仍未|没有)$`)

// workingMethod tells words after a count that say how the problems are
// worked through, not their state: 对21个问题分类建账、逐项销号 (not 已逐项销号).
func workingMethod(post string) bool {
	return strings.Contains(post, "逐") && has(post, "(逐项|逐一|逐个|逐条)(销号|整改|办结|解决|落实)") && !strings.Contains(post, "已")
}

// pledged tells the words of a clause before a count that pledge its
// state (确保, 力争 …: intentEnd) — not when the pledge is told as done
// (已确保, 确保了).
func pledged(lead string) bool {
	return has(lead, intentEnd) && !has(lead, pledgeKept)
}

// bareRectifyNoun is the bare verb 整改 with an item noun (整改问题N个), and
// nounSoonAfter an item noun within a few characters: the patterns made once,
// not at each figure.
var (
	bareRectifyNoun = "^(共|累计|合计|已)?整改(" + itemNouns + ")$"
	// sumRectifiedNoun is the bare verb after 已 or a sum word, then a
	// noun phrase with no 的 ending in an item noun.
	sumRectifiedNoun = "(共|累计|合计|已)(整改|整治)[^，,；;。的]{0,10}(" + itemNouns + ")$"
	nounSoonAfter    = "^[^，,；;。]{0,4}(" + itemNouns + ")"
)

// pledgeKept is a pledge told as kept (已确保, 确保了).
var pledgeKept = "已(经)?(" + intentEnd + ")|(" + intentEnd + ")了"

// doneAtOnce tells the words before a count that end with 立行立改 as its
// verb (立行立改19处, 督促立行立改47件): those fixed on the spot, done — not
// when a modal or a demand makes it owed (应立行立改的, 要求立行立改) or a
// plan sorts the problems by it (可立行立改8个、限期整改4个, 明确立行立改8个), and
// not 立行立改 before a noun, which names a kind of problem (立行立改问题14个).
func doneAtOnce(pre string) bool {
	n := 0
	for _, w := range wordList(atOnceWords) {
		if strings.HasSuffix(pre, w) {
			n = len(w)
			break
		}
	}
	rest := pre[:len(pre)-n]
	return n > 0 && !has(rest, "应当|应|需要|需|须|要求|拟|计划|可以|可|能够|能|明确|属于|列为|分为|划为|确定") && !endsWith(rest, intentEnd)
}

// atOnceWords are the ways of saying fixed on the spot, as the verb of a
// count (立行立改19处, 立纠立改3232项, 即知即改12个).
const atOnceWords = "立行立改|立纠立改|立查立改|立知立改|即知即改|即查即改|立即整改|当即整改|现场整改|当场整改"

// afterExamples returns pre from the 等 that ends a list of examples
// (消防通道堵塞、防护不到位等安全隐患12条; 部门履职不够到位等14个问题): a
// status word among the examples tells what the problems are, not how far
// they are fixed.
func afterExamples(pre string) string {
	if i := strings.LastIndex(pre, "等"); i >= 0 {
		return pre[i:]
	}
	return pre
}

// listStatus returns the status the clause tells after a list of counts
// joined by 、 (涉及8项问题、15项措施已全部整改到位; 6项问题、20项措施取得阶
// 段性成效): each count of the list is in it. Not when a verb of its own
// makes the first count a total (发现问题8个、…), 涉及 apart, which only
// says what the list is of; nor when the count has a status of its own
// (29项已完成、1项基本完成), nor for a count after others in its clause
// (4大类、13个大项、26个具体问题、29项措施已完成: levels of one whole).
func listStatus(f figure) (Status, bool) {
	if !f.first || f.postHi >= len(f.sent) || f.sent[f.postHi] != '、' || isStatus(f.post) || has(f.post, goingOnWords) ||
		has(f.pre, problemTotalWords) && !endsWith(f.pre, "涉及") {
		return StatusUnknown, false
	}
	rest := f.clause[f.postEnd:]
	if has(rest, problemTotalWords) || workingMethod(rest) {
		return StatusUnknown, false
	}
	if st, ok := statusOf(rest); ok {
		return st, true
	}
	if has(rest, goingOnWords) {
		return StatusInProgress, true
	}
	return StatusUnknown, false
}

// inFrame reports a count that frames the parts after it: 在…的1250个问题
// 中，986个已完成整改 — what the words before it say of the problems (需要年
// 底前完成整治的) qualifies the whole, so it is their total, whatever status
// those words name.
func inFrame(f figure) bool {
	return has(f.lead, "^在") && has(f.post, "^[^，,。；]{0,8}(之中|中)([，,]|$)")
}

// shareNext tells whether rest, the sentence after a figure, goes on with
// the figure's share of a whole (，占整改问题总量的48%): a figure so
// measured is a part, not the total.
func shareNext(rest []rune) bool {
	rest = afterComma(rest)
	return len(rest) > 1 && rest[0] == '占'
}

// afterComma returns rest without the comma it starts with, if any.
func afterComma(rest []rune) []rune {
	if len(rest) > 0 && (rest[0] == '，' || rest[0] == ',') {
		return rest[1:]
	}
	return rest
}

// shareOfTotal tells whether rest, the sentence after a figure, goes on
// with its share of the total the text counts, named bare (，占总数的32%):
// whatever verb counts the figure, it is a part of that total; a share of
// a whole named otherwise (，占全县的8%, 占本轮发现问题总量的9%) leaves it
// the unit's own.
func shareOfTotal(rest []rune) bool {
	if !shareNext(rest) {
		return false
	}
	rest = afterComma(rest)
	n := min(len(rest), 5)
	return has(string(rest[:n]), "^占(了)?(总数|总量|全部|总件数)")
}

// isStatus tells whether s holds a status word.
func isStatus(s string) bool {
	_, ok := statusOf(s)
	return ok
}

// problemOrRectify are the item nouns and 整改: a sentence holding none
// is about no problems.
var problemOrRectify = problemWords + "|整改"

// rateFigure reads a percentage: a completion rate or share of the problems, or other.
func rateFigure(f figure, c Claim, topic *Claim) (Claim, bool) {
	if placeBefore(f) {
		c := claimOther(c, f)
		c.Scope = ScopeOtherUnits
		return c, true
	}
	if strings.ContainsAny(f.pre, "低高不超达") && (has(f.pre, "(低于|不足|不到|未达到|达不到)$") || has(f.pre, "(高于|超过)$") && strings.HasPrefix(f.post, "的")) {
		// 对整改率低于80%的2家企业…, 整改率均不足20%: a threshold, or a
		// bound of the units', no rate stated (超过八成 is one, told roughly).
		return claimOther(c, f), true
	}
	if strings.ContainsAny(f.lead, "确力争目计预") && reGoalRate.MatchString(f.lead) {
		// 确保年内整改完成率达到95%以上, 力争年底前完成率达到100%: a goal
		// set, no rate reached (not 经过不懈努力整改完成率达到95.5%).
		return claimOther(c, f), true
	}
	if has(f.pre, "(由|从)[^，。；,0-9]{0,8}$") && has(f.post, "^(提高|提升|上升|增加|增长|升|提)(到|至)") {
		// 整改率由87.5%提高到95.8%: the rate it was, before the rise; the
		// claim is the rate it rose to.
		return claimOther(c, f), true
	}
	if has(f.pre, "(类|方面)(问题)?(占比|占)") || has(f.pre, "按期(完成|整改|办结|销号)率") || has(f.pre, "(金额|资金|款项)(整改|完成|追回|收回|清退|到位)?(率|比例)") {
		// 金额整改率92.80%, 资金整改率: the share of the money rectified,
		// no completion rate of the problems (a bare 整改率 right after
		// amounts is told by arith.rate, by the amounts' ratio).
		// 其中政治建设类问题占比42.3%: a category's share of the problems,
		// no completion rate; 按期完成率98.5%: the share done on time.
		return claimOther(c, f), true
	}
	if m := reUnitsRate.FindStringIndex(f.lead); m != nil && !has(f.lead[:m[0]], "(本|我|全|该)$") ||
		(strings.Contains(f.lead, "分别") || strings.Contains(f.lead, "均")) && reBodiesRate.MatchString(f.lead) {
		// 县（市、区）完成率93.08%, 乡镇完成率90.6%, 其余12个市整改率: the share of
		// the units that finished, not of the problems. Institutions and firms
		// (有问题的机构整改完成率) are left out: a campaign counts them as its
		// items.
		return claimOther(c, f), true
	}
	if (topicIs(topic, KindClues) && f.prevTopic || strings.Contains(f.lead, "线索") || cluesLastNamed(f)) && !has(f.pre, "整改|问题") {
		// 移交线索1件，已办结1件，办结率100%: the rate of the clues the
		// sentence counts, not of the problems; so too when the clues are
		// what the sentence last named (已到期的线索，办结率91%).
		return claimOther(c, f), true
	}
	// 完成率 / 整改率 / 办结率, or a share of the problems: 占问题总数的92%,
	// 完成整改的问题占比90%, 占全部整改措施的80%; or the done share
	// itself: 已整改完成90.9%. Other rates (满意率, 处置率) are no claims.
	if strings.Contains(f.pre, "完成") && reTaskRate.MatchString(f.sentenceBefore()) {
		// 已完成入户安检7.3万户，完成率38.6%: the rate of a task counted
		// in households or kilometres, not of problems.
		return claimOther(c, f), true
	}
	if has(f.pre, "(措施|举措)(落实|完成|整改)?(完成率|落实率|完成比例)") && reProblemsCount.MatchString(f.sentenceBefore()) {
		// 已整改完成39个，整改措施完成率达96%: the share of the measures
		// done, beside problems counted — no rate of the problems (when
		// measures are the only items counted, their rate is the one).
		return claimOther(c, f), true
	}
	aboutItems := topicIs(topic, KindProblems) || has(f.lead, aboutItemWords)
	st, hasSt := statusIn(f.pre)
	isRate := has(f.pre, rateNouns) ||
		// 整改率由87.5%提高到95.8%: the rate it rose to, named before.
		has(f.pre, "^(提高|提升|上升|增加|增长|升|提)(到|至)$") && has(f.lead, rateNouns) ||
		// 审计整改直接落实率: a rate of rectification carried out; not
		// 责任制落实率, 制度落实率.
		strings.Contains(f.pre, "落实率") && strings.Contains(f.lead, "整改") ||
		// 占…任务的近六成 after the done count; 近九成X整改完成.
		(f.afterDone && strings.Contains(f.lead, "占")) ||
		(f.pre == "" || f.first) && has(f.post, itemNouns) && has(f.post, "完成|办结|整改到位|解决") ||
		// 长城84.5%的问题已整改: the share of the problems, right after it,
		// said rectified (not 84.5%的受访群众认为问题已整改).
		(f.pre == "" || f.first) && has(f.post, "^的?("+itemNouns+")") && has(f.post, "已整改|已销号") ||
		// 在…的312项问题中，已有96%完成整改: the share the status is said of.
		f.first && has(f.post, "^(已经|已)?(完成整改|整改完成|整改到位|办结|销号)") && has(f.sentenceBefore(), problemWords) ||
		(has(f.pre, "占比|占.{0,6}(总数|总量|比例|比重)") && aboutItems) ||
		(has(f.pre, shareOfWords) && aboutItems) ||
		(hasSt && st == StatusDone && has(f.pre, "(完成|整改|办结|销号|解决)$") &&
			(topicIs(topic, KindProblems) || has(f.lead, problemWords)))
	if !isRate {
		return claimOther(c, f), true
	}
	c.Kind, c.Subtype = KindProblems, SubtypeRate
	return c, true
}

// reUnitsRate is a completion rate named after the units it counts: a
// unit noun, or a level with the others in brackets (县（市、区）), right
// before the rate noun — not the unit's own whole or itself (全县, 全村, 本
// 单位, 我社区: rateFigure looks before the match).
var reUnitsRate = regexp.MustCompile(`(单位|部门|乡镇|村|社区|[县市区省][（(][^）)]{1,8}[）)]|[0-9一二三四五六七八九十]+个[市县区州])(整改)?(完成率|整改率|销号率|办结率|完成比例)`)

// reBodiesRate finds named bodies' rates told each (分别) or all alike (均):
// 县交通运输局、县卫健局整改完成率分别为90%和85%. Tried only when the lead
// says 分别 or 均.
var reBodiesRate = regexp.MustCompile(`\p{Han}{2,}[局委](、\p{Han}{2,}[局委])*(整改)?(完成率|整改率|销号率|办结率)(均|分别)`)

// reMeasuresCount and reProblemsCount find a count of measures and of
// problems in a sentence.
var (
	reMeasuresCount = regexp.MustCompile(`(措施|举措)(共|共计)?[0-9０-９]+(项|条|个)|[0-9０-９]+(项|条|个)(整改)?(措施|举措)`)
	reProblemsCount = regexp.MustCompile(`问题(共|共计)?[0-9０-９]+(个|项|条)|[0-9０-９]+(个|项|条)[^，,；;。]{0,6}问题`)
)

// measuresCountedLast tells a sentence whose last count of items before a
// rate is of measures.
func measuresCountedLast(before string) bool {
	if !strings.Contains(before, "措施") && !strings.Contains(before, "举措") {
		return false
	}
	m := reMeasuresCount.FindAllStringIndex(before, -1)
	if m == nil {
		return false
	}
	p := reProblemsCount.FindAllStringIndex(before, -1)
	return p == nil || m[len(m)-1][0] > p[len(p)-1][0]
}

// reTaskRate ends the words before a rate right after a count of a task's
// objects (户, 千米, 亩 …): the rate is that task's.
var reTaskRate = regexp.MustCompile(`[0-9０-９.]+[万亿]?(户|千米|公里|米|亩|平方米|座|栋|台|套|辆)[，,]?(完成率|完成比例|完成进度)(为|达|达到)?$`)

// cluesLastNamed tells a figure whose sentence names clues after the last
// problem or petition it names (…已达办结时限的线索，办结率91.2%): the
// clues are what the figure is of.
func cluesLastNamed(f figure) bool {
	b := f.sentenceBefore()
	i := strings.LastIndex(b, "线索")
	return i >= 0 && i > lastIndex(b, problemWords)
}

// workHeaded tells the words after a count whose noun phrase is headed by
// the work on the items (13个问题的整改工作取得了阶段性进展): what is said
// after it is of the work as a whole, not which of the items are under way.
func workHeaded(post string) bool {
	i := strings.Index(post, "的整改")
	if i < 0 {
		return false
	}
	g := firstIndex(post, goingOnWords)
	return g < 0 || i < g
}

// reByDeadline finds a verb of fixing by a deadline right before a count,
// with at most a short noun between (限期整改一般隐患1条).
var reByDeadline = regexp.MustCompile(`限期(整改|完成|办结|销号)(的)?[^，,；;。、]{0,6}$`)

// byDeadline tells a count, after a count of done problems or another claim
// in its sentence, whose items are to be fixed by a deadline (已整改35条，限期
// 整改6条; 发现一般隐患23条，限期整改23条): under
// way, not done. Not when the words before it hand the items down or say
// them done (责令限期整改问题9个, 反馈需限期整改问题12个, 已限期整改到位8个),
// nor when a status follows (限期整改问题9个，已全部整改到位).
func byDeadline(f figure) bool {
	return (f.afterDone || f.prevTopic) && strings.Contains(f.pre, "限期") && reByDeadline.MatchString(f.pre) &&
		!has(f.pre, deadlineHandedDown) && !isStatus(f.post)
}

// deadlineHandedDown are the words before 限期整改 that make it the items
// handed down or done, not a state of them.
const deadlineHandedDown = "责令|要求|督促|交办|下达|已|反馈|提出|指出|发现|需"

// aheadWords open a sentence about the work still ahead (下一步，…将继续…
// 完成剩余10个问题的整改): its verbs of completion are pledges.
const aheadWords = "下一步|下步|接下来|今后|下阶段|下一阶段|后续"

// aheadSentence tells a figure in a sentence about the work ahead.
func aheadSentence(f figure) bool {
	return wordPrefix(strings.TrimLeft(f.sentenceBefore(), " 　\t"), aheadWords) > 0
}

// reDue finds words that say which problems were due or may be fixed (应完成
// 整改的, 应当整改到位的, 需完成整改的, 需现场整改的, 能够立即整改的问题, 应于…完成整治的
// 县级水源地…, 需分阶段或长期整改的…) — not
// 相应 (相应问题整改完成12个: done). A modal before a verb of fixing makes
// it no fact, whatever adverb stands between.
var reDue = regexp.MustCompile(`(^|[^相])(应当|需要|能够|可以|应|需|须|可)((在|于)[^，,；;。]{0,10}|现场|立即|当场|及时|分阶段(或|和|、)?(持续|长期)?)?(完成|整改|办结|销号|立行立改|立改)[^，,；;。]{0,6}的[^，,；;。的]{0,10}$`)

// reLastingKind ends the words before a count that name a kind of problem
// needing lasting work (需长期坚持的问题4个, 需要持续推进的事项3项): outside
// a 其中, a class of the problems with its own count, like 限期整改问题10个 —
// not a state of those counted before (after 其中 it is: 其中需长期坚持的4项).
var reLastingKind = regexp.MustCompile(`(需要|需|须|应)(长期坚持|长期推进|持续推进|持续整改|长期整改)的(问题|事项|任务)?$|^(长期坚持|长期推进|持续推进|持续整改|长期整改)类?的?(问题|事项|任务)$`)

// reLastingPart ends the words before a count under 其中 that names those
// needing lasting work (其中需要长期坚持的3个问题, 其中长期坚持类2项).
var reLastingPart = regexp.MustCompile(`(长期坚持|长期推进|持续推进|持续整改|长期整改)类?的?(问题|事项|任务)?$`)

// lastingKind tells a count of a kind needing lasting work (reLastingKind)
// that opens a part after ； in a sentence that names other kinds with their
// counts (立行立改问题6个…；限期整改问题10个…；需长期坚持的问题4个), outside a
// 其中 and not the rest of a count (其余需长期整改的11项, 尚未完成的…中，…，需长期
// 整改的3个: a state; 已完成整改8个，正在整改1个；需长期坚持的问题3个: the rest).
func lastingKind(f figure) bool {
	afterSemicolon := f.clauseLo > 0 && strings.ContainsRune("；;", f.sent[f.clauseLo-1])
	if f.afterQiz && !afterSemicolon || !strings.ContainsAny(f.pre, "长持") || !reLastingKind.MatchString(f.pre) || has(f.pre, remainderWords) {
		// Under 其中, a class only as one of several after ；(其中，立行立改
		// 问题8个…；限期整改问题9个…；长期整改问题3个…).
		return false
	}
	before := f.sentenceBefore()
	switch {
	case f.clauseLo > 0 && !strings.ContainsRune("；;", f.sent[f.clauseLo-1]):
		return false
	case f.clauseLo == 0:
		// The sentence itself starts after a ；: the one before belongs.
		if n := len(f.prevSent); n == 0 || !strings.ContainsRune("；;", f.prevSent[n-1]) {
			return false
		}
		before = string(f.prevSent)
	}
	// Among classes the sentence names with their counts (立行立改问题6个…；
	// 限期整改问题10个…；): one more of them.
	return has(before, "(立行立改|限期整改|即知即改|立查立改)(类)?(的)?问题")
}

// due tells words before a count that name the problems due by a time.
func due(pre string) bool {
	return strings.Contains(pre, "的") && reDue.MatchString(pre)
}

// reStatusInNoun finds a status word right after a count's measure word and
// before its item noun (677件未办结信访件, 3个已销号问题, 2项整改不彻底问题).
var reStatusInNoun = regexp.MustCompile(`^(已|未|尚未|正在|待)(办结|完成|整改|销号|整改到位)的?|^整改(不|未)(彻底|到位|全面)的?`)

// statusInNoun returns the status a noun phrase gives its items, when the
// status stands between the measure word and an item noun.
func statusInNoun(post string) (Status, bool) {
	if r, _ := utf8.DecodeRuneInString(post); !strings.ContainsRune("已未尚正待整", r) {
		return "", false
	}
	loc := reStatusInNoun.FindStringIndex(post)
	if loc == nil || wordPrefix(post[loc[1]:], itemNouns) == 0 && !has(post[loc[1]:], nounSoonAfter) {
		return "", false
	}
	// The status is read over the words up to the noun: a degree after the
	// verb (其余2个已完成阶段性任务) is the grammar's (complementFirst).
	return statusOf(post[:loc[1]+max(0, firstIndex(post[loc[1]:], itemNouns))])
}

// reInPlan finds items scheduled in a plan (列入治理计划的, 纳入整改计划的).
var reInPlan = regexp.MustCompile(`(列入|纳入)[^，,；;。]{0,6}计划的[^，,；;。]{0,8}$`)

// saysDone tells words whose status is done, with no plan among them.
func saysDone(s string) bool {
	if has(s, plannedWords) || has(s, workBeforeDone) {
		// 已完成整改方案的制定: a step before the rectification, not it.
		return false
	}
	st, ok := statusIn(s)
	return ok && st == StatusDone
}

// doneAfterPlan tells words in which a plan is followed by a state told
// with 已 (拟于10月对已完成整改的13个问题开展“回头看”): the plan is of
// another act, the state a fact.
func doneAfterPlan(s string) bool {
	for _, w := range wordList(plannedWords) {
		if i := strings.Index(s, w); i >= 0 && reDoneObject.MatchString(s[i+len(w):]) {
			return true
		}
	}
	return false
}

// reDoneObject is an object told done with 已, of an act after it (对已完成
// 整改的…开展): 已 governs the state verb itself, within the object's
// relative clause (not 对照已建立的台账完成整改的, 力争…已完成整改的…达到).
var reDoneObject = regexp.MustCompile(`(对|针对|就)已经?(全部)?(完成|整改|办结|销号)[^，,；;。对]{0,6}的$`)

// reFoundToRectify ends the words of a set found and named by the work it
// needs (发现待整改问题, 提出待改善事项).
var reFoundToRectify = regexp.MustCompile(`(发现|提出|列出|指出|反馈|查出|梳理出)了?(待|需|需要|尚待)(整改|改善|改进|处理)的?(事项|问题|缺失)(共|计|共计)?$`)

// reShortfallNamed ends the words before a count with a problem named by
// the shortfall of some work other than the rectification (管护不到位问题,
// 主体责任落实不到位等问题, 审核把关不严的问题): a name, no state.
var reShortfallNamed = regexp.MustCompile(`(^|[^改])(管护|管理|监管|落实|执行|审核|把关|监督|履职|建设|验收|公开|使用|核算|发放|拨付|登记|保管)(不到位|不规范|不严格|不严|不力|不足|不实|不及时|不彻底|不完善|不健全)(等)?(方面)?(的)?问题$`)
