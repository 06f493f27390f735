package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// familyCasesMore are more sentences of the families, across levels and
// kinds of report (企业, 高校, 县, 乡镇, 审计, 督察), some in Traditional script.
// Written for these tests; none is quoted from a published text.
var familyCasesMore = []familyCase{
	// Whole-report summaries: total, done, in progress, rate.
	{"summary", "集团党委巡察反馈问题58个，已完成整改52个，正在整改6个，整改完成率89.66%。",
		[]string{"problems/total=58", "problems/done=52", "problems/in_progress=6", "problems/rate=89.66"}},
	{"summary", "学校党委对照巡视反馈的4个方面17项34个具体问题，已完成整改31个，基本完成2个，正在推进1个，整改完成率91.2%。",
		[]string{"other=4", "other=17", "problems/total=34", "problems/done=31", "problems/in_progress=2", "problems/in_progress=1", "problems/rate=91.2"}},
	{"summary", "镇党委认领巡察反馈问题23个，目前已整改到位21个，2个需长期坚持，整改率91.3%。",
		[]string{"problems/total=23", "problems/done=21", "problems/in_progress=2", "problems/rate=91.3"}},
	{"summary", "县审计局审计查出问题135个，截至11月底完成整改118个，正在整改17个，整改率87.41%。",
		[]string{"problems/total=135", "problems/done=118", "problems/in_progress=17", "problems/rate=87.41"}},
	{"summary", "公司黨委巡察反饋問題41個，已完成整改37個，整改完成率90.2%。",
		[]string{"problems/total=41", "problems/done=37", "problems/rate=90.2"}},
	{"summary", "截至目前，反馈的26条问题已整改到位24条，其余2条正按计划推进。",
		[]string{"problems/total=26", "problems/done=24", "problems/in_progress=2"}},
	{"summary", "医院党委梳理问题清单29项，已销号25项，未完成4项。",
		[]string{"problems/total=29", "problems/done=25", "problems/not_done=4"}},
	{"summary", "区委巡察指出问题77个，已完成整改70个，完成率90.9%，其余7个问题正在持续推进。",
		[]string{"problems/total=77", "problems/done=70", "problems/rate=90.9", "problems/in_progress=7"}},
	{"summary", "本轮巡察共发现问题412个，移交问题线索19件。",
		[]string{"problems/total=412", "clues/received=19"}},
	// (The tasks the problems were split into are measures beside them
	// since session 15, as the devset's convention has it: other.)
	{"summary", "局党组把巡察反馈的31个问题细化为86项整改任务，逐项明确责任。",
		[]string{"problems/total=31", "other=86"}},

	// More summaries as bureaus, towns and companies write them.
	{"summary", "市住建局党组对照反馈的38个问题，已完成整改33个，基本完成3个，持续推进2个。",
		[]string{"problems/total=38", "problems/done=33", "problems/in_progress=3", "problems/in_progress=2"}},
	{"summary", "乡党委对巡察反馈的15个问题逐一整改，已整改到位13个，整改完成率86.7%。",
		[]string{"problems/total=15", "problems/done=13", "problems/rate=86.7"}},
	{"summary", "公司党委查摆问题47个，已完成整改44个，未完成3个。",
		[]string{"problems/total=47", "problems/done=44", "problems/not_done=3"}},
	{"summary", "巡视反馈的62个问题中，59个已完成整改，3个正在整改，整改完成率95.2%。",
		[]string{"problems/total=62", "problems/done=59", "problems/in_progress=3", "problems/rate=95.2"}},
	{"summary", "市委巡察反馈问题24个，完成整改22个，挽回经济损失138.6万元，问责5人。",
		[]string{"problems/total=24", "problems/done=22", "money/loss_recovered=1386000", "accountability/total=5"}},
	{"summary", "發現問題93個，已整改86個，正在整改7個，追回資金46.2萬元。",
		[]string{"problems/total=93", "problems/done=86", "problems/in_progress=7", "money/recovered=462000"}},
	{"summary", "医院党委召开党委会议8次、专题会议3次，建立完善制度16项，给予党纪处分2人。",
		[]string{"meetings/party_committee=8", "meetings/special=3", "systems/total=16", "accountability/disciplined=2"}},
	{"summary", "集团公司清退违规收取的费用96万元，修订制度11项，诫勉谈话7人。",
		[]string{"money/refunded=960000", "systems/revised=11", "accountability/admonished=7"}},

	// Rounds of environmental inspection (督察): tasks and petitions.
	{"tasks-total", "第二轮督察整改方案明确整改任务73项，截至今年6月底已完成59项，完成率80.8%。",
		[]string{"problems/total=73", "problems/done=59", "problems/rate=80.8"}},
	{"tasks-total", "全市19项整改任务已完成整改15项，其余4项正加快推进。",
		[]string{"problems/total=19", "problems/done=15", "problems/in_progress=4"}},
	{"tasks-total", "省级督察反馈意见整改任务208项，已整改完成163项，群众信访举报问题934个，已完成902个。",
		[]string{"problems/total=208", "problems/done=163", "problems/total=934", "problems/done=902"}},
	{"petitions-assigned", "督察组向我县转办群众信访件17件，已办结14件，阶段性办结3件。",
		[]string{"problems/total=17", "problems/done=14", "problems/in_progress=3"}},
	{"petitions-assigned", "截至10月8日，督察组共向我市交办信访件221件，已全部交办到位，相关部门正在办理中。",
		[]string{"problems/total=221"}},
	{"petitions-assigned", "全县对督察组转来的第三批41件群众投诉件逐件核查，其中已办结25件、阶段性办结13件。",
		[]string{"problems/total=41", "problems/done=25", "problems/in_progress=13"}},
	{"petitions-assigned", "受理的64件督察转办信访件已全部办结，11项反馈意见已按期完成整改。",
		[]string{"problems/total=64", "problems/done=11"}},
	{"petitions-assigned", "督察期间累计受理群众举报2.6万余件，推动解决群众身边环境问题1.9万余个。",
		[]string{"problems/total=26000", "problems/done=19000"}},
	{"petitions-assigned", "環保督察組轉辦信訪件共計64件（其中來電39件，來信25件）。",
		[]string{"problems/total=64", "other=39", "other=25"}},
	{"stage-done", "督察組轉辦信訪舉報件104件。截至9月20日，已辦結83件，階段性辦結21件。",
		[]string{"problems/total=104", "problems/done=83", "problems/in_progress=21"}},
	{"stage-done", "具体问题共40个，完成整改31个，阶段性整改4个，正在整改5个。",
		[]string{"problems/total=40", "problems/done=31", "problems/in_progress=4", "problems/in_progress=5"}},
	{"in-progress-by-deadline", "尚未完成的11个问题中，计划年内完成整改的8个，需长期整改的3个。",
		[]string{"problems/not_done=11", "problems/in_progress=8", "problems/in_progress=3"}},

	// Measures and tasks as the only items.
	{"measures-as-items", "围绕反馈意见制定整改措施93条，截至目前已完成87条，占全部整改措施的93.5%。",
		[]string{"problems/total=93", "problems/done=87", "problems/rate=93.5"}},
	{"measures-as-items", "公司党委研究提出57条具体举措，建立整改任务台账。",
		[]string{"problems/total=57"}},
	{"measures-as-items", "学院形成了包括42条整改措施的整改清单。",
		[]string{"problems/total=42"}},
	{"measures-count", "针对巡察指出的16个问题，制定了51条整改措施，已完成整改14个。",
		[]string{"problems/total=16", "other=51", "problems/done=14"}},
	{"measures-count", "局党委梳理出具体问题28个、整改措施73项，压实整改责任。",
		[]string{"problems/total=28", "other=73"}},

	// Meetings in every order.
	{"meetings-count-before-noun", "党委先后召开4次党委会议、2次巡察整改领导小组会议，研究部署整改工作。",
		[]string{"meetings/party_committee=4", "meetings/work=2"}},
	{"meetings-count-before-noun", "巡察反馈后，召开1次巡察整改专题民主生活会、3次整改调度会。",
		[]string{"meetings/democratic_life=1", "meetings/work=3"}},
	{"meetings-count-before-noun", "学校党委召开5次常委会专题研究巡视整改工作。",
		[]string{"meetings/party_committee=5"}},
	{"meetings-count-before-noun", "组织召开2次专题会议，对整改方案逐条审议。",
		[]string{"meetings/special=2"}},
	{"meetings-count-before-verb", "县委先后两次召开整改督办会，推动问题销号。",
		[]string{"meetings/work=2"}},
	{"meetings-noun-count", "召开党组会议7次、巡察整改推进会4次、专题民主生活会1次。",
		[]string{"meetings/party_committee=7", "meetings/work=4", "meetings/democratic_life=1"}},
	{"meetings-noun-count", "累计召开整改工作会议16次，讲授专题党课3次。",
		[]string{"meetings/work=16", "meetings/lecture=3"}},
	{"meetings-list-then-count", "先后召开党组会、专题会、调度会等共12次会议研究整改。",
		[]string{"meetings/other=12"}},
	{"meetings-verb-count", "中心组开展3次集中学习，组织专题学习研讨5次。",
		[]string{"meetings/study=3", "meetings/study=5"}},
	{"meetings-chain", "召開黨委會議6次、專題會議2次研究整改。",
		[]string{"meetings/party_committee=6", "meetings/special=2"}},

	// Accountability.
	{"accountability-verb-count", "整改期间共问责干部26人，其中给予党纪处分9人、政务处分5人、诫勉谈话8人、组织处理4人。",
		[]string{"accountability/total=26", "accountability/disciplined=9", "accountability/disciplined=5",
			"accountability/admonished=8", "accountability/org_handling=4"}},
	{"accountability-verb-count", "给予党纪政务处分18人，组织处理7人，约谈提醒35人次。",
		[]string{"accountability/disciplined=18", "accountability/org_handling=7", "accountability/admonished=35"}},
	{"accountability-verb-count", "对3名相关责任人进行通报批评，对2人进行诫勉谈话。",
		[]string{"accountability/criticized=3", "accountability/admonished=2"}},
	{"accountability-verb-count", "严肃追责问责41人次，其中移送司法机关2人。",
		[]string{"accountability/total=41", "accountability/other=2"}},
	{"accountability-verb-count", "查处违反八项规定精神问题29起，处理干部35人。",
		[]string{"other=29", "accountability/total=35"}}, // the 29 are cases (docs/phrasing.md cases-count)
	{"org-handling-removed", "对选人用人问题负有责任的4名干部调离岗位，免去2名科长职务。",
		[]string{"accountability/org_handling=4", "accountability/org_handling=2"}},
	{"sanction-list-then-count", "对履职不到位的，给予批评教育、谈话提醒、责令检查共21人。",
		[]string{"accountability/total=21"}},
	{"accountability-verb-count", "約談提醒12人，給予黨紀處分3人。",
		[]string{"accountability/admonished=12", "accountability/disciplined=3"}},

	// Clues.
	{"clue-verbs", "巡察移交问题线索46件，纪委监委已处置41件，立案12件，给予处分10人。",
		[]string{"clues/received=46", "clues/handled=41", "clues/filed=12", "accountability/disciplined=10"}},
	{"clue-verbs", "依据移交线索立案审查调查7人，留置1人。",
		[]string{"clues/filed=7", "other=1"}},
	{"clue-verbs", "在已移交的52件问题线索中，已立案9起，诫勉谈话6人，还有一批线索正在办理。",
		[]string{"clues/received=52", "clues/filed=9", "accountability/admonished=6"}},
	{"clue-noun-count", "受理巡视移交问题线索31件，办结28件。",
		[]string{"clues/received=31", "clues/handled=28"}},
	{"enforcement-not-clue", "责令整改企业26家，立案处罚19家，罚款金额152.4万元，立案侦查4件。",
		[]string{"other=26", "other=19", "money/other=1524000", "other=4"}},

	// Money.
	{"money-wan", "清理出违规发放的津补贴78万多元，全部予以清退。",
		[]string{"money/refunded=780000"}},
	{"money-wan", "追回被挪用资金2.35亿元，挽回国有资产损失8600万元。",
		[]string{"money/recovered=235000000", "money/loss_recovered=86000000"}},
	{"money-verb-amount", "收缴违纪款12.8万元，退还多收取的费用4.6万元。",
		[]string{"money/recovered=128000", "money/refunded=46000"}},
	{"money-amount-involved", "审计指出问题金额3.72亿元，已整改金额3.15亿元。",
		[]string{"money/other=372000000", "money/other=315000000"}},
	{"money-not-rectification", "年内投入专项资金2.4亿元用于老旧小区改造。",
		[]string{"other=240000000"}},
	{"money-not-rectification", "全年一般公共预算支出86.3亿元。",
		[]string{"other=8630000000"}},

	// Rules.
	{"systems-verb-count", "建立完善制度41项，其中新建23项、修订18项。",
		[]string{"systems/total=41", "systems/new=23", "systems/revised=18"}},
	{"systems-verb-count", "制定完善规章制度19项，形成长效机制。", []string{"systems/total=19"}},
	{"systems-verb-count", "修订完善管理办法6个，废止不适用制度3项。", []string{"systems/revised=6", "other=3"}},
	{"systems-count-before-noun", "先后出台12项制度规定，堵塞管理漏洞。", []string{"systems/new=12"}},
	{"systems-verb-count", "建章立制27項，其中新制定15項。", []string{"systems/total=27", "systems/new=15"}},

	// Rates and what is no rate.
	{"rate-percent", "反馈问题整改率达到100%。", []string{"problems/rate=100"}},
	{"rate-percent", "全省巡视反馈问题总体完成率96.8%，较上季度提高4.2个百分点。", []string{"problems/rate=96.8"}},
	{"rate-share-of-total", "完成整改的问题占比达到95%以上。", []string{"problems/rate=95"}},
	{"rate-share-of-total", "已整改问题88个，占问题总数的93.6%。", []string{"problems/done=88", "problems/rate=93.6"}},
	{"rate-not-rectification", "职工对整改工作的满意度超过96%。", []string{"other=96"}},
	{"rate-not-rectification", "营业收入同比增长11.4%，利润总额增长6.3%。", []string{"other=11.4", "other=6.3"}},
	{"rate-of-clues", "线索处置率达到100%，办案质量评查合格率98%。", []string{"other=100", "other=98"}},

	// Counts of units, groups and other things.
	{"other-units-count", "派出5个巡察组，对21个单位党组织开展常规巡察。", []string{"other=5", "other=21"}},
	{"other-units-count", "对全县14个乡镇、86个村开展巡察整改“回头看”。", []string{"other=14", "other=86"}},
	{"other-units-count", "向12个被巡察党组织反馈巡察意见。", []string{"other=12"}},
	{"other-units-count", "全区32个社区完成整改问题276项。", []string{"other=32", "problems/done=276"}},
	{"inspection-groups-count", "3个督导组分赴各乡镇开展督导。", []string{"other=3"}},
	{"object-count-not-problem", "开展5个专项整治行动。", []string{"other=5"}},
	{"object-count-not-problem", "排查梳理在建项目43个。", []string{"other=43"}},
	{"suggestions-count", "向被巡察单位提出意见建议27条。", []string{"other=27"}},
	{"split-by-unit", "对区医保局开展的专项审计中，审计查出问题8个，完成整改6个。",
		[]string{"problems/total=8@other_units", "problems/done=6@other_units"}},
	{"rate-share-of-total", "整改完成数较多的为东湖区218个、西城区176个、北塘县154个。",
		[]string{"problems/done=218@other_units", "problems/done=176@other_units", "problems/done=154@other_units"}},

	// Set phrases, frequencies and dates.
	{"set-phrase-not-count", "建立一个问题一名责任领导、一张整改清单的工作机制。", []string{"other=1", "other=1"}},
	{"set-phrase-not-count", "实行整改一项、验收一项、销号一项。", []string{"other=1", "other=1", "other=1"}},
	{"frequency-not-count", "党组每半年至少专题研究两次巡察整改工作。", []string{"other=2"}},
	{"frequency-not-count", "班子成员每月至少深入基层一次。", []string{"other=1"}},
	{"set-phrase-not-count", "做到“两个维护”，落实“三重一大”决策制度。", nil},
	{"date", "2023年3月15日至5月20日，市委第二巡察组对我局开展了巡察。", nil},
	{"duration", "用两个月时间开展集中整改，为期三个月的专项整治。", nil},
	{"document-number", "印发《整改工作方案》（市水党〔2023〕12号）。", nil},
	{"ordinal-name", "根据市委第四轮巡察工作安排，十三届县委第3轮巡察于近日启动。", nil},
}

// TestClueSourceParts: the parts of a clue total told by where the clues
// came from keep the whole source in their subtype; 其中 is cut as a word,
// not as a set of characters (中央 lost its 中 when it was).
func TestClueSourceParts(t *testing.T) {
	var subs []Subtype
	for _, c := range claimsOf(t, "已办结问题线索12件，其中中央巡视组移交5件、省委巡视组移交7件。") {
		subs = append(subs, c.Subtype)
	}
	assert.Equal(t, []Subtype{SubtypeHandled, "线索处置：中央巡视组移交", "线索处置：省委巡视组移交"}, subs)
}
