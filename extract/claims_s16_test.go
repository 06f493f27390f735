package extract

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules session 16 wrote: sentences of our own in the style of what the
// blind written sets read wrong. Each row read otherwise before its rule, or
// is labelled a guard.

// familyCasesS16 are session 16's readings.
var familyCasesS16 = []familyCase{
	// The rest of a partition, its reason told before its state: the state
	// its words reach before the next figure (rest_state.go).
	{"in-progress-remaining", "截至目前已整改问题31个，另4个涉及老旧厂房改造和资金拼盘，正在会同区发改部门推进。",
		[]string{"problems/done=31", "problems/in_progress=4"}},
	{"in-progress-count-first", "巡察反馈的26项问题已整改23项，3项涉及跨区域管网建设正在按程序推进。",
		[]string{"problems/total=26", "problems/done=23", "problems/in_progress=3"}},
	{"not-done-remaining", "集中整改以来共完成整改问题19项，尚有2项因涉及历史遗留产权手续暂未完成，整改完成率为90.5%。",
		[]string{"problems/done=19", "problems/not_done=2", "problems/rate=90.5"}},
	{"not-done-negated-verb", "十五个问题已整改到位十三个，尚有两个问题因涉及土地权属争议，需市级部门协调，暂未完成整改。",
		[]string{"problems/total=15", "problems/done=13", "problems/not_done=2"}},
	{"not-done-count-first", "尚未完成的4个问题中，3个正在推进，1个因涉及国有资产划转审批，暂未取得实质进展。",
		[]string{"problems/not_done=4", "problems/in_progress=3", "problems/not_done=1"}},
	// The rest named in quotes, its need told (需…解决) and a plan after:
	// under way, not done, and no total.
	{"in-progress-remaining", "目前8个问题已完成7个，另1个“小区停车难”问题需结合老旧小区改造统筹解决，计划明年完成。",
		[]string{"problems/total=8", "problems/done=7", "problems/in_progress=1"}},
	// A problem under 挂牌督办 is closed by 摘牌.
	{"done-after-verb", "截至目前，挂牌督办的5个问题已有3个验收摘牌，2个未摘牌。",
		[]string{"problems/total=5", "problems/done=3", "problems/not_done=2"}},
	// A remainder opening the sentence after one of done ones (cases-bm).
	{"not-done-remaining", "巡察反馈24个问题，已完成整改19个，正在整改3个。另有2个因涉及历史遗留产权问题，暂未完成。",
		[]string{"problems/total=24", "problems/done=19", "problems/in_progress=3", "problems/not_done=2"}},
	// Guards (review of session 16): a rate that rose, told with when; a
	// whole marked by its state keeps it; the inspected unit with units
	// under it, inspected, is no self-check; a round of the report's own
	// year taken up 一并 is its own.
	{"rate-percent", "整改完成率由年初的40%提升到85%。", []string{"other=40", "problems/rate=85"}},
	{"rate-percent", "整改完成率由上年的92.5%提升至98.1%。", []string{"other=92.5", "problems/rate=98.1"}},
	{"guard", "巡察反馈问题35个，已整改到位的31个问题中的27个已通过销号验收。",
		[]string{"problems/total=35", "problems/done=31", "problems/done=27"}},
	{"guard", "市委第一巡察组对我公司及所属3个项目部开展了常规巡察，反馈问题32个，已整改28个。",
		[]string{"other=3", "problems/total=32", "problems/done=28"}},
	{"guard", "2024年县委第二巡察组反馈问题18个，此次一并纳入整改台账，已整改15个。\n县农业农村局\n2024年9月20日",
		[]string{"problems/total=18", "problems/done=15"}},
	// A pledge of two negations (不销号、不停步) says no state; divisions
	// named by the bare word after 个 are places.
	{"set-phrase-not-count", "厅党组多次强调，64项问题不销号、整改不停步。", []string{"problems/total=64"}},
	{"units-count", "督导组在全省14个设区市共发现问题隐患1863项，其余12个市整改率均在90%以上。",
		[]string{"other=14", "problems/total=1863", "other=12", "other=90"}},
	// Named bodies' rates told each (分别) or alike (均) are theirs (wp).
	{"split-by-unit", "县交通运输局、县卫健局整改完成率分别为90%和85%。", []string{"other=90", "other=85"}},
	{"split-by-unit", "其中，市财政局、市医保局整改完成率均为100%。", []string{"other=100"}},
	// A round-up announced (从各单位看，) by towns heading their sentences:
	// two will do, and they are the towns' (blind set wp).
	{"split-by-unit", "从各单位看，柳湾镇反馈问题52个，已整改49个；石桥镇反馈问题47个，已整改41个。",
		[]string{"problems/total=52@other_units", "problems/done=49@other_units", "problems/total=47@other_units", "problems/done=41@other_units"}},
	// Guard: unannounced, two places prove nothing (the unit may name itself).
	{"guard", "柳湾镇反馈问题52个，已整改49个；石桥镇反馈问题47个，已整改41个。",
		[]string{"problems/total=52", "problems/done=49", "problems/total=47", "problems/done=41"}},
	// Guard: the bureau's own rate.
	{"rate-percent", "巡察反馈问题20个，已整改18个，我局整改完成率为90%。", []string{"problems/total=20", "problems/done=18", "problems/rate=90"}},
	// Guard: a market is no division.
	{"guard", "对5个市场开展检查，发现问题12个。", []string{"other=5", "problems/total=12"}},
	// Guard (second review of session 16): a part of a whole planned is no
	// done count.
	{"guard", "巡察反馈问题31个，已整改4个，27个问题中的20个计划年底前完成。",
		[]string{"problems/total=31", "problems/done=4", "problems/total=27", "problems/in_progress=20"}},
	// Guards: the rest told one by one after a colon is no count of its
	// own; a rest with a noun of its own that is no matter set aside keeps
	// its reading.
	{"guard", "十二个问题中已整改到位十个，剩下两个正在推进：一个是部分合同未按期续签，另一个是办公用房尚未腾退。",
		[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2", "other=1"}},
	// A rate that rose: the earlier value is no claim, the one it rose to is.
	{"rate-percent", "累计已整改115个，整改率由87.5%提高到95.8%。",
		[]string{"problems/done=115", "other=87.5", "problems/rate=95.8"}},
	// A whole and the part taken from it: the verb is the part's.
	{"total-before-noun", "总体上，已整改完成全部31个问题中的27个，整改完成率87.1%。",
		[]string{"problems/total=31", "problems/done=27", "problems/rate=87.1"}},
	{"total-before-noun", "该局已完成整改17项中的15项，剩余2项正在推进。",
		[]string{"problems/total=17", "problems/done=15", "problems/in_progress=2"}},
	// A dated round's leftovers taken up with this round's (本轮一并) are the
	// earlier round's, in an undated text too.
	{"earlier-round", "目前，20个问题已整改到位17个，剩余3个正在整改中。此外，2022年县委巡察反馈尚未整改到位的2个问题，本轮一并完成整改。",
		[]string{"problems/total=20", "problems/done=17", "problems/in_progress=3", "problems/not_done=2@earlier_round"}},
	// The leftovers named after the count (尚有2个未整改到位，此次一并整改).
	{"earlier-round", "巡察反馈问题31个，已整改28个，正在整改3个。2021年县委巡察反馈的问题中，尚有2个未整改到位，此次一并整改，已全部销号。",
		[]string{"problems/total=31", "problems/done=28", "problems/in_progress=3", "problems/not_done=2@earlier_round"}},
	// Guard: a dated round with no 本轮 after it, in an undated text, is left as it was.
	{"guard", "2022年县委巡察反馈的12个问题，已整改10个。",
		[]string{"problems/total=12", "problems/done=10"}},
	// Units said to be under the reporting one, whatever their noun,
	// checking themselves: what they find is summed over them (cases-bl 08).
	{"self-check-aggregate", "同时，督促下属3个矿山开展自查，发现问题21个，一并纳入整改台账管理。",
		[]string{"other=3", "problems/total=21@aggregate"}},
	{"self-check-aggregate", "所属5个项目部同步开展自纠，查找问题14个，已整改12个。",
		[]string{"other=5", "problems/total=14@aggregate", "problems/done=12@aggregate"}},
	// Units under the bureau (局属), and units urged whose finding the clause
	// after tells (督促7个县…部门…，共排查问题53个) — cases-bk's notes.
	{"self-check-aggregate", "局属第一分局等7家单位同步开展自查，梳理问题19个。",
		[]string{"other=7", "problems/total=19@aggregate"}},
	{"self-check-aggregate", "督促7个县（市、区）农业农村部门对照反馈问题举一反三，共排查问题53个，已整改46个。",
		[]string{"other=7", "problems/total=53@aggregate", "problems/done=46@aggregate"}},
	// Guard: the unit's own self-check.
	{"guard", "局党组对照反馈问题开展自查，共梳理问题12个。", []string{"problems/total=12"}},
	// Guard: a count of the unit's own after 所属 with no self-check.
	{"guard", "巡察反馈所属单位管理方面问题6个，已整改5个。",
		[]string{"problems/total=6", "problems/done=5"}},
	{"guard", "已整改问题18个，另有5个单位正在开展自查。",
		[]string{"problems/done=18", "other=5"}},
}

// ofBrief is familyBrief with, for a part, the value of the count it is a
// part of (…=4<6: four, of the six).
func ofBrief(cs []Claim) []string {
	out := familyBrief(cs)
	for i, c := range cs {
		if c.Of >= 0 && c.Of < len(cs) {
			out[i] += "<" + strconv.FormatFloat(cs[c.Of].Value, 'f', -1, 64)
		}
	}
	return out
}

func TestPartsAcrossSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			"a sentence opening on 其中 splits the last count of the one before, and its list goes on after semicolons",
			"整改事项共四十二项，已销号三十六项，未销号六项。其中，物业维修资金归集不到位等四项列入挂牌督办，正按节点持续推进；另有两项因涉及历史遗留问题，计划年底前完成。",
			[]string{"problems/total=42", "problems/done=36", "problems/not_done=6", "problems/in_progress=4<6", "problems/in_progress=2<6"},
		},
		{
			"the aspects after 其中, each with its state in the clause right after it, are the total's breakdown",
			"巡察反馈问题19个，已完成整改15个，正在整改3个。其中，党建工作方面问题7个，已全部完成整改；经营管理方面问题8个，已完成5个；选人用人方面问题4个，已完成3个。",
			[]string{"problems/total=19", "problems/done=15", "problems/in_progress=3", "other=7", "other=8", "other=5", "other=4", "other=3"},
		},
		{
			// Guard: a subset told again in a sentence opening on 其中 stays no claim.
			"guard: a subset told again",
			"反馈问题9个，已完成整改7个，正在推进2个。其中，需要长期坚持的两个问题已取得阶段性成效。",
			[]string{"problems/total=9", "problems/done=7", "problems/in_progress=2", "other=2"},
		},
		{
			// Guards (review of session 16): a 其中 after a done count whose
			// parts are classes of the whole opens no parts of the done count;
			// no part is larger than its whole; the carry stops at a count
			// in another measure word, and at a 其中 of the sentence's own.
			"guard: classes after a done count",
			"巡察反馈问题20个，已整改18个。其中，立行立改问题12个，长期整改问题8个。",
			[]string{"problems/total=20", "problems/done=18", "other=12", "other=8"},
		},
		{
			"guard: no part larger than its whole",
			"反馈问题20个，已整改18个，正在整改2个。其中，需要长期整改的问题8个。",
			[]string{"problems/total=20", "problems/done=18", "problems/in_progress=2", "problems/in_progress=8"},
		},
		{
			"guard: the carry stops at another set",
			"巡察反馈问题25个，其中党建方面问题10个、业务方面问题15个；市委巡察组交办信访件12件，已办结10件。",
			[]string{"problems/total=25", "other=10", "other=15", "problems/total=12", "problems/done=10"},
		},
		{
			"guard: the carry stops at a 其中 of the sentence's own",
			"巡察反馈问题25个，其中党建方面问题10个、业务方面问题15个；问责干部4人，其中党纪处分2人。",
			[]string{"problems/total=25", "other=10", "other=15", "accountability/total=4", "accountability/disciplined=2<4"},
		},
		{
			// Guard: a semicolon with no 其中 in force carries nothing.
			"guard: no 其中, no parts",
			"反馈问题12个，已整改10个；正在整改2个。",
			[]string{"problems/total=12", "problems/done=10", "problems/in_progress=2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ofBrief(claimsOf(t, tt.text)))
		})
	}
}

// TestRoundWordsIn: the one pass that gates roundOverEnd's patterns finds
// each word its pattern needs, and only those.
func TestRoundWordsIn(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"对全市28家单位开展了巡察", rwHeld},
		{"同批次接受巡察的5个乡镇", rwUnderwent},
		{"督促下属3个矿山开展自查", rwUrged | rwUnder | rwHeld | rwSelfCheck},
		{"督促7个县农业农村部门举一反三，共排查问题53个", rwUrged | rwFound},
		{"市审计局共对6家市属企业指出问题83个", rwPointed},
		{"局党组召开会议研究整改", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, roundWordsIn([]rune(tt.text)), tt.text)
	}
}

// TestAfterRestLead: a remainder count follows nothing in its stretch or a
// remainder word at the end of the words before it.
func TestAfterRestLead(t *testing.T) {
	for pre, want := range map[string]bool{"": true, "另": true, "尚有": true, "其余": true, "还剩": true, "另有": true, "已整改": false, "其余问题中已": false} {
		assert.Equal(t, want, afterRestLead(pre), pre)
	}
}
