package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleNoOwner(t *testing.T) {
	full := owned(extract.LedgerProblem{No: "1", Title: "明确", Status: extract.StatusDone})
	noLeader := full
	noLeader.No, noLeader.Leader = "2", ""
	nothing := problem(extract.LedgerProblem{No: "3", Title: "均未明确"})
	inWords := full
	inWords.No, inWords.Deadline, inWords.DeadlineText = "4", "", "长期坚持"
	testRule(t, RuleNoOwner, []ruleCase{
		{name: "no leader; no leader, department or deadline", in: withProblems([]extract.LedgerProblem{noLeader, nothing}),
			want: []got{{"2", "", ""}, {"3", "", ""}},
			msgs: []string{"问题2“明确”未明确责任领导", "问题3“均未明确”未明确责任领导、责任部门、整改时限"}},
		{name: "all stated, a deadline in words too", in: withProblems([]extract.LedgerProblem{full, inWords})},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("整改情况报告")) }, notRun: "案卷中没有台账"},
	})
}
