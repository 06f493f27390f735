package verify

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
	"github.com/zhenggai/zhenggai/parse"
)

// inWan states a total and its done count written in 万 (their counts as
// written: total and done) and a rate.
func inWan(line, totalFig, doneFig, rateFig string, total, done, rate float64) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		doc := report(line)
		return input(doc,
			claim(t, doc, totalFig, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Count: total, Value: total * 10000, Unit: "个"}),
			claim(t, doc, doneFig, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Count: done, Value: done * 10000, Unit: "个"}),
			claim(t, doc, rateFig, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: rate, Unit: "%"}))
	}
}

func TestRuleRate(t *testing.T) {
	// rate states a total, a done and a rate (and a part in progress, if
	// inProgress is not "") in one sentence.
	rate := func(line, total, done, inProgress, rate string, vals ...float64) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report(line)
			cs := []extract.Claim{
				claim(t, doc, total, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: vals[0]}),
				claim(t, doc, done, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: vals[1]}),
			}
			if inProgress != "" {
				cs = append(cs, claim(t, doc, inProgress, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeInProgress, Value: vals[3]}))
			}
			cs = append(cs, claim(t, doc, rate, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: vals[2], Unit: "%"}))
			return input(doc, cs...)
		}
	}
	// money states problems, two amounts and a rate in one sentence.
	money := func(rateValue float64) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report(fmt.Sprintf("审计指出问题12个，已整改10个，应整改金额3.2亿元，已整改2.9亿元，整改率%v%%。", rateValue))
			return input(doc,
				claim(t, doc, "12个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 12}),
				claim(t, doc, "10个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 10}),
				claim(t, doc, "3.2亿元", extract.Claim{Kind: extract.KindMoney, Subtype: extract.SubtypeOther, Value: 320000000, Unit: "元"}),
				claim(t, doc, "2.9亿元", extract.Claim{Kind: extract.KindMoney, Subtype: extract.SubtypeOther, Value: 290000000, Unit: "元"}),
				claim(t, doc, fmt.Sprintf("%v%%", rateValue), extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: rateValue, Unit: "%"}))
		}
	}
	// tasks states problems, the tasks they were broken into, done problems
	// and a rate (cases-ar 03).
	tasks := func(rateValue float64) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report(fmt.Sprintf("巡察反馈问题20个，细化整改任务58项，已完成整改17个，问题整改完成率%v%%。", rateValue))
			return input(doc,
				claim(t, doc, "20个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 20, Unit: "个", Object: "问题"}),
				claim(t, doc, "58项", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 58, Unit: "项", Object: "整改任务"}),
				claim(t, doc, "17个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 17, Unit: "个"}),
				claim(t, doc, fmt.Sprintf("%v%%", rateValue), extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: rateValue, Unit: "%"}))
		}
	}
	testRule(t, RuleRate, []ruleCase{
		// The tasks the problems were broken into, counted in another
		// measure word, are no whole of the done problems.
		{name: "a rate of the problems past a count of tasks", in: tasks(85)},
		{name: "a wrong rate of the problems past a count of tasks", in: tasks(90), want: []got{{"problems", "90", "85"}}},
		// An earlier round's total is no whole of this round's done count
		// and rate (session 12: earlier rounds' claims are problems now).
		{name: "an earlier round's total before this round's rate",
			in: func(t *testing.T) *Input {
				doc := report("上轮巡察反馈问题20个，本轮已整改9个，整改率90%。")
				tc := claim(t, doc, "20个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 20})
				tc.Scope = extract.ScopeEarlierRound
				return input(doc, tc,
					claim(t, doc, "9个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 9}),
					claim(t, doc, "90%", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: 90, Unit: "%"}))
			}},
		// A rate that is the amounts' ratio is the money's (review of
		// session 11); one that is neither still fires.
		{name: "the ratio of the amounts before it", in: money(90.63)},
		{name: "neither the problems' nor the amounts' ratio", in: money(95),
			want: []got{{"problems", "95", "83.33"}}, msgs: []string{"整改报告称完成率95%，但10÷12=83.33%"}},
		{name: "the rate is not done ÷ total",
			in:   rate("反馈问题20个，已完成整改15个，完成率80%。", "20个", "15个", "", "80%", 20, 15, 80),
			want: []got{{"problems", "80", "75"}}, msgs: []string{"整改报告称完成率80%，但15÷20=75%"}},
		{name: "a done count past the total in another measure word is of another set",
			in: func(t *testing.T) *Input {
				doc := report("回头看发现环境问题30个，各地已完成整改412件，占比68.8%。")
				return input(doc,
					claim(t, doc, "30个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 30, Unit: "个"}),
					claim(t, doc, "412件", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 412, Unit: "件"}),
					claim(t, doc, "68.8%", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: 68.8, Unit: "%"}))
			}},
		// A part of the done ones after 其中 is no done count (cases-t 08).
		{name: "a part of the done ones after 其中",
			in: func(t *testing.T) *Input {
				doc := report("反馈的11个问题已完成整改9个，其中立行立改4个，正在推进2个，整改完成率81.8%。")
				part := claim(t, doc, "4个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 4})
				part.Of = 1
				return input(doc,
					claim(t, doc, "11个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 11}),
					claim(t, doc, "9个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 9}),
					part,
					claim(t, doc, "2个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeInProgress, Value: 2}),
					claim(t, doc, "81.8%", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: 81.8, Unit: "%"}))
			}},
		{name: "the rate is done ÷ total",
			in: rate("反馈问题20个，已完成整改15个，完成率75%。", "20个", "15个", "", "75%", 20, 15, 75)},
		{name: "a truncated rate is accepted",
			in: rate("反馈问题3个，已完成整改2个，完成率66.6%。", "3个", "2个", "", "66.6%", 3, 2, 66.6)},
		{name: "figures rounded in 万 stand for any count they round from",
			in: inWan("全国共排查问题5.6万个，已整改5.58万个，完成率99.7%。", "5.6万个", "5.58万个", "99.7%", 5.6, 5.58, 99.7)},
		{name: "figures rounded in 万 still bound the rate",
			in:   inWan("全国共排查问题5.6万个，已整改5.58万个，完成率95%。", "5.6万个", "5.58万个", "95%", 5.6, 5.58, 95),
			want: []got{{"problems", "95", "99.64"}}},
		{name: "figures rounded too coarsely are read as written",
			in:   inWan("发现问题3万个，已整改2万个，整改率95%。", "3万个", "2万个", "95%", 3, 2, 95),
			want: []got{{"problems", "95", "66.67"}}},
		{name: "items 基本完成 may count as done",
			in: rate("反馈问题10个，已完成整改8个，基本完成2个，完成率100%。", "10个", "8个", "2个", "100%", 10, 8, 100, 2)},
		{name: "a rate after a bracketed breakdown is the main clause's",
			in: func(t *testing.T) *Input {
				doc := report("审计查出问题12个，完成整改3个，正在整改9个（具体问题共26个，完成整改8个，正在整改18个），整改率25%。")
				p := extract.Claim{Kind: extract.KindProblems}
				total, done, doing := p, p, p
				total.Subtype, done.Subtype, doing.Subtype = extract.SubtypeTotal, extract.SubtypeDone, extract.SubtypeInProgress
				rt := extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: 25, Unit: "%"}
				return input(doc,
					claim(t, doc, "12个", with(total, 12)), claim(t, doc, "3个", with(done, 3)), claim(t, doc, "9个", with(doing, 9)),
					claim(t, doc, "26个", with(total, 26)), claim(t, doc, "8个", with(done, 8)), claim(t, doc, "18个", with(doing, 18)),
					claim(t, doc, "25%", rt))
			}},
		{name: "a rate inside the bracket is the bracket's",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题12个，完成整改3个（具体问题共25个，完成整改8个，整改率40%）。")
				p := extract.Claim{Kind: extract.KindProblems}
				total, done := p, p
				total.Subtype, done.Subtype = extract.SubtypeTotal, extract.SubtypeDone
				rt := extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeRate, Value: 40, Unit: "%"}
				return input(doc,
					claim(t, doc, "12个", with(total, 12)), claim(t, doc, "3个", with(done, 3)),
					claim(t, doc, "25个", with(total, 25)), claim(t, doc, "8个", with(done, 8)), claim(t, doc, "40%", rt))
			},
			want: []got{{"problems", "40", "32"}}, msgs: []string{"整改报告称完成率40%，但8÷25=32%"}},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}

// with returns c with value v.
func with(c extract.Claim, v float64) extract.Claim {
	c.Value = v
	return c
}

// TestRateFromText: readings of a stated rate a report may reasonably use,
// from the text (session 15's written sets): the done counts of the
// total's classes added, or totals stated side by side; and a rate that
// matches no reading still fires.
func TestRateFromText(t *testing.T) {
	tests := []struct {
		text  string
		fires bool
	}{
		{"审计工作报告共反映问题105个，其中要求立行立改的87个，已全部完成整改；要求分阶段整改的18个，已完成12个，余下6个正在按计划推进。总体整改率为94.3%。", false},
		{"督导组指出集团总部问题8个、所属企业问题37个。集团总部已整改7个；所属企业已整改31个。合计完成整改38个，完成率84.4%。", false},
		{"审计工作报告共反映问题105个，已完成整改87个，整改率为94.3%。", true},
		// Session 19, final wave (yh/30): the rate of the done count's own
		// level's total.
		{"巡察共反馈镇本级问题12个、村级问题59个。截至9月底，镇本级12个问题已全部清零，村级问题已整改52个，整改率88.1%。", false},
		{"巡察共反馈镇本级问题12个、村级问题59个。截至9月底，镇本级12个问题已全部清零，村级问题已整改52个，整改率80.1%。", true},
		{"巡察反馈村级问题59个、镇本级问题12个。截至9月底，村级问题已整改52个，整改率88.1%。", false},
		// Second review (rev20b): the whole told in a paragraph before is
		// no whole of a rate when the classes do not make it up; and an
		// overall rate whose last class has no done count is the whole's
		// (cases-co 03).
		{"本单位自查发现问题40个。\n巡察组反馈问题30个，已整改24个，总体整改完成率60%。", true},
		{"2022年巡察反馈问题30个，已全部整改。\n今年巡察反馈问题20个，已整改15个，总体整改完成率为50%。", true},
		{"审计工作报告共反映问题40个，已整改36个。其中：财政管理方面问题12个，已整改12个；专项资金方面问题28个，已整改24个。总体看，40个问题的整改率为90%。", false},
		// Third review (rev20c): the writer's sentence after a round-up is
		// its own; an overall rate stops at the paragraph's whole.
		{"东山镇党委召开专题会议3次，反馈的22个问题已完成20个。西山镇党委把问题分解为31条措施，反馈的20个问题已完成18个。南山镇党委建立台账，反馈的21个问题已完成19个。第七轮巡察反馈的63个问题已整改57个，整改完成率95%。", true},
		{"开展自查发现问题12个，已整改12个。巡察反馈问题20个。分类别看，立行立改问题10个，已全部完成；限期整改问题6个，完成4个；长期坚持问题4个，持续推进。总体整改完成率70%。", false},
		{"截至9月底，20个问题已完成整改14个，其余6个正在推进。分类别看，立行立改问题10个，已全部完成；限期整改问题6个，完成4个；长期坚持问题4个，已取得阶段性成效。总体整改完成率80%。", true},
		{"截至9月底，20个问题已完成整改14个，其余6个正在推进。分类别看，立行立改问题10个，已全部完成；限期整改问题6个，完成4个；长期坚持问题4个，已取得阶段性成效。总体整改完成率70%。", false},
		// Session 20 (cases-cm 10): an overall rate over the whole told in
		// the paragraph before, of the classes' done counts after it.
		{"巡察组指出问题30个，其中立行立改类18个、限期整改类9个、长期坚持类3个。\n截至目前，立行立改类18个问题已全部完成；限期整改类9个问题已完成6个，剩余3个正在推进；长期坚持类3个问题正在持续推进。总体整改完成率80%。", false},
		{"巡察组指出问题30个，其中立行立改类18个、限期整改类9个、长期坚持类3个。\n截至目前，立行立改类18个问题已全部完成；限期整改类9个问题已完成6个，剩余3个正在推进；长期坚持类3个问题正在持续推进。总体整改完成率70%。", true},
		// Session 19 (blind set xs): done counts side by side over totals
		// side by side.
		{"去年完成专项审计9项，发现问题分别为52个、37个和20个，截至9月底分别完成整改50个、33个和20个，总体整改率94.5%。", false},
		{"去年完成专项审计9项，发现问题分别为52个、37个和20个，截至9月底分别完成整改50个、33个和20个，总体整改率96.5%。", true},
		// Guards (third review of session 15): not over a part after 其中,
		// nor over another set's total with no done counts of its own.
		{"审计指出问题50个。其中预算执行方面问题30个，专项资金方面问题20个。已整改24个，整改率80%。", true},
		{"2023年巡察反馈问题30个，今年巡察反馈问题50个，已整改27个，整改率90%。", true},
		// Over the grand total before the aspects' (written set wi).
		// Session 16 (blind written sets wk, wl): a done count of another
		// set after the text left the problems; the rate of the class counted
		// right before the done ones; a class told done but read as a part.
		{"巡视交办问题三十七个。截至10月底，37个问题中已整改完成31个，6个正在推进。分行累计收回信贷资金3.47亿元。巡视期间受理的信访举报，分行已办结二十八件，办结率百分之百。", false},
		{"审计工作报告反映的152个问题中，要求立行立改的89个，已全部整改到位；要求分阶段整改的47个，已完成整改41个，完成率87.2%。", false},
		{"发现隐患问题158处。其中，可当场整改的94处已督促立即整改；需限期整改的64处，已整改到位57处，其余7处已列入年度维修预算。总体整改率95.6%。", false},
		// Guards: money in between, then the problems again; a part not
		// said done adds nothing; the class's rate that does not hold.
		{"反馈问题40个。追缴资金12万元。已整改30个，整改率90%。", true},
		// Guards (review of session 16): the problems again after money and
		// people, with a subject or a connective first; a count in progress
		// or not done is no class to divide by; a subset told after the done
		// ones, or a class with a count of its own, adds nothing; a part of a
		// list after 其中 is never the whole.
		{"巡察反馈问题40个。追缴违规资金12万元，问责干部3人。经认真整改，已整改30个，整改率90%。", true},
		{"省委巡视组反馈问题37个。截至目前，累计收回资金3.47亿元。分行党委高度重视，已整改完成31个，整改率95%。", true},
		{"反馈问题80个，正在整改40个，已整改40个，整改率100%。", true},
		{"巡察反馈问题50个，未完成整改30个，已完成整改20个，整改率66.7%。", true},
		{"巡察反馈问题60个，已整改45个。其中，群众反映强烈的12个问题已全部整改到位。总体整改率95%。", true},
		{"巡察反馈问题50个。其中，立行立改问题20个已全部整改到位，分阶段整改问题30个已整改10个。整改率80%。", true},
		{"巡察反馈问题30个，其中共性问题12个、个性问题18个，已整改10个，正在整改20个，整改率50%。", true},
		// The classes' done counts over the whole, told in one sentence or
		// two (cases-bm's probes); a stage of an earlier done count.
		{"巡察反馈问题20个，其中立行立改的8个已全部完成；限期整改的12个已完成9个。总体完成率85%。", false},
		{"巡察反馈问题20个，其中立行立改的8个已全部完成。限期整改问题12个，已完成9个。总体完成率85%。", false},
		{"巡察反馈问题35个，已整改到位的31个问题中的27个已通过销号验收，整改率88.6%。", false},
		{"整改完成率由年初的40%提升到85%。反馈问题20个，已整改17个。", false},
		// Blind set wm, wn: a rate told again after a breakdown; the classes'
		// done counts over the grand total when the nearest total is a class.
		{"45个具体问题中，已完成整改40个，正在整改5个，完成率88.9%。从四个方面看，政治建设方面10个问题全部完成；党的建设方面12个完成10个；选人用人方面6个完成5个。整改完成率88.9%，较7月底提高了15.6个百分点。", false},
		{"县审计局共指出问题104个。要求立行立改的问题86个，已全部完成整改；分阶段整改的问题18个，已完成11个，其余7个正在按计划推进，总体整改率93.3%。", false},
		// Guards (second review of session 16): a rate of its own count told
		// with the same value is checked; a stale done count gives no reading;
		// the grand total's own done count is not added to its classes'.
		{"党建方面问题10个，已整改8个，整改率80%；业务方面问题15个，已整改9个，整改率80%。", true},
		{"巡察反馈问题40个，截至6月底已整改20个，截至10月底已整改36个，整改率50%。", true},
		{"巡察反馈问题40个，已整改30个。限期整改问题10个，已完成8个，总体整改率95%。", true},
		{"巡察反馈问题40个，已整改30个。限期整改问题10个，已完成8个，总体整改率75%。", false},
		// A class under 其中 read as a part, with its done count and rate.
		{"巡察反馈问题20个，其中立行立改问题12个，已完成9个，整改率75%。", false},
		{"巡察反馈问题20个，其中立行立改问题12个，已完成9个，整改率80%。", true},
		// Guard: a wrong rate told once after the breakdown still fires.
		{"45个具体问题中，已完成整改40个，正在整改5个。从四个方面看，政治建设方面10个问题全部完成；选人用人方面6个完成5个。整改完成率95%。", true},
		{"发现隐患问题158处。其中，可当场整改的94处已列入计划。已整改到位57处，总体整改率95.6%。", true},
		{"审计工作报告反映的152个问题中，要求分阶段整改的47个，已完成整改41个，完成率80%。", true},
		{"审计工作报告共反映问题172个。分领域看，预算执行方面问题41个，已整改38个；部门预算方面问题63个，已整改60个；民生资金方面问题37个，已全部整改；投资项目方面问题31个，已整改24个。总体上已整改159个，整改率92.44%。", false},
		// Other units' counts told each are no whole of the unit's rate,
		// which is over their sum (blind set xd).
		{"两家单位分别认领问题24个、16个，分别完成整改22个、15个，整改完成率总体达到92.5%。", false},
		{"向我局反馈问题50个，已整改45个。两家单位分别认领问题24个、16个，分别完成整改22个、15个，整改完成率达到92.5%。", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "report.txt", []byte(tt.text), parse.Options{})
			require.NoError(t, err)
			fs, err := rate{}.Check(context.Background(), input(doc, extract.Claims(doc)...))
			require.NoError(t, err)
			assert.Equal(t, tt.fires, len(fs) > 0, "%v", fs)
		})
	}
}
