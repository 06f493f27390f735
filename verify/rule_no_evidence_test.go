package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleNoEvidence(t *testing.T) {
	bare := owned(extract.LedgerProblem{No: "7", Title: "无佐证", Status: extract.StatusDone, StatusText: "已销号"})
	backed := owned(extract.LedgerProblem{No: "8", Title: "有佐证", Status: extract.StatusDone, StatusText: "已完成", Evidence: "会议纪要、整改方案"})
	open := owned(extract.LedgerProblem{No: "9", Title: "未完成", Status: extract.StatusNotDone, StatusText: "未完成"})
	testRule(t, RuleNoEvidence, []ruleCase{
		{name: "done with no evidence", in: withProblems([]extract.LedgerProblem{bare, backed}),
			want: []got{{"7", "", ""}}, msgs: []string{"问题7“无佐证”标为已销号，但未附佐证材料"}},
		{name: "done with evidence, or not done", in: withProblems([]extract.LedgerProblem{backed, open})},
		{name: "a problems sheet without an evidence column", in: func(t *testing.T) *Input {
			in := withProblems([]extract.LedgerProblem{bare})(t)
			delete(in.Ledger.Sheets[0].Columns, extract.ColEvidence)
			return in
		}, notRun: "台账问题整改表中没有佐证材料列"},
		{name: "no problems sheet", in: withProblems([]extract.LedgerProblem{bare}, extract.SheetProblems), notRun: "台账中没有问题整改表"},
	})
}
