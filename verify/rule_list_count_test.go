package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleListCount(t *testing.T) {
	// listed states a total of problems and lists two.
	listed := func(total string, value float64) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("共反馈问题"+total+"。", "（一）关于“甲”问题的整改情况", "（二）关于“乙”问题的整改情况")
			in := input(doc, claim(t, doc, total, extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: value}))
			in.Items = []extract.Item{
				item(t, doc, 1, "（一）", "关于“甲”问题", "", extract.StatusUnknown, ""),
				item(t, doc, 2, "（二）", "关于“乙”问题", "", extract.StatusUnknown, ""),
			}
			return in
		}
	}
	testRule(t, RuleListCount, []ruleCase{
		{name: "more problems stated than listed", in: listed("3个", 3),
			want: []got{{"problems", "3", "2"}}, msgs: []string{"整改报告称反馈问题3个，但逐项列出的问题只有2个"}},
		{name: "as many stated as listed", in: listed("2个", 2)},
		{name: "a report that lists nothing is not held to its total",
			in: func(t *testing.T) *Input {
				in := listed("3个", 3)(t)
				in.Items = nil
				return in
			}},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}
