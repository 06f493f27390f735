package verify

import (
	"context"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhenggai/zhenggai/parse"
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRulePartsSum(t *testing.T) {
	// problems states a total and its parts in one sentence.
	problems := func(line string, total, done, inProgress string, vals ...float64) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report(line)
			cs := []extract.Claim{claim(t, doc, total, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: vals[0], Unit: "个"})}
			if done != "" {
				cs = append(cs, claim(t, doc, done, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: vals[1], Unit: "个"}))
			}
			if inProgress != "" {
				cs = append(cs, claim(t, doc, inProgress, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeInProgress, Value: vals[2], Unit: "个"}))
			}
			return input(doc, cs...)
		}
	}
	// later puts a claim of a later sentence in the paragraph of the first.
	later := func(c extract.Claim) extract.Claim { c.Paragraph = 0; return c }
	// partOf makes c, read after 其中, a part of the claim at index i.
	partOf := func(c extract.Claim, i int) extract.Claim { c.Of = i; return c }
	// earlier marks a claim as an earlier round's.
	earlier := func(c extract.Claim) extract.Claim { c.Scope = extract.ScopeEarlierRound; return c }
	testRule(t, RulePartsSum, []ruleCase{
		// The rest told with its state and no count: done and under way
		// are no partition (batch ai 4).
		{name: "the rest told with its state, no count",
			in: problems("本轮问题64项，已完成整改30项，正在整改3项，其余任务按时序推进中。", "64项", "30项", "3项", 64, 30, 3)},
		// Guard: a partition that misses its total, with no rest told.
		{name: "done and under way short of the total",
			in:   problems("本轮问题64项，已完成整改30项，正在整改3项。", "64项", "30项", "3项", 64, 30, 3),
			want: []got{{"problems", "64", "33"}}},
		// An earlier round's figures are the unit's own: the report's
		// arithmetic holds for them too (cases-ae 07).
		{name: "an earlier round's parts sum to less than its total",
			in: func(t *testing.T) *Input {
				doc := report("2021年巡察反馈的17个问题中，已整改15个，正在整改1个。")
				return input(doc, earlier(problemAt(t, doc, "17个", 0, extract.SubtypeTotal, 17)),
					earlier(problemAt(t, doc, "15个", 0, extract.SubtypeDone, 15)), earlier(problemAt(t, doc, "1个", 0, extract.SubtypeInProgress, 1)))
			},
			want: []got{{"problems", "17", "16"}}},
		// A done part told again later in its sentence (已办结的38件…) is
		// not a second count of done (cases-ai 05).
		{name: "a part told again in its sentence",
			in: func(t *testing.T) *Input {
				doc := report("交办件41件中已办结34件，阶段性办结5件，正在办理3件，已办结的34件均已完成回访。")
				return input(doc, problemAt(t, doc, "41件", 0, extract.SubtypeTotal, 41),
					problemAt(t, doc, "34件", 0, extract.SubtypeDone, 34), problemAt(t, doc, "5件", 0, extract.SubtypeInProgress, 5),
					problemAt(t, doc, "3件", 0, extract.SubtypeInProgress, 3), problemAt(t, doc, "34件", 1, extract.SubtypeDone, 34))
			},
			want: []got{{"problems", "41", "42"}}},
		// Guard: this round's parts are no parts of an earlier round's total.
		{name: "this round's parts after an earlier round's total",
			in: func(t *testing.T) *Input {
				doc := report("上轮审计指出问题17个，本轮已整改15个，正在整改1个。")
				return input(doc, earlier(problemAt(t, doc, "17个", 0, extract.SubtypeTotal, 17)),
					problemAt(t, doc, "15个", 0, extract.SubtypeDone, 15), problemAt(t, doc, "1个", 0, extract.SubtypeInProgress, 1))
			}},
		{name: "problems: parts sum to less than the total",
			in:   problems("反馈问题11个，已完成整改8个，正在整改2个。", "11个", "8个", "2个", 11, 8, 2),
			want: []got{{"problems", "11", "10"}}, msgs: []string{"整改报告称问题共11个，但分项8+2合计为10"}},
		// A kind among the problems, in brackets, is no total of the parts
		// after it: the parts are the whole's (review of session 10).
		{name: "a kind among the problems in brackets",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题10个（其中共性问题4个），已完成整改8个，正在整改1个。")
				return input(doc,
					problemAt(t, doc, "10个", 0, extract.SubtypeTotal, 10),
					partOf(problemAt(t, doc, "4个", 0, extract.SubtypeTotal, 4), 0),
					problemAt(t, doc, "8个", 0, extract.SubtypeDone, 8),
					problemAt(t, doc, "1个", 0, extract.SubtypeInProgress, 1))
			},
			want: []got{{"problems", "10", "9"}}, msgs: []string{"整改报告称问题共10个，但分项8+1合计为9"}},
		// A part of a part, in brackets after it, adds nothing (cases-q 13).
		{name: "a subset of the done ones in brackets",
			in: func(t *testing.T) *Input {
				doc := report("10个问题中已完成整改8个（其中2个需长期坚持），正在整改2个。")
				return input(doc,
					problemAt(t, doc, "10个", 0, extract.SubtypeTotal, 10),
					problemAt(t, doc, "8个", 0, extract.SubtypeDone, 8),
					partOf(problemAt(t, doc, "2个", 0, extract.SubtypeInProgress, 2), 1),
					problemAt(t, doc, "2个", 1, extract.SubtypeInProgress, 2))
			}},
		{name: "the rest told again in a later sentence",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题12个，已完成整改10个，正在整改2个。", "尚未完成的2个问题为系统对接，预计年底前完成。")
				return input(doc,
					problemAt(t, doc, "12个", 0, extract.SubtypeTotal, 12),
					problemAt(t, doc, "10个", 0, extract.SubtypeDone, 10),
					problemAt(t, doc, "2个", 1, extract.SubtypeInProgress, 2),
					later(problemAt(t, doc, "2个", 2, extract.SubtypeNotDone, 2)))
			}},
		// Hazards counted by place in a later sentence are a set of their
		// own: the parts before them still miss the total (cases-w 12).
		{name: "a later count by place is no part",
			in: func(t *testing.T) *Input {
				doc := report("共反馈问题19个，已完成整改16个，正在推进2个。", "开展专项检查，发现并督促整改安全隐患97处。")
				return input(doc,
					problemAt(t, doc, "19个", 0, extract.SubtypeTotal, 19),
					problemAt(t, doc, "16个", 0, extract.SubtypeDone, 16),
					problemAt(t, doc, "2个", 0, extract.SubtypeInProgress, 2),
					later(problemAt(t, doc, "97处", 0, extract.SubtypeDone, 97)))
			},
			want: []got{{"problems", "19", "18"}}, msgs: []string{"整改报告称问题共19个，但分项16+2合计为18"}},
		// Parts after 其中 that make up a part, whatever state their words
		// say (限期整改 here a kind of those done), are parts of the part
		// (cases-aa 13).
		{name: "a part's breakdown after 其中",
			in: func(t *testing.T) *Input {
				doc := report("共反馈问题10个，已完成整改9个，其中立行立改3个、限期整改6个，剩余1个正在推进。")
				return input(doc,
					problemAt(t, doc, "10个", 0, extract.SubtypeTotal, 10),
					problemAt(t, doc, "9个", 0, extract.SubtypeDone, 9),
					partOf(problemAt(t, doc, "3个", 0, extract.SubtypeDone, 3), 1),
					problemAt(t, doc, "6个", 0, extract.SubtypeInProgress, 6),
					problemAt(t, doc, "1个", 0, extract.SubtypeInProgress, 1))
			}},
		// A part told again in a later sentence, then broken down: no new
		// parts (cases-x 15).
		{name: "a part told again and broken down",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题13个，已整改11个、正在整改2个。", "正在整改的2个问题中，1个为设施建设滞后，1个为历史遗留问题。")
				return input(doc,
					problemAt(t, doc, "13个", 0, extract.SubtypeTotal, 13),
					problemAt(t, doc, "11个", 0, extract.SubtypeDone, 11),
					problemAt(t, doc, "2个", 0, extract.SubtypeInProgress, 2),
					later(problemAt(t, doc, "2个", 1, extract.SubtypeInProgress, 2)),
					later(problemAt(t, doc, "1个", 1, extract.SubtypeInProgress, 1)))
			}},
		// The rest of a larger whole, in a later sentence, is no part of a
		// smaller total before it (blind batch af).
		{name: "a later rest larger than the total",
			in: func(t *testing.T) *Input {
				doc := report("对督查发现的18个问题实施挂牌督办。", "其余53个问题交由各地督办整改。")
				return input(doc,
					problemAt(t, doc, "18个", 0, extract.SubtypeTotal, 18),
					later(problemAt(t, doc, "53个", 0, extract.SubtypeInProgress, 53)))
			}},
		// In the total's sentence a part larger than it still fires.
		{name: "a part larger than the total in its sentence",
			in:   problems("反馈问题12个，已完成整改14个。", "12个", "14个", "", 12, 14, 0),
			want: []got{{"problems", "12", "14"}}, msgs: []string{"整改报告称问题共12个，但分项14合计为14"}},
		// A class of the problems with its own states after it: the parts
		// are its breakdown, no partition of the total before.
		{name: "a part broken down in its own sentence",
			in: func(t *testing.T) *Input {
				doc := report("立行立改问题4个已全部完成。", "需长期推进的问题6个，已完成4个，正在推进2个。")
				return input(doc,
					problemAt(t, doc, "4个", 0, extract.SubtypeTotal, 4),
					later(problemAt(t, doc, "6个", 0, extract.SubtypeInProgress, 6)),
					later(problemAt(t, doc, "4个", 1, extract.SubtypeDone, 4)),
					later(problemAt(t, doc, "2个", 0, extract.SubtypeInProgress, 2)))
			}},
		// In the total's own sentence they are its parts, whatever they add up to.
		{name: "parts that happen to add up to one of them",
			in: func(t *testing.T) *Input {
				doc := report("巡察反馈问题15个，已完成整改10个，正在整改6个，尚未启动4个。")
				return input(doc,
					problemAt(t, doc, "15个", 0, extract.SubtypeTotal, 15),
					problemAt(t, doc, "10个", 0, extract.SubtypeDone, 10),
					problemAt(t, doc, "6个", 0, extract.SubtypeInProgress, 6),
					problemAt(t, doc, "4个", 0, extract.SubtypeNotDone, 4))
			},
			want: []got{{"problems", "15", "20"}}},
		{name: "a part of the first sentence told again",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题15个，已完成整改12个，正在推进2个，尚未启动1个。", "尚未启动的1个问题涉及改扩建项目。")
				return input(doc,
					problemAt(t, doc, "15个", 0, extract.SubtypeTotal, 15),
					problemAt(t, doc, "12个", 0, extract.SubtypeDone, 12),
					problemAt(t, doc, "2个", 0, extract.SubtypeInProgress, 2),
					problemAt(t, doc, "1个", 0, extract.SubtypeNotDone, 1),
					later(problemAt(t, doc, "1个", 1, extract.SubtypeNotDone, 1)))
			}},
		{name: "a count of meetings between is no set of the parts",
			in: func(t *testing.T) *Input {
				doc := report("巡察反馈问题20个，召开专题会议18次，已完成整改15个，正在整改3个。")
				return input(doc,
					problemAt(t, doc, "20个", 0, extract.SubtypeTotal, 20),
					claim(t, doc, "18次", extract.Claim{Kind: extract.KindMeetings, Subtype: "special", Value: 18, Unit: "次"}),
					problemAt(t, doc, "15个", 0, extract.SubtypeDone, 15),
					problemAt(t, doc, "3个", 0, extract.SubtypeInProgress, 3))
			},
			want: []got{{"problems", "20", "18"}}},
		{name: "two parts in a later sentence are no rest told again",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题15个，已完成整改14个。", "另有1个正在整改，1个尚未启动整改。")
				return input(doc,
					problemAt(t, doc, "15个", 0, extract.SubtypeTotal, 15),
					problemAt(t, doc, "14个", 0, extract.SubtypeDone, 14),
					later(problemAt(t, doc, "1个", 0, extract.SubtypeInProgress, 1)),
					later(problemAt(t, doc, "1个", 1, extract.SubtypeNotDone, 1)))
			},
			want: []got{{"problems", "15", "16"}}},
		{name: "a third part in the same sentence is no rest told again",
			in: func(t *testing.T) *Input {
				doc := report("反馈问题12个，已完成整改10个，正在整改2个，未整改2个。")
				return input(doc,
					problemAt(t, doc, "12个", 0, extract.SubtypeTotal, 12),
					problemAt(t, doc, "10个", 0, extract.SubtypeDone, 10),
					problemAt(t, doc, "2个", 1, extract.SubtypeInProgress, 2),
					problemAt(t, doc, "2个", 2, extract.SubtypeNotDone, 2))
			},
			want: []got{{"problems", "12", "14"}}},
		{name: "parts that add up to a figure named between the total and them",
			in: func(t *testing.T) *Input {
				doc := report("交办信访问题520件，经核查属实430件，属实的问题中已完成整改401件，未完成整改29件。")
				return input(doc,
					problemAt(t, doc, "520件", 0, extract.SubtypeTotal, 520),
					claim(t, doc, "430件", extract.Claim{Kind: extract.KindOther, Subtype: "属实", Value: 430, Unit: "件"}),
					problemAt(t, doc, "401件", 0, extract.SubtypeDone, 401),
					problemAt(t, doc, "29件", 0, extract.SubtypeNotDone, 29))
			}},
		{name: "problems: parts sum to the total",
			in: problems("反馈问题11个，已完成整改8个，正在整改3个。", "11个", "8个", "3个", 11, 8, 3)},
		{name: "a single part below its total leaves the rest unstated",
			in: problems("反馈问题11个，已完成整改8个。", "11个", "8个", "", 11, 8)},
		{name: "a total stated as a bound is not summed",
			in: func(t *testing.T) *Input {
				in := problems("反馈问题11个以上，已完成整改8个，正在整改2个。", "11个", "8个", "2个", 11, 8, 2)(t)
				in.Claims[0] = withApprox(in.Claims[0], extract.AtLeast)
				return in
			}},
		{name: "systems: new and revised against their total",
			in: func(t *testing.T) *Input {
				doc := report("建立完善制度10项，其中新建5项、修订4项。")
				total := claim(t, doc, "10项", extract.Claim{Kind: extract.KindSystems, Subtype: extract.SubtypeTotal, Value: 10, Unit: "项"})
				n := claim(t, doc, "5项", extract.Claim{Kind: extract.KindSystems, Subtype: extract.SubtypeNew, Value: 5, Unit: "项"})
				r := claim(t, doc, "4项", extract.Claim{Kind: extract.KindSystems, Subtype: extract.SubtypeRevised, Value: 4, Unit: "项"})
				n.Of, r.Of = 0, 0
				return input(doc, total, n, r)
			},
			want: []got{{"systems", "10", "9"}}, msgs: []string{"整改报告称制度共10项，但分项5+4合计为9"}},
		{name: "parts 基本完成 below the total leave the rest unstated",
			in: problems("反馈问题28个，已完成整改4个，基本完成9个。", "28个", "4个", "9个", 28, 4, 9)},
		// In Traditional script too (階段辦結).
		{name: "parts 階段辦結 below the total leave the rest unstated",
			in: problems("受理轉辦的舉報28個，已辦結4個，階段辦結9個。", "28個", "4個", "9個", 28, 4, 9)},
		// The degree ten characters back, in its clause (blind batch ae).
		{name: "parts 階段性完成并長期堅持 below the total leave the rest unstated",
			in: problems("市直部門共查找問題64個，已完成整改9個、已階段性完成并長期堅持38個。", "64個", "9個", "38個", 64, 9, 38)},
		// A degree in the clause before is not this part's.
		{name: "a degree of done in the clause before is not the part's",
			in:   problems("反馈问题28个，已完成整改基本完成的4个、已整改9个。", "28个", "4个", "9个", 28, 4, 9),
			want: []got{{"problems", "28", "13"}}, msgs: []string{"整改报告称问题共28个，但分项4+9合计为13"}},
		// 现阶段 and 部分县区 are no degree of done (review of session 11).
		{name: "现阶段 is no degree of done",
			in:   problems("反馈问题20个，已完成整改12个，现阶段仍在推进的问题5个。", "20个", "12个", "5个", 20, 12, 5),
			want: []got{{"problems", "20", "17"}}, msgs: []string{"整改报告称问题共20个，但分项12+5合计为17"}},
		{name: "parts 部分完成 below the total leave the rest unstated",
			in: problems("需整改问题16个，已全部完成5个问题的整改和3个问题的部分整改。", "16个", "5个", "3个", 16, 5, 3)},
		{name: "parts 阶段办结 below the total leave the rest unstated",
			in: problems("转办信访件1320件，已办结604件，阶段办结176件。", "1320件", "604件", "176件", 1320, 604, 176)},
		{name: "parts 基本完成 above the total",
			in:   problems("反馈问题12个，已完成整改4个，基本完成9个。", "12个", "4个", "9个", 12, 4, 9),
			want: []got{{"problems", "12", "13"}}, msgs: []string{"整改报告称问题共12个，但分项4+9合计为13"}},
		{name: "two counts of one status are no partition",
			in: func(t *testing.T) *Input {
				doc := report("共转交投诉件66件，已办理回复66件，办结50件。")
				p := extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Unit: "件"}
				return input(doc,
					problemAt(t, doc, "66件", 0, extract.SubtypeTotal, 66),
					claimN(t, doc, "66件", 1, with(p, 66)), claim(t, doc, "50件", with(p, 50)))
			}},
		{name: "a part noted as reaching before its total's period is no part",
			in: tally("本周受理群众举报40件，办结52件（部分为本周之前受理）。")},
		{name: "a part above its total with a note of another kind",
			in:   tally("本周受理群众举报40件，办结52件（含电话举报9件）。"),
			want: []got{{"problems", "40", "52"}}, msgs: []string{"整改报告称问题共40件，但分项52合计为52"}},
		{name: "a part past its total in another measure word is of another set",
			in: func(t *testing.T) *Input {
				doc := report("回头看发现环境问题30个，各地已完成整改交办件412件。")
				return input(doc,
					problemAt(t, doc, "30个", 0, extract.SubtypeTotal, 30),
					problemAt(t, doc, "412件", 0, extract.SubtypeDone, 412))
			}},
		{name: "parts past the total in measure words of one family",
			in: func(t *testing.T) *Input {
				doc := report("县委巡察组反馈问题20个，已完成整改25项。")
				return input(doc,
					problemAt(t, doc, "20个", 0, extract.SubtypeTotal, 20),
					problemAt(t, doc, "25项", 0, extract.SubtypeDone, 25))
			},
			want: []got{{"problems", "20", "25"}}, msgs: []string{"整改报告称问题共20个，但分项25合计为25"}},
		{name: "a later sentence's set of its own is no part",
			in: bySentence("去年交办问题14个，整改到位12个。今年新交办的5个问题，方案仍在研究。",
				fig{"14个", extract.SubtypeTotal, 14, "交办"}, fig{"12个", extract.SubtypeDone, 12, "整改"},
				fig{"5个", extract.SubtypeInProgress, 5, "交办"})},
		{name: "a later sentence's parts of the total are summed",
			in: bySentence("反馈问题30个。目前已完成整改24个，正在整改4个。",
				fig{"30个", extract.SubtypeTotal, 30, "反馈"}, fig{"24个", extract.SubtypeDone, 24, "整改"},
				fig{"4个", extract.SubtypeInProgress, 4, "整改"}),
			want: []got{{"problems", "30", "28"}}, msgs: []string{"整改报告称问题共30个，但分项24+4合计为28"}},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}

