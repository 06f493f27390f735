package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleVagueMeasures(t *testing.T) {
	// listed is a report listing one problem with the measures.
	listed := func(measures string) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("（一）关于“公务用车管理不严格”问题的整改情况", measures)
			in := input(doc)
			in.Items = []extract.Item{item(t, doc, 1, "（一）", "公务用车管理不严格", measures, extract.StatusUnknown, "")}
			return in
		}
	}
	testRule(t, RuleVagueMeasures, []ruleCase{
		{name: "slogans only", in: listed("高度重视，进一步加强管理，切实抓好落实。"),
			want: []got{{"（一）", "", ""}}, msgs: []string{"问题（一）“公务用车管理不严格”的整改措施没有时间、数字、责任人、文件或时限，只有表态"}},
		{name: "a date and a document", in: listed("2020年3月制定《公务用车管理办法》。")},
		{name: "a count", in: listed("清理超标车辆3台。")},
		{name: "a leader the ledger names",
			in: func(t *testing.T) *Input {
				in := listed("由王明牵头，进一步加强管理。")(t)
				return withLedger(in, extract.Ledger{Problems: []extract.LedgerProblem{owned(extract.LedgerProblem{No: "1", Title: "公务用车"})}})
			}},
		{name: "the same without a ledger naming the leader", in: listed("由王明牵头，进一步加强管理。"),
			want: []got{{"（一）", "", ""}}},
		{name: "no measures stated", in: listed("")},
		{name: "no report", in: func(t *testing.T) *Input { return &Input{} }, notRun: "案卷中没有整改报告"},
	})
}
