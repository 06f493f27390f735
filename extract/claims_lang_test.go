package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// familyCasesLang are sentences of the grammar rules added for real texts
// (issue 12): the body that meets names a meeting, a negated 办结, the
// sanctions 批评教育 and 作出检查, funds returned to their channel, an
// indefinite 一 and a span of time, a count by means of 以, batches, a
// total handed to a larger unit, a subset after 其中 and a share stated by a
// fraction word. Written for these tests; none is quoted from a published text.
var familyCasesLang = []familyCase{
	// The body that meets names the meeting: 工委会 and a 党委 / 党组
	// 专题会议 are the party committee's; a 协调会 is a work meeting.
	{"meetings-count-before-noun", "反馈会后，先后召开5次工委会专题研究整改工作。", []string{"meetings/party_committee=5"}},
	{"meetings-count-before-noun", "召开2次局党组专题会议、4次整改协调会推进落实。",
		[]string{"meetings/party_committee=2", "meetings/work=4"}},
	{"meetings-noun-count", "市委教育工委召开工委会3次，听取各校整改汇报。", []string{"meetings/party_committee=3"}},
	{"meetings-noun-count", "区委召开巡察整改协调会7次，专题会议2次。", []string{"meetings/work=7", "meetings/special=2"}},

	// A negated 办结 is not done: 已办结 / 阶段性办结 / 未办结 split a total.
	{"not-done-negated-verb", "交办信访件58件，已办结41件、阶段性办结12件、未办结5件。",
		[]string{"problems/total=58", "problems/done=41", "problems/in_progress=12", "problems/not_done=5"}},
	{"not-done-negated-verb", "受理群众举报事项23件，尚未办结2件。", []string{"problems/total=23", "problems/not_done=2"}},

	// 批评教育 is a criticism; 责令作出检查 is a sanction of its own (other).
	{"accountability-verb-count", "对违规报销的9名干部进行批评教育，责令3人作出书面检查。",
		[]string{"accountability/criticized=9", "accountability/other=3"}},
	{"accountability-verb-count", "给予批评教育17人次。", []string{"accountability/criticized=17"}},

	// Verbs joined by 或 share their object and the first heads them:
	// 收回或归还 is recovered, 退还或收回 refunded.
	{"money-verb-amount", "收回或归还原资金渠道58.6万元，退还群众多收费用3.2万元。",
		[]string{"money/recovered=586000", "money/refunded=32000"}},
	{"money-verb-amount", "督促退还或收回违规发放补贴12万元。", []string{"money/refunded=120000"}},

	// An indefinite 一 before an evaluative word (一项重要任务) and 一个 /
	// 一段 before a time noun (一个时期, 一段时间) are no counts.
	{"set-phrase-not-count", "党委把巡察整改作为当前一项重要工作抓紧抓实。", nil},
	{"set-phrase-not-count", "把审计整改当作今后一段时期的一项艰巨任务。", nil},
	{"duration", "在较长一段时间内持续整治，今后一个时期仍要紧盯不放。", nil},
	{"set-phrase-not-count", "局党组以三项过硬的举措压实整改责任。", []string{"other=3"}},

	// A session of a term (届 … N次会议) orders an assembly's sessions; it
	// counts no meeting the unit held.
	{"session-ordinal", "在区十七届人大五次会议上，区政府报告了审计查出问题的整改情况。", nil},
	{"meetings-noun-count", "本届领导班子任期内召开整改专题会议6次。", []string{"meetings/special=6"}},

	// A clause opened by a verb that convenes a meeting counts meetings,
	// whatever their name; 举办 also holds trainings.
	{"meetings-noun-count", "召开由各责任单位分管领导参加的整改情况集中通报5次。", []string{"meetings/other=5"}},
	{"trainings-count", "举办整改业务培训4次。", []string{"other=4"}},

	// Talks to a gathering are meetings; talks with single people are not.
	{"meetings-noun-count", "局党组对新任职干部开展集体廉政谈话2次。", []string{"meetings/other=2"}},
	{"inspection-work-count", "巡察组开展个别谈话57人次。", []string{"other=57"}},

	// Batches (批) are no items: 分两批开展督察 counts rounds.
	{"rounds-count", "今年拟开展三批省级督察，分四批推进。", []string{"other=3", "other=4"}},

	// A total handed to a larger unit, of which a part concerns this one:
	// the total is the larger unit's.
	{"petitions-assigned", "督察组向甲省交办第十批信访件86件，涉及我县4件。",
		[]string{"problems/total=86@other_units", "problems/total=4"}},

	// Cases assigned by an inspection (交办案件, 督察案件) are the items to
	// rectify, as 交办件 are.
	{"petitions-assigned", "省环保督察组交办案件52件，已办结47件。", []string{"problems/total=52", "problems/done=47"}},
	{"done-before-verb", "本市办结中央环保督察案件93件。", []string{"problems/done=93"}},

	// A subset picked out of the total just counted (对其中N个…督办) is no
	// new total.
	{"total-verb-noun-count", "其中，省级层面移交各类生态问题340个，对其中120个问题挂牌督办。",
		[]string{"problems/total=340", "other=120"}},

	// Problems investigated (查处) or liable to accountability (责任追究)
	// are disciplinary cases, not problems to rectify.
	{"cases-count", "全市纪检监察机关共查处违反中央八项规定精神问题236件，处理干部301人。",
		[]string{"other=236", "accountability/total=301"}},
	{"cases-count", "针对移交的9个生态环境损害责任追究问题，对21名责任人实施问责。",
		[]string{"other=9", "accountability/total=21"}},

	// Aspects are no rules, whatever noun stands before them; people
	// surveyed are no sanctions.
	{"nested-aspects", "围绕中央八项规定精神落实等五个方面，查找问题41个。", []string{"other=5", "problems/total=41"}},
	{"inspection-work-count", "巡察组开展民主测评和问卷调查410人次，交由纪委调查2人。",
		[]string{"other=410", "accountability/other=2"}},

	// A fraction word between the count and its status verb takes the
	// status: the count stays the total.
	{"rate-approx-words", "纳入整改清单的860项问题过半已得到解决。", []string{"problems/total=860"}},

	// Statistics of the economy or of public finance, and their change over
	// a year, are no money recovered.
	{"money-not-rectification", "全区一般公共预算收入86.5亿元，比上年增加4.2亿元；税收总额完成310.7亿元。",
		[]string{"other=8650000000", "other=420000000", "other=31070000000"}},
	{"money-not-rectification", "地区生产总值完成1203.4亿元，同比增长6.1%。", []string{"other=120340000000", "other=6.1"}},

	// Statuses joined by 或 count items in either state: the first heads,
	// as with verbs joined by 或.
	{"done-or-basically-done", "截至6月底，整改方案明确的86项任务已完成或基本完成71项。",
		[]string{"problems/total=86", "problems/done=71"}},
	{"done-or-basically-done", "其余问题中，已整改到位或者基本到位的有9个。", []string{"problems/done=9"}},

	// What a count counts: an item noun split by the count (反馈的27条意见)
	// is still that noun; a compound noun is head-final (督察组交办案件 are
	// cases); a sum after a count of batches sums the noun of its clause.
	{"total-before-noun", "对省委巡视组反馈的27条意见逐条研究。", []string{"problems/total=27"}},
	{"other-suggestions", "会议提出3条意见，要求抓好落实。", []string{"other=3"}},
	{"not-done-before-noun", "对尚未完成整改的23件省督察组交办案件挂牌督办。", []string{"problems/not_done=23"}},
	{"other-units-count", "目前已有3个被巡察党组织问题全部清零。", []string{"other=3"}},
	{"campaigns-count", "全年开展7个专项问题整治行动。", []string{"other=7"}},
	{"petitions-assigned", "全区累计收到转办的信访件十二批、合计206件，已办结180件。",
		[]string{"other=12", "problems/total=206", "problems/done=180"}},
	{"petitions-assigned", "今年共收到交办件6批次89件，已办结70件。",
		[]string{"problems/total=89", "problems/done=70"}},

	// Parts read as totals: a part after 其中 whose noun is made with a
	// total verb (交办件); a note in brackets after the count, which names no
	// head; a count followed by its share of a whole; the outer level 大方面.
	{"petitions-assigned", "督察组转交信访件212件，其中重点交办件18件。", []string{"problems/total=212", "other=18"}},
	{"breakdown-by-type", "从问题类型看，水污染14件、噪声8件、其他6件（个别信访件涉及多种类型）。",
		[]string{"other=14", "other=8", "other=6"}},
	{"breakdown-by-type", "按问题类型分：噪声问题4个、其他问题2个（5件信访件，涉及7个问题）。",
		[]string{"other=4", "other=2", "problems/total=5", "problems/total=7"}},
	{"subset-with-share", "班子成员领办重点问题12个，占反馈问题数量的40%。", []string{"other=12", "other=40"}},
	{"subset-with-share", "局主要负责同志牵头督办问题9个，占问题总数的30%。", []string{"other=9", "other=30"}},
	{"total-verb-noun-count", "市委第二巡察组反馈问题34个，占本轮发现问题总量的9%。", []string{"problems/total=34", "other=9"}},
	{"nested-aspects", "县委巡察组共反馈问题5个大方面18个具体问题。", []string{"other=5", "problems/total=18"}},

	// Items answered (回复, 答复, 上报) are not closed: only 办结 closes them.
	{"petitions-answered", "县里共收到转交投诉件48件，已办理答复48件，办结39件。",
		[]string{"problems/total=48", "other=48", "problems/done=39"}},

	// The tasks and measures of a document that is no rectification plan
	// are its own work; those of a rectification plan are the items.
	{"object-count-not-problem", "学院印发《关于推进一流专业建设的实施方案》，将目标分解为62项具体举措。", []string{"other=62"}},
	{"object-count-not-problem", "公司制定《安全生产责任清单》，明确6项责任41条任务。", []string{"other=6", "other=41"}},
	{"measures-as-items", "党委印发《巡察反馈意见整改工作方案》，制定整改措施37条。", []string{"problems/total=37"}},

	// Measures counted in a text that counts its problems too, in another
	// sentence, are no problems.
	{"measures-count", "区委巡察组反馈问题23个。对照问题清单，制定整改措施58条，细化为94条具体举措。",
		[]string{"problems/total=23", "other=58", "other=94"}},
	{"measures-count", "巡察反馈问题16个。围绕这些问题，制定整改措施47条，已完成41条，其余6条正在推进；完成整改13个。",
		[]string{"problems/total=16", "other=47", "other=41", "other=6", "problems/done=13"}},
	{"measures-as-items", "对照反馈意见，制定整改措施58条。截至目前已完成49条。",
		[]string{"problems/total=58", "problems/done=49"}},

	// Sanctions told with the count first and the verb after 被; people held
	// to account after the units, sharing their verb; the first of the four
	// forms of discipline (第一种形态: talks and reminders) is admonishment.
	{"accountability-count-first", "另有9人因审核不严、把关不力被问责。", []string{"accountability/total=9"}},
	{"accountability-verb-count", "对履职不到位的问题，共追责问责3个单位14人。",
		[]string{"other=3", "accountability/total=14"}},
	{"accountability-verb-count", "运用第一种形态开展谈话36人次。", []string{"accountability/admonished=36"}},

	// A fine names its own amount: the verb of the amount before it in the
	// list is not its.
	{"money-fines", "收缴违规资金48.2万元、行政处罚1.6万元。", []string{"money/recovered=482000", "money/other=16000"}},
	{"money-fines", "追回挪用款项9.7万元，罚没违法所得3.3万元。", []string{"money/recovered=97000", "money/other=33000"}},

	// A page's byline names a person: a capital numeral in the name (陆 is
	// the capital 六) before 元 is no amount.
	{"byline-name", "发布时间：2024-05-08　编辑：陆元军", []string{"other=6"}},
	{"byline-name", "责任编辑：伍元明　审核：刘洋", []string{"other=5"}},
}

// TestPinyinGlosses: copies of reports on some mirror sites gloss
// characters with pinyin in brackets inside words (辦(bàn)結); the claims are
// read as if the glosses were not there, and each claim's figure and
// sentence still point at the page text as written.
func TestPinyinGlosses(t *testing.T) {
	text := "截至9月底，已辦(bàn)結投訴件41件，階段性辦結12件，未辦(bàn)結5件。此外，移交環(huán)境問題20個(gè)。"
	cs := claimsOf(t, text)
	assert.Equal(t, []string{"problems/done=41", "problems/in_progress=12", "problems/not_done=5", "problems/total=20"}, familyBrief(cs))
	rs := []rune(text)
	for _, c := range cs {
		fig := string(rs[c.Figure.Start:c.Figure.End])
		assert.Contains(t, []string{"41件", "12件", "5件", "20個"}, fig)
		assert.Equal(t, c.Text, string(rs[c.Source.Start:c.Source.End]))
	}
}
