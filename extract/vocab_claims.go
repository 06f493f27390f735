package extract

import "strings"

// This file is the vocabulary of claims: what a figure of a report counts
// (its Kind) and which part of that it counts (its Subtype), each with its
// Chinese name and the words that signal it. docs/vocabulary.md is rendered
// from these tables (TestVocabularyDoc keeps it in step).
//
// The "which sort" field is named by package and kept in JSON as it is:
//
//	Claim.Kind / Claim.Subtype    "kind" / "subtype"  (Kind, Subtype)
//	Meeting.Type                  "type"              (MeetingType; a meetings claim's Subtype)
//	SheetInfo.Kind                "kind"              (SheetKind)
//	Accountability.Kind, System.Kind  "kind"          (Subtype of accountability, of systems)
//	LedgerProblem.Status, Item.Status "status"        (Status; a problems claim's Subtype)

// Kind is what a claim counts: problems, meetings, systems (制度) …
type Kind string

// The kinds of claims.
const (
	KindProblems       Kind = "problems"
	KindMeetings       Kind = "meetings"
	KindSystems        Kind = "systems"
	KindAccountability Kind = "accountability"
	KindClues          Kind = "clues"
	KindMoney          Kind = "money"
	KindOther          Kind = "other"
)

// kinds is the table of claim kinds, in the order documented.
var kinds = []struct {
	Kind    Kind
	Chinese string
	// Note says, for the reader, what signals the kind (the measure word
	// and the nouns near the figure; classifyFigure has the details).
	Note string
}{
	{KindProblems, "问题", "量词个、项、件、条，所计之物为问题类名词（问题、信访件、整改任务；措施只在不另计问题时），或承接上文问题的完成、推进、其余；或完成率名词、“占比”之后的百分数（见读数词类）"},
	{KindMeetings, "会议", "量词次、场、期、轮，前后有会议名称（见会议类型）"},
	{KindSystems, "制度", "量词个、项、件、条，前后有制度、办法、规定、规则、细则、机制"},
	{KindAccountability, "问责", "量词人、名、人次、位，前后有问责方式（见子类）"},
	{KindClues, "问题线索", "前后有“线索”；或紧随线索数字、以“件”计"},
	{KindMoney, "资金", "量词元（万元、亿元）"},
	{KindOther, "其他", "其余数字；子类为所计之物的原文"},
}

// IsState tells a subtype of problems that counts those of one state — done,
// in progress or not done: states exclude each other, so such counts are
// parts of the total (not the total, not a rate).
func (s Subtype) IsState() bool {
	return s == SubtypeDone || s == SubtypeInProgress || s == SubtypeNotDone
}

// Chinese returns the Chinese name of k (问题, 会议, 制度 …), or k itself when it
// is not in the table.
func (k Kind) Chinese() string {
	for _, e := range kinds {
		if e.Kind == k {
			return e.Chinese
		}
	}
	return string(k)
}

// Subtype is which part of its kind a claim counts. The subtypes of
// problems are the statuses (Status.Subtype) plus total and rate; those of
// meetings are the meeting types (MeetingType.Subtype). A claim of kind
// other holds the thing counted, as written (专项检查, 方面), in Subtype.
type Subtype string

// The subtypes that are not statuses or meeting types.
const (
	SubtypeTotal         Subtype = "total"
	SubtypeRate          Subtype = "rate"
	SubtypeNew           Subtype = "new"
	SubtypeRevised       Subtype = "revised"
	SubtypeDisciplined   Subtype = "disciplined"
	SubtypeOrgHandling   Subtype = "org_handling"
	SubtypeAdmonished    Subtype = "admonished"
	SubtypeCriticized    Subtype = "criticized"
	SubtypeReceived      Subtype = "received"
	SubtypeHandled       Subtype = "handled"
	SubtypeFiled         Subtype = "filed"
	SubtypeRecovered     Subtype = "recovered"
	SubtypeRefunded      Subtype = "refunded"
	SubtypeLossRecovered Subtype = "loss_recovered"
	SubtypeOther         Subtype = "other"

	// The problems subtypes that count problems of a status.
	SubtypeDone       = Subtype(StatusDone)
	SubtypeInProgress = Subtype(StatusInProgress)
	SubtypeNotDone    = Subtype(StatusNotDone)
)

