package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

// withProblems is a case (checked as of 2020-06-30) whose ledger holds the
// problem rows, without the sheets named in drop.
func withProblems(rows []extract.LedgerProblem, drop ...extract.SheetKind) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		return withLedger(input(report("整改情况报告")), extract.Ledger{Problems: rows}, drop...)
	}
}

// owned is a problem row with a leader, a department and a deadline.
func owned(p extract.LedgerProblem) extract.LedgerProblem {
	p.Leader, p.Department = "王明", "办公室"
	if p.Deadline == "" {
		p.Deadline = "2020-12-31"
	}
	p.DeadlineText = p.Deadline
	return problem(p)
}

func TestRuleLedgerOverdue(t *testing.T) {
	late := owned(extract.LedgerProblem{No: "1", Title: "逾期未完成", Deadline: "2020-03-31", Status: extract.StatusNotDone, StatusText: "未完成"})
	doneLate := owned(extract.LedgerProblem{No: "2", Title: "逾期完成", Deadline: "2020-04-30", Completed: "2020-05-20",
		Status: extract.StatusDone, StatusText: "已完成", Evidence: "验收材料"})
	onTime := owned(extract.LedgerProblem{No: "3", Title: "未到期", Deadline: "2020-12-31", Status: extract.StatusInProgress, StatusText: "正在整改"})
	unknown := owned(extract.LedgerProblem{No: "4", Title: "状态不明", Deadline: "2020-03-31"})
	longTerm := owned(extract.LedgerProblem{No: "5", Title: "长期坚持", Status: extract.StatusInProgress, StatusText: "正在整改"})
	longTerm.Deadline, longTerm.DeadlineText = "", "长期坚持"
	pending := owned(extract.LedgerProblem{No: "6", Title: "待销号", Deadline: "2020-03-31", Status: extract.StatusInProgress, StatusText: "已完成整改，待复核销号"})
	testRule(t, RuleLedgerOverdue, []ruleCase{
		// A status that starts with 已 but is short of done is told in
		// brackets, not after 仍 (仍已完成… reads as nonsense: cases-ad 02).
		{name: "a pending status past the deadline",
			in:   withProblems([]extract.LedgerProblem{pending}),
			want: []got{{"6", "", ""}},
			msgs: []string{"问题6“待销号”整改时限为2020-03-31，截至2020-06-30仍未完成（台账状态：已完成整改，待复核销号）"}},
		{name: "not done past the deadline, and done after it",
			in:   withProblems([]extract.LedgerProblem{late, doneLate}),
			want: []got{{"1", "", ""}, {"2", "", ""}},
			msgs: []string{"问题1“逾期未完成”整改时限为2020-03-31，截至2020-06-30仍未完成", "问题2“逾期完成”整改时限为2020-04-30，2020-05-20才完成"}},
		{name: "before the deadline, with no status, or with no date",
			in: withProblems([]extract.LedgerProblem{onTime, unknown, longTerm})},
		{name: "no problems sheet", in: withProblems([]extract.LedgerProblem{late}, extract.SheetProblems), notRun: "台账中没有问题整改表"},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("整改情况报告")) }, notRun: "案卷中没有台账"},
	})
}
