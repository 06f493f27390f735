package verify

import (
	"testing"

	"github.com/zhenggai/zhenggai/extract"
)

// newRules are n rows of the rules sheet, all new.
func newRules(n int) []extract.System {
	var rows []extract.System
	for i := range n {
		rows = append(rows, extract.System{Ref: ref("制度台账", i+2, "管理办法 | 新建"), Name: "管理办法", Kind: extract.SubtypeNew})
	}
	return rows
}

func TestRuleSystems(t *testing.T) {
	// claimedNew says five new rules were made; the sheet has rows.
	claimedNew := func(rows []extract.System, drop ...extract.SheetKind) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("新建制度5项。")
			c := claim(t, doc, "5项", extract.Claim{Kind: extract.KindSystems, Subtype: extract.SubtypeNew, Value: 5, Unit: "项"})
			return withLedger(input(doc, c), extract.Ledger{Rules: rows}, drop...)
		}
	}
	// claimedTotal says three rules were made, with no rules sheet and the
	// given evidence files.
	claimedTotal := func(evidence ...string) func(t *testing.T) *Input {
		return func(t *testing.T) *Input {
			doc := report("建立完善制度3项。")
			c := claim(t, doc, "3项", extract.Claim{Kind: extract.KindSystems, Subtype: extract.SubtypeTotal, Value: 3, Unit: "项"})
			in := withLedger(input(doc, c), extract.Ledger{}, extract.SheetSystems)
			in.Evidence = evidence
			return in
		}
	}
	testRule(t, RuleSystems, []ruleCase{
		{name: "more new rules claimed than the sheet lists", in: claimedNew(newRules(3)),
			want: []got{{extract.SubtypeNew, "5", "3"}}, msgs: []string{"整改报告称新建制度5项，制度建设台账仅有3项"}},
		{name: "as many as the sheet lists", in: claimedNew(newRules(5))},
		{name: "without a sheet, the total against the evidence files", in: claimedTotal("evidence/a.pdf", "evidence/b.pdf"),
			want: []got{{extract.SubtypeTotal, "3", "2"}}, msgs: []string{"整改报告称建立完善制度3项，佐证材料仅有2项"}},
		{name: "without a sheet, enough evidence files", in: claimedTotal("evidence/a.pdf", "evidence/b.pdf", "evidence/c.pdf")},
		{name: "without a sheet, new rules are not compared with evidence files",
			in: func(t *testing.T) *Input {
				in := claimedNew(nil, extract.SheetSystems)(t)
				in.Evidence = []string{"evidence/a.pdf"}
				return in
			}},
		{name: "no rules sheet and no evidence", in: claimedTotal(), notRun: "台账中没有制度建设表，案卷中也没有佐证材料"},
	})
}