// subtypeEntry is one row of the subtypes table.
type subtypeEntry struct {
	Kind    Kind
	Subtype Subtype
	Chinese string
	// Words signal the subtype in the words before (or after) the figure.
	// Within a kind, rows are tried in the order written and the first
	// row whose words occur decides; rows without words are decided by
	// other means, which Note tells.
	Words []string
	Note  string
}

// subtypes is the table of claim subtypes, by kind, in the order the
// classifier tries them.
var subtypes = []subtypeEntry{
	{KindProblems, SubtypeTotal, "问题总数", []string{"反馈", "指出", "发现", "排查出", "查出", "交办", "移交", "梳理", "查摆", "共", "涉及", "列出", "认领",
		"转办", "转交", "受理", "明确", "分解", "细化", "制定", "提出"}, ""},
	{KindProblems, SubtypeDone, "已完成整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeInProgress, "正在整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeNotDone, "未完成整改的问题", nil, "数字前后的整改状态词（见整改状态）"},
	{KindProblems, SubtypeRate, "整改完成率", nil, "完成率名词之后的百分数（满意率、处置率等不算），关于问题的“占比”“占全部…”，或完成动词之后的百分数（已整改完成90.9%）"},

	{KindSystems, SubtypeNew, "新建制度", []string{"新建", "新制定", "新出台", "制定", "制订", "建立", "出台", "新增", "起草", "建章立制", "订定", "新订", "增订"}, ""},
	{KindSystems, SubtypeRevised, "修订制度", []string{"修订", "修改", "完善", "健全", "细化", "修正"}, ""},
	{KindSystems, SubtypeTotal, "建立完善制度", []string{"合计", "小计", "共"}, ""},

	{KindAccountability, SubtypeDisciplined, "给予党纪政务处分", []string{"党纪政务处分", "党纪处分", "政务处分", "纪律处分", "处分", "党政纪", "政纪",
		"党纪", "警告", "记过", "记大过", "记小过", "小过", "大过", "申诫", "降级", "撤职", "开除", "留党察看", "撤销党内职务"}, ""},
	{KindAccountability, SubtypeOrgHandling, "组织处理", []string{"组织处理", "免职", "降职", "调整岗位", "调离", "停职", "责令辞职",
		"调整", "引咎辞职", "改任", "转岗", "调岗", "免去"}, ""},
	{KindAccountability, SubtypeAdmonished, "诫勉（谈话提醒）", []string{"诫勉", "谈话提醒", "提醒谈话", "教育提醒", "提醒教育", "约谈", "函询", "第一种形态"}, ""},
	{KindAccountability, SubtypeCriticized, "通报批评（批评教育）", []string{"通报批评", "批评教育"}, ""},
	{KindAccountability, SubtypeOther, "其他方式问责", []string{"其他处理", "其他方式", "书面检查", "检讨", "作出检查", "责令", "调查", "审查", "移送", "司法", "通报问责", "逮捕", "判刑"}, ""},
	{KindAccountability, SubtypeTotal, "问责总人数", []string{"问责", "追责", "责任追究", "处理", "查处", "惩处"}, ""},

	{KindClues, SubtypeFiled, "立案", []string{"立案"}, ""},
	{KindClues, SubtypeHandled, "办结（处置）的线索", []string{"办结", "处置", "了结", "办理完毕", "核查完毕", "已办理"}, ""},
	{KindClues, SubtypeReceived, "收到（受理）的线索", []string{"收到", "移交", "受理", "交办", "接收", "共", "线索"}, ""},

	{KindMoney, SubtypeLossRecovered, "挽回损失", []string{"挽回", "挽损"}, ""},
	{KindMoney, SubtypeRefunded, "清退（退还）资金", []string{"清退", "退还", "退回", "退缴", "返还", "退赔", "退款", "退出", "归还", "吐回"}, ""},
	{KindMoney, SubtypeRecovered, "追回（收缴）资金", []string{"追回", "追缴", "收回", "扣回", "追偿", "收缴", "清收", "追收", "回收", "追索"}, ""},
	{KindMoney, SubtypeOther, "其他资金", nil, "以元计、无上述词语的金额"},
}

