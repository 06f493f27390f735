package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/parse"
)

// The rules session 19 wrote: sentences of our own in the style of what the
// blind written sets and case folders read wrong. Each row read otherwise
// before its rule, or is labelled a guard.

// familyCasesS19 are session 19's readings.
var familyCasesS19 = []familyCase{
	// The means of a sum of money rectified, item by item (blind set xp):
	// an item that opens on a verb of its own takes no verb of the item
	// before; a part of the money rectified by a means that is no verb of
	// money got back (拨付到位, 核减) is money, not money spent.
	{"money-rectification-result", "已整改资金1.8亿元，其中收回违规资金0.3亿元、归还原渠道0.5亿元、调整会计账目1亿元。",
		[]string{"money/other=180000000", "money/recovered=30000000", "money/refunded=50000000", "money/other=100000000"}},
	{"money-rectification-result", "整改问题金额5260万元，其中：追回多付工程款860万元，拨付到位项目资金1400万元，核减结算价款3000万元。",
		[]string{"money/other=52600000", "money/recovered=8600000", "money/other=14000000", "money/other=30000000"}},
	// Guard: an item with no verb of its own shares the verb before it.
	{"guard", "督促追回违规发放的补贴3.6万元、加班费1.2万元。", []string{"money/recovered=36000", "money/recovered=12000"}},
	// Guard: money paid out with no money whole before it is still spent.
	{"guard", "项目总投资2亿元，已拨付到位1.2亿元。", []string{"other=200000000", "other=120000000"}},
	// Means listed before the amounts told each (分别): each amount its
	// own means' subtype, in order; the sum before the means is none of
	// them.
	{"breakdown-by-channel", "按整改方式分，追缴资金、退还群众、调整账目分别为820万元、160万元、2300万元。",
		[]string{"money/recovered=8200000", "money/refunded=1600000", "money/other=23000000"}},
	{"breakdown-by-channel", "已整改问题金额3800万元，通过收回资金、上缴财政和规范核算三种方式，分别整改600万元、900万元和2300万元。",
		[]string{"money/other=38000000", "other=3", "money/recovered=6000000", "money/other=9000000", "money/other=23000000"}},
	// Guard: bodies before 分别 are the amounts' owners, not means.
	{"guard", "县财政局、县住建局分别追回资金120万元、85万元。",
		[]string{"money/recovered=1200000@other_units", "money/recovered=850000@other_units"}},
	// A colon after an amount opens its breakdown (blind set xu): the
	// parts, through semicolons, are money of it whatever their words.
	{"money-rectification-result", "审计指出问题金额212.6万元，已全部整改到位：追回多发补贴18.2万元；规范入账集体资源发包收入40.5万元。",
		[]string{"money/other=2126000", "money/recovered=182000", "money/other=405000"}},
	// Yuan below the ten thousands written out (Taiwan's 46萬2,100元, and
	// the mainland's 46万2100元): one amount, not two.
	{"money-verb-amount", "已收回溢发的值班费46萬2,100元。", []string{"money/recovered=462100"}},
	{"money-verb-amount", "追回违规资金12万3500元。", []string{"money/recovered=123500"}},
	// Taiwan's own wording of audit follow-ups (blind set xq; checked on
	// xt, written after): a finding is a 缺失 or an item tracked (列管事项),
	// improved (改善) and released from tracking (解除列管) or tracked still
	// (继续列管, 列管中); 申诫 is a sanction like 记过; rules are 修正 and
	// 订定; 七成六 is 76%.
	{"total-after-noun", "本所稽核小组于本年度抽查四类业务，计发现缺失十一项。", []string{"problems/total=11"}},
	{"done-after-verb", "本府列管事项共62项，经审查同意解除列管47项，其余15项继续列管，改善率75.8%。",
		[]string{"problems/total=62", "problems/done=47", "problems/in_progress=15", "problems/rate=75.8"}},
	{"done-after-verb", "经追踪查核，已改善28项，仍在改善中6项。", []string{"problems/done=28", "problems/in_progress=6"}},
	{"accountability-verb-count", "对相关承办人员已检讨责任，计记过1人、申诫4人。",
		[]string{"accountability/disciplined=1", "accountability/disciplined=4"}},
	{"systems-verb-count", "另修正采购作业规定3项、订定管考规定2项。", []string{"systems/revised=3", "systems/new=2"}},
	{"rate-approx-words", "审计意见列管事项解除列管比率约七成六。", []string{"problems/rate=76"}},
	{"guard", "目前整改完成率约七成六月底前全部完成。", []string{"problems/rate=70"}},
	// A set found and named by the work it needs is the whole.
	{"total-found", "本年度内部稽核共提出待改善事项二十三项。", []string{"problems/total=23"}},
	{"guard", "专项检查发现需整改问题18个，已整改15个。", []string{"problems/total=18", "problems/done=15"}},
	// Guard: those not yet rectified, told as such, are not done.
	{"guard", "反馈问题20个，已整改17个，待整改问题3个。", []string{"problems/total=20", "problems/done=17", "problems/not_done=3"}},
	// A news story's words (blind set xv): 改完 is 整改完成; 调岗 is a
	// post changed; a count before its meeting's name is that meeting's.
	{"done-after-verb", "记者了解到，该镇认领的问题共27个，目前已改完24个。", []string{"problems/total=27", "problems/done=24"}},
	{"done-after-verb", "这轮巡察点出的11个问题，9个已经改完，2个正在整改。",
		[]string{"problems/total=11", "problems/done=9", "problems/in_progress=2"}},
	{"accountability-count", "厂里对2名失职的仓管员作出调岗处理。", []string{"accountability/org_handling=2"}},
	{"meetings-count-before-noun", "该局先后开了5次局党组会议和2次整改推进会。",
		[]string{"meetings/party_committee=5", "meetings/work=2"}},
	// A state in the tasks' measure word, after them, is the tasks' (blind
	// set xy); a sum over a whole county's units is theirs together, even
	// after a time (case author cf, 81st; a township's report naming 全县
	// is TestAreaAboveIssuer's).
	{"measures-as-items", "县委巡察组反馈问题十九个，局里分解成整改任务四十四项，目前完成四十项。",
		[]string{"problems/total=19", "other=44", "other=40"}},
	{"guard", "县委巡察组反馈问题十九个，分解成整改任务四十四项，已完成整改十七个。",
		[]string{"problems/total=19", "other=44", "problems/done=17"}},
	{"other-units-count", "此轮巡察整改中全县各乡镇共建立完善制度112项。", []string{"systems/total=112@aggregate"}},
	{"guard", "全镇共排查问题14个，已整改12个。", []string{"problems/total=14", "problems/done=12"}},
	// States in the paragraph's problems' measure word after meetings told
	// between go on with the problems (blind set xx); a count in another
	// measure word after meetings does not.
	{"done-after-verb", "巡察反馈我局问题共4个方面21项。局党组召开党组会5次、推进会2次，目前已完成17项，阶段性完成4项。",
		[]string{"other=4", "problems/total=21", "meetings/party_committee=5", "meetings/work=2", "problems/done=17", "problems/in_progress=4"}},
	{"guard", "巡察反馈我局问题共21项。局党组召开党组会5次，完成培训30人次。",
		[]string{"problems/total=21", "meetings/party_committee=5", "other=30"}},
	// Rules counted by kind (Taiwan's 规定3种); any other count of kinds is
	// none of the report's (blind set ye); a round-up announced by its
	// header goes through its places from the first (分市来看，…: blind
	// set yd).
	{"systems-verb-count", "本府另修正作业规定4种、新订管考要点及规定2种。", []string{"systems/revised=4", "systems/new=2"}},
	{"guard", "通过三种方式推进整改，梳理出3种问题类型。", []string{"other=3", "other=3"}},
	{"split-by-unit", "全省共查出问题1016个，已整改982个。分市来看，东陵市问题整改率为99.1%，追回衔接资金1860万元。",
		[]string{"problems/total=1016", "problems/done=982", "problems/rate=99.1@other_units", "money/recovered=18600000@other_units"}},
	// 制修订 is 制定 and 修订 in one word: the total (case author ch, 83rd);
	// a whole group with its firms summed is theirs together.
	{"systems-verb-count", "本年度公司制修订制度9项（新建4项、修订5项）。",
		[]string{"systems/total=9", "systems/new=4", "systems/revised=5"}},
	{"other-units-count", "全集团上下（含所属11家企业）共制修订制度63项，共问责干部27人次。",
		[]string{"other=11", "systems/total=63@aggregate", "accountability/total=27@aggregate"}},
	{"systems-verb-count", "集团本部共问责7人次，制修订制度8项。", []string{"accountability/total=7", "systems/total=8"}},
	// Second review (rev19b): a count of measures in the problems' measure
	// word between them and the meetings leaves a state after the meetings
	// unread.
	{"guard", "巡察反馈问题共18项，制定整改措施52项。局党组召开专题会议6次，目前已完成48项。",
		[]string{"problems/total=18", "other=52", "meetings/special=6", "other=48"}},
	// The units urged, each summed (case author cg 02): theirs together.
	{"other-units-count", "督促各乡镇农业综合服务中心共排查整改问题126个。", []string{"problems/total=126@aggregate"}},
}

