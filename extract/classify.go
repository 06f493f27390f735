package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
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

// enforcementCases tells a figure in a sentence about the cases of an
// administrative enforcement (查处统计违法案件1.57万件，立案6107件，结案5901
// 件; 执法检查企业312195家，立案6577起): cases filed and closed by a
// regulator, no clues of discipline — unless
// the sentence names clues or a body of discipline (针对违法案件查处不力问题，镇纪委
// 立案审查3件).
func enforcementCases(f figure) bool {
	b := f.sentenceBefore()
	return (has(b, "违法案件|处罚案件|行政处罚|执法检查") || reSectorCases.MatchString(b) && !has(string(f.prevSent), "线索")) && !has(b, "线索|纪委|监委|纪检|审查") ||
		// 移送公安部门侦办线索131起: leads of crimes a regulator sent to the
		// police, no clues of discipline — in the figure's own clause
		// (移送公安机关侦办2起，移交问题线索5条: the 5 are clues).
		strings.Contains(f.clause, "侦办") && !has(b, "纪委|监委|纪检")
}

// reWorksObject ends the words before a count with works and their object
// (改造小区, 新建公厕, 维修管网, 补建消火栓, 购置设备): the count is of the objects.
var reWorksObject = regexp.MustCompile(`(` + strings.Join(worksVerbs, "|") + `)(\p{Han}{1,4})$`)

// worksVerbEnds are the last characters of worksVerbs: a cheap test.
const worksVerbEnds = "造设建修装换备齐置缮化"

// worksVerbs are the verbs of building, fitting and buying.
var worksVerbs = []string{"改造", "建设", "新建", "修建", "补建", "维修", "安装", "加装", "增设", "更换", "配备", "配齐", "购置", "修缮", "硬化", "铺设"}

// worksObject tells words before a count that end with works and their
// object (reWorksObject) — an object that names no class of problems and
// no rectification (队伍建设类已整改5个, 党的建设方面整改5个 count problems).
func worksObject(pre string) bool {
	_, ok := worksObjectOf(pre)
	return ok
}

// worksObjectOf returns the object of the works the words before a count
// end with (worksObject), and whether they do.
func worksObjectOf(pre string) (string, bool) {
	// The pattern ends the words: only their last six characters (a verb
	// of two and an object of four at most) need matching, not all of
	// them at every figure.
	if n := len(pre); n > 18 {
		k := n - 18
		for k < n && !utf8.RuneStart(pre[k]) {
			k++
		}
		pre = pre[k:]
	}
	if !strings.ContainsAny(pre, worksVerbEnds) {
		return "", false // no verb of works: the pattern need not run
	}
	m := reWorksObject.FindStringSubmatch(pre)
	if m == nil || has(m[2], "方面|类|领域|整改|完成|问题|销号|到位") {
		return "", false
	}
	return m[2], true
}

// reSectorCases finds the cases of a regulator's sector (食品安全案件,
// 涉嫌犯罪案件, 安全生产违法案件): enforcement, not discipline.
var reSectorCases = regexp.MustCompile(`(食品|药品|安全生产|环境|生态|市场|价格|质量|知识产权|税务|交通|涉嫌犯罪|刑事)[^，。；,;线]{0,6}案件`)