// SubtypeChinese returns the Chinese name of subtype s of kind k (for
// meetings, the meeting type's name); for kind other, and for a subtype not
// in the table, s itself.
func (k Kind) SubtypeChinese(s Subtype) string {
	if k == KindMeetings {
		return MeetingType(s).Chinese()
	}
	for _, e := range subtypes {
		if e.Kind == k && e.Subtype == s {
			return e.Chinese
		}
	}
	return string(s)
}

// subtypeList is a kind's rows of the subtypes table that have signal
// words, in order, each with its words joined by | (the form has and firstOf
// take).
type subtypeList []struct {
	sub   Subtype
	words string
}

// subtypeWords returns kind k's subtypeList.
func subtypeWords(k Kind) subtypeList {
	var out subtypeList
	for _, e := range subtypes {
		if e.Kind == k && len(e.Words) > 0 {
			out = append(out, struct {
				sub   Subtype
				words string
			}{e.Subtype, strings.Join(e.Words, "|")})
		}
	}
	return out
}

// wordsOf returns the signal words of subtype s of kind k, joined by |.
func wordsOf(k Kind, s Subtype) string {
	for _, e := range subtypes {
		if e.Kind == k && e.Subtype == s {
			return strings.Join(e.Words, "|")
		}
	}
	panic("extract: no words for " + string(k) + "/" + string(s))
}

// wordClass is a class of words the claim reader looks for around a figure,
// beside the kind and subtype words above: what the figure counts (the noun
// before it or right after its measure word), how the verb before it reads
// (done, planned, going on, the rest), and what makes a percentage or an
// amount no rectification figure. classifyFigure reads a figure as
// subject + verb + figure + measure word + noun with these classes.
type wordClass int