// TestAreaAboveIssuer: a township's report naming the whole county's sum
// (case author cf, 81st: 全县在巡察整改中共问责干部41人次 read as the
// township's own, two false findings) holds the area's figures, not the
// writer's; a county's own report naming 全县 keeps them.
func TestAreaAboveIssuer(t *testing.T) {
	tests := []struct {
		title, text string
		want        string
	}{
		{"枫林镇党委关于县委巡察反馈问题整改情况的报告", "今年以来，全县在巡察整改中共问责干部41人次。", ScopeAggregate},
		{"城关街道党工委关于巡察整改进展情况的通报", "全市共建立完善制度212项。", ScopeAggregate},
		{"中共某县委关于巡视整改进展情况的通报", "今年以来，全县在巡视整改中共问责干部41人次。", ""},
		{"枫林镇党委关于县委巡察反馈问题整改情况的报告", "我镇对履职不力的干部问责2人。", ""},
		// Second review (rev19b): 全县 not as the clause's subject.
		{"枫林镇党委关于县委巡察反馈问题整改情况的报告", "枫林镇在全县率先完成整改问题12个。", ""},
		{"枫林镇党委关于县委巡察反馈问题整改情况的报告", "镇党委对照全县巡察整改工作方案梳理问题18个。", ""},
	}
	for _, tt := range tests {
		doc, err := parse.Parse(context.Background(), "r.txt", []byte(tt.title+"\n"+tt.text), parse.Options{})
		require.NoError(t, err)
		cs := Claims(doc)
		require.NotEmpty(t, cs, tt.text)
		assert.Equal(t, tt.want, cs[len(cs)-1].Scope, tt.title+" / "+tt.text)
	}
}