// fig is a problems figure of a bySentence case: where it is, its
// subtype, value and verb.
type fig struct {
	at     string
	sub    extract.Subtype
	value  float64
	action string
}

// bySentence states problems figures over several sentences, each claim's
// Source and Text its sentence (up to 。), as extract gives them.
func bySentence(line string, figs ...fig) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		doc := report(line)
		rs := []rune(doc.Pages[0].Text)
		var cs []extract.Claim
		for _, f := range figs {
			c := claim(t, doc, f.at, extract.Claim{Kind: extract.KindProblems, Subtype: f.sub, Value: f.value, Unit: "个", Action: f.action})
			lo, hi := c.Figure.Start, c.Figure.End
			for lo > 0 && rs[lo-1] != '。' {
				lo--
			}
			for hi < len(rs) && rs[hi-1] != '。' {
				hi++
			}
			c.Source.Start, c.Source.End, c.Text = lo, hi, string(rs[lo:hi])
			cs = append(cs, c)
		}
		return input(doc, cs...)
	}
}

// tally is a case of a week's tally: 40件 received, 52件 closed.
func tally(text string) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		doc := report(text)
		return input(doc,
			problemAt(t, doc, "40件", 0, extract.SubtypeTotal, 40),
			problemAt(t, doc, "52件", 0, extract.SubtypeDone, 52))
	}
}

