package extract

import (
	"regexp"
	"strings"
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

// reScopeOther tells the words before a figure that make it a count of other
// units (对32家单位开展巡察).
var reScopeOther = regexp.MustCompile(`对.{0,8}$`)

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

// systemChangedAny are the verbs of a rule made or revised.
var systemChangedAny = systemNew + "|" + systemRevised

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
