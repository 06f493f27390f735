package extract

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// familyCase is a sentence of a phrasing family (docs/phrasing.md) with the
// claims it states, in order: own claims as kind/subtype=value (with
// @other_units for another unit's), every other figure as other=value.
// The sentences are written for these tests in the manner of published
// rectification notices; none is quoted from one.
type familyCase struct {
	family, text string
	want         []string
}

// familyBrief is the form of familyCase.want.
func familyBrief(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		v := strconv.FormatFloat(c.Value, 'f', -1, 64)
		switch {
		case c.Kind == KindOther:
			out = append(out, "other="+v)
		case c.Scope != "":
			out = append(out, fmt.Sprintf("%s/%s=%s@%s", c.Kind, c.Subtype, v, c.Scope))
		default:
			out = append(out, fmt.Sprintf("%s/%s=%s", c.Kind, c.Subtype, v))
		}
	}
	return out
}

// allFamilyCases are the sentences of every family table: the families of
// the first dev set, more of them, the grammar rules for real texts, the
// blind batches d and e, and the blind case folders (testdata/cases-e).
func allFamilyCases() []familyCase {
	var out []familyCase
	for _, t := range [][]familyCase{familyCases, familyCasesMore, familyCasesLang, familyCasesD, familyCasesE, familyCasesFG, familyCasesH, familyCasesI, familyCasesJ, familyCasesWords, familyCasesK, familyCasesL, familyCasesFolders, familyCasesFoldersG, familyCasesReview8, familyCasesMN, familyCasesOP, familyCasesQR, familyCasesReview9, familyCasesST, familyCasesUV, familyCasesUVMoney, familyCasesUVLists, familyCasesV, familyCasesFoldersK, familyCasesX, familyCasesFoldersJ, familyCasesW, familyCasesAccounts, familyCasesReview10, familyCasesY, familyCasesZ, familyCasesAA, familyCasesFoldersOP, familyCasesReview12, familyCasesAB, familyCasesFoldersQR, familyCasesReview13, familyCasesSession11, familyCasesFoldersUV, familyCasesAF, familyCasesReview14, familyCasesFoldersX, familyCasesSession12, familyCasesAG, familyCasesFoldersAD, familyCasesAH, familyCasesSession13, familyCasesAI, familyCasesAK, familyCasesAT, familyCasesS15, familyCasesS16, familyCasesS17, familyCasesS18, familyCasesS19, familyCasesS20} {
		out = append(out, t...)
	}
	return out
}

func TestClaimFamilies(t *testing.T) {
	for _, tc := range allFamilyCases() {
		t.Run(tc.family+"/"+tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, familyBrief(claimsOf(t, tc.text)))
		})
	}
}

