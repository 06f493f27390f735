package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

func TestRuleClueOverdue(t *testing.T) {
	// clue is a clue handed over on 2020-01-01 and closed on closed ("" if
	// pending).
	clue := func(no, closed string) extract.Clue {
		c := extract.Clue{Ref: ref("问题线索台账", 2, no), No: no, HandedOver: "2020-01-01", Closed: closed, Status: extract.StatusDone, StatusText: "已办结"}
		if closed == "" {
			c.Status, c.StatusText = extract.StatusInProgress, "正在核查"
		}
		return c
	}
	// withClues is a case (as of 2020-06-30) whose clue sheet holds the rows.
	withClues := func(rows []extract.Clue, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			return withLedger(input(report("整改情况报告")), extract.Ledger{Clues: rows}, drop...)
		}
	}
	noDate := clue("XS-4", "")
	noDate.HandedOver = ""
	testRule(t, RuleClueOverdue, []ruleCase{
		{name: "pending past the limit, and closed after it",
			in:   withClues([]extract.Clue{clue("XS-1", ""), clue("XS-2", "2020-04-01")}),
			want: []got{{"XS-1", "", "181"}, {"XS-2", "", "91"}},
			msgs: []string{"问题线索XS-1于2020-01-01移交，截至2020-06-30已181天仍未办结（正在核查），超过60天",
				"问题线索XS-2于2020-01-01移交，2020-04-01办结，历时91天，超过60天"}},
		{name: "closed within the limit, or with no hand-over date",
			in: withClues([]extract.Clue{clue("XS-3", "2020-02-15"), noDate})},
		{name: "a longer limit from the case",
			in: func(t *testing.T) *Input {
				in := withClues([]extract.Clue{clue("XS-2", "2020-04-01")})(t)
				in.Info.ClueDeadlineDays = 120
				return in
			}},
		{name: "a case that sets no limit has 60 days",
			in: func(t *testing.T) *Input {
				in := withClues([]extract.Clue{clue("XS-3", "2020-02-15"), clue("XS-2", "2020-04-01")})(t)
				in.Info.ClueDeadlineDays = 0
				return in
			},
			want: []got{{"XS-2", "", "91"}}},
		{name: "no clue sheet", in: withClues(nil, extract.SheetClues), notRun: "台账中没有问题线索表"},
	})
}