// The word classes.
const (
	// classItemNoun names the items a problems figure counts: 问题 and
	// the petitions and tasks offices count as problems.
	classItemNoun wordClass = iota
	// classMeasureNoun names measures (整改措施, 举措): a problems figure
	// when a sentence counts nothing else, other beside problems.
	classMeasureNoun
	// classDoneVerb are completion verbs that are no status word: 解决,
	// 纠正 …; after a total verb (发现并纠正) the later verb decides.
	classDoneVerb
	// classPlanned before a completion verb makes it a plan, not a fact:
	// 计划于6月底前完成整改的14件 are in progress.
	classPlanned
	// classGoingOn are words of work going on: 阶段性整改, 正加快推进,
	// 为长期工作, 取得积极进展.
	classGoingOn
	// classPredicate opens the predicate after a counted noun phrase (5个巡察组
	// 已完成…, 1项取得阶段性进展, 29个社区存在问题): the nouns after it are
	// not what the figure counts.
	classPredicate
	// classRemainder opens the rest of a total: 其余29项, 剩余1个, 另有27件;
	// in progress unless a status word says otherwise.
	classRemainder
	// classRateNoun is the noun of a completion rate; other rates
	// (满意率, 覆盖率, 处置率, 结案率, 精简率, 比率) are not claims.
	classRateNoun
	// classShareOf before a percentage makes it a share of all the items
	// (占全部整改措施的80%).
	classShareOf
	// classUnitNoun right after a measure word makes the figure a count of
	// units (29个社区, 15个被巡察党组织): other, about other units.
	classUnitNoun
	// classThingNoun right after a measure word makes the figure a count of
	// something that is no claim (5个巡察组, 7个专项整改, 4条意见建议).
	classThingNoun
	// classGroupNoun names a group of people (巡察组, 整改组, 专班): a thing
	// noun too, and after an item noun it heads the phrase (问题整改组).
	classGroupNoun
	// classSpending before an amount makes it money spent, planned or kept
	// in the public accounts, not money recovered (总投资, 投入, 预算, 决算,
	// 支出, 收入, 结余, 结转, 经费, 争取, 增收节支).
	classSpending
	// classStatistic before an amount makes it a statistic of the economy
	// or of public finance (税收总额, 生产总值), which audit reports
	// quote: not money recovered.
	classStatistic
	// classSpendingAfter after an amount says what it pays for (统筹资金
	// 9.95亿元支持…): money spent.
	classSpendingAfter
	// classPayment are verbs of money paid out in the ordinary way (发放补贴,
	// 拨付资金): an amount right after one, in a clause that says nothing
	// of a breach (违规发放 is one), is no rectification figure.
	classPayment
	// classMeetingVerb opens a meeting named after its count (5次召开…会).
	classMeetingVerb
	// classSanctionVerb opens a list of sanctions sharing one verb
	// (给予批评教育、责令检查、谈话提醒10人: one count for all, total).
	classSanctionVerb
	// classEnforcement in the clause of a 立案 makes it an administrative or
	// criminal case, not a clue filed (立案处罚8家, 立案侦查18件).
	classEnforcement
	// classMoneyAtIssue in a sentence makes an amount no money verb names a
	// claim: the sentence is about a problem, a breach, a shortfall, a
	// penalty or a correction (涉及, 违规, 未, 罚, 整改, 拖欠 …); without one
	// the amount is money raised or paid in the ordinary way.
	classMoneyAtIssue
	// classMisstated before an amount says an account was misstated (多计收入,
	// 少计利润, 虚增成本): the amount is at issue, whatever line of the
	// accounts names it.
	classMisstated
	// classYuanUnderstood right before a sum in 万 or 亿 with no 元 after
	// it says the sum is money all the same (罚款524万, 金额2.2亿, 退缴200万).
	classYuanUnderstood
	// classBreach in the sentence before an amount says a rule was broken:
	// the amount is at issue even when a word of public finance names it
	// (不符合条件的企业，享受税收优惠8.4亿元).
	classBreach
)

