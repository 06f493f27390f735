package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleProblemsDone(t *testing.T) {
	// claimed says value problems are done; the ledger has done of ten.
	claimed := func(value float64, done int, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("已完成整改11个。")
			c := claim(t, doc, "11个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: value})
			return withLedger(input(doc, c), extract.Ledger{Problems: tenProblems(done)}, drop...)
		}
	}
	testRule(t, RuleProblemsDone, []ruleCase{
		{name: "more done than the ledger shows", in: claimed(11, 3),
			want: []got{{"done", "11", "3"}}, msgs: []string{"整改报告称已完成整改11个，台账显示仅3个已完成"}},
		{name: "no more than the ledger shows", in: claimed(3, 3)},
		{name: "fewer than the ledger shows is not held against the report", in: claimed(2, 3)},
		{name: "no problems sheet", in: claimed(11, 3, extract.SheetProblems), notRun: "台账中没有问题整改表"},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("已完成整改11个。")) }, notRun: "案卷中没有台账"},
	})
}
