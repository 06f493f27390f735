package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules session 14 wrote: sentences of our own in the style of what
// they read wrong. Each row read otherwise before its rule, or is labelled
// a guard.

// familyCasesAT are the readings the case folders of cases-at (audit
// rectification) and batch al (testdata/devset/al.jsonl) found wanting.
var familyCasesAT = []familyCase{
	// Another unit audited or inspected in the same round, named as the
	// subject of its own figure, is not the reporting unit (cases-at 08).
	{"other-units", "同批接受巡察的县农业农村局被反馈问题14个。", []string{"problems/total=14@other_units"}},
	{"other-units", "与我局同期接受审计的市城管局被指出问题7个，我局被指出问题12个。",
		[]string{"problems/total=7@other_units", "problems/total=12"}},
	// Guard: the unit itself among those inspected together.
	{"other-units", "同期接受审计的三家单位中，我局被指出问题12个。", []string{"other=3", "problems/total=12"}},
	// An earlier audit told with 曾 (once) in a sentence opening on its
	// year is that audit's, also in a report that names this round only
	// by its year (cases-at 10).
	{"earlier-round", "2020年，市审计局曾对我中心财务收支开展审计，指出问题8个，已于2021年全部整改到位。2024年3月，市审计局对我中心开展经济责任审计，指出问题15个。\n县疾控中心\n2024年10月8日",
		[]string{"problems/total=8@earlier_round", "problems/done=8@earlier_round", "problems/total=15"}},
	// 曾 with a verb between it and 对 (review of session 14).
	{"earlier-round", "2021年，县审计局曾组织对我局财务收支开展审计，指出问题8个，已于2022年全部整改到位。2024年3月，县审计局对我局开展经济责任审计，指出问题6个。\n县林业局\n2024年10月8日",
		[]string{"problems/total=8@earlier_round", "problems/done=8@earlier_round", "problems/total=6"}},
	// A later round named by its inspectors' stay or their feedback (third
	// review of session 14).
	{"earlier-round", "2021年，县审计局曾对我局财务收支开展审计，指出问题8个，已于2022年全部整改到位。2024年4月，市委第二巡察组进驻我局开展常规巡察，反馈问题15个。\n县林业局\n2024年10月8日",
		[]string{"problems/total=8@earlier_round", "problems/done=8@earlier_round", "problems/total=15"}},
	// Guard: the unit's own follow-up names no later round.
	{"earlier-round", "2022年5月，省审计厅曾对我县专项资金开展审计，指出问题12个。2024年3月，局党组对审计指出问题的整改情况进行了审计整改专项督查。\n县财政局\n2024年6月10日",
		[]string{"problems/total=12"}},
	// Guards (review of session 14): a report of that one round — a later
	// year that only bounds the progress names no round —, and 曾 the
	// surname.
	{"earlier-round", "2022年5月，省审计厅曾对我县专项资金开展审计，指出问题12个。截至2024年6月底，审计指出的问题已整改10个。\n县财政局\n2024年6月10日",
		[]string{"problems/total=12", "problems/done=10"}},
	{"earlier-round", "2022年5月，省审计厅曾对我县专项资金开展审计，指出问题12个。截至目前，已整改10个，其余2个正在推进。\n县财政局\n2024年6月10日",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2"}},
	{"earlier-round", "2022年5月，县审计局审计组组长曾志对我局开展审计，指出问题9个，已整改9个。2024年3月，县审计局对我局开展审计，指出问题11个。\n县林业局\n2024年10月8日",
		[]string{"problems/total=9", "problems/done=9", "problems/total=11"}},
	// A rate right after amounts of money, with no item named in its
	// clause, is the money's (cases-at 05).
	{"money-rate", "审计查出应整改金额4.8亿元，已整改4.1亿元，整改率85.42%。",
		[]string{"money/other=480000000", "money/other=410000000", "other=85.42"}},
	// Guard: a rate after one amount only is left as the problems'.
	{"rate-percent", "各地整改问题金额12亿元，整改率达到96%。", []string{"money/other=1200000000", "problems/rate=96"}},
	// Guard: a rate after the problems' counts and an amount between.
	{"rate-percent", "审计指出问题20个，涉及金额3000万元，已整改18个，整改率90%。",
		[]string{"problems/total=20", "money/other=30000000", "problems/done=18", "problems/rate=90"}},
	// Buildings and land counted in 处 are what the count counts, not
	// problems (cases-at 02).
	{"done-after-verb", "审计指出问题6个，已整改5个；已完成4处房产公开招租。", []string{"problems/total=6", "problems/done=5", "other=4"}},
	// Problems fixed at once, then how many of them are done and not: the
	// first is their number, not a count of done (batch al).
	{"total-then-done", "审计指出问题9个，立行立改7个，已完成整改6个，未完成整改1个。",
		[]string{"problems/total=9", "problems/total=7", "problems/done=6", "problems/not_done=1"}},
	// Guard (review of session 14): stages of done are no set of their own.
	{"done-after-verb", "巡察反馈问题15个，已完成整改12个，已销号9个，3个正在履行销号程序。",
		[]string{"problems/total=15", "problems/done=12", "problems/done=9", "problems/in_progress=3"}},
	// Guard: fixed at once, with the rest under way.
	{"done-after-verb", "审计指出问题9个，立行立改7个，其余2个正在整改。",
		[]string{"problems/total=9", "problems/done=7", "problems/in_progress=2"}},
	// Revenue raised and losses retrieved together are an audit office's
	// results, no recovery of the unit's (batch al).
	{"money-audit-result", "全年完成审计项目36个，促进增收节支和挽回损失5.2亿元。", []string{"other=36", "money/other=520000000"}},
	// A preposition that opens the predicate ends the counted noun phrase:
	// the units counted are the subject, not the problems after it
	// (cases-au 01).
	{"units-count", "指导所属6个基层合作社对照巡察反馈问题开展自查，共查摆问题23个。",
		[]string{"other=6", "problems/total=23@aggregate"}}, // aggregate since session 15, as interface.md says
	// Colleges and branch bureaus are units under the reporting one
	// (review of session 14).
	{"total-found", "督促学校9个二级学院对照巡视反馈问题开展自查，共查摆问题37个，已整改31个。",
		[]string{"other=9", "problems/total=37@aggregate", "problems/done=31@aggregate"}},
	// Guard (review of session 14): the unit's own offices directed to
	// check themselves are no other units.
	{"total-found", "指导12个科室对照巡察反馈问题开展自查，共查摆问题23个，已整改20个。",
		[]string{"other=12", "problems/total=23", "problems/done=20"}},
	// Guards (review of session 14): a preposition that qualifies the noun.
	{"total-before-noun", "巡察反馈12个针对领导班子的问题，已全部整改到位。", []string{"problems/total=12"}},
	{"total-before-noun", "领导班子共查摆出15条对照检查问题，已整改13条。", []string{"problems/total=15", "problems/done=13"}},
	// Balances, values, deficits, borrowing and sums spent or budgeted are
	// statistics of public money, not money at issue (batch am).
	// Guard: a balance named with 政府债务 read so already.
	{"money-not-rectification", "截至去年底，全县政府债务余额15.6亿元。", []string{"other=1560000000"}},
	{"money-not-rectification", "县政府斥资2.4亿元建设体育中心，目前尚未投入使用。", []string{"other=240000000"}},
	{"money-not-rectification", "列管闲置土地36笔，账面价值达3.2亿元。", []string{"other=36", "other=320000000"}},
	// Guards: a breach in the sentence keeps the money at issue, and a
	// verb of recovery decides.
	{"money-at-issue", "审计发现违规举债1.2亿元。", []string{"money/other=120000000"}},
	{"money-verb-amount", "追回违规发放补助资金余额12万元。", []string{"money/recovered=120000"}},
	// A meeting planned is not held (cases-az 01).
	{"meetings-verb-count", "下一步，计划于10月底前再召开一次整改推进会。", []string{"other=1"}},
	{"meetings-verb-count", "局党组计划在年内再召开党组会议2次，专题研究整改。", []string{"other=2"}},
	// Guards: meetings held to study the plan, and a meeting held after a
	// plan was made.
	{"meetings-verb-count", "召开研究整改计划的党组会议3次。", []string{"meetings/party_committee=3"}},
	{"meetings-verb-count", "按照整改计划，先后召开整改推进会4次。", []string{"meetings/work=4"}},
	{"meetings-verb-count", "按照整改计划先后召开整改推进会4次。", []string{"meetings/work=4"}},
	// Guards (third review of session 14): meetings held, whatever plan or
	// 将 stands before them.
	{"meetings-verb-count", "按既定计划召开整改推进会4次。", []string{"meetings/work=4"}},
	{"meetings-verb-count", "制定计划并组织集中学习6次。", []string{"meetings/study=6"}},
	{"meetings-verb-count", "围绕拟定的整改方案召开专题会议2次。", []string{"meetings/special=2"}},
	{"meetings-verb-count", "局党组将整改纳入重要议程召开党组会议4次。", []string{"meetings/party_committee=4"}},
	{"meetings-verb-count", "局党组拟于年底前召开党组会议1次。", []string{"other=1"}},
	// A plan word right before the verb (fourth review of session 14).
	{"meetings-verb-count", "局党组计划召开专题会议3次，准备召开民主生活会1次。", []string{"other=3", "other=1"}},
	// An earlier round's clues handed over to the unit named in full
	// (cases-bb 09).
	{"earlier-round", "2022年县委巡察移交集团的问题线索8件，已全部办结。本轮巡察移交问题线索4件。\n县交通投资集团\n2024年9月20日",
		[]string{"clues/received=8@earlier_round", "clues/received=4"}},
	// A body named in full as its clause's subject, not the report's
	// writer, tells its own figures (cases-bb 04, 06).
	{"other-units", "中共临渚区卫生健康委员会党组关于巡察整改情况的报告\n在同步整改中，临渚区人民医院党委对履职不力的医务人员问责7人。委党组共问责5人。",
		[]string{"accountability/total=7@other_units", "accountability/total=5"}},
	{"other-units", "中共砚川大学外国语学院委员会关于巡察整改情况的报告\n今年以来，砚川大学纪委共处置全校问题线索46件。巡察移交学院的3件问题线索已全部办结。",
		[]string{"clues/handled=46@other_units", "clues/handled=3"}},
	// Guards (fourth review of session 14): the writer named by another
	// organ, form or place — a body of the writer's own kind.
	{"meetings-verb-count", "中共临渚县实验小学支部委员会关于巡察整改情况的报告\n临渚县实验小学党支部共召开专题会议3次。", []string{"meetings/special=3"}},
	{"meetings-verb-count", "临渚城投集团有限公司关于巡察整改情况的报告\n临渚城投集团党委共召开专题会议6次。", []string{"meetings/special=6"}},
	{"meetings-verb-count", "中共渚州市临渚区卫生健康委员会党组关于巡察整改情况的报告\n临渚区卫健委党组共召开专题会议5次。", []string{"meetings/special=5"}},
	{"clues-count", "中共临渚县委关于巡视整改情况的报告\n临渚县纪委共受理问题线索45件。", []string{"clues/received=45"}},
	// Guards: the writer named in full or by its place and a short form,
	// an inspecting body, and a report whose title names no writer.
	{"accountability-verb-count", "中共临渚区卫生健康委员会党组关于巡察整改情况的报告\n临渚区卫生健康委员会党组共问责5人，临渚区卫健委党组另诫勉2人。",
		[]string{"accountability/total=5", "accountability/admonished=2"}},
	{"total-found-by-inspector", "中共临渚区卫生健康委员会党组关于巡察整改情况的报告\n临渚区委第二巡察组反馈问题12个。", []string{"problems/total=12"}},
	{"accountability-verb-count", "关于巡察整改情况的报告\n临渚区人民医院党委对履职不力的医务人员问责7人。", []string{"accountability/total=7"}},
	// The value of what the clause before gave back, summed (batch ak).
	{"money-sum-of-clause", "全市共有46名干部主动清退或上交所收受的礼金、购物卡等，共计价值21万元。",
		[]string{"other=46", "money/refunded=210000"}},
	// People arrested or sentenced after the audit: held to account in
	// another way (batch aj).
	{"accountability-count", "审计移送的问题线索查处后，已有7人被依法逮捕或判刑，15人受到党纪政务处分。",
		[]string{"accountability/other=7", "accountability/disciplined=15"}},
	// Guard (review of session 14): citizens fined are held to no account.
	{"accountability-count", "对骗取医保基金的9名群众依法给予行政处罚。", []string{"other=9"}},
	// Guards (review of session 14): a body told to rectify, or one whose
	// done count follows, has not rectified the whole.
	{"total-found", "交办县住建部门整改燃气安全隐患126处，目前已完成98处。", []string{"problems/total=126", "problems/done=98"}},
	{"total-found", "要求相关单位整改安全隐患126处。", []string{"problems/total=126"}},
	// A rate named after the units it counts is theirs (batch a–ah).
	{"rate-percent", "截至6月底，全省乡镇完成率90.6%。", []string{"other=90.6"}},
	{"rate-percent", "各县（市、区）整改完成率均达到95%以上。", []string{"other=95"}},
	// Guards: the whole's own rate, and the unit's own.
	{"rate-percent", "全县问题整改完成率达到95%。", []string{"problems/rate=95"}},
	{"rate-percent", "全村整改完成率100%。", []string{"problems/rate=100"}},
	{"rate-percent", "截至目前，我单位整改完成率达到100%。", []string{"problems/rate=100"}},
	// The part under 其中 with its count before its verb keeps the type of
	// the meetings counted before it (cases-av 03).
	{"meetings-verb-count", "巡视反馈以来，召开党组会议9次，其中6次专题研究巡视整改工作。",
		[]string{"meetings/party_committee=9", "meetings/party_committee=6"}},
	// A list of states read by 分别: each count takes its own head's state
	// (cases-av 01).
	{"in-progress-after-verb", "巡视反馈问题28个，已完成整改20个，基本完成、需长期坚持和正在推进的分别为2个、2个、4个。",
		[]string{"problems/total=28", "problems/done=20", "problems/in_progress=2", "problems/in_progress=2", "problems/in_progress=4"}},
	{"not-done-count", "审计指出问题15个，已整改和未整改的分别为12个、3个。",
		[]string{"problems/total=15", "problems/done=12", "problems/not_done=3"}},
	// Guard: heads that name no state leave the counts as they read.
	{"total-before-noun", "反馈问题中，党的建设和业务管理方面的分别为5个、7个。",
		[]string{"other=5", "other=7"}},
}

// TestBreakdownOfState: the counts after a count of problems in one state
// that opens them with 中 and that add up to it are its breakdown, parts of
// it (cases-av 04, 07); a total's are not marked, nor counts that do not
// add up.
func TestBreakdownOfState(t *testing.T) {
	tests := []struct {
		text string
		want []int // Of of each claim, by index
	}{
		{"巡视反馈问题30个，已完成整改24个，整改完成率为80%。其余6个问题中，已完成阶段性目标2个、正在推进2个、需长期坚持2个。",
			[]int{-1, -1, -1, -1, 3, 3, 3}},
		{"巡视反馈问题二十六个，已完成整改二十个。尚未完全完成的六个问题中，基本完成两个，正在推进三个，需长期坚持一个。",
			[]int{-1, -1, -1, 2, 2, 2}},
		// The last count read as an article (推进一个) is one of the list.
		{"巡视反馈问题二十六个，已完成整改二十个。尚未完全完成的六个问题中，基本完成两个，需长期坚持三个，正在推进一个。",
			[]int{-1, -1, -1, 2, 2, 2}},
		// The parts need not add up to it: 中 says they are among it
		// (session 15; a guard until then).
		{"巡视反馈问题30个，已完成整改24个。其余6个问题中，正在推进2个、需长期坚持2个。",
			[]int{-1, -1, -1, 2, 2}},
		// Guard: parts larger together than it are not its breakdown.
		{"巡视反馈问题30个，已完成整改24个。其余6个问题中，正在推进4个、需长期坚持4个。",
			[]int{-1, -1, -1, -1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var of []int
			for _, c := range claimsOf(t, tt.text) {
				of = append(of, c.Of)
			}
			assert.Equal(t, tt.want, of)
		})
	}
}