// familyCases, by family.
var familyCases = []familyCase{
	// Completion told with its verb before or after the count.
	{"done-after-verb", "市委巡察组反馈问题42个，已完成整改39个，正在整改3个，整改完成率92.86%。",
		[]string{"problems/total=42", "problems/done=39", "problems/in_progress=3", "problems/rate=92.86"}},
	{"done-after-verb", "截至9月底，省委巡视反馈的53个问题已完成整改48个，整改率90.6%。",
		[]string{"problems/total=53", "problems/done=48", "problems/rate=90.6"}},
	{"done-after-verb", "对照反馈意见，梳理问题27个，目前完成整改25个、基本完成2个。",
		[]string{"problems/total=27", "problems/done=25", "problems/in_progress=2"}},
	{"done-before-verb", "审计指出的问题共18个，已整改16个，整改到位率88.9%。",
		[]string{"problems/total=18", "problems/done=16", "problems/rate=88.9"}},
	{"done-before-verb", "专项检查发现问题64个，已经全部整改64个。",
		[]string{"problems/total=64", "problems/done=64"}},
	{"done-before-verb", "巡察反馈问题36条，已销号33条，剩余3条持续推进。",
		[]string{"problems/total=36", "problems/done=33", "problems/in_progress=3"}},
	{"done-after-verb", "反饋問題19個，已完成整改17個，整改完成率89.5%。",
		[]string{"problems/total=19", "problems/done=17", "problems/rate=89.5"}},
	{"done-count-first", "截至11月底，21项整改业已完成，2项基本完成，1项取得阶段性进展。",
		[]string{"problems/done=21", "problems/in_progress=2", "problems/in_progress=1"}},
	{"done-count-first", "所列12个反馈问题中，10个已按期完成整改，2个正在推进。",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2"}},
	{"done-count-first", "省委巡视组交办的16个问题已完成整改15个，1个正在推进。",
		[]string{"problems/total=16", "problems/done=15", "problems/in_progress=1"}},

	// The rest of a total.
	{"in-progress-remaining", "方案明确整改任务58项，已完成51项，其余7项正加快推进。",
		[]string{"problems/total=58", "problems/done=51", "problems/in_progress=7"}},
	{"in-progress-remaining", "梳理出的44个问题中，完成整改40个，剩余4个正在组织验收。",
		[]string{"problems/total=44", "problems/done=40", "problems/in_progress=4"}},
	{"in-progress-remaining", "反馈问题30个已整改到位26个，另有4个需长期坚持。",
		[]string{"problems/total=30", "problems/done=26", "problems/in_progress=4"}},
	{"in-progress-remaining", "全部问题中已完成整改62个，尚有5个按计划推进。",
		[]string{"problems/done=62", "problems/in_progress=5"}},
	{"in-progress-count-first", "截至目前，已有14项任务整改到位，3项任务为长期工作，剩余2项任务均达到序时进度。",
		[]string{"problems/done=14", "problems/in_progress=3", "problems/in_progress=2"}},

	// Partly done, planned and going on.
	{"stage-done", "反馈问题25个，完成整改20个，阶段性整改3个，正在整改2个。",
		[]string{"problems/total=25", "problems/done=20", "problems/in_progress=3", "problems/in_progress=2"}},
	{"stage-done", "受理信访件84件，已办结61件，阶段性办结20件，正在办理3件。",
		[]string{"problems/total=84", "problems/done=61", "problems/in_progress=20", "problems/in_progress=3"}},
	{"in-progress-by-deadline", "正在整改15个，其中计划于今年6月30日前完成整改的9个，年底前完成整改的6个。",
		[]string{"problems/in_progress=15", "problems/in_progress=9", "problems/in_progress=6"}},
	{"in-progress-before-noun", "今年新移交的6个问题，正在抓紧制定整改方案。",
		[]string{"problems/in_progress=6"}},
	{"in-progress-before-noun", "此外，上级交办我县环境问题2个，正在有序推进整改。",
		[]string{"problems/in_progress=2"}},
	{"not-done-before-noun", "将尚未完成整改任务的23件交办案件逐项落实到人。",
		[]string{"problems/not_done=23"}},

	// Completion verbs that are no status word.
	{"done-verb-noun-count", "推动解决群众身边的急难愁盼问题210余个。",
		[]string{"problems/done=210"}},
	{"done-verb-noun-count", "联合督导中发现并纠正责任不清、措施不实等问题57个。",
		[]string{"problems/done=57"}},
	{"done-verb-chain", "交办的12件投诉举报件，办结并通过验收10件、2件需长期整改。",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2"}},

	// Petitions counted as the items.
	{"petitions-assigned", "省督察组向我市转办群众信访件46件，其中来电举报30件、来信举报16件。",
		[]string{"problems/total=46", "other=30", "other=16"}},
	{"petitions-assigned", "截至6月20日，督察组共向我区交办信访举报件27件（重点件4件），已办结19件。",
		[]string{"problems/total=27", "other=4", "problems/done=19"}},
	{"petitions-assigned", "督察组当日向我省转办38件，其中电话投诉25件，来信投诉13件。",
		[]string{"problems/total=38", "other=25", "other=13"}},
	{"petitions-assigned", "累计受理举报5216个，经合并重复举报，向地方交办有效举报4380件。",
		[]string{"problems/total=5216", "problems/total=4380"}},
	{"petitions-assigned", "全年受理环境信访投诉案件92件（来访21件、来信47件、上级转办24件），已全部办结。",
		[]string{"problems/total=92", "other=21", "other=47", "other=24"}},
	{"petitions-assigned", "各类投诉案件中大气污染36件、噪声12件。",
		[]string{"other=36", "other=12"}},
	{"petitions-assigned", "按问题类型分：水问题3个、大气问题5个。",
		[]string{"other=3", "other=5"}},
	{"total-zhong-container", "我市由督察组转办的信访案件318件中，已完成整改297件。",
		[]string{"problems/total=318", "problems/done=297"}},

	// Tasks and measures.
	{"tasks-total", "整改方案共明确整改任务126项，截至年底已完成98项，完成率77.8%。",
		[]string{"problems/total=126", "problems/done=98", "problems/rate=77.8"}},
	{"tasks-total", "我省将督察意见分解为48项整改任务，目前已整改完成41项，其余7项整改任务正积极推进。",
		[]string{"problems/total=48", "problems/done=41", "problems/in_progress=7"}},
	{"tasks-total", "到11月底，列入清单的19项整改任务全部铺开，其中15项业已完成、4项取得积极进展。",
		[]string{"problems/total=19", "problems/done=15", "problems/in_progress=4"}},
	{"measures-as-items", "研究制定具体整改举措72条，已完成65条，其余7条持续推进。",
		[]string{"problems/total=72", "problems/done=65", "problems/in_progress=7"}},
	{"measures-as-items", "截至目前，96项整改措施已如期完成，其余需长期整改的11项正在全力推进。",
		[]string{"problems/done=96", "problems/in_progress=11"}},
	{"measures-as-items", "学院制定了85项整改措施，截至6月底共计完成整改措施79项，占全部整改措施的92.9%。",
		[]string{"problems/total=85", "problems/done=79", "problems/rate=92.9"}},
	{"measures-count", "深入剖析31个问题，提出104条整改举措，明确整改时限。",
		[]string{"problems/total=31", "other=104"}},
	{"measures-count", "将反馈意见细化为22个具体问题，制定整改措施68项。",
		[]string{"problems/total=22", "other=68"}},
	{"measures-count", "针对反馈的3个方面15个问题，研究提出47条整改措施。",
		[]string{"other=3", "problems/total=15", "other=47"}},

	// Rates and shares.
	{"rate-percent", "十二届县委巡察反馈问题整改完成率达到97.3%。", []string{"problems/rate=97.3"}},
	{"rate-percent", "全省巡视反馈问题整改销号率为95%。", []string{"problems/rate=95"}},
	{"rate-after-verb", "移交的群众信访问题4150个，已整改完成93.2%。", []string{"problems/total=4150", "problems/rate=93.2"}},
	{"rate-approx-words", "截至目前，已完成整改任务206项，占方案明确任务的近七成。", []string{"problems/done=206", "problems/rate=70"}},
	{"rate-approx-words", "近八成督察转办信访件已整改完成。", []string{"problems/rate=80"}},
	{"rate-not-rectification", "群众满意率达到98.5%，监督检查覆盖率100%。", []string{"other=98.5", "other=100"}},
	{"rate-of-clues", "问题线索处置率为98.5%，结案率达93%。", []string{"other=98.5", "other=93"}},
	{"rate-not-rectification", "考核评比项目精简率达76.4%，利润同比增长8.1%。", []string{"other=76.4", "other=8.1"}},
	{"rate-not-rectification", "优良天数比率84.6%，同比提高3.2个百分点。", []string{"other=84.6"}},
	{"rate-share-of-total", "问题整改完成数较多的为东平市356个、南湖区241个。",
		[]string{"problems/done=356@other_units", "problems/done=241@other_units"}},
	{"rate-share-of-total", "各县区整改完成率较高的为西山县100%、北岭区98.7%。",
		[]string{"other=100", "other=98.7"}},

	// Meetings.
	{"meetings-count-before-noun", "党委先后召开4次党委会议、1次专题民主生活会、3次整改推进会，研究推动整改。",
		[]string{"meetings/party_committee=4", "meetings/democratic_life=1", "meetings/work=3"}},
	{"meetings-count-before-noun", "近半年来，召开4次党委（扩大）会议研究解决整改难题。",
		[]string{"meetings/party_committee=4"}},
	{"meetings-count-before-noun", "区委先后召开6次区委常委会会议，专题听取整改情况汇报。",
		[]string{"meetings/party_committee=6"}},
	{"meetings-count-before-noun", "先后召开2次书记专题会议，逐项研究反馈问题。",
		[]string{"meetings/special=2"}},
	{"meetings-count-before-noun", "召开3次全市系统业务会部署整改任务。",
		[]string{"meetings/other=3"}},
	{"meetings-count-before-verb", "县委先后三次召开巡察整改工作推进会，对整改情况进行盘点。",
		[]string{"meetings/work=3"}},
	{"meetings-count-before-verb", "先后6次召开县委常委会会议、县委中心组学习会议，专题学习巡视工作条例。",
		[]string{"meetings/other=6"}},
	{"meetings-list-then-count", "反馈后先后召开党委会、动员部署会、整改推进会等9次会议。",
		[]string{"meetings/other=9"}},
	{"meetings-chain", "召开党委会议12次、领导小组会议5次、专题会议4次。",
		[]string{"meetings/party_committee=12", "meetings/work=5", "meetings/special=4"}},
	{"meetings-noun-count", "召开巡察整改调度会议8次，召开督办会3次。",
		[]string{"meetings/work=8", "meetings/work=3"}},
	{"meetings-verb-count", "党委理论学习中心组开展4次集中学习。", []string{"meetings/study=4"}},
	{"hearings-count", "各分管领导听取分管科室整改情况汇报11次。", []string{"other=11"}},
	{"frequency-not-count", "党委每季度至少听取一次巡察整改情况汇报。", []string{"other=1"}},
	{"frequency-not-count", "领导小组每月召开2次调度会。", []string{"other=2"}},

	// Accountability.
	{"accountability-verb-count", "根据巡察移交的线索立案31人，给予党纪政务处分26人，组织处理8人，移送司法机关3人。",
		[]string{"clues/filed=31", "accountability/disciplined=26", "accountability/org_handling=8", "accountability/other=3"}},
	{"accountability-verb-count", "对履职不力的6名干部进行诫勉谈话，责令3人作出书面检查。",
		[]string{"accountability/admonished=6", "accountability/other=3"}},
	{"accountability-verb-count", "严肃问责21人，其中党纪处分8人、通报批评13人。",
		[]string{"accountability/total=21", "accountability/disciplined=8", "accountability/criticized=13"}},
	{"accountability-verb-count", "全年查处处级干部14人，追责问责58人次。",
		[]string{"accountability/total=14", "accountability/total=58"}},
	{"org-handling-removed", "免去3位院长助理和5位中层干部的相关职务。",
		[]string{"accountability/org_handling=3", "accountability/org_handling=5"}},
	{"org-handling-removed", "对选人用人问题负有责任的2名干部调整岗位，免职1人。",
		[]string{"accountability/org_handling=2", "accountability/org_handling=1"}},
	{"sanction-list-then-count", "对情节轻微的，给予谈话提醒、批评教育、责令检查15人。",
		[]string{"accountability/total=15"}},
	{"sanction-list-then-count", "给予诫勉、通报批评共9人。",
		[]string{"accountability/total=9"}},
	{"accountability-dui-ren", "对5名相关责任人给予政务警告处分。",
		[]string{"accountability/disciplined=5"}},

	// Clues.
	{"clue-verbs", "在移交的88件问题线索中，已立案15起，给予党纪处分11人。",
		[]string{"clues/received=88", "clues/filed=15", "accountability/disciplined=11"}},
	{"clue-verbs", "纪委监委处置巡察移交线索62件，立案19件。",
		[]string{"clues/handled=62", "clues/filed=19"}},
	{"clue-noun-count", "收到巡视移交问题线索54件，已办结47件。",
		[]string{"clues/received=54", "clues/handled=47"}},
	{"split-parallel", "对发现的86条问题线索，按照移送县纪委11条、交由被巡察单位75条分类处置。",
		[]string{"clues/received=86", "clues/handled=11", "clues/handled=75"}},
	{"enforcement-not-clue", "对超标排放企业立案处罚12家，立案侦查5件，行政拘留3人。",
		[]string{"other=12", "other=5", "other=3"}},

	// Money.
	{"money-verb-amount", "追缴违规资金128.6万元，清退多发补贴21.3万元，挽回经济损失560万元。",
		[]string{"money/recovered=1286000", "money/refunded=213000", "money/loss_recovered=5600000"}},
	{"money-verb-amount", "归还原资金渠道845.2万元，调整账务处理1203万元。",
		[]string{"money/refunded=8452000", "money/other=12030000"}},
	{"money-wan", "追回被侵占资金1亿2,360万元，陆续投入经费2亿1,500万余元用于修缮。",
		[]string{"money/recovered=123600000", "other=215000000"}},
	{"money-fines", "责令整改企业41家，罚款金额386.5万元。",
		[]string{"other=41", "money/other=3865000"}},
	{"money-not-rectification", "该项目总投资超过18亿元，年营业收入3200万元。",
		[]string{"other=1800000000", "other=32000000"}},
	{"money-not-rectification", "统筹资金6.4亿元支持新兴产业发展。", []string{"other=640000000"}},
	{"money-threshold", "对合同金额50万元以上的项目逐一复核。", []string{"other=500000"}},

	// Rules.
	{"systems-verb-count", "先后制定、完善23项制度，建立整改长效机制。", []string{"systems/total=23"}},
	{"systems-verb-count", "制定、修订、废止制度36项，其中新制定19项。", []string{"systems/total=36", "systems/new=19"}},
	{"systems-verb-count", "新建管理制度8项，修订完善制度14项。", []string{"systems/new=8", "systems/revised=14"}},
	{"systems-head-noun", "梳理出违反八项规定精神问题118件。", []string{"problems/total=118"}},

	// Nested levels and outer counts.
	{"nested-aspects", "反馈意见涉及5个方面11项26个具体问题，已全部完成整改。",
		[]string{"other=5", "other=11", "problems/total=26"}},
	{"nested-aspects", "审计指出问题6类31项，涉及金额1,532.8万元。", []string{"problems/total=31", "money/other=15328000"}},
	{"total-verb-noun-count", "巡察发现问题81个，移交问题线索12件。", []string{"problems/total=81", "clues/received=12"}},

	// Counts that are no claims.
	{"other-units-count", "此次巡察指出34个社区存在问题417项。", []string{"other=34", "problems/total=417"}},
	{"other-units-count", "向未整改完成的9个被巡察党组织下发督促函。", []string{"other=9"}},
	{"other-units-count", "对7个部门、5个乡镇开展巡察整改督查。", []string{"other=7", "other=5"}},
	{"other-units-count", "将整改任务分解至18个处室，逐项跟踪调度。", []string{"other=18"}},
	{"inspection-groups-count", "4个巡察组已完成反馈问题移交工作。", []string{"other=4"}},
	{"object-count-not-problem", "开展落实主体责任问题等6个专项整改。", []string{"other=6"}},
	{"object-count-not-problem", "按立行立改、限期整改和长期坚持三个阶段分步推进问题整改。", []string{"other=3"}},
	{"done-after-verb", "为切实解决群众投诉反映的环境问题，各地持续跟踪督办，目前累计完成1860件。", []string{"problems/done=1860"}},
	{"petitions-assigned", "督察组向全省交办信访举报件96件，涉及我县4件。", []string{"problems/total=96@other_units", "problems/total=4"}},
	{"suggestions-count", "针对反馈的7个问题和3条意见建议，制定整改方案。", []string{"problems/total=7", "other=3"}},
	{"split-by-unit", "对县水利局开展的专项审计调查，查出问题14个，完成整改11个，正在整改3个。",
		[]string{"problems/total=14@other_units", "problems/done=11@other_units", "problems/in_progress=3@other_units"}},
	{"split-by-unit", "县档案局审计查出问题7个，完成整改7个，整改率100%。",
		[]string{"problems/total=7@other_units", "problems/done=7@other_units", "problems/rate=100@other_units"}},

	// Set phrases and slogans.
	{"set-phrase-not-count", "实行一个问题一名牵头领导、一套整改方案。", []string{"other=1", "other=1"}},
	{"set-phrase-not-count", "坚持完成一项销号一项，确保整改到位。", []string{"other=1", "other=1"}},
	{"set-phrase-not-count", "通过揭示一个问题、整改一类问题，规范一个领域。", []string{"other=1", "other=1"}},
	{"set-phrase-not-count", "始终把巡视整改当作今后一个时期的一项重大政治任务来抓。", nil},
	{"set-phrase-not-count", "增强“四个意识”，落实一岗双责，严守八项规定。", nil},
}

// TestClaimsTableSize: the claims table — the sample reports' expected
// claims (testdata/corpus/reports/*.claims.json) and the family sentences —
// holds at least 600 claims (issue 12).
func TestClaimsTableSize(t *testing.T) {
	n := 0
	for file, cs := range claimCorpus(t) {
		if strings.Contains(file, "corpus/reports/") {
			n += len(cs)
		}
	}
	reports := n
	for _, tc := range allFamilyCases() {
		n += len(tc.want)
	}
	t.Logf("claims table: %d (%d from the sample reports)", n, reports)
	assert.GreaterOrEqual(t, n, 600)
}