// classifyFigure decides what a figure counts from its measure word and the
// words around it; topic is the previous claim of the paragraph, whose kind
// carries over to a figure that names no thing of its own (已完成整改13个 after
// 反馈问题15个).
//
// parent is the total a figure after 其中 is a part of, nil otherwise.
func classifyFigure(f figure, topic, parent *Claim) (Claim, bool) {
	c := Claim{Count: f.n.Count, Unit: f.unit, Value: f.n.Value}
	c.Approx = f.n.Approx
	if setPhrase(f) || article(f) || inSlogan(f) || namedRules(f) || strings.Contains(f.pre, "每") || f.unit == "次" && f.n.Value == 1 && reByPeriod.MatchString(f.pre) || byMeansOf(f) || inByline(f) ||
		f.unit != "%" && has(f.pre, averageWords) || fromTo(f) || f.unit != "%" && f.unit != "元" && (f.prevTopic || f.afterDone) && strings.ContainsAny(f.lead, "比较") && reCompared.MatchString(f.lead) {
		// 日均整改火灾隐患120余处: an average over days, no count.
		// 一个问题一名牵头领导, 完成一项销号一项; 每季度听取一次汇报: a rule or
		// a slogan, not a count; 以三项举措压实责任: a manner, not a count.
		return claimOther(c, f), true
	}
	if !f.prevTopic && !f.first && f.preLo > 0 && f.sent[f.preLo-1] == '、' && has(f.pre, "^("+remainderWords+")") && f.unit != "%" && f.unit != "元" {
		// 已补建消火栓46个、剩余31个列入明年计划: the rest of what the count
		// before it (no claim) counted, not of the topic.
		return claimOther(c, f), true
	}
	if f.unit == "辆" || f.unit == "间" || f.unit == "栋" {
		// Vehicles, rooms, buildings: things, counted as problems only
		// in a campaign's tally (tallyChains) — not a car over the
		// standard counted beside the unit's problems (反馈问题12个，清理出
		// 超标公务用车3辆，已整改10个).
		return claimOther(c, f), true
	}
	switch f.unit {
	case "%":
		return rateFigure(f, c, topic)
	case "元":
		return moneyFigure(f, c, topic, parent)
	case "次", "场", "场次", "期", "轮":
		return timesFigure(f, c, topic, parent)
	case "人", "名", "人次", "位":
		pc, ok := peopleFigure(f, c, topic)
		if pc.Kind == KindAccountability && strings.ContainsAny(f.clause, "拟计准建") && plannedSanction(f.clause) {
			// 拟给予政务处分1人: a sanction proposed, not yet imposed.
			return claimOther(c, f), true
		}
		return pc, ok
	}
	if f.unit == "种" {
		// 修正作业规定3种: rules counted by kind; 3种方式, 三种问题 are no
		// count of the report's.
		if ic, ok := itemsFigure(f, c, topic, parent); ok && ic.Kind == KindSystems {
			return ic, true
		}
		return claimOther(c, f), true
	}
	return itemsFigure(f, c, topic, parent)
}

// rePlannedSanction finds a plan or a proposal as the modal of a sanction's
// verb (拟给予, 计划对2人进行问责, 建议对5人给予): the verb right after it, or
// after its object with 对. Not 计划生育, 计划执行 (nouns), not 按照…建议 (the
// proposal followed: see plannedSanction).
var rePlannedSanction = regexp.MustCompile(`(拟|计划|准备|建议)(对[^，,；;。]{1,12})?(给予|予以|进行|作出|追究)`)

// plannedSanction tells a clause whose sanction is proposed or planned, not
// imposed (对4名干部拟给予党纪处分): none is held to account yet. A proposal
// followed (按照巡察组建议对5名责任人进行问责) is a sanction imposed.
func plannedSanction(clause string) bool {
	loc := rePlannedSanction.FindStringIndex(clause)
	return loc != nil && !has(clause[:loc[0]], "按照|根据|依据|依照|按")
}

// unitCounted tells a count in 个 or 所 right after a unit noun (存在风险隐
// 患的养老机构211个, 全县村（社区）98个): the units are what it counts —
// unless an item noun follows (被巡视单位11个需要整改问题).
func unitCounted(f figure) bool {
	return (f.unit == "个" || f.unit == "所") && endsWith(strings.TrimRight(f.pre, ")）"), unitNouns)
}

// reCompared ends the clause before a count that makes it a difference
// from another time, after a count of the sentence (已完成整改139个，比去年同
// 期多完成21个; 比上一轮巡察同期多完成15个, whose 一轮 is a number): no count
// of its own. A difference opening the sentence (反馈问题比上轮减少8个，共23个)
// is left as it reads, to pass its noun on.
var reCompared = regexp.MustCompile(`(较|比|同比|环比)[^，,。；;比较]{0,12}(增加|增长|减少|下降|上升|提高|多|少)了?(完成|整改|办结|解决|销号|召开|查处|处理)?了?$`)

