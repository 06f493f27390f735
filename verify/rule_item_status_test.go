package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleItemStatus(t *testing.T) {
	// listed is a report calling problem （一） done, against a ledger row
	// of the same title with the given status.
	listed := func(st extract.Status, text string) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("（一）关于“公务用车管理不严格”问题的整改情况", "整改情况：已完成")
			in := input(doc)
			in.Items = []extract.Item{item(t, doc, 1, "（一）", "公务用车管理不严格", "", extract.StatusDone, "已完成")}
			row := problem(extract.LedgerProblem{No: "5", Title: "公务用车管理不严格", Status: st, StatusText: text})
			return withLedger(in, extract.Ledger{Problems: []extract.LedgerProblem{row}})
		}
	}
	testRule(t, RuleItemStatus, []ruleCase{
		{name: "done in the report, not done in the ledger", in: listed(extract.StatusNotDone, "未完成"),
			want: []got{{"5", string(extract.StatusDone), string(extract.StatusNotDone)}},
			msgs: []string{"整改报告称问题（一）“公务用车管理不严格”已完成整改，台账显示未完成"}},
		{name: "done in both", in: listed(extract.StatusDone, "已完成")},
		{name: "a ledger status it cannot read is not held against the report", in: listed(extract.StatusUnknown, "")},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("（一）")) }, notRun: "案卷中没有台账"},
	})
}