// TestPartsSumFromText holds the rule to reports' sentences as extract
// reads them: a list of states by 分别, whose equal counts are each a part
// (review of session 14), a part told again as a noun phrase, a part
// broken down after 中, and a total whose parts do not add up.
func TestPartsSumFromText(t *testing.T) {
	tests := []struct {
		text  string
		fires bool
	}{
		{"巡视反馈问题28个，已完成整改20个，基本完成、需长期坚持和正在推进的分别为2个、2个、4个。", false},
		// Session 19 (blind set xp): the means of money rectified, told part
		// by part, come to more than the sum; within the rounding of the
		// figures as written they do not; a 其中 in brackets splits the
		// amount right before it, not the sum.
		{"整改问题金额6.2亿元，其中收回资金1.5亿元，归还原渠道1.1亿元，调整账目3.9亿元。", true},
		{"已整改金额6512.4万元，通过收回结余资金、上缴国库和调整账目三种方式，分别整改1396.1万元、1248万元和3998万元。", true},
		{"整改问题金额6.5亿元，其中收回资金1.54亿元，归还原渠道1.07亿元，调整账目3.93亿元。", false},
		// A part told as one more (另有) is no share of the part before it
		// (written set wc, once Taiwan's 解除列管 was read).
		{"列管事项共计420项，其中已改善并解除列管者318项；仍在办理中者80项；另有22项因涉及法规修正尚无进度。", false},
		{"列管事项共计430项，其中已改善并解除列管者318项；仍在办理中者80项；另有22项因涉及法规修正尚无进度。", true},
		{"已整改金额926.5万元：追回违规提取的资金312.6万元（涉及职工47人）；督促企业补缴欠缴资金389.3万元；核减不合规支出246.2万元。", true},
		{"已整改金额948.1万元：追回违规提取的资金312.6万元（涉及职工47人）；督促企业补缴欠缴资金389.3万元；核减不合规支出246.2万元。", false},
		// Review of session 19 (rev19a): the rest of the whole after its
		// means, one more part, two breakdowns of one amount, a part of a
		// part, a sum told again, a note in brackets and further means are
		// no parts over the sum; the case author ce's forms (其中 after the
		// colon, through semicolons; the means two clauses before 分别为)
		// are.
		{"审计查出问题金额3.2亿元，已整改2.1亿元：收回资金0.8亿元，归还原渠道0.6亿元，调整账目0.7亿元；尚未整改1.1亿元，正在推进中。", false},
		{"审计指出问题资金860万元，已整改到位720万元：其中收回资金310万元，补缴税费120万元，调整账目290万元，另有140万元因涉及诉讼正在处理。", false},
		{"整改问题金额1000万元，其中省级资金600万元、县级资金400万元，收回资金700万元、调整账目300万元。", false},
		{"整改问题金额1.2亿元，其中收回资金0.5亿元、调整账目0.7亿元，其中涉及扶贫资金0.3亿元。", false},
		{"整改问题金额500万元，其中收回资金300万元，调整账目200万元，合计500万元。", false},
		{"已整改问题金额5280万元，其中：收回资金1260万元（含利息收入36万元），归还原资金渠道2100万元，调整账目1920万元。", false},
		{"已收回资金300万元，另通过调整账目、归还原渠道两种方式，分别整改500万元、200万元。", false},
		{"整改问题资金1,862.35万元：其中收回财政资金436.10万元；盘活存量资金735.48万元；规范管理资金712.87万元。", true},
		{"通过上缴财政、归还原资金渠道、调整账目等方式，整改问题资金523.6万元，分别为138.2万元、257.5万元、149.3万元。", true},
		// Second review (rev19b): a carried clause that opens on a time or
		// a state of the whole ends the breakdown; parts beyond the whole
		// whose rest does not make it again still fire; 归还 among the
		// means is no 还 of further means; a category opening on 未 is a
		// means.
		{"审计查出问题金额2600万元，其中：资金闲置1200万元，违规拨付800万元；截至目前已整改1900万元，整改率73.1%。", false},
		{"已整改资金900万元：收回资金350万元，调整账目550万元；同时督促企业补缴税款200万元。", false},
		{"整改问题金额1000万元，其中收回资金600万元，归还原渠道400万元，调整账目300万元。", true},
		{"整改问题资金523.6万元，通过上缴财政、归还原资金渠道、调整账目等方式，分别整改138.2万元、257.5万元、149.3万元。", true},
		{"已整改资金860万元：其中收回资金310万元，未按规定拨付的资金已拨付320万元，调整账目290万元。", true},
		// Final wave (yh/30): the other level's count, told after totals of
		// two levels side by side, is no part of this level's.
		{"巡察共反馈镇本级问题12个、村级问题59个。截至9月底，镇本级12个问题已全部清零，村级问题已整改52个。", false},
		{"巡察反馈镇本级问题12个，已整改10个，正在整改3个。", true},
		// Third review (rev19c): a level read as its word alone (not 反馈村级),
		// and the states after another level's count skipped with it.
		{"巡察反馈村级问题59个。截至9月底，村级问题已整改50个，正在整改6个，需长期坚持3个。", false},
		{"截至9月底，巡察反馈的村级问题共59个，村级问题已整改50个，正在整改6个，需长期坚持3个。", false},
		{"巡察反馈镇本级问题12个、村级问题59个。截至9月底，镇本级问题已整改10个，正在整改2个；村级问题已整改52个，正在整改7个。", false},
		{"巡察反馈镇本级问题12个、村级问题59个。截至9月底，镇本级问题已整改10个，正在整改2个；村级问题已整改52个，正在整改9个。", true},
		{"整改问题金额6.2亿元，其中收回资金1.5亿元，归还原渠道1.1亿元。", false},
		// Session 20 (yi/9): a sum over every aspect, told in the last
		// aspect's sentence, is no part of that aspect's count; a done count
		// larger than its total with no sum word still is.
		{"巡察反馈问题25个。组织建设方面的9个问题已整改8个，作风建设方面的7个问题全部整改完成，合计完成整改22个。", false},
		{"作风建设方面的7个问题已整改9个。", true},
		// Review (rev20a): after a total of the whole, a sum over it still
		// counts against it.
		{"巡察反馈问题16个，共整改完成18个，正在整改2个。", true},
		// Second review (rev20b): classes not named 方面 or 类, and a whole
		// counted over its aspects.
		{"巡察反馈问题25个。党建领域的9个问题已整改8个，意识形态领域的7个问题全部整改完成，合计完成整改22个。", false},
		{"巡察反馈3个方面问题16个，共整改完成18个，正在整改2个。", true},
		// Third review (rev20c): an office's share (局办公室承担) is no total;
		// 整改落实不到位的问题 is a state, not a problem's name.
		{"审计反馈问题20个。局办公室承担问题8个，人事股承担问题5个，财务股承担问题7个，目前已整改18个。", false},
		{"巡察反馈问题20个，已整改17个，整改落实不到位的问题4个，正在持续推进。", true},
		// Written set yq (27): a remainder of two earlier wholes together;
		// and the plan's classes told as 需立行立改的 (yo/4) are no states.
		{"2021年度审计遗留的6个问题已整改5个，2022年度遗留的8个问题已整改7个，剩余2个均涉及债务化解。", false},
		{"2021年度审计遗留的6个问题已整改5个，2022年度遗留的8个问题已整改7个，剩余3个均涉及债务化解。", true},
		{"审计查出问题300个，其中需立行立改的180个、需分阶段整改的120个。截至9月底，已完成整改270个。", false},
		{"已整改52.3亿元，其中：通过收回和统筹使用资金整改21.6亿元（其中收回存量资金8.4亿元），通过调整账目等方式整改30.7亿元。", false},
		{"巡视反馈问题26个，已完成整改20个，基本完成、需长期坚持和正在推进的分别为2个、2个、4个。", true},
		{"受理信访件40件，已办结38件，正在办理2件，已办结的38件均已完成回访。", false},
		{"巡视反馈问题30个，已完成整改24个。其余6个问题中，已完成阶段性目标2个、正在推进2个、需长期坚持2个。", false},
		{"巡视反馈问题30个，已完成整改24个，正在整改4个。", true},
		// Session 16: a remainder opening the sentence after, its reason
		// first (cases-bm's probe); a 其中 opening a sentence and its list
		// after semicolons (written set wj); the aspects' states as their
		// breakdown (cases-o 07, in one sentence too); a 其中 after a done
		// count whose parts are classes of the whole (review of session 16).
		{"巡察反馈24个问题，已完成整改19个，正在整改3个。另有2个因涉及历史遗留产权问题，暂未完成。", false},
		{"共列整改事项四十二项。至10月底，已销号三十六项，未销号六项。其中，物业维修资金归集不到位等四项列入挂牌督办，正按节点持续推进；另有两项因涉及历史遗留问题，计划年底前完成。", false},
		{"巡察反馈问题19个，已完成整改15个，正在整改3个。其中，党建工作方面问题7个，已全部完成整改；经营管理方面问题8个，已完成5个；选人用人方面问题4个，已完成3个。", true},
		{"巡察反馈问题19个，已完成整改15个，正在整改3个，其中党建工作方面问题7个，已全部完成整改，经营管理方面问题8个，已完成5个，选人用人方面问题4个，已完成3个。", true},
		{"巡察反馈问题20个，已整改18个。其中，立行立改问题12个，长期整改问题8个。", false},
		// Blind set wm: the next class of the plan after a class's parts.
		{"共指出问题21个。立行立改的7个问题已全部销号；限期整改问题10个，已完成8个，另有2个涉及老旧小区改造资金清算，需待审核后办结；长期坚持类4个，已制定阶段目标，按季度推进。", false},
		// Guards (second review of session 16): a 、 in a part's name is no
		// list; a part taken from a whole is no count beside it.
		{"巡察反馈问题20个，已整改16个，其中选人用人、干部管理方面问题8个，已整改6个，正在整改2个。", false},
		{"巡察反馈问题31个，已整改到位的31个问题中的4个仍需长期坚持。", false},
		{"巡察反馈问题20个，其中立行立改问题12个，已完成9个，整改率75%。", false},
		// Guard: a class whose parts miss it still fires.
		{"限期整改问题10个，已完成7个，正在推进2个。", true},
		{"巡察反馈的10个问题已完成整改8个，剩余2个正在整改中，分别是公务接待审批手续不全、上轮巡察问题整改不彻底，两项清理均需延伸到下属3个市场监管所，预计12月底前完成。", false},
		// Session 15's written sets and case folders. A share of a part
		// told again in a later sentence (2 of the 6) is no further part.
		{"反馈问题18个，完成整改12个，其余6个需分阶段推进。已制定后续整改计划：2个资产确权问题力争在今年12月底前完成。", false},
		// The rest told with no count after a part that is not the last.
		{"限期整改的15个问题，已销号11个，其余正在按节点推进；需长期坚持的3个问题，已建立常态化机制。", false},
		// A later sentence opening on a set it names: a class, not a part.
		{"限期整改的11个问题完成10个，剩余1个预计于12月底前完成。长期坚持的4个问题均已取得阶段性成效。", false},
		{"巡视反馈问题692个，已整改到位588个，其余104个问题均制定了分阶段整改计划。今年对整改不到位的13个问题开展了回头看。", false},
		// A part told again in the sentence after the total's (cases-bg 07).
		{"巡察组向我局反馈问题十四个。截至2025年1月20日，已完成整改十二个，正在整改两个，正在整改的两个问题为服务站建设不均衡和信息更新不及时。", false},
		// Guard: a partition that misses its total still fires.
		{"巡察组向我局反馈问题十四个。截至2025年1月20日，已完成整改十个，正在整改两个。", true},
		// Guards (review of session 15): a share of a part told again is
		// left out, the rest still checked; a state told first as a named
		// set is a part; this round's set after an earlier round's.
		{"反馈问题18个，已完成整改15个，正在推进6个。正在推进的问题中，2个资产确权问题力争年底前完成。", true},
		{"巡察反馈问题20个，已完成整改18个。正在整改的5个问题预计年底前完成。", true},
		{"上轮巡察反馈未整改到位的5个问题已全部整改，本轮巡察反馈问题8个，已整改3个，正在整改6个。", true},
		// A share whose state the reading could not tell: the parts short of
		// the total prove nothing (written set wf).
		{"全部19个反馈问题中，15个已完成销号，3个进入验收阶段，1个仍在整改。", false},
		// Guard (second review of session 15): an unread count that does not
		// fill the gap excuses nothing.
		{"巡察反馈问题25个，已完成整改18个，正在整改4个，8个提级办理。", true},
		// A part told again in its sentence in the other not-done state;
		// totals read by 分别; parts short of the total from sentences apart
		// (written sets wh, wi).
		{"17个问题中已完成整改15个，正在整改2个，整改完成率88.2%，未完成的两项均涉及历史遗留用地手续。", false},
		{"巡察对甲矿、乙矿反馈问题分别为二十六个和十九个，截至九月底分别整改完成二十四个和十九个，甲矿剩余的二个问题涉及采矿权延续手续。", false},
		{"共反馈问题198个。经过集中整改，6所高校已完成整改183个。其中，师范大学已全部完成整改。整改进度相对靠后的某学院，尚有4个问题涉及校区置换。", false},
		// Guard: a partition in one sentence short of its total fires.
		{"共反馈问题198个，已完成整改183个，尚有4个问题正在整改。", true},
		// Guards (third review of session 15): the rest in a later sentence,
		// and a 分别 elsewhere in the sentence, excuse nothing.
		{"县委第三巡察组共反馈问题25个，已完成整改18个。其余4个问题正在加快推进整改。", true},
		{"县委第三巡察组反馈问题25个。截至目前，已完成整改18个。正在整改4个。", true},
		{"巡察反馈问题20个、审计指出问题15个，均已分别制定整改措施，已完成整改30个，正在整改2个。", true},
		// Session 17's blind sets (wq, wr, ws, wt), each an alarm before its
		// mend. A text in Traditional characters is matched as Simplified; a
		// set of petitions named as the object of a later sentence is no part.
		{"中央督察組向我市轉辦信訪件31件，已辦結24件，階段性辦結5件，正在辦理2件。此外，對前幾批中尚未辦結的9件信訪件，已逐件明確完成時限。", false},
		// The rest of an earlier whole, after a breakdown by project; the
		// rest of a whole after a set found in it.
		{"共查出问题52个，已整改44个。其中，专项债券审计查出的17个问题已整改14个；安居工程审计查出的21个问题已整改19个；道路建设审计查出的14个问题已整改11个。对剩余8个问题，已明确牵头领导。", false},
		{"对第一轮督察期间交办我县的87件信访件开展销号回头看，共发现9件存在不同程度的反弹，已当场反馈至责任部门，要求15日内整改到位，其余78件整改成效巩固良好。", false},
		// Guard: a rest that is no earlier whole's still fires.
		{"道路建设项目审计查出问题14个，已整改11个。对剩余5个问题，已明确牵头领导。", true},
		// A class by its deadline beside a class of lasting work.
		{"需在6个月内完成的问题44个，已全部完成；需长期坚持的12个，已达到阶段性目标。", false},
		// Two totals joined by 和: their parts are of both.
		{"对巡察反馈的二十九个问题和专项检查指出的四个问题，共完成整改三十个，未完成的三个问题中有两个需长期坚持，一个正在推进。", false},
		{"对巡察反馈的二十九个问题和专项检查指出的四个问题，共完成整改三十个，未完成五个。", true},
		// The rest's shares after 中; a rest told with 推进有力 (a judgement).
		{"反馈问题98个，已完成92个；其余6个中，有4个需长期坚持，2个因政策调整暂缓推进。", false},
		{"反馈问题64个，已整改58个，正在整改6个。总的看，64个问题整改推进有力，成效明显。", false},
		// Things a work built, and their rest, are no problems.
		{"督察反馈的8个问题中，6个已整改到位，“消火栓欠账”问题已补建消火栓46个、剩余31个列入明年计划，两个问题均在推进中。", false},
		// Guards (review of session 17): a rest that fits its own total is
		// its part; the parts of one of two joined totals, or of either,
		// short of their sum prove nothing.
		{"上轮巡察反馈问题8个，已全部整改。本轮巡察反馈问题6个，已整改3个，正在整改1个，剩余2个正在制定方案。", false},
		{"巡察反馈问题20个和审计指出问题6个均已建立台账，其中审计指出的问题已整改4个，正在整改2个。", false},
		{"巡察反馈问题20个和审计指出问题6个，巡察问题已整改18个，正在整改2个。", false},
		// A set found, in a later sentence, in whatever state (blind set wy).
		{"26个单位共承担巡察反馈问题512个，已完成整改476个，整改完成率93%；二是个别单位存在纸面整改现象，检查组共查出整改不到位问题34个，已全部移交相关单位重新整改。", false},
		// A remainder whose reason holds 涉及 is a part (blind set wx); the
		// not done of the grand total after its aspects' breakdown is none
		// of the last aspect's (blind set wv).
		{"县督察组向我镇交办问题17个。截至8月底，已完成整改14个，正在整改2个，因涉及跨县河段界定尚未启动整改的1个，已报县河长办协调。", false},
		{"县督察组向我镇交办问题17个。截至8月底，已完成整改14个，正在整改2个。", true},
		{"对反馈的三十七个问题，已完成整改三十四个。其中，主责主业方面问题十二个，完成十个；党建方面问题六个，已全部完成。未完成的三个问题涉及供水管网历史欠账，需要与属地政府共同推进。", false},
		// A round-up by department after the unit's own figures.
		{"反馈问题76个，已整改69个。分部门看：区教育局反馈问题14个，已全部整改；区农业农村局反馈问题8个，已整改7个。尚未完成的7个问题，已明确责任单位。", false},
		// A body named as its clause's subject, in a later sentence.
		{"八个单位反馈的142个问题已完成131个。同时指出，县市场监管局仍有4个问题整改滞后。", false},
		// Session 18 (blind written sets xe, xf): a remainder broken down
		// right after it; the next sentence's rest of a class named as its
		// noun; two classes by deadline and by stage; tasks beside the
		// problems; a round-up by department announced before a comma.
		{"上轮巡察反馈的22个问题中，经复核仍有5个问题整改不彻底，目前已完成4个，剩余1个纳入长期整改。", false},
		{"上轮巡察反馈的22个问题中，经复核仍有5个问题整改不彻底，目前已完成4个，剩余2个纳入长期整改。", true},
		{"巡察反馈问题共50个，其中立行立改类30个已全部完成。综上，50个问题中已完成整改42个。下一步，计划年底前完成剩余5个限期整改类问题。", false},
		{"审计查出的问题中，应在9月底前完成整改的120个，已完成整改112个；分阶段整改的30个，已完成阶段性目标24个。", false},
		{"企业党委共认领问题31个、整改任务86项。截至目前，31个问题已完成整改27个。", false},
		// Guards (review of session 18): classes told as further parts
		// (另有) are parts; a rest broken down still leaves a short sum
		// that fires.
		{"反馈问题30个，已完成整改20个，正在整改2个。另有5个限期整改类问题、3个长期坚持类问题尚未完成。", false},
		{"反馈问题30个，已完成整改20个，正在整改2个。另有5个限期整改类问题、4个长期坚持类问题尚未完成。", true},
		{"反馈问题40个，已完成整改30个，未完成8个，计划年底前完成5个，需长期推进3个。", true},
		// A sum over the units inspected and its states in the next
		// sentence (blind set xf's slip: 173+26+10 of 212).
		{"两轮巡察共对8家子公司党组织开展巡察，发现问题212个。目前，已整改完成173个，正在整改26个，尚未启动整改10个。", true},
		{"两轮巡察共对8家子公司党组织开展巡察，发现问题212个。目前，已整改完成176个，正在整改26个，尚未启动整改10个。", false},
		// The states opening the paragraph right after the total's are its
		// (blind set xk's slip: 17+3 of 22); not a section's, nor after a
		// heading between.
		{"市委巡察组7月30日反馈问题22个、移交问题线索3件。\n截至11月20日，已完成整改17个，正在整改3个。", true},
		{"市委巡察组7月30日反馈问题22个、移交问题线索3件。\n截至11月20日，已完成整改19个，正在整改3个。", false},
		{"市委巡察组反馈问题22个。\n（一）党建方面\n已完成整改5个，正在整改1个。", false},
		{"市委巡察组反馈问题22个。\n1.党建方面，已完成整改5个，正在整改1个。", false},
		{"市委巡察组反馈问题22个。\n（一）党建方面，已完成整改5个，正在整改1个，整改率83.3%。", false},
		{"审计反映的问题52个，已整改47个。分部门看，县财政局承担的18个问题已整改17个，县住建局承担的11个问题整改9个，其余23个问题分布在9个部门，已整改21个。", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc, err := parse.Parse(context.Background(), "report.txt", []byte(tt.text), parse.Options{})
			require.NoError(t, err)
			fs, err := partsSum{}.Check(context.Background(), input(doc, extract.Claims(doc)...))
			require.NoError(t, err)
			assert.Equal(t, tt.fires, len(fs) > 0, "%v", fs)
		})
	}
}