// wordClasses is the table of word classes, in the order documented.
var wordClasses = []struct {
	Class   wordClass
	Name    string
	Chinese string
	Words   []string
}{
	{classItemNoun, "item_noun", "问题类名词", []string{"问题", "信访", "举报", "投诉", "交办件", "转办件", "交办案件", "转办案件", "督察案件", "反馈意见", "整改任务", "任务", "整改事项", "交办事项", "整改点位", "表现形式", "具体表现", "隐患", "缺失", "改善事项", "列管事项", "审核意见"}},
	{classMeasureNoun, "measure_noun", "措施类名词", []string{"整改措施", "整改举措", "举措", "措施"}},
	{classDoneVerb, "done_verb", "完成类动词", []string{"解决", "纠正", "整改到位", "销号", "验收", "推动立行立改", "边巡边改", "推动整改", "督促整改", "清理整治", "纠治", "并整改", "现场整改", "立查立改", "当场整改", "消除", "消缺"}},
	{classPlanned, "planned", "计划（未成事实）", []string{"计划", "预计", "拟", "将于", "力争", "日前完成", "底前完成", "月前完成"}},
	{classGoingOn, "going_on", "推进类词语", []string{"阶段性", "推进", "长期", "持续", "积极进展", "明显成效", "初步成效", "序时进度", "正在", "办理中", "纳入常态化"}},
	{classPredicate, "predicate", "谓语起始词", []string{"已", "正", "均", "全部", "业已", "基本", "尚", "取得", "存在", "进行", "完成", "实施", "达到", "为", "阶段性", "分阶段", "分步", "涉及", "因"}},
	{classRemainder, "remainder", "其余", []string{"其余", "剩余", "剩下", "余下", "另有", "尚有", "还有"}},
	{classRateNoun, "rate_noun", "完成率名词", []string{"完成率", "整改率", "销号率", "办结率", "到位率", "整改落实率", "完成比例", "办理进度", "整改进度", "完成进度", "改善率", "改善比率", "改善成数", "解除列管比率"}},
	{classShareOf, "share_of", "占全部", []string{"占全部", "占总", "占所有", "占比"}},
	{classUnitNoun, "unit_noun", "单位类名词", []string{"单位", "处室", "科室", "股室", "被巡察", "被巡视", "被审计", "党组织", "党支部", "部门", "企业", "学校", "乡镇", "社区", "村", "机构"}},
	{classThingNoun, "thing_noun", "非问题名词", []string{"专项", "意见建议", "建议", "项目", "阶段", "环节", "步骤", "批次", "轮次", "层次", "点位", "图斑", "地块", "维度", "板块", "整改工作", "建筑", "线路", "管网", "路段", "房产", "房屋", "厂房", "商铺", "门面"}},
	{classGroupNoun, "group_noun", "工作组类名词", []string{"巡察组", "巡视组", "督导组", "督查组", "督察组", "工作组", "整改组", "专班", "小组"}},
	{classSpending, "spending", "投入类资金", []string{"投资", "投入", "预算", "决算", "支出", "收入", "结余", "结转", "经费", "争取", "增收节支", "合同价款", "合同金额", "中标金额"}},
	{classStatistic, "statistic", "统计类资金", []string{"税收", "生产总值", "产值", "营业收入", "营收", "利润", "增加值", "总收入", "总支出", "总开支", "总资产", "总收益", "总费用", "余额", "价值", "短绌", "赤字", "举债", "斥资", "耗资", "编列"}},
	{classSpendingAfter, "spending_after", "资金用途", []string{"支持", "用于", "助力", "投向"}},
	{classPayment, "payment", "拨付类动词", []string{"发放", "拨付", "兑付", "划拨", "下拨", "落实"}},
	{classMeetingVerb, "meeting_verb", "开会动词", []string{"组织召开", "主持召开", "召开了", "召开", "举行", "举办", "开了"}},
	{classSanctionVerb, "sanction_verb", "问责动词", []string{"给予", "作出", "予以", "进行"}},
	{classEnforcement, "enforcement", "行政执法立案", []string{"处罚", "侦查", "违法", "刑事", "拘留"}},
	{classMoneyAtIssue, "money_at_issue", "金额涉及问题", []string{"涉及", "问题", "违规", "违纪", "违法", "违反", "不合规", "不符合", "不完善", "不到位", "扩大", "未",
		"超标", "超范围", "超支", "虚报", "虚列", "套取", "挪用", "侵占", "截留", "滞留", "冒领", "骗取", "骗保", "欺诈", "查处", "私设", "多发", "多付", "多收", "少收", "欠缴", "闲置",
		"损失", "整改", "罚", "没收", "追", "退", "清理", "收缴", "纠正", "移送", "调整", "调账", "规范", "拖欠", "补缴", "缴纳", "上缴", "催缴", "不予", "拒付", "扣款", "扣减", "核减"}},
	{classMisstated, "misstated", "账目失实", []string{"多计", "少计", "虚增", "虚减", "多列", "少列", "漏记", "错记", "少缴", "多报", "少报", "多记", "少记"}},
	{classBreach, "breach", "违规违法", []string{"违规", "违法", "违反", "不符合", "骗取", "套取", "虚报", "冒领"}},
	{classYuanUnderstood, "yuan_understood", "省略“元”的金额前词", []string{"罚款", "罚没", "罚金", "罚单", "罚", "金额", "资金", "基金", "费用", "收费", "退缴", "退还", "退赔", "追缴", "追回", "返还", "补贴", "补助", "经费", "款项", "价款", "损失"}},
}

// classWords returns the words of class c, joined by | (the form has takes).
func classWords(c wordClass) string {
	for _, e := range wordClasses {
		if e.Class == c {
			return strings.Join(e.Words, "|")
		}
	}
	panic("extract: no word class")
}
