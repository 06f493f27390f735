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
	// Deadlines and completion dates that name no year (a ledger of a
	// round fed back in November 2019).
	yearless := []extract.LedgerProblem{
		problem(extract.LedgerProblem{No: "7", Title: "未标年份的时限", DeadlineText: "3月底前", Status: extract.StatusInProgress, StatusText: "正在整改",
			Leader: "王明", Department: "办公室"}),
		problem(extract.LedgerProblem{No: "8", Title: "未标年份的完成时间", DeadlineText: "12月31日前", CompletedText: "1月10日", Status: extract.StatusDone,
			StatusText: "已完成", Leader: "王明", Department: "办公室", Evidence: "验收材料"}),
		problem(extract.LedgerProblem{No: "9", Title: "未标年份按期完成", DeadlineText: "年底前", CompletedText: "12月20日", Status: extract.StatusDone,
			StatusText: "已完成", Leader: "王明", Department: "办公室", Evidence: "验收材料"}),
		// A completion read after the as-of date is late in every reading of
		// its year (third review of session 14); not judged: one in the
		// months before the feedback (the patrol's own days, or the next
		// year's), and a month with no day in the deadline's month.
		problem(extract.LedgerProblem{No: "10", Title: "完成时间晚于基准日", DeadlineText: "5月31日前", CompletedText: "7月20日", Status: extract.StatusDone,
			StatusText: "已完成", Leader: "王明", Department: "办公室", Evidence: "验收材料"}),
		problem(extract.LedgerProblem{No: "11", Title: "边巡边改", DeadlineText: "12月31日前", CompletedText: "10月20日", Status: extract.StatusDone,
			StatusText: "已完成", Leader: "王明", Department: "办公室", Evidence: "验收材料"}),
		problem(extract.LedgerProblem{No: "12", Title: "只写月份", Deadline: "2020-03-15", DeadlineText: "2020年3月15日前", Completed: "2020-03-31", CompletedText: "2020年3月",
			Status: extract.StatusDone, StatusText: "已完成", Leader: "王明", Department: "办公室", Evidence: "验收材料"}),
	}
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
		// Dates that name no year are read in the year of the feedback
		// (cases-aw 02, 11); with no feedback date the year is unknown and
		// the row is not judged.
		{name: "dates with no year, read in the feedback's year",
			in: func(t *testing.T) *Input {
				in := withProblems(yearless)(t)
				in.Info.FeedbackDate = "2019-11-20"
				return in
			},
			want: []got{{"7", "", ""}, {"8", "", ""}, {"10", "", ""}},
			msgs: []string{"问题7“未标年份的时限”整改时限为3月底前（按2020-03-31计）",
				"问题8“未标年份的完成时间”整改时限为12月31日前（按2019-12-31计），1月10日（按2020-01-10计）才完成",
				"问题10“完成时间晚于基准日”整改时限为5月31日前（按2020-05-31计），7月20日（按2020-07-20计）才完成"}},
		{name: "dates with no year and no feedback date",
			in: func(t *testing.T) *Input {
				in := withProblems(yearless)(t)
				in.Info.FeedbackDate = ""
				return in
			}},
		{name: "no problems sheet", in: withProblems([]extract.LedgerProblem{late}, extract.SheetProblems), notRun: "台账中没有问题整改表"},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("整改情况报告")) }, notRun: "案卷中没有台账"},
	})
}
