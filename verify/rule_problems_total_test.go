package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhenggai/zhenggai/extract"
)

// tenProblems are ten ledger problem rows, the first done rows done and
// the rest in progress.
func tenProblems(done int) []extract.LedgerProblem {
	var ps []extract.LedgerProblem
	for i := 1; i <= 10; i++ {
		p := extract.LedgerProblem{No: string(rune('0' + i%10)), Title: "问题", Status: extract.StatusInProgress, StatusText: "正在整改"}
		if i == 10 {
			p.No = "10"
		}
		if i <= done {
			p.Status, p.StatusText = extract.StatusDone, "已完成"
		}
		ps = append(ps, problem(p))
	}
	return ps
}

// yearSheets states value problems against a ledger of nine rows in a
// 2023年度 sheet and six in a 2022年度 one.
func yearSheets(value float64) func(t *testing.T) *Input {
	return func(t *testing.T) *Input {
		doc := report("我局反馈问题11个。")
		c := claim(t, doc, "11个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: value})
		var ps []extract.LedgerProblem
		for i := range 15 {
			sheet := "2023年度"
			if i >= 9 {
				sheet = "2022年度"
			}
			ps = append(ps, extract.LedgerProblem{No: "1", Title: "问题", Status: extract.StatusDone, StatusText: "已完成", Ref: ref(sheet, i+3, "")})
		}
		return withLedger(input(doc, c), extract.Ledger{Problems: ps})
	}
}

func TestRuleProblemsTotal(t *testing.T) {
	// claimed states total problems against a ledger of ten.
	claimed := func(value float64, a extract.Approx, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("共反馈问题11个。")
			c := withApprox(claim(t, doc, "11个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: value}), a)
			return withLedger(input(doc, c), extract.Ledger{Problems: tenProblems(0)}, drop...)
		}
	}
	testRule(t, RuleProblemsTotal, []ruleCase{
		{name: "more problems claimed than the ledger lists", in: claimed(11, extract.Exact),
			want: []got{{"total", "11", "10"}}, msgs: []string{"整改报告称反馈问题11个，台账列有10个"}},
		{name: "as many as the ledger lists", in: claimed(10, extract.Exact)},
		// A ledger with a sheet per year: the report counts the latest
		// (cases-v 16); a wrong count is told against that sheet.
		{name: "the latest year's sheet of two", in: yearSheets(9)},
		{name: "the latest year's sheet, counted wrong", in: yearSheets(11),
			want: []got{{"total", "11", "9"}}, msgs: []string{"整改报告称反馈问题11个，台账列有9个"}},
		{name: "a lower bound the ledger meets", in: claimed(9, extract.AtLeast)},
		{name: "no ledger", in: func(t *testing.T) *Input { return input(report("共反馈问题11个。")) }, notRun: "案卷中没有台账"},
		{name: "the ledger could not be read",
			in: func(t *testing.T) *Input {
				in := input(report("共反馈问题11个。"))
				in.LedgerFile = "ledger.xlsx"
				return in
			}, notRun: "台账无法读取"},
		{name: "no problems sheet", in: claimed(11, extract.Exact, extract.SheetProblems), notRun: "台账中没有问题整改表"},
		// The round's sum over the units it inspected comes first; the
		// unit's own total after it is the headline.
		{name: "a sum over the units inspected is no headline",
			in: func(t *testing.T) *Input {
				doc := report("本轮对28家单位开展了巡察，共反馈问题436个。", "反馈我局问题10个。")
				round := claim(t, doc, "436个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 436, Scope: extract.ScopeAggregate})
				own := claim(t, doc, "10个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 10})
				return withLedger(input(doc, round, own), extract.Ledger{Problems: tenProblems(0)})
			}},
		{name: "a sum over the units inspected when it is all the report states",
			in: func(t *testing.T) *Input {
				doc := report("本轮对28家单位开展了巡察，共反馈问题436个。")
				round := claim(t, doc, "436个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 436, Scope: extract.ScopeAggregate})
				return withLedger(input(doc, round), extract.Ledger{Problems: tenProblems(0)})
			},
			want: []got{{"total", "436", "10"}}, msgs: []string{"整改报告称反馈问题436个，台账列有10个"}},
	})
}

// TestMainClaimSkipsPlaces: a count of hazards by place before the unit's
// own figure is not the report's figure of problems (cases-y, after the
// blind score).
func TestMainClaimSkipsPlaces(t *testing.T) {
	doc := report("开展安全检查，发现并督促整改安全隐患63处。反馈问题21个，已完成整改16个。")
	in := input(doc,
		claim(t, doc, "63处", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 63, Unit: "处"}),
		claim(t, doc, "21个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 21, Unit: "个"}),
		claim(t, doc, "16个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeDone, Value: 16, Unit: "个"}))
	c, ok := in.mainClaim(extract.KindProblems, extract.SubtypeDone)
	require.True(t, ok)
	assert.Equal(t, 16.0, c.Value)
}

// TestMainClaimTableOverRoundSum: the unit's own figures only in a table
// with a 合计 row are the report's figure, not a round's sum over the units
// inspected stated in the text (cases-z 04); with no 合计 row, no figure.
func TestMainClaimTableOverRoundSum(t *testing.T) {
	doc := report("县委巡察组对县直8家单位开展了巡察，共反馈问题97个。", "政治建设\t4\t3", "合计\t14\t11")
	agg := claim(t, doc, "97个", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 97, Unit: "个", Scope: extract.ScopeAggregate})
	row := claim(t, doc, "4", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 4, InTable: true})
	sum := claim(t, doc, "14", extract.Claim{Kind: extract.KindProblems, Subtype: extract.SubtypeTotal, Value: 14, InTable: true})
	c, ok := input(doc, agg, row, sum).mainClaim(extract.KindProblems, extract.SubtypeTotal)
	require.True(t, ok)
	assert.Equal(t, 14.0, c.Value)
	_, ok = input(doc, agg, row).mainClaim(extract.KindProblems, extract.SubtypeTotal)
	assert.False(t, ok, "the round's sum is not the unit's when its own figures stand in a table")
	c, ok = input(doc, agg).mainClaim(extract.KindProblems, extract.SubtypeTotal)
	require.True(t, ok)
	assert.Equal(t, 97.0, c.Value, "a round's sum when the report states nothing of its own")
}
