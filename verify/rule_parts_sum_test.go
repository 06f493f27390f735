package verify

import (
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
	testRule(t, RulePartsSum, []ruleCase{
		{name: "problems: parts sum to less than the total",
			in:   problems("反馈问题11个，已完成整改8个，正在整改2个。", "11个", "8个", "2个", 11, 8, 2),
			want: []got{{"problems", "11", "10"}}, msgs: []string{"整改报告称问题共11个，但分项8+2合计为10"}},
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
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}
