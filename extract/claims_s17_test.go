package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules session 17 wrote: sentences of our own in the style of what the
// blind written sets read wrong. Each row read otherwise before its rule, or
// is labelled a guard.

// familyCasesS17 are session 17's readings.
var familyCasesS17 = []familyCase{
	// Figures told each (分别) of places or bodies listed by name before the
	// word are theirs (named_each.go; blind set wp).
	{"split-by-unit", "其中，青山镇、白沙镇分别完成整改问题17个和14个。",
		[]string{"problems/done=17@other_units", "problems/done=14@other_units"}},
	{"split-by-unit", "第一中学、实验小学、城南中学分别清退多收费用8.2万元、5.6万元、3.1万元。",
		[]string{"money/refunded=82000@other_units", "money/refunded=56000@other_units", "money/refunded=31000@other_units"}},
	{"split-by-unit", "河北、山西、辽宁三省立案数分别为126件、98件、87件。",
		[]string{"clues/filed=126@other_units", "clues/filed=98@other_units", "clues/filed=87@other_units"}},
	{"split-by-unit", "县住建局和县水务局分别追回资金42万元、18万元。",
		[]string{"money/recovered=420000@other_units", "money/recovered=180000@other_units"}},
	// The counts after the first of a list told each share its reading
	// (shareEachVerb): 立案数分别为126件、98件 are all cases filed.
	{"split-parallel-status", "立行立改、限期整改问题分别为12个、9个，已分别完成12个、6个。",
		[]string{"other=12", "other=9", "problems/done=12", "problems/done=6"}},
	// The heads of a list read by 分别 name each count's subtype: sanctions,
	// rules made and revised (blind set wr).
	{"split-parallel", "共给予党纪政务处分96人，组织处理和诫勉谈话分别为57人、83人。",
		[]string{"accountability/disciplined=96", "accountability/org_handling=57", "accountability/admonished=83"}},
	{"split-parallel", "集团新建、修订制度分别为16项和35项，制度废改立工作基本完成。",
		[]string{"systems/new=16", "systems/revised=35"}},
	// The names listed in the clause before the one told each, cut at
	// their own 分别; 分别整改 after the totals tells the done ones.
	{"split-by-unit", "县医保局、城关镇整改进度偏慢，完成率分别只有71%、68%。",
		[]string{"problems/rate=71@other_units", "problems/rate=68@other_units"}},
	{"split-by-unit", "县级层面，平昌县、石泉县移交线索分别为203件、176件，立案数分别为71人、58人。",
		[]string{"clues/received=203@other_units", "clues/received=176@other_units", "clues/filed=71@other_units", "clues/filed=58@other_units"}},
	{"split-by-unit", "省教育厅、省卫生健康委分别反馈问题23个和21个，分别整改20个和19个。",
		[]string{"problems/total=23@other_units", "problems/total=21@other_units", "problems/done=20@other_units", "problems/done=19@other_units"}},
	// Case folders cases-bn, cases-bo (63rd, 64th authors): 当年 after the
	// words that name the earlier round, with no figure of it; a clue topic
	// opening the sentence; a frequency (按季度…1次); a unit audited beside
	// the reporting one, the auditor named; a body of another kind heading
	// the sentence, subject of the clause after.
	{"earlier-round", "我院上一轮接受巡视是在2021年，当年省委巡视反馈的19个问题已全部整改完成。",
		[]string{"other=1", "problems/total=19@earlier_round", "problems/done=19@earlier_round"}},
	{"clue-verbs", "移交的问题线索，已办结2件，1件正在核查。", []string{"clues/handled=2", "other=1"}},
	{"set-phrase-not-count", "下一步，按季度召开1次整改工作领导小组会议。", []string{"other=1"}},
	{"other-units-count", "同期接受省审计厅审计的泓州市妇幼保健院被指出问题9个。", []string{"problems/total=9@other_units"}},
	{"accountability-verb-count", "中共岚江医科大学委员会关于巡视整改进展情况的报告\n岚江医科大学附属第一医院党委结合巡视整改开展专项自查，对失职失责的7名干部进行了问责。\n学校党委对失职失责的9名干部进行了问责。",
		[]string{"accountability/total=7@other_units", "accountability/total=9"}},
	// A rate set as a goal (确保…达到95%以上) is none reached; a task named
	// by its kind (当作一项硬任务) counts nothing; a count labelled before a
	// colon and broken down in brackets is the label's (blind set wr).
	{"rate-not-rectification", "二是对需长期坚持的问题，确保年内整改完成率达到95%以上。", []string{"other=95"}},
	{"set-phrase-not-count", "集团党委把巡视整改当作一项硬任务，巡视反馈的问题共69个，已完成整改66个，其余3个正在推进。",
		[]string{"problems/total=69", "problems/done=66", "problems/in_progress=3"}},
	{"accountability-count", "问责：8人（诫勉谈话3人，批评教育5人）",
		[]string{"accountability/total=8", "accountability/admonished=3", "accountability/criticized=5"}},
	// Lines of a summary box, a label and its count (labelColons,
	// labelLine): the label names the count, the lines go on counting the
	// first's items (blind set wx). Guard: a colon opening a list.
	{"total-after-noun", "反馈问题：40个\n已完成：37个\n推进中：3个\n整改完成率：92.5%",
		[]string{"problems/total=40", "problems/done=37", "problems/in_progress=3", "problems/rate=92.5"}},
	{"guard", "厅党组分三个层次推进整改：一是厅机关自身问题19个，已整改完成16个，3个正在整改。",
		[]string{"other=3", "problems/total=19", "problems/done=16", "problems/in_progress=3"}},
	// Counts listed with 、 in the clause after a total that add up to it
	// are its breakdown, whatever the kinds' names end in (blind set wv);
	// guard: its states, told as such.
	{"breakdown-by-type", "金融监管部门现场检查指出的27项问题，涉及信贷管理12项、内控合规9项、数据治理6项，截至目前已销号25项，销号率92.6%。",
		[]string{"problems/total=27", "other=12", "other=9", "other=6", "problems/done=25", "problems/rate=92.6"}},
	{"guard", "全市已对交办的第十九批2件信访举报件进行调查处理，其中，已办结1件、阶段性办结1件。",
		[]string{"problems/total=2", "problems/done=1", "problems/in_progress=1"}},
	// Guards (review of session 17): bodies that found the problems, the
	// writer named in its own clause, objects after 对, classes of units,
	// the writer's county organs, heads that name each count, a new set
	// after a rest's shares, regulators feeding back with no round-up
	// announced, a frequency only of once, a clue topic with no clue verb,
	// an earlier round named as the ground of this one.
	{"guard", "县审计局、县财政局分别反馈问题12个和8个，均已整改完成。", []string{"problems/total=12", "problems/total=8"}},
	{"guard", "省审计厅、市审计局先后对我局开展审计，分别指出问题12个、7个，已全部整改。", []string{"problems/total=12", "problems/total=7"}},
	{"guard", "对县医保局、城关镇相关责任人分别问责2人、3人。", []string{"accountability/total=2", "accountability/total=3"}},
	{"guard", "在县纪委监委、县委组织部的指导下，我局分别召开专题民主生活会1次、专题组织生活会3次。",
		[]string{"meetings/democratic_life=1", "meetings/other=3"}},
	{"guard", "三级医院、二级医院分别整改问题26个和31个。", []string{"problems/total=26", "problems/total=31"}},
	{"guard", "老旧小区、新建小区分别整治问题23个、17个。", []string{"problems/total=23", "problems/total=17"}},
	{"guard", "县纪委监委、县委组织部分别问责干部5人和3人。", []string{"accountability/total=5", "accountability/total=3"}},
	{"guard", "立案审查调查和留置分别为12人、3人。", []string{"clues/filed=12", "other=3"}},
	{"guard", "反馈问题30个，已整改25个，其余5个问题中，3个正在推进，同步自查发现问题2个。",
		[]string{"problems/total=30", "problems/done=25", "problems/in_progress=5", "problems/in_progress=3", "problems/total=2"}},
	{"guard", "市生态环境局反馈问题14个，已整改12个。市应急管理局反馈问题9个，已全部整改。市市场监管局反馈问题6个，已整改5个。",
		[]string{"problems/total=14", "problems/done=12", "problems/total=9", "problems/done=9", "problems/total=6", "problems/done=5"}},
	{"guard", "按年度考核问责干部3人。", []string{"accountability/total=3"}},
	{"guard", "全面梳理巡察移交问题线索，已完成整改12件，正在整改3件。", []string{"problems/done=12", "problems/in_progress=3"}},
	{"guard", "2024年4月，县委第二巡察组在上轮巡察基础上对我局开展了巡察，当年反馈的21个问题已整改19个。",
		[]string{"problems/total=21", "problems/done=19"}},
	{"guard", "中共临渚区人民医院委员会关于巡察整改情况的报告\n临渚区卫生健康委员会党委结合巡察整改开展专项督查，共指出我院问题12个，已整改10个。",
		[]string{"problems/total=12", "problems/done=10"}},
	// A count of batches (分八个批次) counts no items, whatever noun comes
	// later in its clause (cases-bq 01's false claim.problems-total); a
	// count right after one in batches (交办件6批次89件) is the items'.
	{"petitions-assigned", "督察组分八个批次向我镇交办群众信访件12件，已全部办结。",
		[]string{"other=8", "problems/total=12"}},
	// Guards (second review of session 17): a colon ending a clause is no
	// label's (经自查发现：5个问题已整改到位); a line naming its own noun
	// carries no topic; 努力 is no goal; 两部分 counts no parts.
	{"guard", "巡察反馈问题20个。经对照检查发现：18个问题已整改到位，2个问题正在整改。",
		[]string{"problems/total=20", "problems/done=18", "problems/in_progress=2"}},
	{"guard", "反馈问题：40个\n涉及单位：12个", []string{"problems/total=40", "other=12"}},
	{"guard", "在各方共同努力下整改完成率达到98%。", []string{"problems/rate=98"}},
	{"guard", "上轮遗留问题9个，新发现问题24个，合计33个，两部分合计已完成28个，整改率84.8%。", []string{"problems/total=9@earlier_round", "problems/total=24", "problems/total=33", "problems/done=28", "problems/rate=84.8"}},
	// Figures told each (分别) of units counted before the word are theirs;
	// a rate as a threshold (低于80%的) is none stated (blind set xa).
	{"split-by-unit", "4个单位反馈问题分别为19个、22个、14个、16个，其中图书馆、后勤管理处已全部完成整改。",
		[]string{"other=4", "problems/total=19@other_units", "problems/total=22@other_units", "problems/total=14@other_units", "problems/total=16@other_units"}},
	{"rate-not-rectification", "集团党委对整改率低于80%的2家企业主要负责人进行了约谈。", []string{"other=80", "other=2"}},
	// Batches, stages and levels head their phrase, whatever noun their
	// clause names after (second review of session 17).
	{"guard", "巡察组分三个批次反馈问题15个。", []string{"other=3", "problems/total=15"}},
	{"guard", "按照三个层次梳理问题15个。", []string{"other=3", "problems/total=15"}},
	// Guards: the unit's own organs listed before 分别 name no other unit;
	// aspects' shares stay the breakdown they are (sharesOfList).
	{"guard", "局党委、纪委分别召开专题会议4次、2次。", []string{"meetings/special=4", "meetings/special=2"}},
	{"guard", "政治建设、组织建设方面问题分别为5个和7个，均已完成整改。",
		[]string{"other=5", "other=7"}},
	// Work going on that the words judge (推进有力) or whose manner they
	// tell (分为三类推进) is said of the whole: no state (blind sets wr, wt).
	{"total-before-noun", "总的看，64个问题整改推进有力，成效明显。", []string{"problems/total=64"}},
	{"total-before-noun", "将45项问题分为三类推进：立行立改类17项，已全部完成。",
		[]string{"problems/total=45", "other=17", "problems/done=17"}},
	// Guard: 按计划推进 is work going on.
	{"in-progress-remaining", "已整改18个，剩余2个正在按计划推进。", []string{"problems/done=18", "problems/in_progress=2"}},
	// What a work of building or fitting made, named right before the
	// number, is counted, not the problem named before the verb; and the
	// rest of it (blind set wq).
	{"guard", "督察反馈问题8个，已整改6个，“消火栓欠账”问题已补建消火栓46个、剩余31个列入明年城建计划。",
		[]string{"problems/total=8", "problems/done=6", "other=46", "other=31"}},
	{"guard", "“消防通道堵塞”问题已加装隔离桩26个。", []string{"other=26"}},
	// Guard: rules made are no works.
	{"systems-verb-count", "新建制度8项，修订完善制度12项。", []string{"systems/new=8", "systems/revised=12"}},
	// The rate of the measures beside problems counted is theirs, no rate
	// of the problems (blind set wr).
	{"rate-not-rectification", "对反馈的42个问题逐一明确牵头领导，目前已整改完成39个，整改措施完成率达96%。",
		[]string{"problems/total=42", "problems/done=39", "other=96"}},
	// Departments heading the clauses of a round-up announced by 分部门看:
	// the problems were fed back to them (blind set wt); a body that
	// inspects, feeding back, heads none.
	{"split-by-unit", "分部门看：区教育局反馈问题14个，已全部整改；区卫健局反馈问题11个，已整改9个。",
		[]string{"problems/total=14@other_units", "problems/done=14@other_units", "problems/total=11@other_units", "problems/done=9@other_units"}},
	{"guard", "县审计局反馈问题22个，已整改20个。", []string{"problems/total=22", "problems/done=20"}},
}

func TestNamesListed(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"安平县、白河区", true},
		{"其中，区实验中学、城东小学、滨河中学", false}, // the comma ends the clause: a lead holds none
		{"区实验中学、城东小学、滨河中学", true},
		{"省师范大学、省理工学院整改完成率", true},
		{"广东、四川、河南三省立案数", true},
		{"云南、甘肃两省尚有未整治问题", true},
		{"县住建局和县水务局", true},
		{"其中南苑街道、北湖街道", true},
		{"立行立改、限期整改问题", false},
		{"党委、纪委", false},
		{"广东、四川", false}, // bare names unclosed by their count
		{"全县、各乡镇", false},
		{"白河区", false}, // one name is no list
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namesListed(tt.s), tt.s)
	}
}