// fromTo tells the first of two figures of a change (尚未整改的隐患数从
// 1589处下降到186处): the value before, no figure of now.
func fromTo(f figure) bool {
	return strings.ContainsAny(f.post, "降减") && has(f.post, "^(下降|减少|降低|压减|缩减|降|减)(到|至|为)") && has(f.lead, "(从|由)[^，,；;。]{0,12}$")
}

// averageWords before a count make it an average (日均整改隐患120处, 平均每
// 月2次), not a count of its own.
const averageWords = "日均|月均|周均|年均|平均"

// itemsFigure reads a count in 个, 项, 件, 条, 家 …: problems, rules, clues,
// or other units' — what its noun and the words around it say.
func itemsFigure(f figure, c Claim, topic, parent *Claim) (Claim, bool) {
	if f.unit == "批" {
		// Batches (移交13批1586例线索, 第十批交办件) count the sending, not
		// what was sent.
		return claimOther(c, f), true
	}
	if has(f.pre, clueFiled) && has(f.pre, plannedWords) {
		return claimOther(c, f), true // 拟立案9起: planned, not filed
	}
	if has(f.pre, clueFiled) && !has(f.clause, enforcement) && !enforcementCases(f) && (isPieces(f.unit) || f.unit == "起") {
		c.Kind, c.Subtype = KindClues, SubtypeFiled // 立案17件
		return c, true
	}
	noun := countedNoun(f)
	if noun == nounNone && has(f.post, "^(整治|治理|行动|专项|攻坚)") {
		// 两项治理共完成整改87个: the campaigns counted, not problems.
		return claimOther(c, f), true
	}
	if topicIs(topic, KindProblems) {
		if sub, ok := restState(f, noun); ok {
			// 已整改24个，另3个涉及…，正在协调推进: the rest of the
			// problems, in the state its words reach.
			c.Kind, c.Subtype = KindProblems, sub
			if topic.Scope == ScopeOtherUnits {
				c.Scope = ScopeOtherUnits
			}
			return c, true
		}
	}
	if noun == nounNone && f.unit != "家" && nameShare(f) {
		c.Kind, c.Subtype, c.Scope = KindProblems, SubtypeTotal, ScopeOtherUnits
		return c, true
	}
	switch {
	case has(f.pre, clueFiled) && (has(f.clause, enforcement) || enforcementCases(f)):
		return claimOther(c, f), true
	case (hasNear(f, "线索") && !hasNear(f, petitionClues)) || (isPieces(f.unit) && topic != nil && topic.Kind == KindClues && !hasNear(f, "问题|制度")) ||
		// 移交问题线索2条，已办结2条: a count with no noun, in the clues'
		// own measure word, right after them, goes on counting them.
		topicIs(topic, KindClues) && f.prevTopic && noun == nounNone && f.unit == topic.Unit && !hasNear(f, "问题|制度") && clueVerbBefore(f) ||
		topicIs(topic, KindClues) && f.prevTopic && has(f.pre, clueSplitVerbs) && !ownClueNoun(f.pre) ||
		noun == nounNone && isPieces(f.unit) && clueHeaded(f) && hasClueVerb(f.pre):
		if clueUnderWay(f) || f.unit == "家" || f.unit == "户" || enforcementCases(f) || groupHeaded(f.post) {
			// 成立线索核查三个专项工作组: the groups, not the clues.
			// Firms found by a clue (线索调查发现6家企业…) are no clues;
			// nor are the administrative cases of an enforcement.
			return claimOther(c, f), true
		}
		c.Kind = KindClues
		if parent != nil && parent.Kind == KindClues && parent.Subtype == SubtypeHandled || parent == nil && cluesDisposedBefore(f) {
			// The ways the handled clues were disposed of: only 立案 is a
			// subtype of its own.
			if has(f.pre, clueFiled) {
				c.Subtype = SubtypeFiled
			} else {
				c.Kind, c.Subtype = KindOther, Subtype("线索处置："+strings.TrimPrefix(f.pre, "其中"))
			}
			return c, true
		}
		if topicIs(topic, KindClues) && f.prevTopic && has(f.pre, clueSplitVerbs) && !ownClueNoun(f.pre) {
			// One total split among destinations: 100条线索分别移送县纪委
			// 20条、转交被巡察单位80条 — disposed of.
			c.Subtype = SubtypeHandled
		} else if strings.HasSuffix(f.pre, "的") && !f.toNext && has(f.post, "(已|均已|全部)[^，,。；;]{0,4}(办结|了结|处置完毕|办理完毕)") {
			// 巡视移交的9件问题线索已全部办结: the verb before 的 says where
			// they came from; the predicate after, that they are handled.
			c.Subtype = SubtypeHandled
		} else if handlesClues(f.pre) {
			// 办理检察机关移送线索98条: the first verb governs; 移送 is
			// of the clues' source.
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
	case reDivisions.MatchString(f.post) || f.unit == "个" && reDivisionsBare.MatchString(f.post):
		// 11个市（州）, 6个县区: places, not problems.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case noun == nounUnit && (firstIndex(f.post, unitNouns) >= 0 || unitPastBreak(f)) || unitCounted(f) && !has(f.post, itemNouns):
		// 29个社区存在问题…; 存在风险隐患的养老机构211个: the units, not
		// the problems.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case noun == nounThing:
		return claimOther(c, f), true
	case noun == nounNone && joinedToUnits(f):
		// 分解到4个职能科室和2个管理部: the second of units joined by 和
		// counts units too, whatever its noun.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case has(f.pre, "提出了?$") && has(f.post, "^(整改|工作|具体)?(意见|要求)") || has(f.pre, "提出了?(整改|工作|具体)*(意见|要求)$"):
		// 指出28个问题，提出了3条整改意见, 提出了具体整改要求5项: what the
		// inspection asks, not the problems it found.
		return claimOther(c, f), true
	case has(f.post, "^(个|项)?(大|主要|重点)?方面"):
		// 八项规定落实情况等七个方面: aspects, whatever noun stands before.
		c.Kind, c.Subtype = KindOther, "方面"
		return c, true
	case f.unit != "家" && f.unit != "户" && (noun == nounSystem || (topic != nil && topic.Kind == KindSystems && f.pre != "" && has(f.pre, systemChanged) && !hasNear(f, "问题"))):
		c.Kind = KindSystems
		seg := f.pre
		if !has(seg, systemStated) {
			seg = f.clause
		} else if f.first && strings.HasSuffix(strings.TrimSuffix(f.lead, f.pre), "、") {
			seg = f.lead // 制定、完善31项制度: verbs joined by 、 share the count
		}
		switch {
		case plannedRules(f.lead):
			// 计划年内再修订…制度5项, 拟于6月底前出台制度2项: rules to be
			// made, not made (cases-bg, bh, bi).
			c.Kind, c.Subtype = KindOther, "计划制度"
		case has(seg, "废止") && !has(seg, systemChanged):
			c.Kind, c.Subtype = KindOther, "废止制度"
		case has(f.pre, ruleFollowed) && !has(seg, systemMadeOrTotal):
			// 严格执行三项汇报机制: rules kept, not made or revised.
			c.Kind, c.Subtype = KindOther, Subtype(otherObject(f))
		case has(seg, systemTotal) && !has(seg, systemChangedAny):
			// 合计、共 with no verb of making or revising: the total.
			c.Subtype = SubtypeTotal
		case has(seg, systemNew) && has(seg, systemRevised) || has(seg, "制修订|制修|立改废"):
			// 新建和修订制度27项; 制修订制度9项 (制定 and 修订 in one word):
			// the rules made and revised, the total.
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
	case (f.unit == "家" || f.unit == "户") && !hazardsByFirm(f):
		// Households and firms (责令整改3家) are no problems.
		return claimOther(c, f), true
	case noun == nounNone && reRestOfPlaces.MatchString(f.pre):
		// 其中石门村6个、柳溪村5个、其余各村共20个: the share of the rest of
		// the places, not the rest of the problems by their state.
		c.Kind, c.Subtype, c.Scope = KindOther, Subtype(otherObject(f)), ScopeOtherUnits
		return c, true
	case placeBefore(f):
		c.Kind, c.Subtype, c.Scope = KindProblems, problemSubtype(f), ScopeOtherUnits
		if topicIs(topic, KindProblems) && topic.Scope == ScopeOtherUnits && has(f.pre, placeOnly) {
			c.Subtype = topic.Subtype // 甲市300个、乙市200个: the list shares its verb
		}
		if noun == nounNone && !topicIs(topic, KindProblems) && !has(f.sentenceBefore(), problemOrRectify) {
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
	case (noun == nounItem || noun == nounNone) && (has(f.pre, leaderLed) || has(f.pre, "领办|主导|认领") && has(f.sentenceBefore(), leaderWords)):
		// 党委书记亲自牵头领办的难点问题共6个; 其中主要领导认领9条 (the
		// noun the sentence named before): the problems a leader took
		// charge of, a part of the whole.
		return claimOther(c, f), true
	case (noun == nounItem || noun == nounNone) && has(f.pre, "承担|牵头") && !has(f.lead, "共|合计|总计") && has(f.lead, "^[^，,；;。]{0,8}(股室|科室|处室|股|科|室|机关|直属|所属|下属|单位|学校|院系)(承担|牵头)"):
		// 局机关各股室承担问题9个，直属学校承担问题3个; 人事股牵头的2个问题:
		// the share a part of the unit bears, not the unit's total.
		return claimOther(c, f), true
	case noun == nounNone && !f.prevTopic && isStatus(f.pre) && has(string(f.sent[:f.clauseLo]), "("+caseWords+")问题"):
		// 移交责任追究问题21个，已办结9个: the cases' own states.
		return claimOther(c, f), true
	case noun == nounNone && !f.afterQiz && !f.chained && strings.HasSuffix(f.pre, "类") && !isStatus(f.pre):
		// 涉及大气类12件、噪声类9件: the share of a kind named right before
		// the count, a breakdown of a whole counted before, not a total.
		return claimOther(c, f), true
	case sharesOfList(f):
		// 进度较慢的有甲县、乙区、丙县，未完成整改数量分别为14件、9件、6件:
		// the shares of the places (or kinds) listed, not counts of the
		// unit's own.
		return claimOther(c, f), true
	case has(f.pre, "调查|测评") && has(f.sentenceBefore(), surveyWords):
		// 满意度调查部分，可调查件数1197件，实际完成调查975件: a survey's
		// own counts.
		return claimOther(c, f), true
	case examples(f):
		// 已有28项完成阶段性整改，比如…解决了15件群众反映的问题: examples
		// of a count before, no count of their own.
		return claimOther(c, f), true
	case publicizedCases(f):
		// 公开通报督察发现的7个弄虚作假典型问题: cases made public as a
		// warning, not the problems the unit rectifies.
		return claimOther(c, f), true
	case noun == nounNone && worksObject(f.pre):
		// 已完成改造小区14个: the works done and the places they were done
		// in, not problems (cases-ap 09).
		return claimOther(c, f), true
	case noun == nounItem && checkCompleted(f):
		// 已完成15个疑似问题的核查: the check of the items is done, not
		// their rectification.
		return claimOther(c, f), true
	case noun == nounItem && casesOf(f):
		// 查处违反八项规定问题1014件; 6个责任追究问题: violations dealt
		// with by discipline, not problems to rectify.
		return claimOther(c, f), true
	case noun == nounItem || noun == nounMeasure || (topicIs(topic, KindProblems) && problemsContinue(f)) ||
		// 问题共18项。…召开工委会6次、整改推进会3次，目前已完成14项: a state
		// in the measure word of the paragraph's problems, after meetings
		// told between, goes on with the problems.
		(noun == nounNone && topicIs(topic, KindMeetings) && f.itemUnit != "" && f.unit == f.itemUnit && isStatus(f.pre) && problemsContinue(f)) ||
		(noun == nounNone && isPieces(f.unit) && has(f.pre, "(转办|交办|转交)$")) ||
		// A sum with no noun of its own, or a count right after a count of
		// batches or rounds: the noun of its clause (信访件二十八批、共计
		// 497件; 交办件6批次89件).
		(noun == nounNone && (has(f.pre, "^(共|合计|总计)") || reAfterBatches.MatchString(f.lead)) && has(f.lead, itemNouns)) ||
		(noun == nounNone && isStatus(f.pre) && (has(f.pre, "整改|改善|改完") || has(f.sentenceBefore(), itemNouns))) ||
		(f.chained && has(f.lead, "问题") && !has(f.lead, "线索|制度")) ||
		has(f.post, "^整改"):
		if noun == nounNone && has(f.pre, replyEnd) {
			// 已办理回复上报66件: petitions answered, a step reported to
			// the inspection, not closed (办结).
			return claimOther(c, f), true
		}
		if (noun == nounMeasure || has(f.post, "^(条|项|个)?(具体)?任务") || has(f.pre, "任务$")) && otherDocument(f.sentenceBefore()) {
			// 制定《…实施意见》，将任务分解为489项举措; 制定《…三年行动方案》，
			// 明确重点任务28项: the measures of a document that is no
			// rectification plan.
			return claimOther(c, f), true
		}
		// The last of nested levels counts the noun before the first
		// (审计指出问题5类23项: 23 problems).
		c.Kind = KindProblems
		c.Subtype = problemSubtype(f)
		if topicIs(topic, KindProblems) && topic.Scope == ScopeOtherUnits && f.prevTopic && noun == nounNone && !has(f.pre, problemTotalWords) {
			// 武汉58件，已办结58件: the place's items, closed.
			c.Scope = ScopeOtherUnits
		}
		return c, true
	}
	return claimOther(c, f), true
}

// clueVerbBefore tells a figure whose words before name what is done with
// clues (办结, 立案, 移送 …) or their state: a count after clues with some
// other verb (查实101个) is not theirs to go on.
func clueVerbBefore(f figure) bool {
	_, ok := firstOf(f.pre, clueWords)
	return ok || clueUnderWay(f)
}

// joinedToUnits tells a count joined by 和 (及, 与, 、) right after a count of
// units (4个职能科室和2个管理部, 6个部门和4个直属库) whose own noun is no
// item: the units' kin.
func joinedToUnits(f figure) bool {
	if !f.chained || f.post == "" || has(f.post, itemNouns) || !has(f.pre, "(和|及|与|以及|、)$") {
		return false
	}
	return has(f.pre, "("+unitNouns+")(和|及|与|以及|、)$")
}

// reRestOfPlaces is the words before a count that name the rest of the
// places or units a breakdown names (其余各村共, 其他乡镇, 另外3个社区的).
var reRestOfPlaces = regexp.MustCompile(`^(其余|其他|另外)各?\p{Han}{0,4}(村|社区|乡镇|街道|单位|部门|镇|乡|县|区|市)(共|合计|共计)?$`)

// reCheckHeaded is the rest of a noun phrase headed by a check (…疑似问题核查,
// …问题的排查工作), up to the clause's end.
var reCheckHeaded = regexp.MustCompile(`^[^，,；;。]{0,12}?的?(` + checkWords + `)(工作|任务)?$`)

// checkWords are the checks and sortings-out a unit makes of its problems,
// as against their rectification.
const checkWords = "核查|核实|排查|检查|调查|摸排|梳理|研判|审核|复核|甄别|评估|分析"

// checkCompleted tells a count after a done status whose noun phrase is
// headed by a check (已完成一季度15个疑似问题核查): what is done is the check;
// the count is of the items checked, neither done nor a total of problems.
func checkCompleted(f figure) bool {
	if !reCheckHeaded.MatchString(f.post) {
		return false
	}
	st, ok := statusIn(f.pre)
	return ok && st == StatusDone
}

// systemChangedAny are the verbs of a rule made or revised.
var systemChangedAny = systemNew + "|" + systemRevised

// replyEnd ends the words of a reply made or reported (回复, 答复, 上报 …)
// right before a count: the count is of items answered, not closed.
const replyEnd = "(回复|答复|上报|报送)$"

// rectifyingTitle are the words of a document title that make it a
// rectification plan (《巡察反馈问题整改方案》, 《审计整改工作台账》).
const rectifyingTitle = "整改|巡视|巡察|审计|督察|督查|反馈|问题"

// hazardsByFirm tells a count in 家 of the hazards it follows (挂牌督办重大隐
// 患58家: hazards counted by the firm that holds each), and the counts in 家
// after such a count in its sentence (，已整改55家，…，余3家未到整改期限):
// problems.
func hazardsByFirm(f figure) bool {
	return f.unit == "家" && (endsWith(f.pre, "隐患") || reHazardFirms.MatchString(f.sentenceBefore()))
}

// reHazardFirms finds a count of hazards in 家.
var reHazardFirms = regexp.MustCompile(`隐患[0-9０-９]+家`)

// rePlannedRules is rules to be made: a plan word, then within the clause
// the making (计划年内再修订, 拟于6月底前出台, 将于近期印发, 力争在第四季度建立
// 健全) — 将 only as an adverb of time (not 将建章立制贯穿…).
var rePlannedRules = regexp.MustCompile(`((计划|预计|准备|打算|力争|拟)(于|在)?|将(于|在|再|继续|进一步|近期|年内|年底|适时|尽快))[^，,。；;]{0,12}?(再|还|继续|进一步)?(修订|制定|出台|建立|完善|修改|健全|印发)`)

// plannedRules tells a clause whose rules are to be made (rePlannedRules),
// not drafted (拟定), made by a department named for planning (计划财务科),
// made after a plan followed (按照年初计划), or told as made (已).
func plannedRules(lead string) bool {
	m := rePlannedRules.FindStringIndex(lead)
	if m == nil || strings.Contains(lead, "已") {
		return false
	}
	plan := lead[m[0]:]
	return !strings.HasPrefix(plan, "拟定") && !strings.HasPrefix(plan, "拟制") && !strings.HasPrefix(plan, "计划财务") && !strings.HasPrefix(plan, "计划科") &&
		!has(lead[:m[0]], "按照|根据|依据|依照|对照|年初|既定")
}

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

// topicIs tells whether the paragraph's topic, the last claim before not
// other, is of kind k.
func topicIs(topic *Claim, k Kind) bool { return topic != nil && topic.Kind == k }

// systemMadeOrTotal are the words of rules made, revised or totalled.
var systemMadeOrTotal = systemChangedAny + "|" + systemTotal

// ruleFollowed are the verbs of rules kept (执行, 落实, 遵守 …): a count of
// rules after them is of rules in force, no rule made or revised.
const ruleFollowed = "执行|遵守|严守|坚持|落实|贯彻"

// reByPeriod is a frequency before a count of once (按季度召开1次, 按月报送1
// 次): a rule of how often, as 每季度 is, no count (按年度考核问责干部3人 is).
var reByPeriod = regexp.MustCompile(`按(季度|季|月|月度|周|年|年度|半年)[^，,；;。0-9０-９]{0,8}$`)

// hasClueVerb tells words that hold a verb of handling clues (办结, 了结,
// 立案 …), not of rectifying.
func hasClueVerb(pre string) bool {
	_, ok := firstOf(pre, clueWords)
	return ok
}

// clueHeaded tells a figure whose sentence opens on a clause that names
// clues and counts none (移交的问题线索，已办结2件，1件正在核查): the topic
// the counts after it, naming nothing of their own, are of.
func clueHeaded(f figure) bool {
	i := strings.IndexAny(string(f.sent), "，,：:")
	if i < 0 || f.clauseLo == 0 {
		return false
	}
	head := string(f.sent)[:i]
	return strings.HasSuffix(head, "线索") && utf8.RuneCountInString(head) <= 20 && !strings.ContainsAny(head, "0123456789０１２３４５６７８９、") &&
		!strings.Contains(head, "和") && !strings.Contains(head, "及") // 信访举报和问题线索: two kinds, told apart after
}
